"""The one point where httpx's network exceptions become ksef_sdk's :class:`~ksef_sdk.errors.TransportError`."""

from __future__ import annotations

import httpx

from ksef_sdk.errors import OutcomeUnknownError, RequestNotSentError, TransportError

__all__ = ["NOT_SENT", "safe_url", "transport_error"]

NOT_SENT: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
    httpx.ProxyError,
)
"""httpx failures that happen before any byte of the request leaves: the request had no effect."""


def safe_url(url: httpx.URL | str) -> str:
    """The URL without query string or fragment (pre-signed URLs carry their signature there)."""
    parsed = httpx.URL(url) if isinstance(url, str) else url
    return str(parsed.copy_with(query=None, fragment=None))


def transport_error(exc: httpx.TransportError, method: str, url: httpx.URL | str) -> TransportError:
    """The typed error for ``exc`` (to be raised ``from exc``): not sent, or outcome unknown."""
    where = f"{method} {safe_url(url)}"
    reason = type(exc).__name__
    detail = str(exc).strip()
    if detail and len(detail) < 200:
        reason += f": {detail}"
    if isinstance(exc, NOT_SENT):
        return RequestNotSentError(f"{where} was not sent ({reason})", method=method, url=safe_url(url), cause=exc)
    return OutcomeUnknownError(
        f"{where}: no complete answer ({reason}); KSeF may or may not have acted on it",
        method=method,
        url=safe_url(url),
        cause=exc,
    )
