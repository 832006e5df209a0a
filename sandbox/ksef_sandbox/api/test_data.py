"""Test data (spec tag "Dane testowe"): subjects and persons, permissions, the attachment consent, blocking a
context. These operations need no bearer token.

See ``dane-testowe-scenariusze.md`` of the official documentation.
"""

from __future__ import annotations

from ksef_sandbox._http import ApiError, Request, Response
from ksef_sandbox._ids import parse_dt
from ksef_sandbox._state import SandboxState

from ._grants import grant_system
from ._input import bad, json_object

__all__ = [
    "allow_attachments",
    "block_context",
    "create_person",
    "create_subject",
    "grant_permissions",
    "remove_person",
    "remove_subject",
    "revoke_attachments",
    "revoke_permissions",
    "unblock_context",
]


def create_subject(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/subject``."""
    body = json_object(req, "subjectNip", "subjectType", "description")
    nip = str(body["subjectNip"])
    if nip in state.subjects:
        raise ApiError(400, 30001, "Podmiot już istnieje.", [nip])
    if body["subjectType"] not in ("EnforcementAuthority", "VatGroup", "JST"):
        raise bad("subjectType must be EnforcementAuthority, VatGroup or JST.")
    subunits = body.get("subunits") or []
    if not isinstance(subunits, list) or not all(isinstance(u, dict) and u.get("subjectNip") for u in subunits):
        raise bad("subunits must be a list of {subjectNip, description}.")
    state.subjects[nip] = {
        "type": body["subjectType"],
        "description": body["description"],
        "owners": set(),
        "subunits": subunits,
        "created": parse_dt(str(body["createdDate"])) if body.get("createdDate") else state.now,
    }
    return Response.empty(200)


def remove_subject(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/subject/remove``."""
    body = json_object(req, "subjectNip")
    state.subjects.pop(str(body["subjectNip"]), None)
    return Response.empty(200)


def create_person(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/person``: the PESEL owns the NIP (all permissions there)."""
    body = json_object(req, "nip", "pesel", "isBailiff", "description")
    nip = str(body["nip"])
    subject = state.subjects.setdefault(
        nip,
        {"type": "Person", "description": body["description"], "owners": set(), "subunits": [], "created": state.now},
    )
    subject["owners"].add(str(body["pesel"]))
    subject["deceased"] = bool(body.get("isDeceased"))
    subject["bailiff"] = bool(body["isBailiff"])
    return Response.empty(200)


def remove_person(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/person/remove``."""
    body = json_object(req, "nip")
    state.subjects.pop(str(body["nip"]), None)
    return Response.empty(200)


def grant_permissions(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/permissions``: permissions in force at once (granted by the system)."""
    body = json_object(req, "contextIdentifier", "authorizedIdentifier", "permissions")
    ctx = str((body["contextIdentifier"] or {}).get("value", ""))
    who = body["authorizedIdentifier"] or {}
    if not ctx or who.get("type") not in ("Nip", "Pesel", "Fingerprint") or not who.get("value"):
        raise bad("contextIdentifier and authorizedIdentifier are required.")
    perms = body["permissions"]
    if not isinstance(perms, list) or not all(isinstance(x, dict) and x.get("permissionType") for x in perms):
        raise bad("permissions must be a list of {permissionType, description}.")
    for x in perms:
        grant_system(
            state,
            ctx,
            (str(who["type"]), str(who["value"])),
            str(x["permissionType"]),
            str(x.get("description") or "Dane testowe"),
        )
    return Response.empty(200)


def revoke_permissions(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/permissions/revoke``: every permission of the subject in the context."""
    body = json_object(req, "contextIdentifier", "authorizedIdentifier")
    ctx = str((body["contextIdentifier"] or {}).get("value", ""))
    who = str((body["authorizedIdentifier"] or {}).get("value", ""))
    for g in [g for g in state.grants.values() if g.context[1] == ctx and g.authorized[1] == who]:
        del state.grants[g.id]
    return Response.empty(200)


def allow_attachments(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/attachment``."""
    body = json_object(req, "nip")
    state.attachments[str(body["nip"])] = None
    return Response.empty(200)


def revoke_attachments(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/attachment/revoke``: from ``expectedEndDate`` (default now)."""
    body = json_object(req, "nip")
    end = body.get("expectedEndDate")
    state.attachments[str(body["nip"])] = parse_dt(str(end)) if end else state.now
    return Response.empty(200)


def block_context(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/context/block``: logins end in 480 and access tokens get 403 until unblocked."""
    body = req.json() if req.body else {}
    value = ((body or {}).get("contextIdentifier") or {}).get("value")
    if not value:
        raise bad("contextIdentifier is required.")
    state.blocked_contexts.add(str(value))
    return Response.empty(200)


def unblock_context(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/context/unblock``."""
    body = req.json() if req.body else {}
    value = ((body or {}).get("contextIdentifier") or {}).get("value")
    if not value:
        raise bad("contextIdentifier is required.")
    state.blocked_contexts.discard(str(value))
    return Response.empty(200)
