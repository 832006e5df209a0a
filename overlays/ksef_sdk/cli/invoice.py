"""``ksef invoice ...``: the invoice document from the command line (extras ``cli`` and ``invoice``).

- ``ksef invoice validate FILE...``: safe parse, XSD and business rules; one line per problem
  (``FILE: PATH: message``); exit code 0 only when every file is valid;
- ``ksef invoice to-json FILE``: the generated model as JSON on stdout (``{"formCode", "document"}``);
- ``ksef invoice from-json FILE``: the XML of such JSON on stdout (``-`` reads stdin);
- ``ksef invoice render FILE... -o OUT``: PDF (or ``--html``) with KOD I (``--ksef-number`` or ``--upo``), and
  KOD II for offline invoices (``--offline --certificate P12``); extra ``pdf``.

JSON ⇄ XML lets services written in other languages build and read invoices through the model.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Optional

import typer

from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context

__all__ = ["app"]

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="The invoice document: validate, JSON ⇄ XML, render."
)


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


def _offline_certificate(certificate: Path, key: Path | None, password_env: str) -> Any:
    import os

    from ksef_sdk.invoice.render import OfflineCertificate

    password = os.environ.get(password_env)
    if password is None and sys.stdin.isatty():
        password = typer.prompt("certificate password (empty for none)", default="", hide_input=True) or None
    from ksef_sdk.errors import KsefError

    try:
        key_data = key.read_bytes() if key is not None else None
        return OfflineCertificate.load(certificate.read_bytes(), password, key=key_data)
    except OSError as exc:
        raise typer.BadParameter(f"cannot read: {exc.strerror or exc}", param_hint="--certificate/--key") from None
    except KsefError as exc:  # not an Offline certificate, wrong password: a usage error, nothing is rendered
        raise typer.BadParameter(str(exc), param_hint="--certificate") from None


def _ksef_numbers_from_upo(upo: Path) -> dict[str, str]:
    """Invoice SHA-256 (Base64) → KSeF number, from a UPO (per invoice or the session's)."""
    from ksef_sdk.errors import KsefError
    from ksef_sdk.upo import parse_upo

    try:
        return {d.invoice_hash: d.ksef_number for d in parse_upo(upo.read_bytes()).documents}
    except (KsefError, OSError) as exc:
        raise typer.BadParameter(str(exc), param_hint="--upo") from None


def _context(text: str) -> Any:
    from ksef_sdk.errors import InvalidIdentifierError
    from ksef_sdk.identifiers import ContextIdentifier

    kind, _, value = text.partition(":")
    try:
        return ContextIdentifier(kind, value) if value else ContextIdentifier.coerce(text)
    except InvalidIdentifierError as exc:
        raise typer.BadParameter(str(exc), param_hint="--context") from None


@app.command()
def render(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="Invoice XML files (FA (3), FA (2), FA_RR (1))."),  # noqa: B008
    out: Path = typer.Option(..., "--out", "-o", help="Output file (one input) or directory (many inputs)."),  # noqa: B008
    html: bool = typer.Option(False, "--html", help="Write HTML instead of PDF."),
    env: Optional[str] = typer.Option(  # noqa: UP045 - typer reads the annotation at run time (Python 3.10)
        None, "--env", help="test, demo or production: the QR codes' address (default $KSEF_ENV, else the profile's)."
    ),
    ksef_number: Optional[str] = typer.Option(  # noqa: UP045
        None, "--ksef-number", help="The KSeF number under KOD I (one input file)."
    ),
    upo: Optional[Path] = typer.Option(  # noqa: B008, UP045
        None, "--upo", help="A UPO: each invoice's KSeF number is looked up in it by the file's SHA-256."
    ),
    offline: bool = typer.Option(False, "--offline", help="Offline invoice: add KOD II (needs --certificate)."),
    certificate: Optional[Path] = typer.Option(  # noqa: B008, UP045
        None, "--certificate", help="The Offline KSeF certificate: PKCS#12 (.p12/.pfx) or PEM (with --key)."
    ),
    key: Optional[Path] = typer.Option(None, "--key", help="The PEM private key of a PEM --certificate."),  # noqa: B008, UP045
    password_env: str = typer.Option(
        "KSEF_CERTIFICATE_PASSWORD", "--password-env", help="Variable holding the certificate password."
    ),
    context: Optional[str] = typer.Option(  # noqa: UP045
        None, "--context", help="KOD II context TYPE:VALUE (default Nip:<seller NIP>)."
    ),
    lang: str = typer.Option("pl", "--lang", help="pl (default) or en."),
    no_qr: bool = typer.Option(False, "--no-qr", help="No QR codes (invoices issued during a total KSeF failure)."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Render invoices to PDF (or HTML) with KOD I, and KOD II for offline invoices. One line per failure."""
    import base64
    import hashlib

    from ksef_sdk.cli._render import output_paths, render_all
    from ksef_sdk.invoice.render import render_invoice_html, render_invoice_pdf

    cli = command_context(ctx, json_output=json_output, profile=profile)
    if ksef_number and (len(files) > 1 or upo is not None):
        raise typer.BadParameter("--ksef-number is for one file; use --upo for many", param_hint="--ksef-number")
    if offline != (certificate is not None):
        raise typer.BadParameter("--offline and --certificate go together", param_hint="--offline")
    environment = None if no_qr else _environment(cli, env)
    signer = _offline_certificate(certificate, key, password_env) if certificate is not None else None
    numbers = _ksef_numbers_from_upo(upo) if upo is not None else {}
    ctx_id = _context(context) if context else None
    renderer = render_invoice_html if html else render_invoice_pdf

    def one(data: bytes) -> bytes | str:
        if no_qr:
            return renderer(data, lang=lang, qr=False)
        number = ksef_number or numbers.get(base64.b64encode(hashlib.sha256(data).digest()).decode())
        return renderer(data, environment=environment, ksef_number=number, offline=signer, context=ctx_id, lang=lang)

    render_all(cli, files, output_paths(files, out, ".html" if html else ".pdf"), one, what="invoices")


def _environment(cli: Any, env: str | None) -> Any:
    """``--env``, else ``$KSEF_ENV``, else the profile's environment; a usage error when none is known."""
    import os

    from ksef_sdk.environments import resolve
    from ksef_sdk.errors import KsefError

    name = env or os.environ.get("KSEF_ENV")
    try:
        return resolve(name) if name else cli.environment()
    except KsefError as exc:
        hint = "give --env (test, demo, production), set KSEF_ENV or choose a profile"
        raise typer.BadParameter(f"{exc}; {hint}" if name else hint, param_hint="--env") from None
