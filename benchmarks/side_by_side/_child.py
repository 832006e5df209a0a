"""One measurement in a fresh process: ``python -m benchmarks.side_by_side._child IMPL FUNCTION``.

Parameters come as JSON in ``BENCH_PARAMS``; the result (a JSON object with at least ``value``) is the last
line printed. Nothing heavy is imported before the measured function runs (first-use costs count).
"""

from __future__ import annotations

import importlib
import json
import os
import sys


def main() -> int:
    impl, function = sys.argv[1], sys.argv[2]
    params = json.loads(os.environ.get("BENCH_PARAMS", "{}"))
    module = importlib.import_module(f"benchmarks.side_by_side._impl_{impl}")
    result = getattr(module, function)(params)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
