"""KSeF tokens (spec tag "Tokeny KSeF"): create, list, read and revoke.

See ``tokeny-ksef.md`` of the official documentation.
"""

from __future__ import annotations

import secrets
from typing import Any

from ksef_sandbox._http import ApiError, Forbidden, Request, Response
from ksef_sandbox._ids import format_dt, reference_number
from ksef_sandbox._records import TOKEN_PERMISSIONS, KsefToken
from ksef_sandbox._state import SandboxState

from ._input import bad, json_object, lenient_page_size
from ._principal import Principal, access
from ._signing import decode_continuation, encode_continuation

__all__ = ["create", "get", "issue_token", "list_tokens", "revoke"]


def issue_token(
    state: SandboxState,
    context_type: str,
    context_value: str,
    permissions: list[str],
    *,
    description: str,
    author: tuple[str, str],
) -> KsefToken:
    """A new active KSeF token (also used by the control handle to seed tests)."""
    now = state.now
    ref = reference_number("EC", now)
    secret = f"{ref}|{context_type}-{context_value}|{secrets.token_hex(32)}"
    token = KsefToken(
        ref, secret, context_type, context_value, list(permissions), description, author[0], author[1], now
    )
    state.ksef_tokens[ref] = token
    return token


def create(state: SandboxState, req: Request) -> Response:
    """``POST /tokens``: only permissions the caller holds, only in a NIP or internal-id context."""
    p = access(state, req)
    body = json_object(req, "permissions", "description")
    perms = body["permissions"]
    desc = body["description"]
    if not isinstance(perms, list) or not all(x in TOKEN_PERMISSIONS for x in perms):
        raise bad("permissions contain an unknown value.")
    if not isinstance(desc, str) or not 5 <= len(desc) <= 256:
        raise bad("description must have 5-256 characters.")
    if p.op.context_type not in ("Nip", "InternalId"):
        raise ApiError(400, 26002, "Nie można wygenerować tokena dla tego typu kontekstu.")
    if not set(perms) <= set(p.permissions):
        raise ApiError(
            400,
            26001,
            "Nie można nadać tokenowi uprawnień, których się nie posiada.",
            sorted(set(perms) - set(p.permissions)),
        )
    author = (
        (p.op.subject_type, p.op.subject_value)
        if p.op.subject_type in ("Nip", "Pesel", "Fingerprint")
        else ("Nip", p.op.context_value[:10])
    )
    token = issue_token(state, p.op.context_type, p.op.context_value, perms, description=desc, author=author)
    if state.config.token_activation_polls > 0:  # KSeF activates a new token asynchronously
        token.status, token.polls_left = "Pending", state.config.token_activation_polls
    return Response.json({"referenceNumber": token.reference, "token": token.secret}, 202)


def _read(t: KsefToken) -> KsefToken:
    """A status read: a ``Pending`` token becomes ``Active`` after ``Config.token_activation_polls`` reads."""
    if t.status == "Pending":
        if t.polls_left > 0:
            t.polls_left -= 1
        else:
            t.status = "Active"
    return t


def _token_json(t: KsefToken) -> dict[str, Any]:
    out: dict[str, Any] = {
        "referenceNumber": t.reference,
        "authorIdentifier": {"type": t.author_type, "value": t.author_value},
        "contextIdentifier": {"type": t.context_type, "value": t.context_value},
        "description": t.description,
        "requestedPermissions": t.permissions,
        "dateCreated": format_dt(t.created),
        "status": t.status,
    }
    if t.last_use:
        out["lastUseDate"] = format_dt(t.last_use)
    return out


def list_tokens(state: SandboxState, req: Request) -> Response:
    """``GET /tokens``: the context's tokens, newest first, with the spec's filters."""
    p = access(state, req)
    size = lenient_page_size(req, 100)
    start = decode_continuation(state, req)
    statuses = set(req.q_all("status"))
    desc = req.q("description")
    author = req.q("authorIdentifier")
    author_type = req.q("authorIdentifierType")
    rows = [
        t
        for t in sorted(state.ksef_tokens.values(), key=lambda x: x.created, reverse=True)
        if t.context_value == p.op.context_value
        and (not statuses or t.status in statuses)
        and (not desc or desc.lower() in t.description.lower())
        and (not author or author in t.author_value)
        and (not author_type or author_type == t.author_type)
    ]
    out: dict[str, Any] = {"tokens": [_token_json(_read(t)) for t in rows[start : start + size]]}
    if start + size < len(rows):
        out["continuationToken"] = encode_continuation(state, start + size)
    return Response.json(out)


def _token(state: SandboxState, req: Request, ref: str) -> tuple[Principal, KsefToken]:
    p = access(state, req)
    t = state.ksef_tokens.get(ref)
    if t is None or t.context_value != p.op.context_value:
        raise bad(f"Token {ref} nie istnieje.")
    return p, t


def get(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /tokens/{referenceNumber}``."""
    _, t = _token(state, req, referenceNumber)
    return Response.json(_token_json(_read(t)))


def revoke(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``DELETE /tokens/{referenceNumber}``: the token itself or a caller with CredentialsManage."""
    p, t = _token(state, req, referenceNumber)
    if p.op.ksef_token_ref != t.reference and "CredentialsManage" not in p.permissions:
        raise Forbidden(
            "missing-permissions",
            "Brak uprawnień.",
            {"requiredAnyOfPermissions": ["CredentialsManage"], "presentPermissions": p.permissions},
        )
    t.status = "Revoked"
    return Response.empty(204)
