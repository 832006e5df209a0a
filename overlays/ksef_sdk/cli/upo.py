"""``ksef upo``: UPOs, the official confirmation of receipt.

- ``ksef upo get SESSION [INVOICE]`` (or just ``ksef upo SESSION [INVOICE]``): download them, hash-verified.
  With an invoice (its KSeF number or reference number) the invoice's own UPO; without, every page of the
  session's collective UPO (available once the session is closed and processed).
- ``ksef upo render FILE... -o OUT``: UPO files to PDF or ``--html`` (extra ``pdf``). One line per failed
  file; exit code 1 when any failed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import click
import typer
from typer.core import TyperGroup

from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context

__all__ = ["app"]


class _GetByDefault(TyperGroup):
    """``ksef upo SESSION ...`` means ``ksef upo get SESSION ...`` (the download came first)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = next((arg for arg in args if not arg.startswith("-")), None)  # options may come first
        if first is not None and first not in self.commands:
            args = ["get", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_GetByDefault, help="UPOs: download them (get) or render them to PDF/HTML (render).")


def _check_invoice_id(value: str) -> str:
    from ksef_sdk.identifiers import validate_ksef_number, validate_reference_number

    value = value.strip()
    if value[:10].isdigit() and value[10:11] == "-":  # KSeF numbers start with the seller's NIP
        return validate_ksef_number(value)
    return validate_reference_number(value)


@app.command("get")
def get(
    ctx: typer.Context,
    session: str = typer.Argument(..., help="The session's reference number."),
    invoice: Optional[str] = typer.Argument(  # noqa: UP045
        None, help="An invoice's KSeF number or reference number (default: the session's collective UPO)."
    ),
    out: Path = typer.Option(Path("."), "--out", "-o", help="Folder to save the UPO files in."),  # noqa: B008
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Save the UPO of one invoice, or the session's collective UPO pages, verified against x-ms-meta-hash."""
    from rich.markup import escape

    from ksef_sdk.errors import SessionError
    from ksef_sdk.flow import run_sync
    from ksef_sdk.http import workflow_env
    from ksef_sdk.identifiers import validate_reference_number
    from ksef_sdk.sessions._reads import invoice_upo_flow, session_status_flow, session_upo_flow

    cli = command_context(ctx, json_output=json_output, profile=profile)
    session = validate_reference_number(session)
    if invoice is not None:
        invoice = _check_invoice_id(invoice)
    saved: list[dict[str, Any]] = []
    with cli.client() as client:
        env = workflow_env(client)
        if invoice is not None:
            documents = [(f"UPO-{invoice}.xml", run_sync(invoice_upo_flow(session, invoice), env))]
        else:
            status = run_sync(session_status_flow(session), env)
            if not status.upo_pages:
                raise SessionError(
                    f"session {session} has no UPO yet (status {status.code}: {status.description}); "
                    "it comes once the session is closed and processed",
                    status,
                )
            pages = run_sync(session_upo_flow(session, status.upo_pages), env)
            documents = [(f"UPO-{session}-{i}.xml", page) for i, page in enumerate(pages, 1)]
    out.mkdir(parents=True, exist_ok=True)
    for name, document in documents:
        path = out / name
        document.save(str(path))
        saved.append(
            {
                "file": str(path),
                "sha256": document.sha256_base64,
                "ksefNumbers": [d.ksef_number for d in document.documents],
            }
        )

    def human() -> None:
        for item in saved:
            count = len(item["ksefNumbers"])
            cli.out.print(f"saved {escape(item['file'])} ({count} invoice{'s' if count != 1 else ''})")

    cli.out.result({"referenceNumber": session, "saved": saved}, human)


@app.command("render")
def render(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(..., help="UPO XML files."),  # noqa: B008
    out: Path = typer.Option(..., "--out", "-o", help="Output file (one input) or directory (many inputs)."),  # noqa: B008
    html: bool = typer.Option(False, "--html", help="Write HTML instead of PDF."),
    lang: str = typer.Option("pl", "--lang", help="pl (default) or en."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Render UPOs (an invoice's or a session's collective UPO) to PDF or HTML."""
    from ksef_sdk.cli._render import output_paths, render_all
    from ksef_sdk.invoice.render import render_upo_html, render_upo_pdf

    cli = command_context(ctx, json_output=json_output, profile=profile)
    renderer = render_upo_html if html else render_upo_pdf

    def one(data: bytes) -> bytes | str:
        return renderer(data, lang=lang)

    render_all(cli, files, output_paths(files, out, ".html" if html else ".pdf"), one, what="UPOs")
