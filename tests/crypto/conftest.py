"""Fixtures for the crypto/auth/identifier/QR tests (issue 4)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def shared_ksef_dir() -> Path:
    env = os.environ.get("KSEF_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / ".." / "shared" / "ksef"


SHARED = shared_ksef_dir()


@pytest.fixture(scope="session")
def shared_ksef() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"shared KSeF material not found at {SHARED} (set KSEF_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def xmlsec1() -> str:
    path = shutil.which("xmlsec1")
    if path is None:
        pytest.fail("xmlsec1 is required (Debian package: xmlsec1)")
    return path
