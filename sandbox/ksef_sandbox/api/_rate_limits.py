"""Rate limits: sliding windows per (operation, context, client IP), 429 with ``Retry-After`` when full.

The limits are the spec's ``x-rate-limits`` (``ksef_api._tables.RATE_LIMITS``), optionally replaced per group
through ``POST /testdata/rate-limits``; see ``limity/limity-api.md`` of the official documentation.
"""

from __future__ import annotations

import math
from collections import deque

from ksef_sandbox._http import Request, TooManyRequests
from ksef_sandbox._state import SandboxState

__all__ = ["GROUPS", "enforce", "limits_for"]

# the groups of GET /rate-limits and POST /testdata/rate-limits -> the operation whose limits they show
GROUPS = {
    "onlineSession": "POST /sessions/online",
    "batchSession": "POST /sessions/batch",
    "invoiceSend": "POST /sessions/online/{referenceNumber}/invoices",
    "invoiceStatus": "GET /sessions/{referenceNumber}/invoices/{invoiceReferenceNumber}",
    "sessionList": "GET /sessions",
    "sessionInvoiceList": "GET /sessions/{referenceNumber}/invoices",
    "sessionMisc": "GET /sessions/{referenceNumber}",
    "invoiceMetadata": "POST /invoices/query/metadata",
    "invoiceExport": "POST /invoices/exports",
    "invoiceExportStatus": "GET /invoices/exports/{referenceNumber}",
    "invoiceDownload": "GET /invoices/ksef/{ksefNumber}",
    "collectiveIdentifier": "POST /collective-identifiers",
    "other": "GET /limits/context",
}


def limits_for(state: SandboxState, key: str) -> dict[str, int] | None:
    """``{"perSecond": n, "perMinute": n, "perHour": n}`` (some may be missing) for the operation ``key``."""
    from ksef_api._tables import RATE_LIMITS

    if state.custom_rate_limits is not None:
        group = state.custom_rate_limits.get(key)
        if group:
            return group
    return RATE_LIMITS.get(key)


def enforce(state: SandboxState, key: str, req: Request) -> None:
    """Count the request against the limits of operation ``key``; raise 429 when a window is full."""
    if not state.config.rate_limits_enabled:
        return
    limits = limits_for(state, key)
    if not limits:
        return
    context = "-"
    auth = req.header("authorization") or ""
    if auth.lower().startswith("bearer "):
        rec = state.tokens.get(auth[7:].strip())
        op = state.auth_ops.get(rec.auth_ref) if rec else None
        if op is not None:
            context = f"{op.context_type}:{op.context_value}"
    hits = state.windows.setdefault((key, context, req.client_ip), deque())
    now = state.now.timestamp()
    while hits and hits[0] <= now - 3600:
        hits.popleft()
    scale = state.config.rate_limit_scale
    retry = 0.0
    for name, span in (("perSecond", 1.0), ("perMinute", 60.0), ("perHour", 3600.0)):
        if name not in limits:
            continue
        allowed = max(1, int(limits[name] * scale))
        in_window = [t for t in hits if t > now - span]
        if len(in_window) >= allowed:
            oldest = in_window[len(in_window) - allowed]
            retry = max(retry, oldest + span - now)
    if retry > 0:
        raise TooManyRequests(
            max(1, math.ceil(retry)),
            f"Przekroczono limit żądań dla {key}. Spróbuj ponownie za {max(1, math.ceil(retry))} s.",
        )
    hits.append(now)
