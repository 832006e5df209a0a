"""The `ksef` command."""

from ksef_sdk.cli._commands import main

__all__ = ["main"]
