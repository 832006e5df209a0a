"""Permissions (spec tags "Nadawanie uprawnień", "Odbieranie uprawnień", "Operacje", "Wyszukiwanie nadanych
uprawnień"): grants to persons take effect at the next login; the other grant kinds are accepted and answered
as spec-valid operations; queries list what was granted.

See ``uprawnienia.md`` of the official documentation.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ksef_sandbox._http import Gone, Request, Response
from ksef_sandbox._ids import format_dt, reference_number
from ksef_sandbox._state import SandboxState

from ._input import bad, json_object, offset_page
from ._principal import access

__all__ = [
    "attachments_status",
    "grant",
    "grant_to_persons",
    "grant_to_subunits",
    "operation_status",
    "query_authorizations",
    "query_empty",
    "query_personal",
    "query_persons",
    "query_roles",
    "revoke",
]

_PERSON_PERMISSIONS = (
    "CredentialsManage",
    "CredentialsRead",
    "InvoiceWrite",
    "InvoiceRead",
    "Introspection",
    "SubunitManage",
    "EnforcementOperations",
    "CollectiveIdentifierManage",
)


def _operation(state: SandboxState, code: int = 200, description: str = "Operacja zakończona sukcesem") -> Response:
    ref = reference_number("EG", state.now)
    state.permission_ops[ref] = (state.now, code, description)
    return Response.json({"referenceNumber": ref}, 202)


def grant_to_persons(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/persons/grants``."""
    p = access(state, req, "CredentialsManage")
    body = json_object(req, "subjectIdentifier", "permissions", "description", "subjectDetails")
    subject = body["subjectIdentifier"]
    if (
        not isinstance(subject, dict)
        or subject.get("type") not in ("Nip", "Pesel", "Fingerprint")
        or not subject.get("value")
    ):
        raise bad("subjectIdentifier is invalid.")
    perms = body["permissions"]
    if (
        not isinstance(perms, list)
        or not perms
        or not all(isinstance(x, str) and x in _PERSON_PERMISSIONS for x in perms)
    ):
        raise bad(f"permissions must be a non-empty list of {', '.join(_PERSON_PERMISSIONS)}.")
    if not 10 <= len(str(subject["value"])) <= 64:
        raise bad("subjectIdentifier.value must have 10-64 characters.")
    if not isinstance(body["description"], str) or not 5 <= len(body["description"]) <= 256:
        raise bad("description must have 5-256 characters.")
    key = (p.op.context_value, str(subject["value"]))
    state.grants.setdefault(key, set()).update(str(x) for x in perms)
    for perm in perms:
        state.permission_grants.append(
            {
                "id": reference_number("PE", state.now),
                "context": p.op.context_value,
                "contextType": p.op.context_type,
                "subjectType": subject["type"],
                "subjectValue": str(subject["value"]),
                "permission": perm,
                "description": str(body["description"])[:256],
                "authorType": p.op.subject_type if p.op.subject_type in ("Nip", "Pesel", "Fingerprint") else "System",
                "authorValue": p.op.subject_value,
                "start": state.now,
            }
        )
    return _operation(state)


def grant(state: SandboxState, req: Request) -> Response:
    """Entity, authorization, indirect and EU-entity grants: checked for shape, answered as an operation."""
    access(state, req, "CredentialsManage", "VatUeManage")
    body = json_object(req, "subjectIdentifier", "description")
    if not isinstance(body.get("subjectIdentifier"), dict):
        raise bad("subjectIdentifier is invalid.")
    return _operation(state)


def grant_to_subunits(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/subunits/grants``."""
    access(state, req, "SubunitManage")
    json_object(req, "subjectIdentifier", "contextIdentifier", "description")
    return _operation(state)


def revoke(state: SandboxState, req: Request, permissionId: str) -> Response:
    """``DELETE /permissions/{common|authorizations}/grants/{permissionId}``."""
    p = access(state, req, "CredentialsManage", "VatUeManage", "SubunitManage")
    for g in list(state.permission_grants):
        if g["id"] == permissionId and g["context"] == p.op.context_value:
            state.permission_grants.remove(g)
            state.grants.get((g["context"], g["subjectValue"]), set()).discard(g["permission"])
            return _operation(state)
    return _operation(state, 430, "Nie znaleziono uprawnienia")


def operation_status(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /permissions/operations/{referenceNumber}``."""
    access(state, req)
    op = state.permission_ops.get(referenceNumber)
    if op is None:
        raise bad(f"Operacja {referenceNumber} nie istnieje.")
    if state.now - op[0] > timedelta(days=30):
        raise Gone("Operacja wygasła.")
    return Response.json({"status": {"code": op[1], "description": op[2]}})


def attachments_status(state: SandboxState, req: Request) -> Response:
    """``GET /permissions/attachments/status``: whether the context may send invoices with attachments."""
    p = access(state, req, "CredentialsManage", "CredentialsRead")
    nip = p.op.context_value[:10]
    out: dict[str, Any] = {"isAttachmentAllowed": nip in state.attachments and state.attachments[nip] is None}
    revoked = state.attachments.get(nip)
    if revoked is not None:
        out["revokedDate"] = format_dt(revoked)
    return Response.json(out)


def _grant_json(g: dict[str, Any], personal: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": g["id"],
        "authorizedIdentifier": {"type": g["subjectType"], "value": g["subjectValue"]},
        "contextIdentifier": {
            "type": g["contextType"] if g["contextType"] in ("Nip", "InternalId") else "Nip",
            "value": g["context"][:16],
        },
        "permissionScope": g["permission"],
        "description": g["description"],
        "permissionState": "Active",
        "startDate": format_dt(g["start"]),
        "canDelegate": False,
    }
    if not personal:
        author: dict[str, Any] = {"type": g["authorType"]}
        if g["authorType"] != "System" and len(g["authorValue"]) >= 10:
            author["value"] = g["authorValue"]
        out["authorIdentifier"] = author
    return out


def query_personal(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/personal/grants``: the caller's own permissions."""
    p = access(state, req)
    body = req.json() if req.body else {}
    types = set((body or {}).get("permissionTypes") or [])
    rows = [
        g
        for g in state.permission_grants
        if g["subjectValue"] == p.op.subject_value and (not types or g["permission"] in types)
    ]
    page, more = offset_page(req, rows)
    return Response.json({"permissions": [_grant_json(g, True) for g in page], "hasMore": more})


def query_persons(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/persons/grants``: permissions granted in the caller's context."""
    p = access(state, req, "CredentialsManage", "CredentialsRead", "SubunitManage")
    body = json_object(req, "queryType")
    types = set(body.get("permissionTypes") or [])
    who = (body.get("authorizedIdentifier") or {}).get("value")
    rows = [
        g
        for g in state.permission_grants
        if g["context"] == p.op.context_value
        and (not types or g["permission"] in types)
        and (not who or g["subjectValue"] == who)
    ]
    page, more = offset_page(req, rows)
    return Response.json({"permissions": [_grant_json(g, False) for g in page], "hasMore": more})


def query_empty(state: SandboxState, req: Request) -> Response:
    """Subunit, entity and EU-entity permission queries: always an empty page (nothing is recorded for them)."""
    access(state, req, "CredentialsManage", "CredentialsRead", "SubunitManage", "VatUeManage")
    offset_page(req, [])
    return Response.json({"permissions": [], "hasMore": False})


def query_roles(state: SandboxState, req: Request) -> Response:
    """Entity and subordinate-entity roles: always an empty page."""
    access(state, req, "CredentialsManage", "CredentialsRead", "SubunitManage")
    offset_page(req, [])
    return Response.json({"roles": [], "hasMore": False})


def query_authorizations(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/authorizations/grants``: always an empty page."""
    access(state, req, "CredentialsManage", "CredentialsRead", "PefInvoiceWrite")
    json_object(req, "queryType")
    offset_page(req, [])
    return Response.json({"authorizationGrants": [], "hasMore": False})
