"""``python -m ksef_codegen spec|tables|diff|documents ...``"""

from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("spec", "tables", "diff", "documents"):
        print(
            "usage: python -m ksef_codegen spec [--accept] | tables SPEC OUT | diff OLD NEW | documents [OUT]",
            file=sys.stderr,
        )
        return 2
    command, args = sys.argv[1], sys.argv[2:]
    if command == "spec":
        from .spec import main as run
    elif command == "tables":
        from .tables import main as run
    elif command == "documents":
        from .documents import main as run
    else:
        from .spec_diff import main as run
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
