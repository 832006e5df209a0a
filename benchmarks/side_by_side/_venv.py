"""The separate Python >= 3.12 environment holding ksef-sdk (this checkout, editable) and the two peers."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-peers"
PEERS = ("ksef-client==0.20.0", "ksef2==1.1.0")
MODULES = {"ksef_client": "ksef-client 0.20", "ksef2": "ksef2 1.1"}


def _version(python: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(*sys.version_info[:2])"],
            check=False,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    major, minor = out.stdout.split()
    return int(major), int(minor)


def _candidates() -> list[str]:
    found = [sys.executable]
    for name in ("python3.14", "python3.13", "python3.12"):
        path = shutil.which(name)
        if path:
            found.append(path)
    pyenv = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    found += sorted(glob.glob(os.path.join(pyenv, "versions", "3.1[2-9]*", "bin", "python")), reverse=True)
    return found


def find_python() -> str | None:
    """An interpreter of Python >= 3.12 on this machine (the current one first), or ``None``."""
    for python in _candidates():
        version = _version(python)
        if version is not None and version >= (3, 12):
            return python
    return None


def _has_peers(python: Path) -> bool:
    check = "import ksef_sdk, ksef_sandbox, ksef_client, ksef2"
    return (
        python.exists() and subprocess.run([str(python), "-c", check], check=False, capture_output=True).returncode == 0
    )


def ensure(*, log: bool = True) -> tuple[str | None, str]:
    """``(python of the peer environment, note)``; ``(None, why not)`` when it cannot be had."""
    python = VENV / "bin" / "python"
    if _has_peers(python):
        return str(python), f"peers from {VENV}"
    base = find_python()
    if base is None:
        return None, "no Python >= 3.12 on this machine (ksef-client and ksef2 need it)"
    if log:
        print(f"creating the peer environment {VENV} with {base} (ksef-sdk editable, {', '.join(PEERS)}) ...")
    steps = [
        [base, "-m", "venv", str(VENV)],
        [str(python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[dev]", *PEERS],
    ]
    for step in steps:
        done = subprocess.run(step, check=False, capture_output=True, text=True)
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["?"]
            return None, f"could not create the peer environment ({' '.join(step[:4])} ...: {tail[0]})"
    if not _has_peers(python):
        return None, "the peer environment was created but the peers do not import"
    return str(python), f"peers installed into {VENV}"
