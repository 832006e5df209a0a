"""The distributions: the sdist carries the sources and the licence but no tests; the wheel carries the licence."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out


def test_the_sdist_has_sources_and_licence_but_no_tests(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = [name.split("/", 1)[1] for name in tar.getnames() if "/" in name]
    assert "LICENSE" in names
    assert "overlays/ksef_sdk/cli/_app.py" in names and "sandbox/ksef_sandbox/server.py" in names
    assert "generated/ksef_api/_tables.py" in names
    assert [n for n in names if n.startswith("tests/") or "/tests/" in n] == []
    assert [n for n in names if "__pycache__" in n] == []


def test_the_wheel_carries_the_licence(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        licences = [n for n in names if n.endswith(".dist-info/licenses/LICENSE")]
        assert licences, names[-10:]
        assert b"MIT License" in zf.read(licences[0])
        metadata = zf.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata
    assert "License-File: LICENSE" in metadata
    assert not [n for n in names if n.startswith("tests/")]
