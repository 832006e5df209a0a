"""Permissions (spec tags "Nadawanie uprawnień", "Odbieranie uprawnień", "Operacje", "Wyszukiwanie nadanych
uprawnień"): every grant kind is checked, answered with an operation and takes effect when that operation
completes; revokes likewise; every query lists what was granted.

See ``uprawnienia.md`` of the official documentation and the model in ``_grants``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ksef_sandbox._http import Gone, Request, Response
from ksef_sandbox._ids import format_dt
from ksef_sandbox._records import Grant
from ksef_sandbox._state import SandboxState

from ._grants import internal_id_ok, new_grant, nip_of, roles_of, subordinates_of
from ._input import bad, json_object, offset_page
from ._permission_ops import (
    OPERATION_STATUSES,
    apply,
    check_description,
    entity_details,
    identifier,
    operation,
    person_details,
    scopes,
)
from ._permission_views import (
    authorization_json,
    entity_json,
    eu_json,
    person_json,
    personal_grants,
    personal_json,
    sort,
    subunit_json,
)
from ._principal import Principal, access

__all__ = [
    "attachments_status",
    "grant_authorizations",
    "grant_eu_entity_administration",
    "grant_indirect",
    "grant_to_entities",
    "grant_to_eu_entities",
    "grant_to_persons",
    "grant_to_subunits",
    "operation_status",
    "query_authorizations",
    "query_entities",
    "query_eu_entities",
    "query_personal",
    "query_persons",
    "query_roles",
    "query_subordinate_roles",
    "query_subunits",
    "revoke_authorization",
    "revoke_common",
]

_PERSON_SCOPES = (
    "CredentialsManage",
    "CredentialsRead",
    "InvoiceWrite",
    "InvoiceRead",
    "Introspection",
    "SubunitManage",
    "EnforcementOperations",
    "CollectiveIdentifierManage",
)
_INVOICE_SCOPES = ("InvoiceWrite", "InvoiceRead")
_AUTHORIZATIONS = ("SelfInvoicing", "RRInvoicing", "TaxRepresentative", "PefInvoicing")
_EU_ADMIN_SCOPES = ("VatUeManage", "InvoiceWrite", "InvoiceRead", "Introspection")


def _context(p: Principal) -> tuple[str, str]:
    return p.op.context_type, p.op.context_value


def _author(p: Principal) -> tuple[str, str]:
    if p.op.subject_type in ("Nip", "Pesel", "Fingerprint"):
        return p.op.subject_type, p.op.subject_value
    return "Nip", nip_of(p.op.context_value)


def _accepted(ref: str) -> Response:
    return Response.json({"referenceNumber": ref}, 202)


def _grants(state: SandboxState, p: Principal, kind: str, perms: list[str], **fields: Any) -> list[Grant]:
    fields.setdefault("context", _context(p))
    return [
        new_grant(state, kind=kind, scope=perm, author=_author(p), granted_in=_context(p), **fields) for perm in perms
    ]


# --------------------------------------------------------------------------------------------------- grants


def grant_to_persons(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/persons/grants``: EnforcementOperations only in an enforcement context (else 430)."""
    p = access(state, req, "CredentialsManage")
    body = json_object(req, "subjectIdentifier", "permissions", "description", "subjectDetails")
    subject = identifier(body, "subjectIdentifier", ("Nip", "Pesel", "Fingerprint"))
    perms = scopes(body["permissions"], _PERSON_SCOPES)
    description = check_description(body)
    details = person_details(body["subjectDetails"])
    enforcer = any(
        r in ("EnforcementAuthority", "CourtBailiff") for r, *_ in roles_of(state, nip_of(p.op.context_value))
    )
    if "EnforcementOperations" in perms and not enforcer:
        return _accepted(
            operation(state, code=430, details=["EnforcementOperations wymaga roli organu egzekucyjnego."])
        )
    grants = _grants(state, p, "Person", perms, authorized=subject, description=description, details=details)
    return _accepted(operation(state, add=grants))


def grant_to_entities(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/entities/grants``: invoice permissions for another entity, possibly delegable."""
    p = access(state, req, "CredentialsManage")
    body = json_object(req, "subjectIdentifier", "permissions", "description", "subjectDetails")
    subject = identifier(body, "subjectIdentifier", ("Nip",))
    raw = body["permissions"]
    if (
        not isinstance(raw, list)
        or not raw
        or not all(isinstance(x, dict) and x.get("type") in _INVOICE_SCOPES for x in raw)
    ):
        raise bad("permissions must be a non-empty list of {type: InvoiceWrite|InvoiceRead, canDelegate}.")
    description = check_description(body)
    details = entity_details(body["subjectDetails"])
    grants = [
        new_grant(
            state,
            kind="Entity",
            scope=str(x["type"]),
            context=_context(p),
            authorized=subject,
            author=_author(p),
            granted_in=_context(p),
            description=description,
            can_delegate=bool(x.get("canDelegate")),
            details=details,
        )
        for x in raw
    ]
    return _accepted(operation(state, add=grants))


def grant_authorizations(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/authorizations/grants``: SelfInvoicing, RRInvoicing, TaxRepresentative, PefInvoicing."""
    p = access(state, req, "CredentialsManage")
    body = json_object(req, "subjectIdentifier", "permission", "description", "subjectDetails")
    subject = identifier(body, "subjectIdentifier", ("Nip", "PeppolId"))
    if body["permission"] not in _AUTHORIZATIONS:
        raise bad(f"permission must be one of {', '.join(_AUTHORIZATIONS)}.")
    if (body["permission"] == "PefInvoicing") != (subject[0] == "PeppolId"):
        raise bad("PefInvoicing is granted to a Peppol provider (PeppolId), the others to a NIP.")
    grants = _grants(
        state,
        p,
        "Authorization",
        [str(body["permission"])],
        context=("Nip", nip_of(p.op.context_value)),
        authorized=subject,
        description=check_description(body),
        details=entity_details(body["subjectDetails"]),
    )
    return _accepted(operation(state, add=grants))


def grant_indirect(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/indirect/grants``: the intermediary (this context) passes invoice permissions on, for one
    client (it must have given this context a delegable permission, else 440) or for all its clients."""
    p = access(state, req, "CredentialsManage")
    body = json_object(req, "subjectIdentifier", "permissions", "description", "subjectDetails")
    subject = identifier(body, "subjectIdentifier", ("Nip", "Pesel", "Fingerprint"))
    perms = scopes(body["permissions"], _INVOICE_SCOPES)
    target = ("AllPartners", "")
    if body.get("targetIdentifier") is not None:
        target = identifier(body, "targetIdentifier", ("Nip", "AllPartners", "InternalId"))
    description = check_description(body)
    details = person_details(body["subjectDetails"])
    me = nip_of(p.op.context_value)
    if target[0] != "AllPartners" and not any(
        g.kind == "Entity" and g.can_delegate and g.context[1] == target[1] and g.authorized[1] == me
        for g in state.grants.values()
    ):
        return _accepted(operation(state, code=440, details=[f"Podmiot {target[1]} nie nadał uprawnień z delegacją."]))
    grants = _grants(
        state,
        p,
        "Indirect",
        perms,
        context=(target[0], target[1]) if target[0] != "AllPartners" else _context(p),
        authorized=subject,
        target=(target[0], target[1] or None),
        description=description,
        details=details,
    )
    return _accepted(operation(state, add=grants))


def grant_to_subunits(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/subunits/grants``: an administrator (CredentialsManage) of an internal unit of this
    context (``NIP-DDDDD`` with its checksum) or of a subordinate entity of a VAT group or local-government unit."""
    p = access(state, req, "SubunitManage")
    body = json_object(req, "subjectIdentifier", "contextIdentifier", "description", "subjectDetails")
    subject = identifier(body, "subjectIdentifier", ("Nip", "Pesel", "Fingerprint"))
    unit = identifier(body, "contextIdentifier", ("InternalId", "Nip"))
    description = check_description(body)
    details = person_details(body["subjectDetails"])
    name = body.get("subunitName")
    if name is not None and (not isinstance(name, str) or not 5 <= len(name) <= 256):
        raise bad("subunitName must have 5-256 characters.")
    me = nip_of(p.op.context_value)
    if unit[0] == "InternalId":
        if not internal_id_ok(unit[1]):
            raise bad("contextIdentifier: the internal identifier's check digit is wrong.")
        if nip_of(unit[1]) != me:
            return _accepted(operation(state, code=410, details=["Identyfikator wewnętrzny należy do innego NIP."]))
    elif unit[1] not in {sub for sub, *_ in subordinates_of(state, me)}:
        return _accepted(operation(state, code=430, details=[f"{unit[1]} nie jest podmiotem podrzędnym {me}."]))
    if name:
        details = {**details, "subunitName": name}
    grants = _grants(
        state,
        p,
        "Subunit",
        ["CredentialsManage"],
        context=unit,
        authorized=subject,
        description=description,
        details=details,
    )
    return _accepted(operation(state, add=grants))


def grant_eu_entity_administration(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/eu-entities/administration/grants``: VatUeManage, InvoiceWrite, InvoiceRead and
    Introspection in the compound context ``{this NIP}-{VAT UE}``."""
    p = access(state, req, "CredentialsManage")
    body = json_object(
        req,
        "subjectIdentifier",
        "contextIdentifier",
        "description",
        "euEntityName",
        "subjectDetails",
        "euEntityDetails",
    )
    subject = identifier(body, "subjectIdentifier", ("Fingerprint",))
    compound = identifier(body, "contextIdentifier", ("NipVatUe",))
    description = check_description(body)
    eu_name = check_description(body, "euEntityName")
    details = person_details(body["subjectDetails"], eu=True)
    eu = body["euEntityDetails"]
    if not isinstance(eu, dict) or not eu.get("fullName") or not eu.get("address"):
        raise bad("euEntityDetails needs fullName and address.")
    if nip_of(compound[1]) != nip_of(p.op.context_value):
        return _accepted(operation(state, code=410, details=["Kontekst złożony musi zaczynać się NIP-em kontekstu."]))
    details = {
        **details,
        "euEntityName": eu_name,
        "euEntityDetails": {"fullName": eu["fullName"], "address": eu["address"]},
    }
    grants = _grants(
        state,
        p,
        "EuEntityAdmin",
        list(_EU_ADMIN_SCOPES),
        context=compound,
        authorized=subject,
        description=description,
        details=details,
    )
    return _accepted(operation(state, add=grants))


def grant_to_eu_entities(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/eu-entities/grants``: representatives of the EU entity of this compound context."""
    p = access(state, req, "VatUeManage")
    body = json_object(req, "subjectIdentifier", "permissions", "description", "subjectDetails")
    subject = identifier(body, "subjectIdentifier", ("Fingerprint",))
    perms = scopes(body["permissions"], _INVOICE_SCOPES)
    description = check_description(body)
    details = person_details(body["subjectDetails"], eu=True)
    if p.op.context_type != "NipVatUe":
        return _accepted(operation(state, code=430, details=["Wymagany kontekst złożony NipVatUe."]))
    admin = next(
        (g for g in state.grants.values() if g.kind == "EuEntityAdmin" and g.context[1] == p.op.context_value), None
    )
    if admin is not None:
        details = {
            **details,
            **{k: admin.details[k] for k in ("euEntityName", "euEntityDetails") if k in admin.details},
        }
    grants = _grants(state, p, "EuEntity", perms, authorized=subject, description=description, details=details)
    return _accepted(operation(state, add=grants))


# -------------------------------------------------------------------------------------------------- revokes


def _revoke(state: SandboxState, p: Principal, permission_id: str, authorization: bool) -> Response:
    g = state.grants.get(permission_id)
    mine = g is not None and p.op.context_value in (g.granted_in[1], g.context[1])
    if g is None or not mine or (g.kind == "Authorization") != authorization:
        return _accepted(operation(state, code=410, details=[f"Uprawnienie {permission_id} nie istnieje."]))
    if authorization:  # not transferable: the revocation works at once (uprawnienia.md)
        del state.grants[permission_id]
        return _accepted(operation(state))
    return _accepted(operation(state, remove=[permission_id]))


def revoke_common(state: SandboxState, req: Request, permissionId: str) -> Response:
    """``DELETE /permissions/common/grants/{permissionId}``."""
    p = access(state, req, "CredentialsManage", "VatUeManage", "SubunitManage")
    return _revoke(state, p, permissionId, authorization=False)


def revoke_authorization(state: SandboxState, req: Request, permissionId: str) -> Response:
    """``DELETE /permissions/authorizations/grants/{permissionId}``."""
    p = access(state, req, "CredentialsManage")
    return _revoke(state, p, permissionId, authorization=True)


# --------------------------------------------------------------------------------------------- operations


def operation_status(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /permissions/operations/{referenceNumber}``: 100 while in progress, then the outcome (which is when
    the change takes effect); kept for 30 days."""
    access(state, req)
    op = state.permission_ops.get(referenceNumber)
    if op is None:
        raise bad(f"Operacja {referenceNumber} nie istnieje.")
    if state.now - op.created > timedelta(days=30):
        raise Gone("Operacja wygasła i nie jest już dostępna.")
    if op.progress.read(state.now):
        return Response.json({"status": {"code": 100, "description": OPERATION_STATUSES[100]}})
    apply(state, op)
    code, description, details = op.outcome
    status: dict[str, Any] = {"code": code, "description": description}
    if details:
        status["details"] = details
    return Response.json({"status": status})


def attachments_status(state: SandboxState, req: Request) -> Response:
    """``GET /permissions/attachments/status``: whether the context may send invoices with attachments."""
    p = access(state, req, "CredentialsManage", "CredentialsRead")
    nip = nip_of(p.op.context_value)
    revoked = state.attachments.get(nip, state.now)
    allowed = nip in state.attachments and (revoked is None or state.now < revoked)
    out: dict[str, Any] = {"isAttachmentAllowed": allowed}
    if nip in state.attachments and state.attachments[nip] is not None:
        out["revokedDate"] = format_dt(state.attachments[nip])  # type: ignore[arg-type]
    return Response.json(out)


# ------------------------------------------------------------------------------------------------- queries


def _page(req: Request, key: str, rows: list[Any]) -> Response:
    page, more = offset_page(req, rows, lo=10, hi=100)
    return Response.json({key: page, "hasMore": more})


def _body(req: Request) -> dict[str, Any]:
    body = req.json() if req.body else {}
    if not isinstance(body, dict):
        raise bad("Request body must be a JSON object.")
    return body


def _wanted(body: dict[str, Any], name: str) -> tuple[str, str] | None:
    ident = body.get(name)
    if not isinstance(ident, dict) or not ident.get("type"):
        return None
    return str(ident["type"]), str(ident.get("value") or "")


def query_personal(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/personal/grants``: the caller's own permissions in the current context."""
    p = access(state, req)
    body = _body(req)
    types = set(body.get("permissionTypes") or [])
    ctx, target, wanted_state = (
        _wanted(body, "contextIdentifier"),
        _wanted(body, "targetIdentifier"),
        body.get("permissionState"),
    )
    rows = []
    for g in sort(personal_grants(state, _context(p), p.op.subject_value)):
        row = personal_json(state, g)
        if types and g.scope not in types:
            continue
        if ctx and (g.context != ctx):
            continue
        if target and (g.target is None or g.target[0] != target[0] or (target[1] and g.target[1] != target[1])):
            continue
        if wanted_state and row["permissionState"] != wanted_state:
            continue
        rows.append(row)
    return _page(req, "permissions", rows)


def query_persons(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/persons/grants``: the permissions in force in the current context
    (``PermissionsInCurrentContext``) or those granted from it (``PermissionsGrantedInCurrentContext``)."""
    p = access(state, req, "CredentialsManage", "CredentialsRead", "SubunitManage")
    body = json_object(req, "queryType")
    if body["queryType"] not in ("PermissionsInCurrentContext", "PermissionsGrantedInCurrentContext"):
        raise bad("queryType must be PermissionsInCurrentContext or PermissionsGrantedInCurrentContext.")
    ctx = p.op.context_value
    granted = body["queryType"] == "PermissionsGrantedInCurrentContext"
    types = set(body.get("permissionTypes") or [])
    author, who = _wanted(body, "authorIdentifier"), _wanted(body, "authorizedIdentifier")
    in_ctx, target = _wanted(body, "contextIdentifier"), _wanted(body, "targetIdentifier")
    rows = []
    for g in sort(state.grants.values()):
        if g.kind not in ("Person", "Entity", "Indirect", "Subunit"):
            continue
        if granted:
            if g.granted_in[1] != ctx or g.author[0] == "System":
                continue
        elif g.kind == "Subunit" or (g.context[1] != ctx and not (g.kind == "Indirect" and g.granted_in[1] == ctx)):
            continue
        if types and g.scope not in types:
            continue
        if author and (g.author[0] != author[0] or (author[1] and g.author[1] != author[1])):
            continue
        if who and g.authorized != who:
            continue
        if in_ctx and g.context != in_ctx:
            continue
        if target and (g.target is None or g.target[0] != target[0] or (target[1] and g.target[1] != target[1])):
            continue
        row = person_json(state, g)
        if body.get("permissionState") and row["permissionState"] != body["permissionState"]:
            continue
        rows.append(row)
    return _page(req, "permissions", rows)


def query_subunits(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/subunits/grants``: administrators of internal units and subordinate entities
    appointed from the current context."""
    p = access(state, req, "CredentialsManage", "CredentialsRead", "SubunitManage")
    unit = _wanted(_body(req), "subunitIdentifier")
    rows = [
        subunit_json(g)
        for g in sort(state.grants.values())
        if g.kind == "Subunit" and g.granted_in[1] == p.op.context_value and (unit is None or g.context == unit)
    ]
    return _page(req, "permissions", rows)


def query_entities(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/entities/grants``: invoice permissions other entities gave the current context."""
    p = access(state, req, "CredentialsManage", "CredentialsRead")
    giver = _wanted(_body(req), "contextIdentifier")
    rows = [
        entity_json(g)
        for g in sort(state.grants.values())
        if g.kind == "Entity"
        and g.authorized[1] == nip_of(p.op.context_value)
        and (giver is None or g.context == giver)
    ]
    return _page(req, "permissions", rows)


def query_roles(state: SandboxState, req: Request) -> Response:
    """``GET /permissions/query/entities/roles``: the roles of the current context's entity."""
    p = access(state, req, "CredentialsManage", "CredentialsRead")
    rows = []
    for role, parent, description, start in roles_of(state, nip_of(p.op.context_value)):
        row: dict[str, Any] = {"role": role, "description": description or role, "startDate": format_dt(start)}
        if parent:
            row["parentEntityIdentifier"] = {"type": "Nip", "value": parent}
        rows.append(row)
    return _page(req, "roles", rows)


def query_subordinate_roles(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/subordinate-entities/roles``: the members of a VAT group or local-government unit."""
    p = access(state, req, "CredentialsManage", "CredentialsRead", "SubunitManage")
    wanted = _wanted(_body(req), "subordinateEntityIdentifier")
    rows = [
        {
            "subordinateEntityIdentifier": {"type": "Nip", "value": nip},
            "role": role,
            "description": description or role,
            "startDate": format_dt(start),
        }
        for nip, role, description, start in subordinates_of(state, nip_of(p.op.context_value))
        if wanted is None or wanted[1] == nip
    ]
    return _page(req, "roles", rows)


def query_authorizations(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/authorizations/grants``: authorizations given (``Granted``) or received
    (``Received``) by the current context."""
    p = access(state, req, "CredentialsManage", "CredentialsRead", "PefInvoiceWrite")
    body = json_object(req, "queryType")
    if body["queryType"] not in ("Granted", "Received"):
        raise bad("queryType must be Granted or Received.")
    me = p.op.context_value if p.op.context_type == "PeppolId" else nip_of(p.op.context_value)
    types = set(body.get("permissionTypes") or [])
    authorizing, authorized_id = _wanted(body, "authorizingIdentifier"), _wanted(body, "authorizedIdentifier")
    rows = []
    for g in sort(state.grants.values()):
        if g.kind != "Authorization" or (types and g.scope not in types):
            continue
        if body["queryType"] == "Granted":
            if g.context[1] != me or (authorized_id and g.authorized != authorized_id):
                continue
        elif g.authorized[1] != me or (authorizing and g.context[1] != authorizing[1]):
            continue
        rows.append(authorization_json(g))
    return _page(req, "authorizationGrants", rows)


def query_eu_entities(state: SandboxState, req: Request) -> Response:
    """``POST /permissions/query/eu-entities/grants``: from an NIP context, the administrators of its EU entities;
    from a compound context, its administrators and representatives."""
    p = access(state, req, "CredentialsManage", "CredentialsRead", "VatUeManage")
    body = _body(req)
    types = set(body.get("permissionTypes") or [])
    ctx = p.op.context_value
    rows = []
    for g in sort(state.grants.values()):
        if g.kind not in ("EuEntityAdmin", "EuEntity"):
            continue
        if p.op.context_type == "NipVatUe":
            if g.context[1] != ctx:
                continue
        elif g.kind != "EuEntityAdmin" or nip_of(g.context[1]) != nip_of(ctx):
            continue
        if types and g.scope not in types:
            continue
        if body.get("vatUeIdentifier") and g.context[1].split("-", maxsplit=1)[1] != body["vatUeIdentifier"]:
            continue
        if (
            body.get("authorizedFingerprintIdentifier")
            and g.authorized[1] != str(body["authorizedFingerprintIdentifier"]).upper()
        ):
            continue
        rows.append(eu_json(g))
    return _page(req, "permissions", rows)
