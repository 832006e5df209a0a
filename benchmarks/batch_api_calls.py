"""API calls for a 10,000-invoice batch session, from authentication to the collective UPO.

Runs the embedded sandbox on loopback with the spec's real ``x-rate-limits`` enforced, authenticates
with a KSeF token, sends 10,000 FA(3) invoices in one batch session (``ksef_sdk.batch.send_batch``),
maps every result back to its file name and downloads the collective UPO. Prints every API operation
with its count, the total (goal: < 100, i.e. ≤ 0.01 per invoice), the non-API requests (part uploads,
UPO pages: pre-signed URLs, not rate-limited) and the number of 429 responses (goal: 0).

    python benchmarks/batch_api_calls.py [--invoices 10000] [--part-size 100000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from typing import Any

import httpx
from ksef_sandbox import SandboxServer
from ksef_sdk.authentication import authenticate_with_ksef_token
from ksef_sdk.batch import send_batch
from ksef_sdk.environments import Environment
from ksef_sdk.http import build_client, build_public_client
from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice
from ksef_sdk.sessions import PollPolicy

NIP = "5265877635"


def invoices(n: int) -> Any:
    template = build_fa3_invoice(
        seller=Party(NIP, "Benchmark sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków"),
        lines=[InvoiceLine("Usługa", 1, "100.00")],
        invoice_number="FV/BENCH/0000000",
        issue_date=dt.date.today(),
    )
    stamp = str(time.time_ns())[-8:]
    for i in range(n):
        yield f"fv-{i:05d}.xml", template.replace(b"FV/BENCH/0000000", f"FV/B{stamp}/{i:07d}".encode())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", type=int, default=10_000)
    ap.add_argument("--part-size", type=int, default=100_000_000)
    args = ap.parse_args()

    statuses: Counter[int] = Counter()
    requests: Counter[str] = Counter()

    def hook(response: httpx.Response) -> None:
        statuses[response.status_code] += 1
        requests[f"{response.request.method} {response.request.url.path}"] += 1

    with SandboxServer() as sandbox:
        sandbox.control.set_rate_limits(True)
        env = Environment.custom(sandbox.url)
        token = sandbox.control.issue_ksef_token(NIP)
        started = time.perf_counter()
        with build_public_client(env) as public:
            public.get_httpx_client().event_hooks["response"].append(hook)
            tokens = authenticate_with_ksef_token(public, token, NIP)
        storage = httpx.Client(event_hooks={"response": [hook]}, timeout=120.0)
        with build_client(env, tokens=tokens) as client:
            client.get_httpx_client().event_hooks["response"].append(hook)
            result = send_batch(
                client,
                invoices(args.invoices),
                part_size=args.part_size,
                poll_policy=PollPolicy(initial=1.0, factor=1.5, max_delay=10.0, timeout=1800.0),
            )
        elapsed = time.perf_counter() - started
        counts = sandbox.control.call_counts()
    storage.close()

    api_total = sum(counts.values())
    print(
        f"invoices: {args.invoices}  succeeded: {len(result.succeeded)}  failed: {len(result.failed)}  "
        f"missing: {len(result.missing)}  UPO pages: {len(result.upo)}  wall time: {elapsed:.1f} s"
    )
    print("API calls by operation (sandbox counters):")
    for name, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {count:5d}  {name}")
    print(f"API calls total: {api_total}  ({api_total / args.invoices:.4f} per invoice; goal < 100)")
    other = {k: v for k, v in requests.items() if "/v2/" not in k}
    print(f"pre-signed URL requests (not API, not rate-limited): {sum(other.values())}")
    print(f"HTTP 429 responses: {statuses.get(429, 0)}")
    ok = api_total < 100 and statuses.get(429, 0) == 0 and len(result.succeeded) == args.invoices
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
