"""Errors of answers: a response KSeF (or something in front of it) gave that is not the success the spec promises."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ksef_sdk.errors._base import KsefError
from ksef_sdk.errors._codes import CodeInfo, exception_code

if TYPE_CHECKING:
    import httpx


@dataclass(frozen=True)
class ErrorDetail:
    """One item of a 400 error list: legacy ``exceptionDetailList`` or problem-details ``errors``."""

    code: int | None
    description: str
    details: tuple[str, ...] = ()

    @property
    def info(self) -> CodeInfo | None:
        """The catalogue entry of this code."""
        return None if self.code is None else exception_code(self.code)

    def __str__(self) -> str:
        text = f"[{self.code}] {self.description}" if self.code is not None else self.description
        if self.details:
            text += ": " + "; ".join(self.details)
        return text


class KsefApiError(KsefError):
    """KSeF (or something in front of it) answered with a non-2xx status.

    ``method``/``url`` are ``None`` when built from a generated ``Response`` (which keeps no request).
    ``body`` is the raw response body. Secrets never appear here: the request headers are not kept.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str | None = None,
        url: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
        errors: Iterable[ErrorDetail] = (),
        title: str | None = None,
        detail: str | None = None,
        instance: str | None = None,
        reference_number: str | None = None,
        trace_id: str | None = None,
        service_code: str | None = None,
        timestamp: dt.datetime | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.method = method
        self.url = url
        self.headers: dict[str, str] = dict(headers or {})
        self.body = body
        self.errors: tuple[ErrorDetail, ...] = tuple(errors)
        self.title = title
        self.detail = detail
        self.instance = instance
        self.reference_number = reference_number
        self.trace_id = trace_id
        self.service_code = service_code
        self.timestamp = timestamp
        self.response = response

    @property
    def codes(self) -> tuple[int, ...]:
        """The KSeF exception codes of this error (empty when none were sent)."""
        return tuple(e.code for e in self.errors if e.code is not None)

    def has_code(self, *codes: int) -> bool:
        """True when any of ``codes`` is among this error's exception codes."""
        wanted = {int(c) for c in codes}
        return any(c in wanted for c in self.codes)


class BadRequestError(KsefApiError):
    """400: the request was rejected; ``errors`` lists ``code, description, details``."""


class UnauthorizedError(KsefApiError):
    """401: missing, invalid or expired bearer token."""


class ForbiddenError(KsefApiError):
    """403: ``reason_code`` (e.g. ``missing-permissions``) and ``security`` (reason-dependent data)."""

    def __init__(
        self, message: str, *, reason_code: str | None = None, security: Mapping[str, Any] | None = None, **kw: Any
    ) -> None:
        super().__init__(message, **kw)
        self.reason_code = reason_code
        self.security: dict[str, Any] = dict(security or {})


class GoneError(KsefApiError):
    """410: the resource (e.g. an expired operation) is no longer available."""


class RateLimitError(KsefApiError):
    """429: ``retry_after`` is the server's ``Retry-After`` in seconds (``None`` when absent)."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(KsefApiError):
    """5xx from KSeF or a gateway in front of it."""


class UnexpectedResponseError(KsefApiError):
    """A status the spec does not document, or a body that is not KSeF JSON (e.g. an HTML page)."""


class GatewayError(ServerError, UnexpectedResponseError):
    """A 5xx whose body is not KSeF JSON, typically a load balancer's HTML page (502/503/504)."""


STATUS_CLASSES: dict[int, type[KsefApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    410: GoneError,
    429: RateLimitError,
}


class AuthenticationRequiredError(KsefError):
    """The client holds no usable token and has no authenticator to get new ones.

    Raised before a request is sent when no tokens were given, or when refreshing the access token
    failed (expired or revoked refresh token: 400/21301 or 401). ``error`` is the refresh call's error.
    """

    def __init__(self, message: str, *, error: KsefApiError | None = None) -> None:
        super().__init__(message)
        self.error = error
