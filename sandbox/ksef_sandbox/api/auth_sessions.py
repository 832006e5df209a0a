"""Active authentication sessions (spec tag "Aktywne sesje"): list them, end the current one or another.

See ``auth/sesje.md`` of the official documentation.
"""

from __future__ import annotations

from typing import Any

from ksef_sandbox._http import ApiError, Request, Response
from ksef_sandbox._state import SandboxState

from ._auth_ops import operation_json
from ._input import lenient_page_size
from ._principal import principal
from ._signing import decode_continuation, encode_continuation

__all__ = ["delete", "delete_current", "list_sessions"]


def list_sessions(state: SandboxState, req: Request) -> Response:
    """``GET /auth/sessions``: redeemed, unrevoked authentications in the caller's context, newest first."""
    p = principal(state, req, "ContextToken")
    size = lenient_page_size(req, 100)
    start = decode_continuation(state, req)
    ops = sorted(
        (
            op
            for op in state.auth_ops.values()
            if op.context_value == p.op.context_value and op.redeemed and not op.revoked and op.status[0] == 200
        ),
        key=lambda o: o.started,
        reverse=True,
    )
    items = []
    for op in ops[start : start + size]:
        item = operation_json(op)
        item["referenceNumber"] = op.reference
        item["isCurrent"] = op.reference == p.op.reference
        items.append(item)
    out: dict[str, Any] = {"items": items}
    if start + size < len(ops):
        out["continuationToken"] = encode_continuation(state, start + size)
    return Response.json(out)


def delete_current(state: SandboxState, req: Request) -> Response:
    """``DELETE /auth/sessions/current`` (access or refresh token): its refresh token stops working."""
    p = principal(state, req, ("ContextToken", "RefreshToken"))
    p.op.revoked = True
    return Response.empty(204)


def delete(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``DELETE /auth/sessions/{referenceNumber}``."""
    p = principal(state, req, "ContextToken")
    op = state.auth_ops.get(referenceNumber)
    if op is None or op.context_value != p.op.context_value:
        raise ApiError(400, 21304, "Brak uwierzytelnienia.", [f"Sesja {referenceNumber} nie istnieje."])
    op.revoked = True
    return Response.empty(204)
