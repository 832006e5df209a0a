"""The sandbox from the command line, and the progress display in a real terminal (tmux).

``ksef sandbox`` runs in its own process (as a user runs it) and saves a profile; ``ksef send`` of 200 files
then runs inside tmux, whose screen is read while it works: the progress bars must be drawn there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from ksef_sdk.identifiers import random_nip

from .conftest import Ksef, write_invoices

PYTHON = sys.executable


def _read_json(stream: IO[str], timeout: float = 30.0) -> Any:
    """The first JSON document a process prints (multi-line), read as it arrives."""
    text = ""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        text += line
        try:
            return json.loads(text)
        except ValueError:
            continue
    raise AssertionError(f"no JSON from the process: {text!r}")


@pytest.fixture
def sandbox_process(config_dir: Path) -> Iterator[tuple[dict[str, Any], str]]:
    nip = random_nip()
    env = {**os.environ, "KSEF_CONFIG_DIR": str(config_dir)}
    process = subprocess.Popen(
        [PYTHON, "-m", "ksef_sdk.cli", "--json", "sandbox", "--nip", nip],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        yield _read_json(process.stdout), nip
    finally:
        process.terminate()
        process.wait(20)


def test_ksef_sandbox_prints_a_token_and_saves_a_profile(
    sandbox_process: tuple[dict[str, Any], str], ksef: Ksef, config_dir: Path
) -> None:
    ready, nip = sandbox_process
    assert ready["url"].startswith("http://127.0.0.1:") and ready["profile"] == "sandbox"
    assert ready["tokens"][nip].endswith(tuple("0123456789abcdef"))
    shown = ksef("profile", "show", "sandbox", "--json").json()
    assert shown["environment"] == ready["url"] and shown["nip"] == nip and shown["secretStored"]
    check = ksef("-p", "sandbox", "profile", "check", "--json")
    assert check.exit_code == 0, check.stderr


def test_python_m_ksef_sandbox_prints_tokens() -> None:
    nip = random_nip()
    process = subprocess.Popen(
        [PYTHON, "-m", "ksef_sandbox", "--token", nip], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        word, token_nip, token = process.stdout.readline().split()
    finally:
        process.terminate()
        process.wait(20)
    assert url.startswith("http://127.0.0.1:") and url.endswith("/v2")
    assert (word, token_nip) == ("KSEF_TOKEN", nip) and f"|Nip-{nip}|" in token


def _tmux(socket: str, *args: str) -> str:
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True, check=True).stdout


def test_send_of_200_files_draws_progress_in_a_real_terminal(
    sandbox_process: tuple[dict[str, Any], str], config_dir: Path, tmp_path: Path
) -> None:
    if shutil.which("tmux") is None:
        pytest.fail("tmux is missing: 'make test-deps' installs it")
    _, nip = sandbox_process
    write_invoices(tmp_path / "inv", nip, 200)
    socket = f"ksef-test-{uuid.uuid4().hex[:8]}"
    command = f"{PYTHON} -m ksef_sdk.cli -p sandbox send {tmp_path / 'inv'}; echo EXIT=$?; sleep 60"
    env = {**os.environ, "KSEF_CONFIG_DIR": str(config_dir), "TERM": "xterm-256color"}
    started = time.monotonic()
    subprocess.run(
        ["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "send", "-x", "120", "-y", "40", command],
        env=env,
        check=True,
    )
    screens: list[str] = []
    try:
        while time.monotonic() - started < 120:
            screen = _tmux(socket, "capture-pane", "-p", "-t", "send")
            screens.append(screen)
            if "EXIT=" in screen:
                break
            time.sleep(0.05)
        elapsed = time.monotonic() - started
        history = _tmux(socket, "capture-pane", "-p", "-S", "-", "-E", "-", "-t", "send")
    finally:
        subprocess.run(["tmux", "-L", socket, "kill-server"], check=False, capture_output=True)
    assert "EXIT=0" in history, history[-3000:]
    assert "200 of 200 accepted" in history
    print(f"ksef send of 200 files in tmux, batch against the sandbox process: {elapsed:.1f} s")
    # while it worked, the screen showed bars with counts (rich draws "━" and "done/total")
    live = [s for s in screens if "EXIT=" not in s and ("batch:" in s or "checking files" in s)]
    assert live, "no progress display was drawn while sending"
    assert any("━" in s and "/" in s for s in live)
    assert "checking files" in history and "200/200" in history
    assert "batch: uploading parts" in history and "batch: KSeF is processing" in history
