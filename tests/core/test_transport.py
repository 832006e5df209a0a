"""Retry table, Retry-After, rate-limit spacing, system warnings and secret-free logging (fake clock, no waiting)."""

from __future__ import annotations

import logging

import httpx
import pytest
from ksef_sdk.errors import (
    AuthenticationRequiredError,
    ConfigurationError,
    KsefSystemWarning,
    OutcomeUnknownError,
    RateLimitError,
    RequestNotSentError,
    TransportError,
)
from ksef_sdk.http import (
    RateLimiter,
    RetryClass,
    RetryPolicy,
    Token,
    _routes,
    build_client,
    build_public_client,
    parse_system_warnings,
    retry_class,
)

from .conftest import BASE, SECRETS, FakeClock, pair, utc

REF = "20250625-SO-2C3E6C8000-B4B3C8BA3C-48"
INV = "20250625-EE-319D7EE000-B67F415CDC-2C"

Outcome = int | type[Exception]


def success_status(method: str, path: str) -> int:
    op = _routes.match(method, path)
    return min(op.success) if op is not None and op.success else 200


def scripted(outcomes: list[Outcome], seen: list[httpx.Request]) -> httpx.MockTransport:
    """Answers with the given statuses / raises the given transport errors in order, then the
    operation's documented success."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        step = outcomes.pop(0) if outcomes else success_status(request.method, request.url.path.removeprefix("/v2"))
        if isinstance(step, type):
            raise step("scripted failure", request=request)
        headers = {"Retry-After": "3"} if step == 429 else {}
        return httpx.Response(step, headers=headers, json={"title": str(step)})

    return httpx.MockTransport(handler)


def run(method: str, path: str, outcomes: list[Outcome], clock: FakeClock) -> tuple[int | str, int]:
    """(final status or exception name, number of attempts) for one request through the retry stack."""
    seen: list[httpx.Request] = []
    client = build_client(
        BASE,
        tokens=pair(),
        authentication_token=Token("authentication-token", utc(600)),
        transport=scripted(list(outcomes), seen),
        retry=RetryPolicy(max_retries=2, random=lambda: 0.0),
        rate_limits=False,
        raise_on_error=False,
        sleep=clock.sleep,
    )
    with client:
        try:
            result: int | str = client.get_httpx_client().request(method, path, json={}).status_code
        except TransportError as exc:  # the client's one conversion point: the cause is kept
            result = type(exc.cause).__name__
    return result, len(seen)


SAFE_CASES = [
    ("GET", f"/sessions/{REF}"),
    ("GET", f"/sessions/{REF}/invoices/{INV}/upo"),
    ("DELETE", "/auth/sessions/current"),
    ("POST", "/invoices/query/metadata"),
    ("POST", "/permissions/query/personal/grants"),
    ("POST", "/auth/token/refresh"),
    ("POST", "/certificates/retrieve"),
]
NOT_SAFE_CASES = [
    ("POST", "/auth/token/redeem"),
    ("POST", f"/sessions/batch/{REF}/close"),
    ("POST", f"/sessions/online/{REF}/invoices"),
    ("POST", "/sessions/online"),
    ("POST", "/invoices/exports"),
    ("POST", "/auth/ksef-token"),
]


@pytest.mark.parametrize(("method", "path"), SAFE_CASES)
@pytest.mark.parametrize("failure", [502, 503, 504, httpx.ReadTimeout, httpx.ConnectError, httpx.RemoteProtocolError])
def test_safe_requests_are_retried(method: str, path: str, failure: Outcome, clock: FakeClock) -> None:
    assert run(method, path, [failure], clock) == (success_status(method, path), 2)
    assert clock.sleeps == [0.5]  # backoff_base * 2**0, no jitter with random=0


@pytest.mark.parametrize(("method", "path"), NOT_SAFE_CASES)
@pytest.mark.parametrize("failure", [502, 503, 504, httpx.ReadTimeout, httpx.RemoteProtocolError])
def test_unsafe_requests_are_not_repeated_after_5xx_or_timeouts(
    method: str, path: str, failure: Outcome, clock: FakeClock
) -> None:
    expected = failure if isinstance(failure, int) else failure.__name__
    assert run(method, path, [failure], clock) == (expected, 1)
    assert clock.sleeps == []


@pytest.mark.parametrize(("method", "path"), SAFE_CASES + NOT_SAFE_CASES)
@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_requests_that_never_left_are_repeated_for_every_operation(
    method: str, path: str, failure: Outcome, clock: FakeClock
) -> None:
    assert run(method, path, [failure], clock) == (success_status(method, path), 2)


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (httpx.ConnectError, RequestNotSentError),
        (httpx.PoolTimeout, RequestNotSentError),
        (httpx.ReadTimeout, OutcomeUnknownError),
        (httpx.RemoteProtocolError, OutcomeUnknownError),
        (httpx.WriteError, OutcomeUnknownError),
    ],
)
def test_network_failures_after_retries_are_typed(failure: type[Exception], error: type[TransportError]) -> None:
    client = build_client(BASE, tokens=pair(), transport=scripted([failure] * 10, []), retry=False, rate_limits=False)
    with client, pytest.raises(error) as caught:
        client.get_httpx_client().post(f"/sessions/online/{REF}/invoices", json={})
    assert isinstance(caught.value.cause, failure) and caught.value.__cause__ is caught.value.cause
    assert caught.value.maybe_processed is (error is OutcomeUnknownError)
    assert REF in str(caught.value) and "Bearer" not in str(caught.value)


@pytest.mark.parametrize(("method", "path"), SAFE_CASES + NOT_SAFE_CASES)
def test_every_operation_is_repeated_after_429_with_retry_after(method: str, path: str, clock: FakeClock) -> None:
    assert run(method, path, [429, 429], clock) == (success_status(method, path), 3)
    assert clock.sleeps == [3.0, 3.0]


def test_client_errors_are_never_retried(clock: FakeClock) -> None:
    assert run("GET", f"/sessions/{REF}", [400], clock) == (400, 1)
    assert run("GET", f"/sessions/{REF}", [404], clock) == (404, 1)


def test_retries_stop_after_max_retries(clock: FakeClock) -> None:
    assert run("GET", f"/sessions/{REF}", [503, 503, 503, 503], clock) == (503, 3)
    assert run("GET", f"/sessions/{REF}", [httpx.ReadTimeout] * 4, clock) == ("ReadTimeout", 3)


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = RetryPolicy(backoff_base=1.0, backoff_max=5.0, jitter=0.5, random=lambda: 1.0)
    assert [policy.backoff(n) for n in range(5)] == [0.5, 1.0, 2.0, 2.5, 2.5]
    assert RetryPolicy(backoff_base=1.0, random=lambda: 0.0).backoff(2) == 4.0


def test_retry_table_covers_known_operations() -> None:
    from ksef_api._tables import OPERATIONS

    classes = {op["key"]: retry_class(op["method"], op["key"]) for op in OPERATIONS}
    assert classes["POST /auth/token/redeem"] is RetryClass.RATE_LIMIT_ONLY
    assert classes["POST /sessions/batch/{referenceNumber}/close"] is RetryClass.RATE_LIMIT_ONLY
    assert classes["POST /sessions/online/{referenceNumber}/invoices"] is RetryClass.RATE_LIMIT_ONLY
    assert classes["POST /auth/challenge"] is RetryClass.SAFE
    assert all(c is RetryClass.SAFE for k, c in classes.items() if k.startswith(("GET ", "DELETE ")))
    assert all(c is RetryClass.SAFE for k, c in classes.items() if "/query/" in k or k.endswith("/query"))


def test_retry_after_honoured_and_error_keeps_real_value(clock: FakeClock) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return httpx.Response(429, headers={"Retry-After": "7"}, json={"status": {"code": 429}})
        return httpx.Response(429, headers={"Retry-After": "120"}, json={"status": {"code": 429, "details": ["x"]}})

    client = build_client(
        BASE,
        tokens=pair(),
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(max_retry_after=60),
        rate_limits=False,
        sleep=clock.sleep,
    )
    with client, pytest.raises(RateLimitError) as info:
        client.get_httpx_client().get(f"/sessions/{REF}")
    assert clock.sleeps == [7.0]  # waited the first Retry-After; 120 s exceeds the cap: not repeated
    assert info.value.retry_after == 120  # the server's value, not the cap
    assert len(calls) == 2


def test_429_without_retry_after_backs_off(clock: FakeClock) -> None:
    statuses = [429]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(statuses.pop(0) if statuses else 200, json={})

    client = build_client(
        BASE,
        tokens=pair(),
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(random=lambda: 0.0),
        rate_limits=False,
        sleep=clock.sleep,
    )
    with client:
        assert client.get_httpx_client().get("/sessions").status_code == 200
    assert clock.sleeps == [0.5]


def test_retry_off(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []
    client = build_client(
        BASE, tokens=pair(), transport=scripted([503], seen), retry=False, rate_limits=False, raise_on_error=False
    )
    with client:
        assert client.get_httpx_client().get("/sessions").status_code == 503
    assert len(seen) == 1


# --- rate limits -----------------------------------------------------------------------------------


def test_rate_limiter_spaces_a_burst(clock: FakeClock) -> None:
    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(clock.now - 1000.0)
        return httpx.Response(200, json={})

    # GET /sessions: 5/s, 10/min, 60/h in the spec
    client = build_client(
        BASE,
        tokens=pair(),
        transport=httpx.MockTransport(handler),
        retry=False,
        rate_limits=RateLimiter(clock=clock),
        sleep=clock.sleep,
    )
    with client:
        for _ in range(22):
            client.get_httpx_client().get("/sessions")
    assert sent_at == [0.0] * 5 + [1.0] * 5 + [60.0] * 5 + [61.0] * 5 + [120.0] * 2
    for t in sent_at:  # no 1-s window over 5, no 60-s window over 10
        assert sum(1 for s in sent_at if t <= s < t + 1) <= 5
        assert sum(1 for s in sent_at if t <= s < t + 60) <= 10


def test_rate_limit_groups_share_a_counter_and_overrides_apply(clock: FakeClock) -> None:
    limiter = RateLimiter(clock=clock, overrides={"onlineSession": {"perSecond": 2}, "GET /sessions": None})
    assert limiter.limits_for("POST /sessions/online/{referenceNumber}/close") == {"perSecond": 2}
    assert limiter.reserve("POST /sessions/online") == 0.0
    assert limiter.reserve("POST /sessions/online/{referenceNumber}/close") == 0.0
    assert limiter.reserve("POST /sessions/online") == 1.0  # third request of the group in the same second
    assert all(limiter.reserve("GET /sessions") == 0.0 for _ in range(100))  # lifted
    assert limiter.reserve("GET /invoices/ksef/{ksefNumber}") == 0.0  # other groups unaffected
    assert limiter.reserve(None) == 0.0


def test_bad_rate_limit_override_is_a_typed_error() -> None:
    with pytest.raises(ConfigurationError):
        RateLimiter(overrides={"GET /sessions": {"perDay": 3}})
    with pytest.raises(ConfigurationError):
        build_client(BASE, tokens=pair(), rate_limits={"GET /sessions": {"perSecond": 0}})


@pytest.mark.parametrize(
    ("method", "path", "key"),
    [
        ("GET", "/v2/auth/sessions", "GET /auth/sessions"),
        ("GET", "/v2/auth/20250514-AU-2DFC46C000-3AC6D5877F-D4", "GET /auth/{referenceNumber}"),
        ("GET", f"/v2/sessions/{REF}/invoices/failed", "GET /sessions/{referenceNumber}/invoices/failed"),
        (
            "GET",
            f"/v2/sessions/{REF}/invoices/{INV}",
            "GET /sessions/{referenceNumber}/invoices/{invoiceReferenceNumber}",
        ),
        ("DELETE", "/v2/auth/sessions/current", "DELETE /auth/sessions/current"),
        ("POST", "/v2/auth/token/redeem", "POST /auth/token/redeem"),
        ("GET", "/v2/nope", None),
    ],
)
def test_routes_literal_segments_win(method: str, path: str, key: str | None) -> None:
    op = _routes.operation_for(method, path, "/v2")
    assert (op.key if op else None) == key


def test_routes_extract_reference_numbers() -> None:
    op = _routes.operation_for("GET", f"/v2/sessions/{REF}/invoices/{INV}", "/v2")
    assert op is not None and op.params == {"referenceNumber": REF, "invoiceReferenceNumber": INV}


# --- system warnings and logging -------------------------------------------------------------------


def test_parse_system_warnings() -> None:
    assert parse_system_warnings("[W001]: Planned maintenance 16-18 | [X-2]: Deprecated field") == [
        ("W001", "Planned maintenance 16-18"),
        ("X-2", "Deprecated field"),
    ]
    assert parse_system_warnings("free text") == [("", "free text")]


def test_system_warnings_become_python_warnings_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"X-System-Warning": "[W001]: Planned maintenance | [W002]: Other"}, json={})

    client = build_public_client(BASE, transport=httpx.MockTransport(handler), rate_limits=False)
    caplog.set_level(logging.DEBUG, logger="ksef_sdk")
    with client, pytest.warns(KsefSystemWarning) as record:
        client.get_httpx_client().post("/auth/challenge")
    found = [(w.message.code, w.message.message) for w in record if isinstance(w.message, KsefSystemWarning)]
    assert found == [("W001", "Planned maintenance"), ("W002", "Other")]
    assert any("W001" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


def test_logs_describe_requests_and_never_contain_secrets(caplog: pytest.LogCaptureFixture, clock: FakeClock) -> None:
    from .test_auth import FakeKsef

    fake = FakeKsef(valid=("access-SECRET-NEW-bbbbbbbbbbbbbbbbbbb",))
    statuses = [503]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(f"/sessions/{REF}") and statuses:
            return httpx.Response(statuses.pop(), text="<html>busy</html>", headers={"content-type": "text/html"})
        return fake(request)

    caplog.set_level(logging.DEBUG)
    client = build_client(
        BASE,
        tokens=pair(),
        transport=httpx.MockTransport(handler),
        rate_limits=RateLimiter(clock=clock),
        sleep=clock.sleep,
    )
    errors: list[BaseException] = []
    with client:
        http = client.get_httpx_client()
        http.get(f"/sessions/{REF}")  # 503 → retry → 401 → refresh → 200
        fake.refresh_status = 401
        fake.valid = set()
        try:
            http.get(f"/sessions/{REF}")
        except AuthenticationRequiredError as exc:
            errors.append(exc)
    assert errors, "the second call must fail to refresh"
    records = [r for r in caplog.records if r.name.startswith(("ksef_sdk", "httpx"))]
    ours = [r for r in records if r.name == "ksef_sdk"]
    assert any(getattr(r, "ksef_status", None) == 200 and getattr(r, "ksef_references", None) for r in ours)
    assert any(r.getMessage().startswith(f"GET /v2/sessions/{REF} -> 503") for r in ours)
    assert any("retrying" in r.getMessage() for r in ours)
    texts = [r.getMessage() for r in records] + [repr(r.__dict__) for r in records]
    texts += [str(e) for e in errors] + [repr(e) for e in errors] + [str(getattr(e, "error", "")) for e in errors]
    for secret in SECRETS:
        assert not any(secret in t for t in texts), secret
