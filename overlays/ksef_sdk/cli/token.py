"""``ksef token``: create, list, show and revoke KSeF tokens (``tokeny-ksef.md``).

A new token is printed once - KSeF shows it only in the answer to its creation - and the command waits until
KSeF has activated it. KSeF tokens authenticate only until 31 December 2026 (``ksef cert`` is the way after)::

    ksef token create -P InvoiceRead -P InvoiceWrite --description "Integracja ERP"
    ksef token list --status Active
    ksef token revoke 20260501-EC-1B6C9EB000-4B15D3AEB9-89
"""

from __future__ import annotations

from typing import Any

import typer

from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, help="KSeF tokens: create, list, show, revoke.")


def _info(info: Any) -> dict[str, Any]:
    return {
        "referenceNumber": info.reference_number,
        "description": info.description,
        "permissions": list(info.permissions),
        "status": info.status,
        "author": {"type": info.author_type, "value": info.author_value},
        "context": {"type": info.context_type, "value": info.context_value},
        "dateCreated": info.created,
        "lastUseDate": info.last_use,
    }


@app.command()
def create(
    ctx: typer.Context,
    permission: list[str] = typer.Option(  # noqa: B008
        ...,
        "--permission",
        "-P",
        help="A permission (repeat): InvoiceRead, InvoiceWrite, CredentialsRead, CredentialsManage...",
    ),
    description: str = typer.Option(..., "--description", help="What the token is for (5-256 characters)."),
    wait: bool = typer.Option(True, "--wait/--no-wait", help="Wait until KSeF activates the token."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Create a KSeF token (shown once: store it in a secret store at once)."""
    from ksef_sdk.management import create_token

    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        new = create_token(client, permission, description, wait=wait)
    data: dict[str, Any] = {"referenceNumber": new.reference_number, "token": new.token}
    if new.info is not None:
        data["status"] = new.info.status

    def human() -> None:
        cli.out.note("the token is shown this once; KSeF cannot show it again")
        cli.out.print(new.token)
        cli.out.note(f"reference {new.reference_number}, status {data.get('status', 'Pending')}")

    cli.out.result(data, human)


@app.command("list")
def list_(
    ctx: typer.Context,
    status: list[str] | None = typer.Option(  # noqa: B008
        None, "--status", help="Pending, Active, Revoking, Revoked, Failed (repeat)."
    ),
    description: str | None = typer.Option(None, "--description", help="Part of the description (3+ characters)."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """The context's KSeF tokens (never their secrets)."""
    from ksef_sdk.management import iter_tokens

    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        items = list(iter_tokens(client, status=status or None, description=description))

    def human() -> None:
        from rich.table import Table

        table = Table("reference", "status", "permissions", "description", "created")
        for t in items:
            table.add_row(
                t.reference_number, t.status, ", ".join(t.permissions), t.description, f"{t.created:%Y-%m-%d %H:%M}"
            )
        cli.out.print(table)

    cli.out.result([_info(t) for t in items], human)


@app.command()
def show(
    ctx: typer.Context,
    reference: str = typer.Argument(..., help="The token's reference number."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """One token's metadata."""
    from ksef_sdk.management import get_token

    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        data = _info(get_token(client, reference))
    cli.out.result(data, lambda: cli.out.print("\n".join(f"{k}: {v}" for k, v in data.items())))


@app.command()
def revoke(
    ctx: typer.Context,
    reference: str = typer.Argument(..., help="The token's reference number."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Revoke a KSeF token: it can no longer log in."""
    from ksef_sdk.management import revoke_token

    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        revoke_token(client, reference)
    cli.out.result({"referenceNumber": reference, "revoked": True}, lambda: cli.out.print(f"revoked {reference}"))
