"""``ksef send`` of 200 invoice files against the sandbox, as a user runs it (goal: under 30 s; the online
limits of the spec, 30/min and 180/h, would make it an hour).

Starts ``ksef sandbox`` in its own process (it saves a profile in a temporary config directory), writes 200
FA(3) files and times ``ksef -p sandbox send FOLDER`` as a separate process, end to end (Python start,
authentication, local checks, batch session, the sandbox's processing, results).

    python benchmarks/cli_send.py [--files 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice

NIP = "5265877635"
GOAL_SECONDS = 30.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "KSEF_CONFIG_DIR": str(Path(tmp) / "config")}
        folder = Path(tmp) / "invoices"
        folder.mkdir()
        for i in range(args.files):
            (folder / f"fv-{i:05d}.xml").write_bytes(
                build_fa3_invoice(
                    seller=Party(NIP, "Benchmark sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
                    buyer=Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków"),
                    lines=[InvoiceLine("Usługa", i + 1, "100.00")],
                    invoice_number=f"FV/CLI/{time.time_ns()}/{i}",
                    issue_date=dt.date.today(),
                )
            )
        sandbox = subprocess.Popen(
            [sys.executable, "-m", "ksef_sdk.cli", "--json", "sandbox", "--nip", NIP],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            assert sandbox.stdout is not None
            text = ""
            while True:
                text += sandbox.stdout.readline()
                try:
                    json.loads(text)
                    break
                except ValueError:
                    continue
            started = time.perf_counter()
            run = subprocess.run(
                [sys.executable, "-m", "ksef_sdk.cli", "-p", "sandbox", "--json", "send", str(folder)],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            elapsed = time.perf_counter() - started
        finally:
            sandbox.terminate()
            sandbox.wait(20)
    result = json.loads(run.stdout)
    accepted = sum(i["ok"] for i in result["invoices"])
    modes = [s["mode"] for s in result["sessions"]]
    print(f"ksef send of {args.files} files: {elapsed:.1f} s, {accepted} accepted, sessions: {modes}")
    ok = run.returncode == 0 and accepted == args.files and elapsed < GOAL_SECONDS
    print(f"goal < {GOAL_SECONDS:.0f} s: {'met' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
