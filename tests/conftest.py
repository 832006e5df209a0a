"""Shared test configuration: where the official KSeF data (../shared/ksef) lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_KSEF = Path(os.environ.get("KSEF_SHARED", REPO_ROOT.parent / "shared" / "ksef")).resolve()


def pytest_configure(config: pytest.Config) -> None:
    """Build ``openapi.yaml`` (as ``make spec`` does) when missing or older than its inputs: the sandbox
    conformance checks and the schemathesis run read it at collection time."""
    from ksef_codegen import spec as specmod

    inputs = [specmod.LOCK_FILE, *specmod.overlay_files()]
    output = specmod.OUTPUT
    if output.exists() and all(p.stat().st_mtime <= output.stat().st_mtime for p in inputs):
        return
    if specmod.main([]) != 0:
        raise pytest.UsageError("cannot build openapi.yaml from the pinned spec (see the message above)")


@pytest.fixture(scope="session")
def shared_ksef() -> Path:
    """The official KSeF data directory (spec, XSDs, samples); CI clones the repo beside ../shared."""
    if not (SHARED_KSEF / "openapi.json").exists():
        pytest.fail(f"official KSeF data not found at {SHARED_KSEF}; set KSEF_SHARED")
    return SHARED_KSEF
