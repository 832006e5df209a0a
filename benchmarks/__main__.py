"""``python -m benchmarks`` (``make bench``): every benchmark at its default size, one after another.

The 1 GB batch memory run takes minutes and 1 GB of disk: it runs only with ``--memory``; the
10,000-invoice outbox soak (worker processes, SIGKILL, SQLite) takes minutes too: only with ``--outbox``.
Each script can also be run alone with its own options (see benchmarks/README.md).

``python -m benchmarks --peers [--repeats N] [--memory] [--only k1,k2]``: ksef-sdk side by side with the
peer libraries and the floors, in one run against one sandbox (:mod:`benchmarks.side_by_side`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "import_time.py",
    "first_auth_cpu.py",
    "parse_metadata.py",
    "sandbox_throughput.py",
    "batch_api_calls.py",
    "invoice_parse.py",
    "cli_send.py",
    "certificate_lifecycle.py",
    "render_pdf.py",
]


def main(argv: list[str]) -> int:
    if "--peers" in argv or "--no-peers" in argv:
        from benchmarks.side_by_side._suite import main as side_by_side

        return side_by_side(argv)
    scripts = SCRIPTS + (["batch_memory.py"] if "--memory" in argv else [])
    scripts += ["outbox_soak.py"] if "--outbox" in argv else []
    failed = []
    for script in scripts:
        print(f"\n=== {script}", flush=True)
        command = (
            [sys.executable, "-m", f"benchmarks.{script[:-3]}"]
            if script == "outbox_soak.py"
            else [
                sys.executable,
                str(HERE / script),
            ]
        )
        if subprocess.run(command, check=False, cwd=HERE.parent).returncode != 0:
            failed.append(script)
    if failed:
        print(f"\nfailed or missed their goal: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
