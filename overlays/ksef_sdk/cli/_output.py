"""What a command shows: human output (rich) or ``--json`` for scripts, progress bars on stderr.

- :meth:`Output.result` prints the command's result: JSON on stdout with ``--json``, else the human form.
- :meth:`Output.progress` is a rich progress display on stderr; it is shown only on a terminal and never
  with ``--json``, so piped output stays clean.
- :meth:`Output.note` is a human-only remark on stderr (``logged in...``, ``waiting for KSeF...``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress

__all__ = ["Output", "to_json"]


def _default(value: Any) -> Any:
    import datetime as dt
    from pathlib import Path

    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def to_json(data: Any) -> str:
    """``data`` as JSON text (dates as ISO 8601, paths as strings, non-ASCII kept)."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


class Output:
    """Where a command's output goes. ``json_mode``: the result as JSON on stdout and nothing else."""

    def __init__(self, *, json_mode: bool = False, progress: bool | None = None) -> None:
        from rich.console import Console

        self.json_mode = json_mode
        self.console: Console = Console(highlight=False, soft_wrap=True)
        self.err: Console = Console(stderr=True, highlight=False, soft_wrap=True)
        self._progress = progress

    @property
    def shows_progress(self) -> bool:
        """Progress bars are drawn on an interactive stderr only, and never in JSON mode."""
        if self.json_mode:
            return False
        if self._progress is not None:
            return self._progress
        return self.err.is_terminal

    def result(self, data: Any, human: Callable[[], None] | None = None) -> None:
        """The command's result: ``data`` as JSON with ``--json``, else ``human()`` (default: the JSON too)."""
        if self.json_mode or human is None:
            sys.stdout.write(to_json(data) + "\n")
            sys.stdout.flush()
        else:
            human()

    def print(self, *objects: Any) -> None:
        """Human output on stdout (rich markup); nothing in JSON mode."""
        if not self.json_mode:
            self.console.print(*objects)

    def note(self, text: str) -> None:
        """A human remark on stderr (dim); nothing in JSON mode."""
        if not self.json_mode:
            self.err.print(f"[dim]{text}[/dim]")

    def error(self, text: str) -> None:
        """The one error line on stderr (also in JSON mode: stdout carries the JSON error object)."""
        from rich.markup import escape

        self.err.print(f"[bold red]ksef: error:[/bold red] {escape(text)}")

    @contextmanager
    def progress(self) -> Iterator[Progress]:
        """A rich progress display on stderr (disabled off a terminal and in JSON mode): ``add_task``/``advance``."""
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.err,
            disable=not self.shows_progress,
        )
        with progress:
            yield progress
