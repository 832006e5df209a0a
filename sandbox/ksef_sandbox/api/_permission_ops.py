"""Grant and revoke operations: input checks, the asynchronous operation whose completion applies the change,
and the JSON forms of grants for the queries (``uprawnienia.md``; ``GET /permissions/operations/{ref}``).

A grant or revoke answers at once with an operation reference; its change takes effect when the operation
completes, which a client sees in the operation's status (100 "Operacja przyjęta do realizacji", then 200 or
a failure code). Until then the grant does not count (login permissions, queries, invoice checks).
"""

from __future__ import annotations

import re
from typing import Any

from ksef_sandbox._ids import reference_number
from ksef_sandbox._records import Grant, PermissionOperation
from ksef_sandbox._state import SandboxState

from ._input import bad

__all__ = [
    "OPERATION_STATUSES",
    "apply",
    "check_description",
    "entity_details",
    "identifier",
    "operation",
    "person_details",
    "scopes",
]

OPERATION_STATUSES = {
    100: "Operacja przyjęta do realizacji",
    200: "Operacja zakończona sukcesem",
    400: "Operacja zakończona niepowodzeniem",
    410: "Podane identyfikatory są niezgodne lub pozostają w niewłaściwej relacji",
    420: "Użyte poświadczenia nie mają uprawnień do wykonania tej operacji",
    430: "Kontekst identyfikatora nie odpowiada wymaganej roli lub uprawnieniom",
    440: "Operacja niedozwolona dla wskazanych powiązań identyfikatorów",
    450: "Operacja niedozwolona dla wskazanego identyfikatora lub jego typu",
}

_PATTERNS = {
    "Nip": re.compile(r"^[1-9]((\d[1-9])|([1-9]\d))\d{7}$"),
    "Pesel": re.compile(r"^\d{11}$"),
    "Fingerprint": re.compile(r"^[0-9A-Fa-f]{64}$"),
    "InternalId": re.compile(r"^[1-9]((\d[1-9])|([1-9]\d))\d{7}-\d{5}$"),
    "PeppolId": re.compile(r"^P[A-Z]{2}[0-9]{6}$"),
    "NipVatUe": re.compile(r"^[1-9]((\d[1-9])|([1-9]\d))\d{7}-[A-Z]{2}[A-Z0-9+*]{2,13}$"),
}


def identifier(body: dict[str, Any], name: str, types: tuple[str, ...], *, value: bool = True) -> tuple[str, str]:
    """``body[name]`` as ``(type, value)``: a type of ``types`` and a value of that type's shape (21405 otherwise)."""
    ident = body.get(name)
    if not isinstance(ident, dict) or ident.get("type") not in types:
        raise bad(f"{name}.type must be one of {', '.join(types)}.")
    kind = str(ident["type"])
    raw = ident.get("value")
    if not value or kind == "AllPartners":
        return kind, str(raw or "")
    pattern = _PATTERNS.get(kind)
    if not isinstance(raw, str) or (pattern is not None and not pattern.match(raw)):
        raise bad(f"{name}.value is not a valid {kind}.")
    return kind, raw.upper() if kind == "Fingerprint" else raw


def check_description(body: dict[str, Any], name: str = "description") -> str:
    text = body.get(name)
    if not isinstance(text, str) or not 5 <= len(text) <= 256:
        raise bad(f"{name} must have 5-256 characters.")
    return text


def scopes(raw: Any, allowed: tuple[str, ...]) -> list[str]:
    """A non-empty list of permission names from ``allowed`` (duplicates dropped, order kept)."""
    if not isinstance(raw, list) or not raw or not all(isinstance(x, str) and x in allowed for x in raw):
        raise bad(f"permissions must be a non-empty list of {', '.join(allowed)}.")
    return list(dict.fromkeys(raw))


def _name(d: dict[str, Any], field: str) -> str:
    value = d.get(field)
    limit = 30 if field == "firstName" else 81
    if not isinstance(value, str) or not 2 <= len(value) <= limit:
        raise bad(f"subjectDetails: {field} must have 2-{limit} characters.")
    return value


def person_details(raw: Any, *, eu: bool = False) -> dict[str, Any]:
    """``subjectDetails`` of a person (or, for EU grants, an entity by fingerprint) as the queries return them:
    ``{"subjectPersonDetails": {...}}`` or ``{"subjectEntityDetails": {...}}``."""
    if not isinstance(raw, dict):
        raise bad("subjectDetails is required.")
    kind = raw.get("subjectDetailsType")
    if kind == "PersonByIdentifier" and not eu:
        d = raw.get("personById") or {}
        return {
            "subjectPersonDetails": {
                "subjectDetailsType": kind,
                "firstName": _name(d, "firstName"),
                "lastName": _name(d, "lastName"),
            }
        }
    if kind == "PersonByFingerprintWithIdentifier":
        d = raw.get("personByFpWithId") or {}
        ident = d.get("identifier")
        if not isinstance(ident, dict) or ident.get("type") not in ("Pesel", "Nip") or not ident.get("value"):
            raise bad("subjectDetails.personByFpWithId.identifier is required.")
        return {
            "subjectPersonDetails": {
                "subjectDetailsType": kind,
                "firstName": _name(d, "firstName"),
                "lastName": _name(d, "lastName"),
                "personIdentifier": {"type": ident["type"], "value": str(ident["value"])},
            }
        }
    if kind == "PersonByFingerprintWithoutIdentifier":
        d = raw.get("personByFpNoId") or {}
        doc = d.get("idDocument")
        if (
            not d.get("birthDate")
            or not isinstance(doc, dict)
            or not all(doc.get(k) for k in ("type", "number", "country"))
        ):
            raise bad("subjectDetails.personByFpNoId needs birthDate and idDocument.")
        return {
            "subjectPersonDetails": {
                "subjectDetailsType": kind,
                "firstName": _name(d, "firstName"),
                "lastName": _name(d, "lastName"),
                "birthDate": str(d["birthDate"]),
                "idDocument": {k: str(doc[k]) for k in ("type", "number", "country")},
            }
        }
    if kind == "EntityByFingerprint" and eu:
        d = raw.get("entityByFp") or {}
        if not d.get("fullName") or not d.get("address"):
            raise bad("subjectDetails.entityByFp needs fullName and address.")
        return {
            "subjectEntityDetails": {
                "subjectDetailsType": kind,
                "fullName": str(d["fullName"]),
                "address": str(d["address"]),
            }
        }
    raise bad(f"subjectDetails.subjectDetailsType {kind!r} is not allowed here.")


def entity_details(raw: Any) -> dict[str, Any]:
    """``subjectDetails`` of an entity (``EntityDetails``) as the queries return them."""
    if not isinstance(raw, dict) or not isinstance(raw.get("fullName"), str) or not raw["fullName"]:
        raise bad("subjectDetails.fullName is required.")
    return {"subjectEntityDetails": {"subjectDetailsType": "EntityByIdentifier", "fullName": raw["fullName"]}}


def operation(
    state: SandboxState,
    *,
    add: list[Grant] | None = None,
    remove: list[str] | None = None,
    code: int = 200,
    details: list[str] | None = None,
) -> str:
    """A new permission operation that will end with ``code`` (applying ``add``/``remove`` when 200)."""
    ref = reference_number("EG", state.now)
    state.permission_ops[ref] = PermissionOperation(
        ref, state.now, state.progress(), (code, OPERATION_STATUSES[code], details or []), add or [], remove or []
    )
    return ref


def apply(state: SandboxState, op: PermissionOperation) -> None:
    """The operation completed: its grants count from now on (at most once)."""
    if op.applied:
        return
    op.applied = True
    if op.outcome[0] != 200:
        return
    for grant_id in op.remove:
        state.grants.pop(grant_id, None)
    for grant in op.add:
        grant.start = state.now
        duplicate = any(
            g.kind == grant.kind
            and g.scope == grant.scope
            and g.context == grant.context
            and g.authorized == grant.authorized
            and g.target == grant.target
            for g in state.grants.values()
        )
        if not duplicate:  # the same permission twice is ignored (uprawnienia.md)
            state.grants[grant.id] = grant
