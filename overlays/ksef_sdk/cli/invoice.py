"""``ksef invoice ...``: the invoice document from the command line (extras ``cli`` and ``invoice``).

- ``ksef invoice validate FILE...``: safe parse, XSD and business rules; one line per problem
  (``FILE: PATH: message``); exit code 0 only when every file is valid;
- ``ksef invoice to-json FILE``: the generated model as JSON on stdout (``{"formCode", "document"}``);
- ``ksef invoice from-json FILE``: the XML of such JSON on stdout (``-`` reads stdin).

JSON ⇄ XML lets services written in other languages build and read invoices through the model.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

__all__ = ["app"]

app = typer.Typer(add_completion=False, no_args_is_help=True, help="The invoice document: validate, JSON ⇄ XML.")


def _read(path: Path) -> bytes:
    if str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except OSError as exc:
        typer.echo(f"{path}: cannot read: {exc.strerror or exc}", err=True)
        raise typer.Exit(2) from None


def _where(error: object) -> str:
    path = getattr(error, "path", None)
    line = getattr(error, "line", None)
    return path or (f"line {line}" if line else "-")


@app.command()
def validate(files: list[Path] = typer.Argument(..., help="Invoice XML files.")) -> None:  # noqa: B008
    """Check invoices: safe parse, the official XSD, the business rules. One line per problem."""
    from ksef_sdk.invoice.check import invoice_problems

    failed = 0
    for path in files:
        problems = invoice_problems(_read(path))
        if problems:
            failed += 1
        for problem in problems:
            reason = getattr(problem, "reason", str(problem))
            typer.echo(f"{path}: {_where(problem)}: {reason}")
        if not problems:
            typer.echo(f"{path}: ok")
    raise typer.Exit(1 if failed else 0)


@app.command("to-json")
def to_json(file: Path = typer.Argument(..., help="Invoice XML file ('-': stdin).")) -> None:  # noqa: B008
    """The invoice as JSON (the generated model) on stdout."""
    from ksef_sdk.errors import InvoiceValidationError
    from ksef_sdk.invoice.parse import invoice_to_json, parse_invoice

    try:
        typer.echo(invoice_to_json(parse_invoice(_read(file))))
    except InvoiceValidationError as exc:
        typer.echo(f"{file}: {_where(exc)}: {exc.reason}", err=True)
        raise typer.Exit(1) from None


@app.command("from-json")
def from_json(file: Path = typer.Argument(..., help="JSON from 'to-json' ('-': stdin).")) -> None:  # noqa: B008
    """The invoice XML of a JSON document on stdout (checked against the XSD)."""
    from ksef_sdk.errors import InvoiceValidationError
    from ksef_sdk.invoice.parse import invoice_from_json, parse_invoice, serialize_invoice

    try:
        data = serialize_invoice(invoice_from_json(_read(file)))
        parse_invoice(data)  # what we print is XSD-valid
    except InvoiceValidationError as exc:
        typer.echo(f"{file}: {_where(exc)}: {exc.reason}", err=True)
        raise typer.Exit(1) from None
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
