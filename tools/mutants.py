"""A hand-made mutation check: break one behaviour the tests must guard, run the tests, put it back.

Each mutant is one exact text replacement in the package; the check passes when every mutant makes the
given tests fail ("caught"). It guards the regressions the sandbox-fidelity work found unguarded: the UPO
hash check on each download path, batch parts in decimal megabytes, export parts joined by ordinal number,
the per-part upload window.

Run: ``python tools/mutants.py [pytest paths...]`` (default: tests/e2e tests/workflows tests/core); exit code
1 when a mutant survives. The source files are restored after each run, also on interrupt.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TESTS = ["tests/e2e", "tests/workflows", "tests/core"]


class Mutant(NamedTuple):
    name: str
    path: str
    old: str
    new: str


MUTANTS = [
    Mutant(
        "UPO by its pre-signed URL not hash-checked",
        "overlays/ksef_sdk/sessions/_reads.py",
        'return parse_upo(result.content or b"", expected_hash=result.headers.get("x-ms-meta-hash"))\n'
        "    if isinstance(invoice, InvoiceResult):",
        'return parse_upo(result.content or b"", expected_hash=None)\n    if isinstance(invoice, InvoiceResult):',
    ),
    Mutant(
        "UPO by KSeF number or reference not hash-checked",
        "overlays/ksef_sdk/sessions/_reads.py",
        "return parse_upo(response.content, expected_hash=expected)",
        "return parse_upo(response.content, expected_hash=None)",
    ),
    Mutant(
        "collective UPO pages not hash-checked",
        "overlays/ksef_sdk/sessions/_reads.py",
        'upos.append(parse_upo(result.content or b"", expected_hash=result.headers.get("x-ms-meta-hash")))',
        'upos.append(parse_upo(result.content or b"", expected_hash=None))',
    ),
    Mutant(
        "batch parts in binary megabytes",
        "overlays/ksef_sdk/defaults.py",
        "PART_SIZE = 100_000_000",
        "PART_SIZE = 104_857_600",
    ),
    Mutant(
        "export parts joined in listed order",
        "overlays/ksef_sdk/retrieval/_export.py",
        "for part in sorted(package.parts, key=lambda p: p.ordinal_number):",
        "for part in package.parts:",
    ),
    Mutant(
        "upload window not enforced on resume",
        "overlays/ksef_sdk/batch/_flows.py",
        "if prepared.upload_deadline and _now() > dt.datetime.fromisoformat(prepared.upload_deadline):",
        "if False:",
    ),
]


def run(mutant: Mutant, tests: list[str]) -> tuple[bool, str]:
    """Apply ``mutant``, run ``tests`` (stopping at the first failure), restore; (caught, pytest's summary)."""
    path = ROOT / mutant.path
    source = path.read_text("utf-8")
    if source.count(mutant.old) != 1:
        raise SystemExit(f"{mutant.name}: the text to replace is not in {mutant.path} exactly once")
    path.write_text(source.replace(mutant.old, mutant.new), "utf-8")
    try:
        command = [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *tests]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    finally:
        path.write_text(source, "utf-8")
    lines = result.stdout.strip().splitlines()
    failed = next((line for line in lines if line.startswith("FAILED")), "")
    return result.returncode != 0, f"{lines[-1] if lines else ''} {failed}".strip()


def main(argv: list[str]) -> int:
    tests = argv or DEFAULT_TESTS
    survivors = 0
    for mutant in MUTANTS:
        caught, summary = run(mutant, tests)
        survivors += not caught
        print(f"{'caught ' if caught else 'SURVIVED'}  {mutant.name}: {summary}", flush=True)
    print(f"{len(MUTANTS) - survivors}/{len(MUTANTS)} mutants caught")
    return 1 if survivors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
