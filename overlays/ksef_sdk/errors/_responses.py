"""The one place that turns a KSeF answer into the typed error (both error formats)."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ksef_sdk.errors._api import (
    STATUS_CLASSES,
    ErrorDetail,
    ForbiddenError,
    GatewayError,
    KsefApiError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from ksef_sdk.errors._time import parse_retry_after, parse_timestamp

if TYPE_CHECKING:
    import httpx
    from ksef_api.types import Response


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

    known = STATUS_CLASSES.get(status_code) or (ServerError if 500 <= status_code < 600 else None)
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
