"""The ksef_sdk exception hierarchy and the one place that turns KSeF error responses into it.

::

    KsefError                         every error ksef_sdk raises
    ├── ConfigurationError            bad options or arguments, found before anything is sent (also ValueError)
    ├── AuthenticationRequiredError   no usable tokens: refresh failed / none given, no authenticator
    └── KsefApiError                  a non-2xx response (status, method, url, reference numbers, body)
        ├── BadRequestError           400: ``errors`` = [ErrorDetail(code, description, details)]
        ├── UnauthorizedError         401
        ├── ForbiddenError            403: ``reason_code``, ``security``
        ├── GoneError                 410
        ├── RateLimitError            429: ``retry_after`` seconds, exactly as the server sent it
        ├── ServerError               5xx
        │   └── GatewayError          5xx whose body is not KSeF JSON (a proxy's HTML page)
        └── UnexpectedResponseError   undocumented status or a non-JSON body (also base of GatewayError)

KSeF answers errors in two shapes (PROTOCOL §10): the legacy ``ExceptionResponse`` /
``TooManyRequestsResponse`` JSON (``application/json``) and RFC 9457 problem details
(``application/problem+json``). :func:`error_from_response` reads both, tolerating ``null`` anywhere
and timestamps without offset or with 7 fractional digits.

The exception-code catalogue (:func:`exception_code`) is derived from the spec's per-operation 400 tables
at generation time (``ksef_api._tables.EXCEPTION_CODES``); :class:`Code` names the well-known ones::

    try:
        ...
    except BadRequestError as err:
        if err.has_code(Code.VALIDATION):
            ...

This module does not import httpx or ksef_api at import time (``import ksef_sdk`` stays fast).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, overload

if TYPE_CHECKING:
    import httpx
    from ksef_api.types import Response

__all__ = [
    "AuthenticationRequiredError",
    "BadRequestError",
    "Code",
    "CodeInfo",
    "ConfigurationError",
    "ErrorDetail",
    "ForbiddenError",
    "GatewayError",
    "GoneError",
    "KsefApiError",
    "KsefError",
    "KsefSystemWarning",
    "RateLimitError",
    "ServerError",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "error_from_response",
    "exception_code",
    "exception_codes",
    "raise_for_status",
    "unwrap",
]


class KsefError(Exception):
    """Base class of every ksef_sdk error."""


class ConfigurationError(KsefError, ValueError):
    """Invalid client configuration or arguments, detected before anything is sent."""


class AuthenticationRequiredError(KsefError):
    """The client holds no usable token and has no authenticator to get new ones.

    Raised before a request is sent when no tokens were given, or when refreshing the access token
    failed (expired or revoked refresh token: 400/21301 or 401). ``error`` is the refresh call's error.
    """

    def __init__(self, message: str, *, error: KsefApiError | None = None) -> None:
        super().__init__(message)
        self.error = error


class KsefSystemWarning(UserWarning):
    """An ``X-System-Warning`` item of a successful KSeF response (``[code]: message``)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}]: {message}")
        self.code = code
        self.message = message


class Code(enum.IntEnum):
    """Well-known KSeF exception codes (the full catalogue: :func:`exception_codes`)."""

    INVALID_CHALLENGE = 21111
    SESSION_INVOICE_LIMIT = 21155
    INVOICE_NOT_FOUND = 21164
    INVOICE_NOT_YET_AVAILABLE = 21165
    SESSION_NOT_FOUND = 21173
    UPO_NOT_FOUND = 21178
    SESSION_STATUS = 21180
    EXPORT_LIMIT = 21182
    NOT_AUTHORIZED = 21301
    """Tokens already redeemed, status does not allow it, or KSeF token revoked."""
    AUTH_OPERATION_NOT_FOUND = 21304
    XSD_VIOLATION = 21401
    INVALID_FILE_SIZE = 21402
    INVALID_FILE_HASH = 21403
    VALIDATION = 21405
    INVALID_CONTINUATION_TOKEN = 21418
    UNKNOWN_PUBLIC_KEY = 21470


@dataclass(frozen=True)
class CodeInfo:
    """One catalogue entry: the spec's (Polish) description, detail templates and documenting operations."""

    code: int
    description: str
    details: tuple[str, ...]
    operations: tuple[str, ...]


_CATALOGUE: dict[int, CodeInfo] | None = None


def exception_codes() -> Mapping[int, CodeInfo]:
    """The exception-code catalogue derived from the spec (code → :class:`CodeInfo`)."""
    global _CATALOGUE  # noqa: PLW0603 - built once, lazily (ksef_api imports httpx)
    if _CATALOGUE is None:
        from ksef_api._tables import EXCEPTION_CODES

        _CATALOGUE = {
            code: CodeInfo(
                code=code,
                description=str(entry.get("description", "")),
                details=tuple(entry.get("details", ())),
                operations=tuple(entry.get("operations", ())),
            )
            for code, entry in EXCEPTION_CODES.items()
        }
    return _CATALOGUE


def exception_code(code: int) -> CodeInfo | None:
    """The catalogue entry of ``code``, or ``None`` when the spec does not document it."""
    return exception_codes().get(int(code))


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


_STATUS_CLASSES: dict[int, type[KsefApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    410: GoneError,
    429: RateLimitError,
}

_TIMESTAMP = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?\s*$"
)


def parse_timestamp(value: object) -> dt.datetime | None:
    """A timezone-aware datetime from KSeF's ISO-ish text, or ``None``.

    Tolerates 7+ fractional digits (truncated to microseconds) and a missing offset (read as UTC,
    which is what KSeF documents for error timestamps).
    """
    if not isinstance(value, str):
        return None
    m = _TIMESTAMP.match(value)
    if not m:
        return None
    year, month, day, hour, minute, second, fraction, offset = m.groups()
    tz = dt.timezone.utc
    if offset and offset not in ("Z", "z"):
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) >= 4 else 0)
        tz = dt.timezone(sign * dt.timedelta(minutes=minutes))
    try:
        return dt.datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=tz,
        )
    except ValueError:
        return None


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: KSeF sends an integer; an HTTP date is accepted too."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.timezone.utc)
        return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())
    return seconds if seconds >= 0 else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def _strings(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value if v is not None)
    return ()


def _int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _details_from(items: object, code_key: str, description_key: str) -> list[ErrorDetail]:
    out: list[ErrorDetail] = []
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict):
                out.append(
                    ErrorDetail(
                        code=_int(item.get(code_key)),
                        description=_str(item.get(description_key)) or "",
                        details=_strings(item.get("details")),
                    )
                )
    return out


def _fields_from_json(data: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for the error classes from a legacy or problem-details body."""
    fields: dict[str, Any] = {}
    exception = data.get("exception")
    if isinstance(exception, dict):  # legacy ExceptionResponse
        fields["errors"] = _details_from(exception.get("exceptionDetailList"), "exceptionCode", "exceptionDescription")
        fields["reference_number"] = _str(exception.get("referenceNumber"))
        fields["service_code"] = _str(exception.get("serviceCode"))
        fields["timestamp"] = parse_timestamp(exception.get("timestamp"))
        return fields
    status = data.get("status")
    if isinstance(status, dict):  # legacy TooManyRequestsResponse
        fields["title"] = _str(status.get("description"))
        fields["detail"] = "; ".join(_strings(status.get("details"))) or None
        return fields
    # application/problem+json (RFC 9457 + KSeF extensions)
    fields["title"] = _str(data.get("title"))
    fields["detail"] = _str(data.get("detail"))
    fields["instance"] = _str(data.get("instance"))
    fields["trace_id"] = _str(data.get("traceId"))
    fields["timestamp"] = parse_timestamp(data.get("timestamp"))
    fields["errors"] = _details_from(data.get("errors"), "code", "description")
    fields["reference_number"] = _str(data.get("referenceNumber"))
    reason = _str(data.get("reasonCode"))
    security = data.get("security")
    if reason is not None or isinstance(security, dict):
        fields["reason_code"] = reason
        fields["security"] = security if isinstance(security, dict) else None
    return fields


def _excerpt(body: bytes, limit: int = 200) -> str:
    text = body[: limit * 4].decode("utf-8", errors="replace")
    text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text[:limit] + ("…" if len(text) > limit else "")


def _message(status: int, reason: str, method: str | None, url: str | None, fields: dict[str, Any]) -> str:
    head = f"{status} {reason}".strip()
    if method and url:
        head += f" on {method} {url}"
    parts: list[str] = [str(e) for e in fields.get("errors", ())]
    if not parts:
        parts = [p for p in (fields.get("title"), fields.get("detail")) if p]
        if len(parts) == 2 and parts[0] == parts[1]:
            parts = parts[:1]
    if fields.get("reason_code"):
        parts.append(f"reason {fields['reason_code']}")
    ids = [
        f"{label} {fields[key]}"
        for key, label in (("trace_id", "traceId"), ("reference_number", "ref"))
        if fields.get(key)
    ]
    text = head + (": " + "; ".join(parts) if parts else "")
    return text + (f" ({', '.join(ids)})" if ids else "")


def build_error(
    status_code: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    method: str | None = None,
    url: str | None = None,
    response: httpx.Response | None = None,
) -> KsefApiError:
    """The typed error for one non-2xx answer given as parts (see :func:`error_from_response`)."""
    from http import HTTPStatus

    lowered = {k.lower(): v for k, v in headers.items()}
    media_type = lowered.get("content-type", "").split(";")[0].strip().lower()
    try:
        reason = HTTPStatus(status_code).phrase
    except ValueError:
        reason = ""
    retry_after = parse_retry_after(lowered.get("retry-after"))
    common: dict[str, Any] = {
        "status_code": status_code,
        "method": method,
        "url": url,
        "headers": headers,
        "body": body,
        "response": response,
    }

    data: object = None
    is_json = media_type == "application/json" or media_type.endswith("+json")
    if is_json and body.strip():
        try:
            data = json.loads(body)
        except ValueError:
            is_json = False
    if is_json and not body.strip():
        data = {}

    known = _STATUS_CLASSES.get(status_code) or (ServerError if 500 <= status_code < 600 else None)
    if not is_json or not isinstance(data, dict):
        # Not KSeF JSON: an HTML gateway page, plain text, an empty non-JSON answer...
        cls: type[KsefApiError]
        if status_code == 429:
            cls = RateLimitError
        elif 500 <= status_code < 600:
            cls = GatewayError
        elif known is not None and not body.strip():
            cls = known
        else:
            cls = UnexpectedResponseError
        fields: dict[str, Any] = {}
        message = _message(status_code, reason, method, url, fields)
        if body.strip():
            message += f" [{media_type or 'no content type'}: {_excerpt(body)}]"
        if cls is RateLimitError:
            return RateLimitError(message, retry_after=retry_after, **common)
        return cls(message, **common)

    fields = _fields_from_json(data)
    message = _message(status_code, reason, method, url, fields)
    cls = known or UnexpectedResponseError
    if cls is ForbiddenError:
        return ForbiddenError(message, **common, **fields)
    fields.pop("reason_code", None)
    fields.pop("security", None)
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, **common, **fields)
    return cls(message, **common, **fields)


def _safe_url(url: httpx.URL) -> str:
    return str(url.copy_with(query=None, fragment=None))


def error_from_response(response: httpx.Response) -> KsefApiError:
    """The typed error for a non-2xx ``httpx.Response`` (reads the body if it was not read yet)."""
    import httpx

    try:
        body = response.content
    except httpx.ResponseNotRead:  # a streamed response: read it (sync) now
        body = response.read()
    try:
        request = response.request
    except RuntimeError:
        method = url = None
    else:
        method, url = request.method, _safe_url(request.url)
    return build_error(response.status_code, response.headers, body, method=method, url=url, response=response)


def raise_for_status(response: httpx.Response) -> None:
    """Raise the typed error when ``response`` is not 2xx."""
    if not 200 <= response.status_code < 300:
        raise error_from_response(response)


T = TypeVar("T")
S = TypeVar("S")


@overload
def unwrap(response: Response[T]) -> T: ...
@overload
def unwrap(response: Response[Any], expected: type[S]) -> S: ...
def unwrap(response: Response[Any], expected: type[Any] | None = None) -> Any:
    """The parsed success model of a generated ``*_detailed`` call, or the typed error raised.

    With ``expected``, the parsed model is also checked to be of that type (a typed result for mypy)::

        challenge = unwrap(post_auth_challenge.sync_detailed(client=c), AuthenticationChallengeResponse)

    A 204/no-content success returns ``None``.
    """
    status = int(response.status_code)
    if not 200 <= status < 300:
        raise build_error(status, dict(response.headers), response.content)
    parsed = response.parsed
    if expected is not None and not isinstance(parsed, expected):
        raise UnexpectedResponseError(
            f"{status}: expected {expected.__name__}, got {type(parsed).__name__}",
            status_code=status,
            headers=dict(response.headers),
            body=response.content,
        )
    return parsed
