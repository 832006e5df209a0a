"""Shared test configuration: where the official KSeF data (../shared/ksef) lives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_KSEF = Path(os.environ.get("KSEF_SHARED", REPO_ROOT.parent / "shared" / "ksef")).resolve()


@pytest.fixture(scope="session")
def shared_ksef() -> Path:
    """The official KSeF data directory (spec, XSDs, samples); CI clones the repo beside ../shared."""
    if not (SHARED_KSEF / "openapi.json").exists():
        pytest.fail(f"official KSeF data not found at {SHARED_KSEF}; set KSEF_SHARED")
    return SHARED_KSEF
