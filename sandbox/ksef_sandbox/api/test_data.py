"""Test data (spec tag "Dane testowe"): subjects and persons, permissions, the attachment consent, blocking a
context. These operations need no bearer token.

See ``dane-testowe-scenariusze.md`` of the official documentation.
"""

from __future__ import annotations

from ksef_sandbox._http import ApiError, Request, Response
from ksef_sandbox._ids import parse_dt
from ksef_sandbox._state import SandboxState

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
    state.subjects[nip] = {
        "type": body["subjectType"],
        "description": body["description"],
        "owners": set(),
        "subunits": body.get("subunits") or [],
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
        nip, {"type": "Person", "description": body["description"], "owners": set(), "subunits": []}
    )
    subject["owners"].add(str(body["pesel"]))
    subject["deceased"] = bool(body.get("isDeceased"))
    return Response.empty(200)


def remove_person(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/person/remove``."""
    body = json_object(req, "nip")
    state.subjects.pop(str(body["nip"]), None)
    return Response.empty(200)


def grant_permissions(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/permissions``."""
    body = json_object(req, "contextIdentifier", "authorizedIdentifier", "permissions")
    ctx = str((body["contextIdentifier"] or {}).get("value", ""))
    who = str((body["authorizedIdentifier"] or {}).get("value", ""))
    perms = {str(x.get("permissionType")) for x in body["permissions"] if isinstance(x, dict)}
    state.grants.setdefault((ctx, who), set()).update(perms)
    return Response.empty(200)


def revoke_permissions(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/permissions/revoke``."""
    body = json_object(req, "contextIdentifier", "authorizedIdentifier")
    ctx = str((body["contextIdentifier"] or {}).get("value", ""))
    who = str((body["authorizedIdentifier"] or {}).get("value", ""))
    state.grants.pop((ctx, who), None)
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
