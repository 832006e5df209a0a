"""``ksef permissions``: grant, list and revoke permissions (``uprawnienia.md``).

Grants wait for KSeF's operation to finish (``--no-wait``: print its reference). The common kinds have their
own options; every kind of the spec can be granted from its JSON request body (``grant json``)::

    ksef permissions grant person --pesel 80010112340 -P InvoiceWrite -P InvoiceRead \\
        --first-name Anna --last-name Nowak --description "Księgowa"
    ksef permissions grant entity --nip 1111111111 -P InvoiceRead --name "Biuro Rachunkowe sp. z o.o." \\
        --description "Biuro rachunkowe"
    ksef permissions grant authorization --nip 1111111111 --type SelfInvoicing --name "Kontrahent S.A." \\
        --description "Samofakturowanie"
    ksef permissions grant json indirect request.json        # persons, entities, authorizations, indirect,
                                                             # subunits, eu_entity_admin, eu_entity_representative
    ksef permissions list persons
    ksef permissions revoke PERMISSION_ID
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context
from ksef_sdk.errors import ConfigurationError

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, help="Permissions: grant, list, revoke.")
grant = typer.Typer(no_args_is_help=True, help="Grant permissions (waits for KSeF's operation).")
app.add_typer(grant, name="grant")

_PERSONS_QUERY = {"queryType": "PermissionsGrantedInCurrentContext"}
_DEFAULT_FILTERS: dict[str, dict[str, str]] = {"persons": _PERSONS_QUERY, "authorizations": {"queryType": "Granted"}}


def _subject(nip: str | None, pesel: str | None, fingerprint: str | None) -> Any:
    from ksef_sdk.management import Subject

    given = [(k, v) for k, v in (("Nip", nip), ("Pesel", pesel), ("Fingerprint", fingerprint)) if v]
    if len(given) != 1:
        raise ConfigurationError("give exactly one of --nip, --pesel, --fingerprint")
    return Subject(given[0][0], given[0][1])  # type: ignore[arg-type]


def _send(ctx: typer.Context, request: Any, wait: bool, json_output: bool, profile: str | None) -> None:
    from ksef_sdk.management import grant_permissions

    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        operation = grant_permissions(client, request, wait=wait)
    data = {
        "referenceNumber": operation.reference_number,
        "status": operation.code,
        "description": operation.description,
    }
    cli.out.result(
        data,
        lambda: cli.out.print(
            f"{request.kind} grant: operation {operation.reference_number} " + ("done" if operation.done else "sent")
        ),
    )


@grant.command("person")
def grant_person(
    ctx: typer.Context,
    nip: str | None = typer.Option(None, "--nip"),
    pesel: str | None = typer.Option(None, "--pesel"),
    fingerprint: str | None = typer.Option(None, "--fingerprint", help="SHA-256 of the person's certificate."),
    permission: list[str] = typer.Option(  # noqa: B008
        ...,
        "--permission",
        "-P",
        help="A permission (repeat): InvoiceWrite, InvoiceRead, CredentialsManage, CredentialsRead...",
    ),
    first_name: str = typer.Option(..., "--first-name"),
    last_name: str = typer.Option(..., "--last-name"),
    description: str = typer.Option(..., "--description"),
    wait: bool = typer.Option(True, "--wait/--no-wait"),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Permissions in this context for a person (NIP, PESEL or certificate fingerprint)."""
    from ksef_sdk.management import PersonDetails, person_grant

    request = person_grant(
        _subject(nip, pesel, fingerprint), permission, description, PersonDetails(first_name, last_name)
    )
    _send(ctx, request, wait, json_output, profile)


@grant.command("entity")
def grant_entity(
    ctx: typer.Context,
    nip: str = typer.Option(..., "--nip"),
    permission: list[str] = typer.Option(..., "--permission", "-P", help="InvoiceRead, InvoiceWrite (repeat)."),  # noqa: B008
    name: str = typer.Option(..., "--name", help="The entity's full name."),
    description: str = typer.Option(..., "--description"),
    delegable: bool = typer.Option(False, "--delegable", help="The entity may pass the permissions on."),
    wait: bool = typer.Option(True, "--wait/--no-wait"),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Invoice permissions for an entity (e.g. an accounting office)."""
    from ksef_sdk.management import entity_grant

    _send(ctx, entity_grant(nip, permission, description, name, can_delegate=delegable), wait, json_output, profile)


@grant.command("authorization")
def grant_authorization(
    ctx: typer.Context,
    nip: str | None = typer.Option(None, "--nip"),
    peppol_id: str | None = typer.Option(None, "--peppol-id"),
    kind: str = typer.Option(..., "--type", help="SelfInvoicing, RRInvoicing, TaxRepresentative or PefInvoicing."),
    name: str = typer.Option(..., "--name", help="The entity's full name."),
    description: str = typer.Option(..., "--description"),
    wait: bool = typer.Option(True, "--wait/--no-wait"),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """A subject authorization (self-invoicing, RR invoicing, tax representative, PEF invoicing)."""
    from ksef_sdk.management import Subject, authorization_grant

    if (nip is None) == (peppol_id is None):
        raise ConfigurationError("give exactly one of --nip, --peppol-id")
    subject = Subject.nip(nip) if nip else Subject.peppol_id(str(peppol_id))
    _send(ctx, authorization_grant(subject, kind, description, name), wait, json_output, profile)


@grant.command("json")
def grant_json(
    ctx: typer.Context,
    kind: str = typer.Argument(
        ..., help="persons, entities, authorizations, indirect, subunits, eu_entity_admin, eu_entity_representative."
    ),
    body: Path = typer.Argument(..., help="The spec's request body as JSON ('-': stdin)."),  # noqa: B008
    wait: bool = typer.Option(True, "--wait/--no-wait"),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Any kind of grant from its JSON request body (checked against the spec's model before sending)."""
    import importlib
    import sys

    from ksef_sdk.management import GRANT_OPERATIONS, GrantRequest

    if kind not in GRANT_OPERATIONS:
        raise ConfigurationError(f"grant kind {kind!r}: one of {', '.join(GRANT_OPERATIONS)}")
    text = sys.stdin.read() if str(body) == "-" else body.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ConfigurationError(f"{body}: not JSON ({exc})") from None
    module = importlib.import_module(f"ksef_api.api.permissions.{GRANT_OPERATIONS[kind]}")
    model = module.sync_detailed.__annotations__["body"]
    model_class = getattr(importlib.import_module("ksef_api.models"), model) if isinstance(model, str) else model
    try:
        request = GrantRequest(kind, model_class.from_dict(data))
    except (KeyError, ValueError, TypeError) as exc:
        raise ConfigurationError(f"{body}: not a {kind} grant request ({exc!r})") from None
    _send(ctx, request, wait, json_output, profile)


@app.command("list")
def list_(
    ctx: typer.Context,
    kind: str = typer.Argument(
        "persons",
        help="personal, persons, subunits, entities, authorizations, eu_entities, entity_roles, subordinate_roles.",
    ),
    filters: str | None = typer.Option(
        None, "--filters", help="The query body as JSON (default for persons: granted in this context)."
    ),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Permissions (or roles) of one query, every page."""
    from ksef_sdk.management import iter_permissions

    try:
        body = json.loads(filters) if filters else _DEFAULT_FILTERS.get(kind, {} if kind != "entity_roles" else None)
    except ValueError as exc:
        raise ConfigurationError(f"--filters is not JSON ({exc})") from None
    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        items = [item.to_dict() for item in iter_permissions(client, kind, body)]

    def human() -> None:
        from rich.table import Table

        table = Table("id", "scope", "to", "description")
        for item in items:
            who = (
                item.get("authorizedIdentifier")
                or item.get("authorizedEntityIdentifier")
                or item.get("contextIdentifier")
                or {}
            )
            scope = item.get("permissionScope") or item.get("authorizationScope") or item.get("role") or ""
            table.add_row(
                str(item.get("id", "")), str(scope), str(who.get("value", "")), str(item.get("description", ""))
            )
        cli.out.print(table)

    cli.out.result(items, human)


@app.command()
def revoke(
    ctx: typer.Context,
    permission_id: str = typer.Argument(..., help="The permission's id (from 'ksef permissions list')."),
    authorization: bool = typer.Option(False, "--authorization", help="It is a subject authorization."),
    wait: bool = typer.Option(True, "--wait/--no-wait"),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Revoke a granted permission."""
    from ksef_sdk.management import revoke_permission

    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client:
        operation = revoke_permission(client, permission_id, authorization=authorization, wait=wait)
    data = {"referenceNumber": operation.reference_number, "status": operation.code}
    cli.out.result(data, lambda: cli.out.print(f"revoked {permission_id} (operation {operation.reference_number})"))
