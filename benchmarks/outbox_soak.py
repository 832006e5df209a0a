"""Outbox soak: many invoices, several worker processes, faults everywhere, workers killed with SIGKILL.

The sandbox runs in this process with its rate limits on (the spec's limits, optionally scaled) and about
10% of requests misbehaving (429, 5xx, dropped connections, truncated bodies, lost answers after KSeF
acted) and access tokens that expire every few seconds. ``--workers`` worker processes share one store
(SQLite, or PostgreSQL with Redis for limits and tokens); two of them are killed with SIGKILL at random
moments and restarted. Then every invoice is checked against the sandbox's own records:

- lost: an invoice without a KSeF number or a rejection in the store;
- duplicated: more than one accepted invoice in KSeF for one invoice of ours;
- wrong: a KSeF number in the store that KSeF holds for other bytes, or a UPO that does not name the invoice;
- rate-limit 429s: answers the sandbox gave because a limit was exceeded (injected 429s not counted).

``python -m benchmarks.outbox_soak --invoices 10000 --workers 4 [--backend postgres]``; the tests run a
bounded version (tests/outbox/test_soak.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

FAULTS: list[tuple[str, dict[str, Any]]] = [
    ("POST /sessions/batch", {"drop": True, "probability": 0.1}),
    ("POST /sessions/batch/*/close", {"drop": True, "probability": 0.15}),
    ("POST /sessions/batch/*/close", {"status": 503, "probability": 0.1}),
    ("PUT /blob/upload*", {"status": 503, "probability": 0.1}),
    ("PUT /blob/upload*", {"drop": True, "probability": 0.05}),
    ("GET /sessions/*", {"drop": True, "probability": 0.04}),
    ("GET /sessions/*", {"truncate": 5, "probability": 0.03}),
    ("GET /sessions/*", {"status": 503, "probability": 0.03}),
    ("GET /sessions/*", {"status": 429, "retry_after": 0, "probability": 0.02}),
    ("GET /blob/upo*", {"drop": True, "probability": 0.04}),
    ("GET /blob/upo*", {"truncate": 50, "probability": 0.03}),
    ("GET /blob/upo*", {"status": 503, "probability": 0.03}),
    ("GET /blob/upo*", {"status": 429, "retry_after": 0, "probability": 0.02}),
    ("POST /sessions/online", {"drop": True, "probability": 0.05}),
    ("POST /sessions/online/*/invoices", {"drop": True, "probability": 0.04}),
    ("POST /sessions/online/*/invoices", {"status": 503, "probability": 0.03}),
    ("POST /sessions/online/*/close", {"drop": True, "probability": 0.1}),
    ("POST /auth/token/refresh", {"status": 503, "probability": 0.1}),
    ("POST /auth/token/refresh", {"drop": True, "probability": 0.05}),
]


@dataclass
class Report:
    backend: str
    invoices: int
    workers: int
    seconds: float = 0.0
    invoices_per_second: float = 0.0
    accepted: int = 0
    rejected: int = 0
    lost: int = 0
    duplicated: int = 0
    wrong: int = 0
    upo_missing: int = 0
    killed: list[str] = field(default_factory=list)
    restarts: int = 0
    requests: int = 0
    api_calls: int = 0
    api_calls_per_invoice: float = 0.0
    presigned_transfers: int = 0
    faults_fired: int = 0
    fault_share: float = 0.0
    rate_limit_429: dict[str, int] = field(default_factory=dict)
    refreshes: int = 0
    authentications: int = 0
    sessions: dict[str, int] = field(default_factory=dict)
    limits: dict[str, Any] = field(default_factory=dict)
    worker_exit_codes: list[int] = field(default_factory=list)

    def ok(self) -> bool:
        return (
            self.lost == 0
            and self.duplicated == 0
            and self.wrong == 0
            and self.upo_missing == 0
            and self.accepted + self.rejected == self.invoices
        )

    def summary(self) -> str:
        return json.dumps(asdict(self), indent=2, default=str)


def make_invoices(nip: str, count: int, tag: str) -> list[bytes]:
    from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice

    seller = Party(nip, "Sprzedawca sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa")
    buyer = Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków")
    day = dt.date.today()
    return [
        build_fa3_invoice(
            seller=seller,
            buyer=buyer,
            invoice_number=f"OUTBOX/{tag}/{i:05d}",
            issue_date=day,
            lines=[InvoiceLine("Usługa", quantity=1 + i % 7, unit_net_price="10.00")],
        )
        for i in range(count)
    ]


# --- the worker process ------------------------------------------------------------------------------------


def worker_main(args: argparse.Namespace) -> int:
    """One worker process: a client with shared limits and tokens, then Worker.run until settled."""
    import logging

    import ksef_sdk
    from ksef_sdk.authentication import KsefTokenAuthenticator
    from ksef_sdk.flow import PollPolicy
    from ksef_sdk.http import RetryPolicy
    from ksef_sdk.outbox import Worker, WorkerOptions
    from ksef_sdk.stores import (
        RedisSlots,
        RedisTokenStore,
        SharedRateLimiter,
        StoreTokenStore,
        context_limits,
        open_store,
    )

    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("ksef_sdk").setLevel(logging.CRITICAL)
    nip, token, secret = args.nip, os.environ["KSEF_TOKEN"], os.environ["KSEF_OUTBOX_SECRET"]
    store = open_store(args.store)
    env = ksef_sdk.Environment.custom(args.env_url)
    retry = RetryPolicy(backoff_base=0.05, backoff_max=0.5)
    limits = context_limits(json.loads(args.limits))
    if args.redis:
        slots: Any = RedisSlots(args.redis)
        tokens: Any = RedisTokenStore(args.redis, nip, secret=secret)
    else:
        slots, tokens = store, StoreTokenStore(store, nip, secret=secret)
    public = ksef_sdk.build_public_client(env, retry=retry)
    client = ksef_sdk.build_client(
        env,
        authenticator=KsefTokenAuthenticator(public, token, nip),
        token_store=tokens,
        rate_limits=SharedRateLimiter(slots, nip, overrides=limits),
        retry=retry,
        refresh_margin=0.5,
    )
    options = WorkerOptions(
        lease=args.lease,
        batch_threshold=1,
        batch_size=args.batch_size,
        poll_policy=PollPolicy(initial=0.2, factor=1.5, max_delay=2.0, timeout=600),
        session_secret=secret,
        part_size=args.part_size,
    )
    worker = Worker(store, client, options, owner=args.owner)
    report = worker.run(until_idle=True, idle_sleep=0.3)
    auth = ksef_sdk.get_auth(client)
    out = {"owner": worker.owner, "refreshes": auth.refresh_count if auth else 0, **asdict(report)}
    Path(args.report).write_text(json.dumps(out))
    return 0


# --- the parent ----------------------------------------------------------------------------------------------


class _Counting:
    """Counts the sandbox's rate-limit 429s (the enforce function raises them) per operation, and every
    request that reaches it (the fault injector sees each one while faults are on)."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        self.lock = threading.Lock()

    def install(self, sandbox: Any) -> None:
        import ksef_sandbox._core as core

        pick = sandbox.faults.pick

        def counted_pick(method: str, path: str) -> Any:
            with self.lock:
                self.requests["presigned" if path.startswith("/blob/") else "api"] += 1
            return pick(method, path)

        sandbox.faults.pick = counted_pick

        original = core.enforce

        def enforce(state: Any, key: str, req: Any) -> None:
            try:
                original(state, key, req)
            except Exception:
                with self.lock:
                    self.counts[key] += 1
                raise

        core.enforce = enforce


def soak(
    *,
    invoices: int,
    workers: int = 4,
    backend: str = "sqlite",
    kills: int = 2,
    seed: int = 7,
    batch_size: int = 500,
    access_lifetime: float = 3.0,
    lease: float = 8.0,
    rate_scale: float = 1.0,
    timeout: float = 1800.0,
    part_size: int = 100_000_000,
) -> Report:
    """Run one soak (module docstring); the sandbox, and PostgreSQL + Redis for ``backend="postgres"``."""
    from contextlib import ExitStack

    from ksef_sandbox import SandboxServer
    from ksef_sdk.crypto._cipher import sha256_b64
    from ksef_sdk.identifiers import random_nip
    from ksef_sdk.outbox import Outbox
    from ksef_sdk.stores import open_store
    from ksef_sdk.upo import parse_upo

    from benchmarks.servers import PostgresServer, RedisServer

    rng = random.Random(seed)
    report = Report(backend, invoices, workers)
    counting = _Counting()
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ksef-outbox-soak-")))
        sandbox = SandboxServer().start()
        stack.callback(sandbox.stop)
        counting.install(sandbox)
        redis_url = None
        if backend == "postgres":
            store_url = stack.enter_context(PostgresServer(fsync=True)).url
            redis_url = stack.enter_context(RedisServer()).url
        else:
            store_url = f"sqlite:///{tmp / 'outbox.db'}"
        nip = random_nip(rng)
        control = sandbox.control
        token = control.issue_ksef_token(nip)
        control.set_rate_limits(True, scale=rate_scale)
        control.set_processing_polls(1)
        control.set_token_lifetimes(access=dt.timedelta(seconds=access_lifetime))
        control.faults.random.seed(seed)
        fired = [control.inject_fault(p, times=None, **spec) for p, spec in FAULTS]
        limits = _context_rate_limits(sandbox, token, nip)
        report.limits = limits

        docs = make_invoices(nip, invoices, f"{seed}{backend[0].upper()}")
        with Outbox(open_store(store_url)) as outbox:
            for xml in docs:
                outbox.add(xml)
        counting.requests.clear()
        environment = {
            **os.environ,
            "KSEF_TOKEN": token,
            "KSEF_OUTBOX_SECRET": "soak-secret-0123456789abcdef",
            "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")]),
        }

        def spawn(index: int) -> subprocess.Popen[bytes]:
            command = [
                sys.executable,
                "-m",
                "benchmarks.outbox_soak",
                "worker",
                "--store",
                store_url,
                "--env-url",
                sandbox.url,
                "--nip",
                nip,
                "--limits",
                json.dumps(limits),
                "--lease",
                str(lease),
                "--batch-size",
                str(batch_size),
                "--part-size",
                str(part_size),
                "--report",
                str(tmp / f"worker-{index}.json"),
                "--owner",
                f"worker-{index}",
            ]
            if redis_url:
                command += ["--redis", redis_url]
            return subprocess.Popen(command, env=environment, stderr=open(tmp / f"worker-{index}.err", "wb"))

        started = time.perf_counter()
        procs = {i: spawn(i) for i in range(workers)}
        next_index = workers
        kill_at = sorted(rng.uniform(0.1, 0.7) for _ in range(kills))
        watch = open_store(store_url)
        try:
            while True:
                counts = watch.counts()
                done = counts["done"] + counts["rejected"]
                if kill_at and done >= kill_at[0] * invoices:
                    kill_at.pop(0)
                    time.sleep(rng.uniform(0, 1.0))
                    victim = rng.choice([i for i, p in procs.items() if p.poll() is None] or list(procs))
                    procs[victim].send_signal(signal.SIGKILL)
                    procs[victim].wait()
                    report.killed.append(f"worker-{victim} at {done}/{invoices} done")
                    procs[next_index] = spawn(next_index)
                    next_index += 1
                    report.restarts += 1
                if all(p.poll() is not None for p in procs.values()) and not kill_at:
                    break
                if time.perf_counter() - started > timeout:
                    for p in procs.values():
                        p.kill()
                    break
                time.sleep(0.2)
            report.seconds = round(time.perf_counter() - started, 2)
            report.worker_exit_codes = [p.returncode for p in procs.values()]
            control.clear_faults()
            sandbox.core.wait_idle(120)
            # --- check against the sandbox's records
            held: dict[str, list[str]] = {}
            for record in control.invoices(seller_nip=nip):
                if record.ksef_number is not None and record.status[0] == 200:
                    held.setdefault(record.invoice_hash, []).append(record.ksef_number)
            for xml in docs:
                digest = sha256_b64(xml)
                accepted = held.get(digest, [])
                report.duplicated += len(accepted) > 1
                item = watch.find(digest)
                if item is None or not item.final:
                    report.lost += 1
                    continue
                if item.state == "rejected":
                    report.rejected += 1
                    report.wrong += bool(accepted)
                    continue
                report.accepted += 1
                if item.ksef_number not in accepted:
                    report.wrong += 1
                full = watch.get(item.id)
                if full is None or not full.upo:
                    report.upo_missing += 1
                    continue
                upo = parse_upo(full.upo, expected_hash=full.upo_hash)
                doc = upo.by_ksef_number.get(item.ksef_number or "")
                report.wrong += doc is None or doc.invoice_hash != digest
            for record in watch.sessions():
                report.sessions[f"{record.kind}/{record.status}"] = (
                    report.sessions.get(f"{record.kind}/{record.status}", 0) + 1
                )
        finally:
            watch.close()
        for path in tmp.glob("worker-*.json"):
            data = json.loads(path.read_text())
            report.refreshes += data.get("refreshes", 0)
        counts_after = control.call_counts()
        report.api_calls = counting.requests["api"]
        report.presigned_transfers = counting.requests["presigned"]
        report.requests = report.api_calls + report.presigned_transfers
        report.api_calls_per_invoice = round(report.api_calls / max(1, invoices), 4)
        report.authentications = counts_after.get("POST /auth/token/redeem", 0)
        report.faults_fired = sum(f.hits for f in fired)
        report.fault_share = round(report.faults_fired / max(1, report.requests), 3)
        report.rate_limit_429 = dict(counting.counts)
        report.invoices_per_second = round(invoices / max(report.seconds, 1e-9), 2)
    return report


def _context_rate_limits(sandbox: Any, token: str, nip: str) -> dict[str, Any]:
    """``GET /rate-limits`` for the context: the limits the workers share."""
    import ksef_sdk
    from ksef_api.api.limits import get_rate_limits
    from ksef_sdk.authentication import authenticate_with_ksef_token

    env = ksef_sdk.Environment.custom(sandbox.url)
    with ksef_sdk.build_public_client(env) as public:
        tokens = authenticate_with_ksef_token(public, token, nip)
    with ksef_sdk.build_client(env, tokens=tokens) as client:
        model = get_rate_limits.sync(client=client)
    return dict(model.to_dict())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    sub = parser.add_subparsers(dest="command")
    w = sub.add_parser("worker")
    for name in ("--store", "--env-url", "--nip", "--limits", "--report", "--owner"):
        w.add_argument(name, required=True)
    w.add_argument("--redis")
    w.add_argument("--lease", type=float, default=8.0)
    w.add_argument("--batch-size", type=int, default=500)
    w.add_argument("--part-size", type=int, default=100_000_000)
    parser.add_argument("--invoices", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--backend", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--rate-scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.command == "worker":
        return worker_main(args)
    import logging

    logging.basicConfig(level=logging.ERROR)
    for name in ("ksef_sdk", "uvicorn.error", "ksef_sandbox"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    report = soak(
        invoices=args.invoices,
        workers=args.workers,
        backend=args.backend,
        batch_size=args.batch_size,
        rate_scale=args.rate_scale,
        seed=args.seed,
    )
    print(report.summary())
    return 0 if report.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
