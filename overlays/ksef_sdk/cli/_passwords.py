"""Passwords of certificate files for ``ksef cert``: never a command-line argument (shell history, ``ps``)."""

from __future__ import annotations

import os
import sys

import typer

__all__ = ["read_password"]


def read_password(what: str, *, from_stdin: bool, variable: str, confirm: bool = False) -> str | None:
    """A password: the first line of stdin (``from_stdin``), the environment ``variable``, or a prompt without
    echo on a terminal; ``None`` when there is none."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if os.environ.get(variable):
        return os.environ[variable]
    if sys.stdin.isatty():
        value = typer.prompt(what, hide_input=True, confirmation_prompt=confirm, default="", show_default=False)
        return str(value) or None
    return None
