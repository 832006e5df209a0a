"""``ksef upo-render FILE... -o OUT``: UPOs (per-invoice or the session's collective UPO) to PDF or ``--html``
(extras ``cli`` and ``pdf``). One line per failed file; exit code 1 when any failed. (``ksef upo`` downloads
UPOs.)"""

from __future__ import annotations

from pathlib import Path

import typer

from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context

__all__ = ["app"]

app = typer.Typer()


@app.command("upo-render")
def upo_render(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="UPO XML files."),  # noqa: B008
    out: Path = typer.Option(..., "--out", "-o", help="Output file (one input) or directory (many inputs)."),  # noqa: B008
    html: bool = typer.Option(False, "--html", help="Write HTML instead of PDF."),
    lang: str = typer.Option("pl", "--lang", help="pl (default) or en."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Render UPOs to PDF (or HTML): the receiving entity, the session and every document it lists."""
    from ksef_sdk.cli._render import output_paths, render_all
    from ksef_sdk.invoice.render import render_upo_html, render_upo_pdf

    cli = command_context(ctx, json_output=json_output, profile=profile)
    renderer = render_upo_html if html else render_upo_pdf

    def one(data: bytes) -> bytes | str:
        return renderer(data, lang=lang)

    render_all(cli, files, output_paths(files, out, ".html" if html else ".pdf"), one, what="UPOs")
