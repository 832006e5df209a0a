"""``ksef validate FILE|FOLDER...``: the local pre-send checks, the form told by each file's root element."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from ksef_sdk.cli._errors import ExitCode
from ksef_sdk.cli._invoices import FORM_HELP, check_file, collect_files, form_option
from ksef_sdk.cli._runtime import JsonOption, command_context

__all__ = ["app"]

app = typer.Typer()


@app.command()
def validate(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Invoice XML files or folders (every *.xml in a folder)."),  # noqa: B008
    xsd: bool = typer.Option(False, "--xsd", help="Also validate against the official XSD of the form."),
    form: Optional[str] = typer.Option(None, "--form", help=FORM_HELP),  # noqa: UP045
    json_output: JsonOption = False,
) -> None:
    """Check invoices as 'ksef send' does before sending: size, encoding, XML, form (and --xsd). Exit 1 if any fails."""
    from rich.markup import escape

    cli = command_context(ctx, json_output=json_output)
    forced = form_option(form)
    files = collect_files(paths)
    validator: Any = False
    if xsd:
        from ksef_sdk.invoice.checks import XsdValidator

        validator = XsdValidator()
    checked = [check_file(path, forced, xsd=validator) for path in files]
    rows: list[dict[str, Any]] = [
        {
            "file": f.label,
            "ok": f.problem is None,
            "formCode": f.form.system_code if f.form else None,
            "error": f.problem,
        }
        for f in checked
    ]

    def human() -> None:
        for row in rows:
            if row["ok"]:
                cli.out.print(f"[green]ok[/green]   {escape(row['file'])} ({row['formCode']})")
            else:
                cli.out.print(f"[red]FAIL[/red] {escape(row['file'])}: {escape(row['error'])}")

    ok = all(row["ok"] for row in rows)
    cli.out.result({"ok": ok, "files": rows}, human)
    raise typer.Exit(int(ExitCode.OK if ok else ExitCode.FAILED))
