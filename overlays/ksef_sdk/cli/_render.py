"""Shared by ``ksef invoice render`` and ``ksef upo render``: where each output goes, the progress bar, one
line per failed file, and whole-file writes (a failed file leaves nothing behind)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import typer

from ksef_sdk.errors import KsefError

__all__ = ["output_paths", "render_all"]


def output_paths(files: Sequence[Path], out: Path, suffix: str) -> list[Path]:
    """One output per input: ``out`` itself for a single file (unless it is a directory), else
    ``out/<name>.pdf|html`` (the directory is created)."""
    if len(files) == 1 and not out.is_dir() and not str(out).endswith(("/", "\\")):
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    names = [f.stem for f in files]
    if len(set(names)) != len(names):
        raise typer.BadParameter("two input files have the same name: give them different names", param_hint="FILE")
    return [out / f"{name}{suffix}" for name in names]


def render_all(
    files: Sequence[Path], outputs: Sequence[Path], render: Callable[[Path, bytes], bytes | str], *, what: str
) -> None:
    """Render each file (``render(path, data)``) and write its output whole; report failures one line each;
    exit 1 when some file failed. A progress bar shows on stderr for more than one file."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ksef_sdk.invoice.render import write_atomically

    failed = 0
    console = Console(stderr=True, highlight=False)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True, disable=len(files) < 2) as progress:
        task = progress.add_task(f"rendering {what}", total=len(files))
        for source, target in zip(files, outputs, strict=True):
            try:
                write_atomically(target, render(source, source.read_bytes()))
            except (KsefError, OSError) as exc:
                failed += 1
                reason = getattr(exc, "reason", None) or str(exc)
                where = getattr(exc, "path", None)
                line = f"{source}: {where + ': ' if where else ''}{reason}".replace("\n", " ")
                progress.console.print(line, markup=False, soft_wrap=True)
            progress.advance(task)
    done = len(files) - failed
    typer.echo(f"{done} of {len(files)} {what} rendered", err=True)
    raise typer.Exit(1 if failed else 0)
