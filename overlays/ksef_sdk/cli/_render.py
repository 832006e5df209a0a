"""Shared by ``ksef invoice render`` and ``ksef upo render``: where each output goes, the progress bar, one line
per failed file, and whole-file writes (a file that fails leaves nothing behind)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import typer

from ksef_sdk.cli._errors import ExitCode
from ksef_sdk.cli._runtime import Cli
from ksef_sdk.errors import KsefError

__all__ = ["output_paths", "render_all"]


def output_paths(files: Sequence[Path], out: Path, suffix: str) -> list[Path]:
    """One output per input: ``out`` itself for a single file (unless it is a directory), else
    ``out/<name>.pdf|html`` (the directory is created)."""
    if len(files) == 1 and not out.is_dir() and not str(out).endswith(("/", "\\")):
        return [out]
    names = [f.stem for f in files]
    if len(set(names)) != len(names):
        raise typer.BadParameter("two input files have the same name: give them different names", param_hint="FILE")
    out.mkdir(parents=True, exist_ok=True)
    return [out / f"{name}{suffix}" for name in names]


def render_all(
    cli: Cli,
    files: Sequence[Path],
    outputs: Sequence[Path],
    render: Callable[[bytes], bytes | str],
    *,
    what: str,
) -> None:
    """Render each file and write its output whole; one line per failed file (``FILE: reason``); the result
    (``--json``: ``{"rendered": [...], "failed": [...]}``); exit code 1 when some file failed."""
    from rich.markup import escape

    from ksef_sdk.invoice.render import write_atomically

    rendered: list[dict[str, str]] = []
    failed: list[dict[str, str]] = []
    with cli.out.progress() as progress:
        task = progress.add_task(f"rendering {what}", total=len(files))
        for source, target in zip(files, outputs, strict=True):
            try:
                write_atomically(target, render(source.read_bytes()))
                rendered.append({"file": str(source), "output": str(target)})
            except (KsefError, OSError) as exc:
                reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or str(exc)
                where = getattr(exc, "path", None)
                message = " ".join(f"{where + ': ' if where else ''}{reason}".split())
                failed.append({"file": str(source), "error": message, "type": type(exc).__name__})
            progress.advance(task)

    def human() -> None:
        for item in failed:
            cli.out.print(f"{escape(item['file'])}: {escape(item['error'])}")
        cli.out.print(f"{len(rendered)} of {len(files)} {what} rendered")

    result: dict[str, Any] = {"rendered": rendered, "failed": failed}
    cli.out.result(result, human)
    if failed:
        raise typer.Exit(int(ExitCode.FAILED))
