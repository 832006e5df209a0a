"""The ``ksef`` console script: a clear message when the ``cli`` extra is missing, else the typer app."""

from __future__ import annotations

import importlib.util
import sys

__all__ = ["main"]

NEEDED = ("typer", "rich", "platformdirs", "keyring", "tomli_w")


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``ksef`` command."""
    missing = [name for name in NEEDED if importlib.util.find_spec(name) is None]
    if missing:
        sys.exit(
            f"ksef: the command needs the 'cli' extra (missing: {', '.join(missing)}): pip install 'ksef-sdk[cli]'"
        )
    from ksef_sdk.cli._app import main as run

    run(argv)
