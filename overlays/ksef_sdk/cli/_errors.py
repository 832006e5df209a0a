"""Exit codes of the ``ksef`` command and the one line an error is shown as.

Every failure ends the command with one readable line on stderr (``ksef: error: ...``) and a documented
exit code; a traceback only with ``--debug``. For a KSeF answer the line carries the KSeF exception code(s)
and description(s), e.g. ``ksef: error: KSeF 400: [21164] Faktura o podanym identyfikatorze nie istnieje.``
"""

from __future__ import annotations

import enum
from typing import Any

from ksef_sdk.errors import (
    AuthenticationFailedError,
    AuthenticationRequiredError,
    CertificateRequestError,
    CertificateStoreError,
    CertificateUsageError,
    ConfigurationError,
    CryptoError,
    ForbiddenError,
    InvalidAuthenticationRequestError,
    InvalidIdentifierError,
    InvoiceValidationError,
    KeyStoreError,
    KsefApiError,
    KsefError,
    PollTimeoutError,
    RateLimitError,
    SchemaNotAvailableError,
    ServerError,
    TransportError,
    UnauthorizedError,
    XadesError,
)

__all__ = ["ExitCode", "exit_code_of", "one_line"]


class ExitCode(enum.IntEnum):
    """The exit codes of every ``ksef`` command (the README's table)."""

    OK = 0
    """Everything done."""
    FAILED = 1
    """The command ran, but some items failed: an invoice rejected or invalid, a file not saved."""
    USAGE = 2
    """Bad arguments or configuration (unknown profile or environment, bad NIP or KSeF number, missing
    file or secret, no schemas, an unusable certificate or certificate file): found locally, nothing was
    sent."""
    AUTH = 3
    """Authentication failed or is not allowed (wrong or revoked token, certificate refused, 401/403)."""
    REJECTED = 4
    """KSeF refused the request (400, 404, 410...) or a workflow ended in a failure state."""
    UNAVAILABLE = 5
    """No usable answer: connection refused, timeout, 5xx, 429 beyond the waiting limit, polling gave up."""
    INTERRUPTED = 130
    """Interrupted (Ctrl-C)."""


_BY_CLASS: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], ExitCode], ...] = (
    (
        (
            ConfigurationError,
            InvalidIdentifierError,
            InvalidAuthenticationRequestError,
            SchemaNotAvailableError,
            XadesError,
            CryptoError,
            InvoiceValidationError,
            CertificateRequestError,  # a key, subject or name KSeF would not take: nothing was sent
            CertificateStoreError,  # a certificate file that cannot be read (wrong password...)
            CertificateUsageError,  # an Offline or expired certificate to log in: nothing was sent
            OSError,
        ),
        ExitCode.USAGE,
    ),
    ((AuthenticationFailedError, AuthenticationRequiredError, UnauthorizedError, ForbiddenError), ExitCode.AUTH),
    ((TransportError, ServerError, RateLimitError, PollTimeoutError, KeyStoreError), ExitCode.UNAVAILABLE),
    ((KsefError,), ExitCode.REJECTED),
)


def exit_code_of(exc: BaseException) -> ExitCode:
    """The exit code a failure ends the command with (:class:`ExitCode`)."""
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    # AuthenticationTimeoutError is both an authentication failure and a poll timeout: "unavailable" wins
    if isinstance(exc, PollTimeoutError):
        return ExitCode.UNAVAILABLE
    for classes, code in _BY_CLASS:
        if isinstance(exc, classes):
            return code
    return ExitCode.REJECTED


def _api_line(exc: KsefApiError) -> str:
    text = "; ".join(str(detail) for detail in exc.errors) if exc.errors else exc.detail or exc.title or str(exc)
    where = f" ({exc.method} {_path(exc.url)})" if exc.method and exc.url else ""
    extra = ""
    if isinstance(exc, RateLimitError) and exc.retry_after is not None:
        extra = f"; retry after {exc.retry_after:g} s"
    if isinstance(exc, ForbiddenError) and exc.reason_code:
        extra += f"; reason: {exc.reason_code}"
    return f"KSeF {exc.status_code}: {text}{extra}{where}"


def _path(url: str) -> str:
    import httpx

    try:
        return httpx.URL(url).path
    except Exception:
        return url


def _os_line(exc: OSError) -> str:
    what = exc.strerror or str(exc) or type(exc).__name__
    return f"{exc.filename}: {what}" if exc.filename is not None else what


def one_line(exc: BaseException) -> str:
    """A failure as one readable line: the KSeF code and description for KSeF's answers, never a repr."""
    if isinstance(exc, KsefApiError):
        text = _api_line(exc)
    elif isinstance(exc, OSError):
        text = _os_line(exc)
    elif isinstance(exc, KeyboardInterrupt):
        text = "interrupted"
    else:
        text = str(exc) or type(exc).__name__
    return " ".join(text.split())  # one line, whatever the message held


def describe(exc: BaseException) -> dict[str, Any]:
    """The failure for ``--json``: type, one-line message, exit code and, for KSeF answers, the codes."""
    data: dict[str, Any] = {"type": type(exc).__name__, "message": one_line(exc), "exitCode": int(exit_code_of(exc))}
    if isinstance(exc, KsefApiError):
        data["status"] = exc.status_code
        data["codes"] = list(exc.codes)
        data["errors"] = [
            {"code": e.code, "description": e.description, "details": list(e.details)} for e in exc.errors
        ]
    if isinstance(exc, AuthenticationFailedError):
        data["code"] = exc.code
    return data
