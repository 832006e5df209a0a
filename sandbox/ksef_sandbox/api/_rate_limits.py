"""Rate limits: sliding windows per (counter, context, client IP); 429 with ``Retry-After`` when one is full.

``limity/limity-api.md`` of the official documentation: requests are counted per context and client IP in
sliding windows of 1 s, 60 s and 60 min, all at once. Operations that share a limit group of the spec (the
"grupa" column of each 429 description, e.g. ``onlineSession`` for opening and closing an online session,
``sessionMisc`` for the session status and the UPO downloads) share one counter; every operation of the
group ``other``, and every operation without a group, has a counter of its own. Public operations (no
bearer token) are counted per client IP. The limits are the spec's ``x-rate-limits``
(``ksef_api._tables``); ``POST /testdata/rate-limits`` replaces them per group for one context. Pre-signed
storage URLs are not limited.
"""

from __future__ import annotations

import math
from collections import deque
from functools import cache

from ksef_sandbox._http import Request, TooManyRequests
from ksef_sandbox._state import SandboxState

__all__ = ["DEFAULT_LIMITS", "counter_of", "enforce", "group_of", "groups", "limits_for"]

# the spec's default for protected operations that name no limits ("Pozostałe", limity-api.md)
DEFAULT_LIMITS = {"perSecond": 10, "perMinute": 30, "perHour": 120}
_WINDOWS = (("perSecond", 1.0), ("perMinute", 60.0), ("perHour", 3600.0))


@cache
def _tables() -> tuple[dict[str, dict[str, int]], dict[str, str]]:
    from ksef_api._tables import RATE_LIMIT_GROUPS, RATE_LIMITS

    return dict(RATE_LIMITS), dict(RATE_LIMIT_GROUPS)


@cache
def groups() -> dict[str, str]:
    """Group name -> one operation of the group (whose limits ``GET /rate-limits`` shows)."""
    out: dict[str, str] = {}
    for key, group in _tables()[1].items():
        out.setdefault(group, key)
    return out


def group_of(key: str) -> str | None:
    """The spec's limit group of operation ``key`` (``None`` for public operations without one)."""
    return _tables()[1].get(key)


def counter_of(key: str) -> str:
    """The counter a request of ``key`` is charged to: its shared group, or the operation itself."""
    group = group_of(key)
    return group if group is not None and group != "other" else key


def limits_for(state: SandboxState, key: str, context: str = "-") -> dict[str, int] | None:
    """``{"perSecond": n, "perMinute": n, "perHour": n}`` (some may be missing) for ``key`` in ``context``."""
    limits, groups = _tables()
    custom = state.custom_rate_limits.get(context)
    group = groups.get(key)
    if custom is not None and group is not None and group in custom:
        return custom[group]
    found = limits.get(key)
    if found is None and group is None and key not in limits:
        return DEFAULT_LIMITS
    return found


def _context(state: SandboxState, req: Request) -> str | None:
    auth = req.header("authorization") or ""
    if not auth.lower().startswith("bearer "):
        return None
    rec = state.tokens.get(auth[7:].strip())
    op = state.auth_ops.get(rec.auth_ref) if rec else None
    return f"{op.context_type}:{op.context_value}" if op is not None else None


def enforce(state: SandboxState, key: str, req: Request) -> None:
    """Count the request against the limits of operation ``key``; raise 429 when a window is full."""
    if not state.config.rate_limits_enabled:
        return
    context = _context(state, req)
    limits = limits_for(state, key, context or "-")
    if not limits:
        return
    hits = state.windows.setdefault((counter_of(key), context or "-", req.client_ip), deque())
    now = state.now.timestamp()
    while hits and hits[0] <= now - 3600:
        hits.popleft()
    scale = state.config.rate_limit_scale
    retry = 0.0
    count = len(hits)  # oldest first: the window is full when the limit-th newest request is inside it
    for name, span in _WINDOWS:
        if name not in limits:
            continue
        allowed = max(1, int(limits[name] * scale))
        if count >= allowed and hits[count - allowed] > now - span:
            retry = max(retry, hits[count - allowed] + span - now)
    if retry > 0:
        seconds = max(1, math.ceil(retry))
        raise TooManyRequests(
            seconds, f"Przekroczono limit żądań ({counter_of(key)}). Spróbuj ponownie po {seconds} sekundach."
        )
    hits.append(now)
