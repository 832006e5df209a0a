"""Typed errors from every error shape the spec documents (its own examples), plus odd real-world bodies."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from ksef_sdk.errors import (
    BadRequestError,
    Code,
    ForbiddenError,
    GatewayError,
    GoneError,
    KsefApiError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    UnexpectedResponseError,
    error_from_response,
    exception_code,
    exception_codes,
    parse_timestamp,
    raise_for_status,
    unwrap,
)

PROBLEM = "application/problem+json"
URL = "https://api-test.ksef.mf.gov.pl/v2/sessions/online?x=1"


def respond(status: int, body: Any, content_type: str = "application/json", **headers: str) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(
        status,
        content=content,
        headers={"content-type": content_type, **headers},
        request=httpx.Request("POST", URL),
    )


def test_legacy_400_from_spec_example(schema_example: Callable[[str], Any]) -> None:
    err = error_from_response(respond(400, schema_example("ExceptionResponse")))
    assert type(err) is BadRequestError
    assert err.status_code == 400
    assert err.method == "POST"
    assert err.url == "https://api-test.ksef.mf.gov.pl/v2/sessions/online"  # no query string
    assert err.codes == (12345,)
    assert err.errors[0].description == "Opis błędu."
    assert err.errors[0].details == ("Opcjonalne dodatkowe szczegóły błędu.",)
    assert err.reference_number == "a1b2c3d4-e5f6-4789-ab12-cd34ef567890"
    assert err.service_code == "00-c02cc3747020c605be02159bf3324f0e-eee7647dc67aa74a-00"
    # the example timestamp has no offset and 7 fractional digits
    assert err.timestamp == dt.datetime(2025, 10, 11, 12, 23, 56, 15430, tzinfo=dt.timezone.utc)
    assert "[12345] Opis błędu." in str(err)


def test_problem_400_from_spec_example(schema_example: Callable[[str], Any]) -> None:
    err = error_from_response(respond(400, schema_example("BadRequestProblemDetails"), PROBLEM))
    assert isinstance(err, BadRequestError)
    assert err.codes == (21405, 21157)
    assert err.has_code(Code.VALIDATION)
    assert err.has_code(99999, 21157)
    assert not err.has_code(Code.UNKNOWN_PUBLIC_KEY)
    assert err.trace_id == "673843e023c432286660bc0501a3af44"
    assert err.title == "Bad Request"
    assert err.timestamp is not None and err.timestamp.utcoffset() == dt.timedelta(0)
    assert err.errors[1].details == ("Rozmiar części 1 przekroczył dozwolony rozmiar 100MB.",)
    assert err.errors[0].info is not None and err.errors[0].info.code == 21405


def test_problem_401_from_spec_example(schema_example: Callable[[str], Any]) -> None:
    err = error_from_response(respond(401, schema_example("UnauthorizedProblemDetails"), PROBLEM))
    assert type(err) is UnauthorizedError
    assert err.detail == "Wymagane jest uwierzytelnienie."
    assert err.instance == "{{uri_path}}"


def test_problem_403_from_spec_example(schema_example: Callable[[str], Any]) -> None:
    err = error_from_response(respond(403, schema_example("ForbiddenProblemDetails"), PROBLEM))
    assert isinstance(err, ForbiddenError)
    assert err.reason_code == "missing-permissions"
    assert err.security == {
        "requiredAnyOfPermissions": ["InvoiceRead", "InvoiceWrite"],
        "presentPermissions": ["CredentialsRead"],
    }
    assert "missing-permissions" in str(err)


def test_problem_410_from_spec_response_example(spec: dict[str, Any]) -> None:
    example = spec["paths"]["/certificates/enrollments/{referenceNumber}"]["get"]["responses"]["410"]["content"][
        PROBLEM
    ]["example"]
    err = error_from_response(respond(410, example, PROBLEM))
    assert type(err) is GoneError
    assert err.detail == "Operacja wygasła i nie jest już dostępna."


@pytest.mark.parametrize(
    ("schema", "content_type"),
    [("TooManyRequestsResponse", "application/json"), ("TooManyRequestsProblemDetails", PROBLEM)],
)
def test_429_both_shapes_keep_retry_after(schema_example: Callable[[str], Any], schema: str, content_type: str) -> None:
    err = error_from_response(respond(429, schema_example(schema), content_type, **{"Retry-After": "30"}))
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 30
    assert "Przekroczono limit 20 żądań na minutę" in str(err)


def test_html_gateway_page_is_unexpected_and_server_error() -> None:
    page = (
        b"<html><head><title>502 Bad Gateway</title></head>"
        b"<body><center><h1>502 Bad Gateway</h1></center></body></html>"
    )
    err = error_from_response(respond(502, page, "text/html"))
    assert isinstance(err, GatewayError)
    assert isinstance(err, UnexpectedResponseError)
    assert isinstance(err, ServerError)
    assert err.body == page
    assert "502 Bad Gateway" in str(err)
    assert "<h1>" not in str(err)


def test_json_content_type_with_broken_body_is_unexpected() -> None:
    err = error_from_response(respond(400, b"{not json", "application/json"))
    assert type(err) is UnexpectedResponseError


def test_undocumented_status_is_unexpected() -> None:
    err = error_from_response(respond(418, {"title": "teapot"}, PROBLEM))
    assert type(err) is UnexpectedResponseError
    assert err.title == "teapot"


def test_nulls_everywhere_are_tolerated() -> None:
    body = {
        "exception": {
            "exceptionDetailList": [{"exceptionCode": 21405, "exceptionDescription": None, "details": None}, None],
            "referenceNumber": None,
            "serviceCode": None,
            "timestamp": None,
        }
    }
    err = error_from_response(respond(400, body))
    assert isinstance(err, BadRequestError)
    assert err.codes == (21405,)
    assert err.errors[0].details == ()
    assert err.reference_number is None and err.timestamp is None
    assert isinstance(error_from_response(respond(400, {"exception": None})), BadRequestError)
    assert isinstance(error_from_response(respond(400, {"title": None, "errors": None}, PROBLEM)), BadRequestError)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-10-11T12:23:56.0154302", dt.datetime(2025, 10, 11, 12, 23, 56, 15430, tzinfo=dt.timezone.utc)),
        ("2025-07-11T12:23:56.0154302+02:00", dt.datetime(2025, 7, 11, 10, 23, 56, 15430, tzinfo=dt.timezone.utc)),
        ("2025-07-11T12:23:56Z", dt.datetime(2025, 7, 11, 12, 23, 56, tzinfo=dt.timezone.utc)),
        ("2025-07-11 12:23", dt.datetime(2025, 7, 11, 12, 23, tzinfo=dt.timezone.utc)),
        ("0001-01-01T00:00:00", dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc)),
        ("yesterday", None),
        ("2025-13-45T00:00:00", None),
        (None, None),
    ],
)
def test_lenient_timestamps(text: str | None, expected: dt.datetime | None) -> None:
    assert parse_timestamp(text) == expected


def test_catalogue_is_derived_from_the_spec(spec: dict[str, Any]) -> None:
    catalogue = exception_codes()
    # every well-known code named in Code is documented in the spec's tables
    for code in Code:
        assert code in catalogue, code
    info = exception_code(21470)
    assert info is not None and info.operations
    assert exception_code(1) is None
    # codes appear in the operations' 400 descriptions of the spec itself
    described = json.dumps(spec["paths"])
    assert all(str(code) in described for code in catalogue)


def test_raise_for_status_only_on_non_2xx() -> None:
    raise_for_status(httpx.Response(204, request=httpx.Request("GET", URL)))
    with pytest.raises(KsefApiError):
        raise_for_status(respond(500, {"title": "boom"}, PROBLEM))


def test_unwrap_success_and_error() -> None:
    from ksef_api.models import AuthenticationChallengeResponse
    from ksef_api.types import Response

    model = AuthenticationChallengeResponse.from_dict(
        {
            "challenge": "20250514-CR-226FB7B000-3ACF9BE4C0-10",
            "timestamp": "2025-05-14T12:00:00+00:00",
            "timestampMs": 1,
            "clientIp": "127.0.0.1",
        }
    )
    ok = Response(status_code=httpx.codes.OK, content=b"{}", headers={}, parsed=model)
    assert unwrap(ok) is model
    assert unwrap(ok, AuthenticationChallengeResponse) is model
    with pytest.raises(UnexpectedResponseError):
        unwrap(ok, int)
    bad = Response(
        status_code=httpx.codes.BAD_REQUEST,
        content=json.dumps({"title": "Bad Request", "errors": [{"code": 21405, "description": "x"}]}).encode(),
        headers={"content-type": PROBLEM},
        parsed=None,
    )
    with pytest.raises(BadRequestError) as info:
        unwrap(bad)
    assert info.value.has_code(21405)
