"""Limits (spec tag "Limity i ograniczenia"): session and certificate limits, the rate limits in force, and
the test-data operations that change or restore them.

See ``limity/limity.md`` and ``limity/limity-api.md`` of the official documentation.
"""

from __future__ import annotations

from typing import Any

from ksef_sandbox._http import Request, Response
from ksef_sandbox._state import SandboxState

from ._input import bad, json_object
from ._ksef_certificates import effective_limits, owner_of
from ._principal import Principal, access
from ._rate_limits import DEFAULT_LIMITS, groups, limits_for

__all__ = [
    "context_limits",
    "rate_limits",
    "reset_rate_limits",
    "reset_session_limits",
    "set_rate_limits",
    "set_session_limits",
    "subject_certificate_limits",
    "subject_limits",
]


def _context_limits(state: SandboxState, context: str) -> dict[str, Any]:
    cfg = state.config
    default = {
        "maxInvoiceSizeInMB": cfg.max_invoice_size // 1_000_000,
        "maxInvoiceWithAttachmentSizeInMB": cfg.max_invoice_with_attachment_size // 1_000_000,
        "maxInvoices": cfg.max_invoices_per_session,
    }
    return state.session_limits.get(context) or {"onlineSession": dict(default), "batchSession": dict(default)}


def context_limits(state: SandboxState, req: Request) -> Response:
    """``GET /limits/context``: session limits of the caller's context."""
    p = access(state, req)
    return Response.json(_context_limits(state, p.op.context_value))


def subject_limits(state: SandboxState, req: Request) -> Response:
    """``GET /limits/subject``: the certificate limits of the authenticated subject (defaults or test data)."""
    p = access(state, req)
    max_requests, max_active = effective_limits(state, owner_of(p.op))
    return Response.json(
        {"enrollment": {"maxEnrollments": max_requests}, "certificate": {"maxCertificates": max_active}}
    )


def _context(p: Principal) -> str:
    return f"{p.op.context_type}:{p.op.context_value}"


def rate_limits(state: SandboxState, req: Request) -> Response:
    """``GET /rate-limits``: per group, the limits in force in the caller's context (times ``rate_limit_scale``)."""
    p = access(state, req)
    scale = state.config.rate_limit_scale
    out = {}
    for group, key in groups().items():
        lim = limits_for(state, key, _context(p)) or DEFAULT_LIMITS
        out[group] = {name: max(1, int(lim.get(name, DEFAULT_LIMITS[name]) * scale)) for name in DEFAULT_LIMITS}
    return Response.json(out)


def set_session_limits(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/limits/context/session``."""
    p = access(state, req)
    body = json_object(req, "onlineSession", "batchSession")
    state.session_limits[p.op.context_value] = {
        "onlineSession": body["onlineSession"],
        "batchSession": body["batchSession"],
    }
    return Response.empty(200)


def reset_session_limits(state: SandboxState, req: Request) -> Response:
    """``DELETE /testdata/limits/context/session``."""
    p = access(state, req)
    state.session_limits.pop(p.op.context_value, None)
    return Response.empty(200)


def subject_certificate_limits(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/limits/subject/certificate`` (new limits for the authenticated subject) and
    ``DELETE`` (the defaults again)."""
    p = access(state, req)
    owner = owner_of(p.op)
    if req.method == "DELETE":
        state.certificate_limits.pop(owner, None)
        return Response.empty(200)
    body = req.json() if req.body else {}
    if not isinstance(body, dict):
        raise bad("Request body must be a JSON object.")
    override = dict(state.certificate_limits.get(owner, {}))
    for section, field in (("enrollment", "maxEnrollments"), ("certificate", "maxCertificates")):
        value = (body.get(section) or {}).get(field)
        if value is not None:
            if not isinstance(value, int) or value < 0:
                raise bad(f"{section}.{field} must be a non-negative integer.")
            override[field] = value
    state.certificate_limits[owner] = override
    return Response.empty(200)


def set_rate_limits(state: SandboxState, req: Request) -> Response:
    """``POST /testdata/rate-limits``: the caller's context gets these limits, per group (``other`` covers every
    operation of that group, each still counted on its own)."""
    p = access(state, req)
    body = json_object(req, "rateLimits")
    limits = body["rateLimits"]
    if not isinstance(limits, dict):
        raise bad("rateLimits must be an object.")
    custom: dict[str, dict[str, int]] = {}
    for group, values in limits.items():
        if group not in groups():
            raise bad(f"rateLimits: unknown group {group!r}.")
        if not isinstance(values, dict) or any(
            not isinstance(values.get(name), int) or values[name] < 1 for name in DEFAULT_LIMITS
        ):
            raise bad(f"rateLimits.{group} needs perSecond, perMinute and perHour (positive integers).")
        custom[group] = {name: int(values[name]) for name in DEFAULT_LIMITS}
    state.custom_rate_limits[_context(p)] = custom
    return Response.empty(200)


def reset_rate_limits(state: SandboxState, req: Request) -> Response:
    """``DELETE /testdata/rate-limits`` and ``POST /testdata/rate-limits/production``: the spec's limits again
    (TEST's defaults equal production's since API 2.5.0, ``api-changelog.md``)."""
    p = access(state, req)
    state.custom_rate_limits.pop(_context(p), None)
    return Response.empty(200)
