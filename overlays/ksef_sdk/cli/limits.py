"""``ksef limits``: the context's session and invoice limits and the API rate limits in force (from KSeF)."""

from __future__ import annotations

from typing import Any

import typer

from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context

__all__ = ["app"]

app = typer.Typer()


@app.command()
def limits(ctx: typer.Context, json_output: JsonOption = False, profile: ProfileOption = None) -> None:
    """Session limits (invoices per session, invoice sizes) and rate limits (per second/minute/hour)."""
    from ksef_api.api.limits import get_limits_context, get_rate_limits
    from ksef_api.models.effective_api_rate_limits import EffectiveApiRateLimits
    from ksef_api.models.effective_context_limits import EffectiveContextLimits

    from ksef_sdk.errors import unwrap

    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        context = unwrap(get_limits_context.sync_detailed(client=client), EffectiveContextLimits)
        rates = unwrap(get_rate_limits.sync_detailed(client=client), EffectiveApiRateLimits)
    data: dict[str, Any] = {"context": context.to_dict(), "rateLimits": rates.to_dict()}

    def human() -> None:
        from rich.table import Table

        sessions = Table("session", "max invoices", "max invoice size (MB)", "with attachment (MB)", title="context")
        for name, item in (("online", context.online_session), ("batch", context.batch_session)):
            sessions.add_row(
                name,
                str(item.max_invoices),
                str(item.max_invoice_size_in_mb),
                str(item.max_invoice_with_attachment_size_in_mb),
            )
        cli.out.print(sessions)
        table = Table("operation group", "per second", "per minute", "per hour", title="rate limits")
        for name, values in sorted(data["rateLimits"].items()):
            table.add_row(name, str(values["perSecond"]), str(values["perMinute"]), str(values["perHour"]))
        cli.out.print(table)

    cli.out.result(data, human)
