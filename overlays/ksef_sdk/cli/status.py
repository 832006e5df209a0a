"""``ksef status SESSION [INVOICE]``: a session's status and its invoices; ``ksef sessions``: recent sessions.

The reads are the library's session flows (``ksef_sdk.sessions``) driven on the profile's client; the
reference numbers are checked locally before anything is sent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

import typer

from ksef_sdk.cli._errors import ExitCode
from ksef_sdk.cli._invoices import result_json, result_text
from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context

__all__ = ["app"]

app = typer.Typer()


def _run(client: Any, flow: Any) -> Any:
    from ksef_sdk.flow import run_sync
    from ksef_sdk.http import workflow_env

    return run_sync(flow, workflow_env(client))


def _status_json(status: Any) -> dict[str, Any]:
    return {
        "code": status.code,
        "description": status.description,
        "details": list(status.details),
        "invoiceCount": status.invoice_count,
        "successfulInvoiceCount": status.successful_invoice_count,
        "failedInvoiceCount": status.failed_invoice_count,
        "upoPages": [p.reference_number for p in status.upo_pages],
        "dateCreated": status.date_created,
        "validUntil": status.valid_until,
    }


@app.command()
def status(
    ctx: typer.Context,
    session: str = typer.Argument(..., help="The session's reference number."),
    invoice: Optional[str] = typer.Argument(None, help="One invoice's reference number in that session."),  # noqa: UP045
    failed: bool = typer.Option(False, "--failed", help="List only the invoices that failed."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Status of a session and each of its invoices (or of one invoice). Exit 1 if an invoice failed."""
    from rich.markup import escape

    from ksef_sdk.identifiers import validate_reference_number
    from ksef_sdk.sessions._reads import invoice_status_flow, list_invoices_flow, session_status_flow

    cli = command_context(ctx, json_output=json_output, profile=profile)
    session = validate_reference_number(session)
    if invoice is not None:
        invoice = validate_reference_number(invoice)
    with cli.client() as client:
        if invoice is not None:
            result = _run(client, invoice_status_flow(session, invoice))
            cli.out.result(
                result_json(result),
                lambda: cli.out.print(
                    f"{invoice}: "
                    + (
                        f"[green]{result.ksef_number}[/green]"
                        if result.ok
                        else f"[yellow]{escape(result_text(result))}"
                    )
                ),
            )
            raise typer.Exit(int(ExitCode.OK if result.ok or result.pending else ExitCode.FAILED))
        state = _run(client, session_status_flow(session))
        invoices = _run(client, list_invoices_flow(session, failed_only=failed))

    def human() -> None:
        cli.out.print(f"[bold]session {session}[/bold]: [{state.code}] {escape(state.description)}")
        if state.invoice_count is not None:
            cli.out.print(
                f"invoices: {state.invoice_count}, accepted {state.successful_invoice_count or 0}, "
                f"failed {state.failed_invoice_count or 0}"
            )
        for item in invoices:
            label = item.file_name or item.invoice_number or item.reference_number
            text = f"[green]{item.ksef_number}[/green]" if item.ok else f"[red]{escape(result_text(item))}[/red]"
            cli.out.print(f"{item.ordinal_number:>5} {escape(label)}: {text}")

    cli.out.result(
        {"referenceNumber": session, "status": _status_json(state), "invoices": [result_json(i) for i in invoices]},
        human,
    )
    failed_any = any(not i.ok and not i.pending for i in invoices)
    raise typer.Exit(int(ExitCode.FAILED if failed_any else ExitCode.OK))


@app.command()
def sessions(
    ctx: typer.Context,
    kind: str = typer.Option("online", "--type", help="online or batch."),
    days: int = typer.Option(7, "--days", min=1, help="Sessions created in the last N days."),
    limit: int = typer.Option(50, "--limit", min=1, help="At most this many sessions."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Recent sessions of the profile's context (newest first as KSeF lists them)."""
    from ksef_api.api.session_status import get_sessions
    from ksef_api.models.session_type import SessionType
    from ksef_api.models.sessions_query_response import SessionsQueryResponse
    from ksef_api.types import UNSET

    from ksef_sdk.errors import ConfigurationError, unwrap

    cli = command_context(ctx, json_output=json_output, profile=profile)
    types = {"online": SessionType.ONLINE, "batch": SessionType.BATCH}
    if kind not in types:
        raise ConfigurationError(f"--type must be online or batch, not {kind!r}")
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    found: list[Any] = []
    token: Any = UNSET
    with cli.client() as client:
        while len(found) < limit:
            page = unwrap(
                get_sessions.sync_detailed(
                    client=client,
                    session_type=types[kind],
                    date_created_from=since,
                    page_size=min(max(limit - len(found), 10), 100),
                    x_continuation_token=token,
                ),
                SessionsQueryResponse,
            )
            found.extend(page.sessions)
            token = page.continuation_token
            if not token or isinstance(token, type(UNSET)):
                break
    found = found[:limit]
    data = [
        {
            "referenceNumber": s.reference_number,
            "status": {"code": s.status.code, "description": s.status.description},
            "dateCreated": s.date_created,
            "invoices": s.total_invoice_count,
            "accepted": s.successful_invoice_count,
            "failed": s.failed_invoice_count,
        }
        for s in found
    ]

    def human() -> None:
        from rich.table import Table

        table = Table("reference number", "created", "status", "invoices", "accepted", "failed")
        for s in found:
            table.add_row(
                s.reference_number,
                s.date_created.strftime("%Y-%m-%d %H:%M"),
                f"{s.status.code} {s.status.description}",
                str(s.total_invoice_count),
                str(s.successful_invoice_count),
                str(s.failed_invoice_count),
            )
        cli.out.print(table if found else f"no {kind} sessions in the last {days} days")

    cli.out.result(data, human)
