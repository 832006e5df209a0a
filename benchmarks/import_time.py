"""How long ``import ksef_sdk`` takes, in fresh interpreters (goal: < 150 ms).

Two measurements per target, each over ``--runs`` fresh subprocesses:

- ``-X importtime``: the cumulative microseconds Python reports for the target's top-level module;
- wall time of ``python -c "import <target>"`` minus the wall time of ``python -c "pass"`` (interpreter
  start-up), so the number is what the import adds.

Run: ``python benchmarks/import_time.py [--runs 20]`` (``make bench`` runs every benchmark).
Peers (``ksef_client``, ``ksef2``) are measured only when importable in this interpreter.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import subprocess
import sys
import time

TARGETS: list[tuple[str, str, str]] = [
    # (label, statement, module whose importtime line is reported)
    ("import ksef_sdk", "import ksef_sdk", "ksef_sdk"),
    ("ksef_sdk ready to build a client", "from ksef_sdk.http import build_client", "ksef_sdk.http"),
    ("import ksef_api (generated)", "import ksef_api", "ksef_api"),
    (
        "one operation module (generated)",
        "from ksef_api.api.limits import get_limits_context",
        "ksef_api.api.limits.get_limits_context",
    ),
    ("import httpx (dependency)", "import httpx", "httpx"),
]
PEERS = [("import ksef_client (peer)", "ksef_client"), ("import ksef2 (peer)", "ksef2")]
GOAL_MS = 150.0


def importtime_ms(statement: str, module: str) -> float:
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement], capture_output=True, text=True, check=True
    )
    pattern = re.compile(r"import time:\s+\d+ \|\s+(\d+) \|\s*" + re.escape(module) + r"$")
    total = [int(m.group(1)) for line in out.stderr.splitlines() if (m := pattern.search(line.rstrip()))]
    if not total:  # already imported by a parent package: sum the top-level lines instead
        total = [sum(int(line.split("|")[1]) for line in out.stderr.splitlines()[1:] if line.split("|")[2][1:2] != " ")]
    return total[-1] / 1000.0


def wall_ms(statement: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True)
    return (time.perf_counter() - start) * 1000.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    targets = list(TARGETS)
    targets += [(label, f"import {mod}", mod) for label, mod in PEERS if importlib.util.find_spec(mod) is not None]

    baseline = statistics.median(wall_ms("pass") for _ in range(args.runs))
    print(
        f"python {sys.version.split()[0]}, {args.runs} runs each; interpreter start-up {baseline:.1f} ms (subtracted)"
    )
    print(f"{'target':<36} {'importtime median':>18} {'min':>8} {'wall median':>12} {'min':>8}")
    verdict = 0
    for label, statement, module in targets:
        it = [importtime_ms(statement, module) for _ in range(args.runs)]
        wall = [wall_ms(statement) - baseline for _ in range(args.runs)]
        print(
            f"{label:<36} {statistics.median(it):>15.1f} ms {min(it):>5.1f} ms "
            f"{statistics.median(wall):>9.1f} ms {min(wall):>5.1f} ms"
        )
        if label == "import ksef_sdk" and statistics.median(it) > GOAL_MS:
            verdict = 1
    print(f"goal: import ksef_sdk < {GOAL_MS:.0f} ms -> {'FAILED' if verdict else 'met'}")
    return verdict


if __name__ == "__main__":
    raise SystemExit(main())
