"""Fault soak: many invoices through online sessions against ksef_sandbox with faults everywhere.

About 10% of the requests on the send, status, invoice-list, UPO, close and refresh routes misbehave -
429 with ``Retry-After: 0``, 500/503, connections dropped after KSeF acted, bodies cut short - and access
tokens expire every couple of seconds. Every invoice must end with a KSeF number (or a true rejection),
checked against the sandbox's own records:

- lost: an invoice the client sent but reports neither a number nor a rejection for;
- duplicated: more than one accepted invoice in KSeF for one invoice of ours;
- wrong: a KSeF number the client reports that KSeF holds for other bytes;
- raw exceptions: anything escaping that is not a ``KsefError``.

``python -m benchmarks.fault_soak --invoices 10000 [--async]`` runs the full soak; the test suite runs a
bounded one (tests/faults/test_soak.py).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import random
import sys
import time
from dataclasses import dataclass, field
from typing import Any

FAULTS: list[tuple[str, dict[str, Any]]] = [
    # invoice send: KSeF acts, then the answer is lost or garbled; or it refuses up front
    ("POST /sessions/online/*/invoices", {"drop": True, "probability": 0.03}),
    ("POST /sessions/online/*/invoices", {"truncate": 7, "probability": 0.03}),
    ("POST /sessions/online/*/invoices", {"status": 503, "probability": 0.02}),
    ("POST /sessions/online/*/invoices", {"status": 500, "probability": 0.01}),
    ("POST /sessions/online/*/invoices", {"status": 429, "retry_after": 0, "probability": 0.02}),
    # session status, invoice list, per-invoice status
    ("GET /sessions/*", {"drop": True, "probability": 0.04}),
    ("GET /sessions/*", {"truncate": 5, "probability": 0.03}),
    ("GET /sessions/*", {"status": 503, "probability": 0.02}),
    ("GET /sessions/*", {"status": 429, "retry_after": 0, "probability": 0.02}),
    # pre-signed UPO downloads
    ("GET /blob/upo*", {"drop": True, "probability": 0.05}),
    ("GET /blob/upo*", {"status": 503, "probability": 0.05}),
    ("GET /blob/upo*", {"status": 429, "retry_after": 0, "probability": 0.03}),
    # opening and closing sessions, token refresh
    ("POST /sessions/online", {"drop": True, "probability": 0.05}),
    ("POST /sessions/online/*/close", {"drop": True, "probability": 0.1}),
    ("POST /auth/token/refresh", {"status": 503, "probability": 0.1}),
    ("POST /auth/token/refresh", {"drop": True, "probability": 0.05}),
]


@dataclass
class Report:
    invoices: int
    sessions: int = 0
    seconds: float = 0.0
    accepted: int = 0
    rejected: int = 0
    lost: int = 0
    duplicated: int = 0
    wrong: int = 0
    raw_exceptions: list[str] = field(default_factory=list)
    typed_errors: list[str] = field(default_factory=list)
    established: dict[str, int] = field(default_factory=dict)
    upo_pages: int = 0
    refreshes: int = 0
    faults_fired: int = 0
    api_calls: int = 0

    def ok(self) -> bool:
        return (
            self.lost == 0
            and self.duplicated == 0
            and self.wrong == 0
            and not self.raw_exceptions
            and self.accepted + self.rejected == self.invoices
        )

    def summary(self) -> str:
        return json.dumps(self.__dict__, indent=2, default=str)


def _invoices(nip: str, count: int, tag: str) -> list[bytes]:
    from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice

    seller = Party(nip, "Sprzedawca sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa")
    buyer = Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków")
    day = dt.date.today()
    return [
        build_fa3_invoice(
            seller=seller,
            buyer=buyer,
            invoice_number=f"SOAK/{tag}/{i:05d}",
            issue_date=day,
            lines=[InvoiceLine("Usługa", quantity=1 + i % 7, unit_net_price="10.00")],
        )
        for i in range(count)
    ]


def _b64_sha(data: bytes) -> str:
    import base64

    return base64.b64encode(hashlib.sha256(data).digest()).decode()


def _options(sleep: Any = None) -> dict[str, Any]:
    from ksef_sdk.flow import PollPolicy

    return {
        "poll_policy": PollPolicy(initial=0.05, factor=1.5, max_delay=0.5, timeout=120),
        "resolve_delay": 0.05,
    }


def _check(report: Report, sandbox: Any, nip: str, invoices: list[bytes], numbers: dict[str, str | None]) -> None:
    """Compare what the client reported (hash → KSeF number or None) with what KSeF holds."""
    held: dict[str, list[str]] = {}
    for record in sandbox.control.invoices(seller_nip=nip):
        if record.ksef_number is not None and record.status[0] == 200:
            held.setdefault(record.invoice_hash, []).append(record.ksef_number)
    for xml in invoices:
        digest = _b64_sha(xml)
        accepted = held.get(digest, [])
        if len(accepted) > 1:
            report.duplicated += 1
        if digest not in numbers:
            report.lost += 1
            continue
        number = numbers[digest]
        if number is None:
            report.rejected += 1
            if accepted:
                report.wrong += 1  # reported rejected, but KSeF holds it
            continue
        report.accepted += 1
        if number not in accepted:
            report.wrong += 1


def _client(sandbox: Any, nip: str, *, is_async: bool) -> tuple[Any, Any]:
    import ksef_sdk
    from ksef_sdk.authentication import KsefTokenAuthenticator, authenticate_with_ksef_token
    from ksef_sdk.http import RetryPolicy

    env = ksef_sdk.Environment.custom(sandbox.url)
    token = sandbox.control.issue_ksef_token(nip)
    public = ksef_sdk.build_public_client(env, rate_limits=False)
    tokens = authenticate_with_ksef_token(public, token, nip)
    build = ksef_sdk.build_async_client if is_async else ksef_sdk.build_client
    authenticator = KsefTokenAuthenticator(public, token, nip)
    client = build(
        env,
        retry=RetryPolicy(backoff_base=0.01, backoff_max=0.05),
        tokens=tokens,
        authenticator=authenticator if not is_async else authenticator.authenticate_async,
        refresh_margin=0.5,
        rate_limits=False,
    )
    return client, public


def _record(report: Report, outcomes: Any, numbers: dict[str, str | None], sent_hash: dict[str, str]) -> None:
    for outcome in outcomes:
        numbers[outcome.sent.invoice_hash] = outcome.ksef_number
        report.established[outcome.sent.established] = report.established.get(outcome.sent.established, 0) + 1
        if outcome.established_by == "duplicate":
            report.established["duplicate"] = report.established.get("duplicate", 0) + 1


def _error(report: Report, exc: BaseException) -> None:
    from ksef_sdk.errors import KsefError

    (report.typed_errors if isinstance(exc, KsefError) else report.raw_exceptions).append(
        f"{type(exc).__module__}.{type(exc).__name__}: {exc}"[:300]
    )


def run_sync_soak(sandbox: Any, nip: str, invoices: list[bytes], per_session: int, report: Report) -> dict[str, Any]:
    from ksef_sdk.sessions import OnlineSession

    client, public = _client(sandbox, nip, is_async=False)
    numbers: dict[str, str | None] = {}
    with client:
        for start in range(0, len(invoices), per_session):
            chunk = invoices[start : start + per_session]
            try:
                with OnlineSession.open(client, **_options()) as session:
                    for xml in chunk:
                        try:
                            session.send(xml)
                        except Exception as exc:
                            _error(report, exc)
                result = session.wait()
                _record(report, result.outcomes, numbers, {})
                report.upo_pages += len(session.session_upo(result.status))
                report.api_calls += len(session.api_calls)
                report.sessions += 1
            except Exception as exc:
                _error(report, exc)
        from ksef_sdk.http import get_auth

        auth = get_auth(client)
        report.refreshes += auth.refresh_count if auth else 0
    public.get_httpx_client().close()
    return {"numbers": numbers}


async def run_async_soak(
    sandbox: Any, nip: str, invoices: list[bytes], per_session: int, report: Report
) -> dict[str, Any]:
    from ksef_sdk.sessions import AsyncOnlineSession

    client, public = _client(sandbox, nip, is_async=True)
    numbers: dict[str, str | None] = {}
    async with client:
        for start in range(0, len(invoices), per_session):
            chunk = invoices[start : start + per_session]
            try:
                async with AsyncOnlineSession.open(client, **_options()) as session:
                    for xml in chunk:
                        try:
                            await session.send(xml)
                        except Exception as exc:
                            _error(report, exc)
                result = await session.wait()
                _record(report, result.outcomes, numbers, {})
                report.upo_pages += len(await session.session_upo(result.status))
                report.api_calls += len(session.api_calls)
                report.sessions += 1
            except Exception as exc:
                _error(report, exc)
        from ksef_sdk.http import get_auth

        auth = get_auth(client)
        report.refreshes += auth.refresh_count if auth else 0
    public.get_httpx_client().close()
    return {"numbers": numbers}


def soak(
    sandbox: Any,
    *,
    invoices: int,
    per_session: int = 100,
    is_async: bool = False,
    seed: int = 7,
    access_lifetime: float = 2.0,
) -> Report:
    """Run one soak against ``sandbox`` (a running :class:`ksef_sandbox.SandboxServer`)."""
    from ksef_sdk.identifiers import random_nip

    rng = random.Random(seed)
    nip = random_nip(rng)
    docs = _invoices(nip, invoices, f"{seed}{'A' if is_async else 'S'}")
    report = Report(invoices=invoices)
    control = sandbox.control
    # thousands of invoices through online sessions exceed invoiceSend's 180/h: the sandbox's limits are off here
    control.set_rate_limits(False)
    control.set_processing_polls(1)
    control.set_token_lifetimes(access=dt.timedelta(seconds=access_lifetime))
    control.faults.random.seed(seed)
    fired = [control.inject_fault(pattern, times=None, **spec) for pattern, spec in FAULTS]
    started = time.perf_counter()
    try:
        if is_async:
            outcome = asyncio.run(run_async_soak(sandbox, nip, docs, per_session, report))
        else:
            outcome = run_sync_soak(sandbox, nip, docs, per_session, report)
    finally:
        control.clear_faults()
    report.seconds = round(time.perf_counter() - started, 2)
    report.faults_fired = sum(f.hits for f in fired)
    sandbox.core.wait_idle(60)
    _check(report, sandbox, nip, docs, outcome["numbers"])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--invoices", type=int, default=10_000)
    parser.add_argument("--per-session", type=int, default=500)
    parser.add_argument("--async", dest="is_async", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    import logging

    from ksef_sandbox import SandboxServer

    logging.basicConfig(level=logging.ERROR)
    for name in ("ksef_sdk", "uvicorn.error", "ksef_sandbox"):  # injected faults make both sides chatty
        logging.getLogger(name).setLevel(logging.CRITICAL)

    server = SandboxServer().start()
    try:
        report = soak(
            server, invoices=args.invoices, per_session=args.per_session, is_async=args.is_async, seed=args.seed
        )
    finally:
        server.stop()
    print(report.summary())
    return 0 if report.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
