"""Peak memory of a ~1 GB batch session: it must not grow with the batch size.

The sandbox runs in a child process (its memory is not counted); this process generates FA(3)
invoices on the fly (~150 KB each; line descriptions are random Base64 text, so ZIP keeps ~75 % of the size),
and ``ksef_sdk.batch.send_batch`` validates, archives (ZIP on disk), splits, encrypts and uploads
them, then maps every result back to its file name. Peak RSS (``ru_maxrss``) is reported per run, next
to the part size and the archive size; a small batch run first gives the baseline.

    python benchmarks/batch_memory.py [--gigabytes 1.0] [--part-size 100000000] [--part-size 20000000]

``ru_maxrss`` is the process-lifetime peak, so later runs in one invocation can only show the same or
more. One run on the dev container (2026-11): 10 MB baseline 70 MB; 1.00 GB of XML (6,515 invoices,
~490 MB ZIP) with 100 MB parts (5) 104 MB, with 20 MB parts (25) still 104 MB; ~110 s each. What does
grow with the invoice *count* (not bytes) is per-invoice bookkeeping: results, the name/hash map and
the parsed collective UPO (~5 KB per invoice, bounded by the 10,000-invoice session limit).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

NIP = "5265877635"


def _serve(conn: Any) -> None:
    from ksef_sandbox import SandboxServer

    with SandboxServer(schema_dir=None) as sandbox:  # XSD off: the client's memory is what is measured
        conn.send((sandbox.url, sandbox.control.issue_ksef_token(NIP)))
        conn.recv()  # wait for "stop"


def _template(lines: int) -> bytes:
    from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice

    rnd = base64.b64encode(os.urandom(lines * 180)).decode()
    return build_fa3_invoice(
        seller=Party(NIP, "Benchmark sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków"),
        lines=[InvoiceLine(rnd[i * 240 : (i + 1) * 240], 1, "10.00") for i in range(lines)],
        invoice_number="FV/MEM/0000000000",
        issue_date=dt.date.today(),
    )


def invoices(count: int, template: bytes, run: str) -> Iterator[tuple[str, bytes]]:
    for i in range(count):
        yield (
            f"fv-{i:05d}.xml",
            template.replace(b"FV/MEM/0000000000", f"FV/{run}/{i:08d}".encode()),
        )


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run(url: str, token: str, count: int, template: bytes, part_size: int) -> tuple[float, int, int, float, int]:
    from ksef_sdk.authentication import authenticate_with_ksef_token
    from ksef_sdk.batch import BatchProgress, send_batch
    from ksef_sdk.environments import Environment
    from ksef_sdk.http import build_client, build_public_client
    from ksef_sdk.sessions import PollPolicy

    env = Environment.custom(url)
    with build_public_client(env) as public:
        tokens = authenticate_with_ksef_token(public, token, NIP)
    parts = 0

    def progress(p: BatchProgress) -> None:
        nonlocal parts
        if p.stage == "encrypt":
            parts = p.total

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ksef-bench-") as work, build_client(env, tokens=tokens) as client:
        result = send_batch(
            client,
            invoices(count, template, f"R{time.time_ns() % 10**8}"),
            part_size=part_size,
            work_dir=os.path.join(work, "batch"),
            progress=progress,
            poll_policy=PollPolicy(initial=1.0, max_delay=5.0, timeout=3600.0),
        )
        manifest_size = os.path.getsize(os.path.join(work, "batch", "manifest.json"))
    elapsed = time.perf_counter() - started
    assert len(result.succeeded) == count, (len(result.succeeded), result.missing[:5])
    return elapsed, parts, len(result.by_file_name), rss_mb(), manifest_size


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gigabytes", type=float, default=1.0)
    ap.add_argument("--part-size", type=int, action="append")
    ap.add_argument("--lines", type=int, default=400, help="lines per invoice (~250 B each)")
    args = ap.parse_args()
    part_sizes = args.part_size or [100_000_000]

    parent, child = mp.Pipe()
    server = mp.Process(target=_serve, args=(child,), daemon=True)
    server.start()
    url, token = parent.recv()
    try:
        template = _template(args.lines)
        size = len(template)
        count = min(10_000, int(args.gigabytes * 1e9 // size))
        print(f"invoice size {size} B; baseline RSS after imports {rss_mb():.0f} MB")
        small = max(10, count // 100)
        elapsed, parts, n, peak, _ = run(url, token, small, template, part_sizes[0])
        print(
            f"baseline: {small} invoices ({small * size / 1e6:.0f} MB), part size {part_sizes[0]:,} B -> "
            f"{parts} part(s), peak RSS {peak:.0f} MB, {elapsed:.1f} s"
        )
        for part_size in part_sizes:
            elapsed, parts, n, peak, manifest = run(url, token, count, template, part_size)
            print(
                f"batch: {count} invoices ({count * size / 1e9:.2f} GB of XML), part size {part_size:,} B -> "
                f"{parts} part(s); {n} results by file name; peak RSS {peak:.0f} MB; {elapsed:.1f} s; "
                f"manifest {manifest} B"
            )
    finally:
        parent.send("stop")
        server.join(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
