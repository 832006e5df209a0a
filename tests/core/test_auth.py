"""BearerAuth: token kinds, refresh before expiry and after 401, single-flight, failed refresh, re-authentication."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import Counter
from typing import Any

import httpx
import pytest
from ksef_sdk.errors import AuthenticationRequiredError, UnauthorizedError, UnexpectedResponseError
from ksef_sdk.http import (
    BearerAuth,
    Token,
    TokenKind,
    TokenPair,
    build_async_client,
    build_client,
    get_auth,
    token_kind,
)

from .conftest import ACCESS, AUTH_TOKEN, BASE, NEW_ACCESS, REFRESH, pair, refresh_body, utc

PROBLEM = {"content-type": "application/problem+json"}


class FakeKsef:
    """A MockTransport handler: accepts ``valid`` access tokens, refreshes to NEW_ACCESS, counts calls."""

    def __init__(self, *, valid: tuple[str, ...] = (ACCESS, NEW_ACCESS), refresh_status: int = 200) -> None:
        self.valid = set(valid)
        self.refresh_status = refresh_status
        self.calls: Counter[str] = Counter()
        self.seen: list[tuple[str, str | None]] = []
        self.lock = threading.Lock()
        self.refresh_delay = 0.0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/v2")
        auth = request.headers.get("authorization")
        with self.lock:
            self.calls[path] += 1
            self.seen.append((path, auth))
        if path == "/auth/token/refresh":
            if self.refresh_delay:
                time.sleep(self.refresh_delay)  # widen the race window; nothing is timed
            if auth != f"Bearer {REFRESH}":
                return httpx.Response(401, headers=PROBLEM, json={"title": "Unauthorized", "status": 401})
            if self.refresh_status == 400:
                body = {
                    "title": "Bad Request",
                    "status": 400,
                    "errors": [{"code": 21301, "description": "Brak autoryzacji."}],
                }
                return httpx.Response(400, headers=PROBLEM, json=body)
            if self.refresh_status != 200:
                return httpx.Response(self.refresh_status, headers=PROBLEM, json={"title": "x"})
            return httpx.Response(200, json=refresh_body())
        if path in ("/auth/challenge", "/security/public-key-certificates"):
            return httpx.Response(200, json={"public": True, "auth": auth})
        if path.startswith("/auth/") and path != "/auth/sessions":
            return httpx.Response(200, json={"auth": auth})
        if auth is None or auth.removeprefix("Bearer ") not in self.valid:
            return httpx.Response(401, headers=PROBLEM, json={"title": "Unauthorized", "status": 401, "detail": "nope"})
        return httpx.Response(200, json={"ok": True, "auth": auth})


def client_for(fake: FakeKsef, tokens: TokenPair | None, **kw: Any) -> Any:
    return build_client(BASE, tokens=tokens, transport=httpx.MockTransport(fake), rate_limits=False, retry=False, **kw)


def test_token_kind_per_operation() -> None:
    assert token_kind("GET", "/v2/auth/20250514-AU-2DFC46C000-3AC6D5877F-D4", "/v2") is TokenKind.AUTHENTICATION
    assert token_kind("POST", "/v2/auth/token/redeem", "/v2") is TokenKind.AUTHENTICATION
    assert token_kind("POST", "/v2/auth/token/refresh", "/v2") is TokenKind.REFRESH
    assert token_kind("GET", "/v2/auth/sessions", "/v2") is TokenKind.ACCESS  # literal beats {referenceNumber}
    assert token_kind("POST", "/v2/auth/challenge", "/v2") is TokenKind.NONE
    assert token_kind("GET", "/v2/security/public-key-certificates", "/v2") is TokenKind.NONE
    assert token_kind("POST", "/v2/sessions/online", "/v2") is TokenKind.ACCESS


def test_each_request_gets_its_token_kind() -> None:
    fake = FakeKsef()
    with client_for(fake, pair(), authentication_token=Token(AUTH_TOKEN, utc(2700))) as client:
        http = client.get_httpx_client()
        assert http.get("/rate-limits").json()["auth"] == f"Bearer {ACCESS}"
        assert http.get("/auth/20250514-AU-2DFC46C000-3AC6D5877F-D4").json()["auth"] == f"Bearer {AUTH_TOKEN}"
        assert http.post("/auth/token/redeem").json()["auth"] == f"Bearer {AUTH_TOKEN}"
        assert http.post("/auth/challenge").json()["auth"] is None  # public: no token leaks there
    assert fake.calls["/auth/token/refresh"] == 0


def test_refresh_before_expiry() -> None:
    fake = FakeKsef()
    saved: list[TokenPair] = []
    with client_for(fake, pair(access_in=30), on_tokens=saved.append, refresh_margin=60) as client:
        response = client.get_httpx_client().get("/rate-limits")
    assert response.json()["auth"] == f"Bearer {NEW_ACCESS}"
    assert fake.calls["/auth/token/refresh"] == 1
    assert [p for p, _ in fake.seen] == ["/auth/token/refresh", "/rate-limits"]
    assert fake.seen[0][1] == f"Bearer {REFRESH}"
    assert len(saved) == 1 and saved[0].access.value == NEW_ACCESS and saved[0].refresh.value == REFRESH
    auth = get_auth(client)
    assert auth is not None and auth.tokens == saved[0]


def test_refresh_once_after_401_then_retry() -> None:
    fake = FakeKsef(valid=(NEW_ACCESS,))  # the server revoked ACCESS although it has not expired
    with client_for(fake, pair(access_in=900)) as client:
        response = client.get_httpx_client().get("/rate-limits")
    assert response.status_code == 200
    assert [p for p, _ in fake.seen] == ["/rate-limits", "/auth/token/refresh", "/rate-limits"]
    assert fake.calls["/auth/token/refresh"] == 1


def test_401_after_refresh_is_raised_not_looped() -> None:
    fake = FakeKsef(valid=())
    with client_for(fake, pair()) as client, pytest.raises(UnauthorizedError) as info:
        client.get_httpx_client().get("/rate-limits")
    assert info.value.detail == "nope"
    assert fake.calls["/rate-limits"] == 2
    assert fake.calls["/auth/token/refresh"] == 1


@pytest.mark.parametrize("status", [400, 401])
def test_failed_refresh_raises_typed_error(status: int) -> None:
    fake = FakeKsef(refresh_status=status)
    tokens = pair(access_in=0) if status == 400 else TokenPair(Token(ACCESS, utc(0)), Token("bad-refresh", utc(3600)))
    with client_for(fake, tokens) as client, pytest.raises(AuthenticationRequiredError) as info:
        client.get_httpx_client().get("/rate-limits")
    assert info.value.error is not None and info.value.error.status_code == status
    if status == 400:
        assert info.value.error.has_code(21301)
    assert fake.calls["/rate-limits"] == 0  # nothing sent with a stale token


def test_expired_refresh_token_raises_without_calling_ksef() -> None:
    fake = FakeKsef()
    with client_for(fake, pair(access_in=0, refresh_in=-1)) as client, pytest.raises(AuthenticationRequiredError):
        client.get_httpx_client().get("/rate-limits")
    assert sum(fake.calls.values()) == 0


def test_no_tokens_and_no_authenticator_is_a_typed_error() -> None:
    fake = FakeKsef()
    with client_for(fake, None) as client, pytest.raises(AuthenticationRequiredError):
        client.get_httpx_client().get("/rate-limits")
    assert sum(fake.calls.values()) == 0


def test_failed_refresh_reauthenticates_with_authenticator() -> None:
    fake = FakeKsef(refresh_status=400)
    calls: list[int] = []
    saved: list[TokenPair] = []

    def authenticator() -> TokenPair:
        calls.append(1)
        return pair(access=NEW_ACCESS)

    with client_for(fake, pair(access_in=0), authenticator=authenticator, on_tokens=saved.append) as client:
        response = client.get_httpx_client().get("/rate-limits")
    assert response.json()["auth"] == f"Bearer {NEW_ACCESS}"
    assert calls == [1]
    assert [t.access.value for t in saved] == [NEW_ACCESS]


def test_authenticator_used_when_starting_without_tokens() -> None:
    fake = FakeKsef()
    with client_for(fake, None, authenticator=pair) as client:
        assert client.get_httpx_client().get("/rate-limits").status_code == 200
    assert fake.calls["/auth/token/refresh"] == 0


def test_single_flight_100_threads() -> None:
    fake = FakeKsef()
    fake.refresh_delay = 0.05
    with client_for(fake, pair(access_in=0)) as client:
        http = client.get_httpx_client()
        barrier = threading.Barrier(100)
        results: list[int] = []
        errors: list[BaseException] = []

        def work() -> None:
            barrier.wait()
            try:
                results.append(http.get("/rate-limits").status_code)
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(100)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert not errors
    assert results == [200] * 100
    assert fake.calls["/auth/token/refresh"] == 1
    assert fake.calls["/rate-limits"] == 100


async def test_single_flight_100_tasks() -> None:
    fake = FakeKsef()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token/refresh"):
            await asyncio.sleep(0.01)  # let every task reach the lock; nothing is timed
        return fake(request)

    client = build_async_client(
        BASE, tokens=pair(access_in=0), transport=httpx.MockTransport(handler), rate_limits=False, retry=False
    )
    async with client:
        http = client.get_async_httpx_client()
        responses = await asyncio.gather(*(http.get("/rate-limits") for _ in range(100)))
    assert [r.status_code for r in responses] == [200] * 100
    assert fake.calls["/auth/token/refresh"] == 1
    assert all(r.json()["auth"] == f"Bearer {NEW_ACCESS}" for r in responses)


async def test_async_refresh_after_401_and_async_authenticator() -> None:
    fake = FakeKsef(valid=(NEW_ACCESS,), refresh_status=401)
    tokens = TokenPair(Token(ACCESS, utc(900)), Token("revoked-refresh", utc(3600)))
    calls: list[int] = []

    async def authenticator() -> TokenPair:
        calls.append(1)
        return pair(access=NEW_ACCESS)

    client = build_async_client(
        BASE, tokens=tokens, authenticator=authenticator, transport=httpx.MockTransport(fake), rate_limits=False
    )
    async with client:
        response = await client.get_async_httpx_client().get("/rate-limits")
    assert response.status_code == 200
    assert calls == [1]
    assert [p for p, _ in fake.seen] == ["/rate-limits", "/auth/token/refresh", "/rate-limits"]


def test_repr_never_shows_tokens() -> None:
    auth = BearerAuth(pair(), base_url=BASE, authentication_token=Token(AUTH_TOKEN, utc(60)))
    client = build_client(BASE, tokens=pair(), transport=httpx.MockTransport(FakeKsef()))
    for text in (repr(auth), str(auth), repr(client), repr(pair())):
        for secret in (ACCESS, REFRESH, AUTH_TOKEN):
            assert secret not in text


def test_a_malformed_refresh_answer_keeps_no_part_of_its_body(caplog: pytest.LogCaptureFixture) -> None:
    """A 200 to POST /auth/token/refresh without ``validUntil`` is an error - whose body would hold the new access
    token: the error, its message, repr and logs carry none of it."""
    leaked = "access-SECRET-LEAKED-ddddddddddddddddddd"

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token/refresh"):
            return httpx.Response(200, json={"accessToken": {"token": leaked}})
        return httpx.Response(401, headers=PROBLEM, json={"title": "Unauthorized", "status": 401})

    caplog.set_level(logging.DEBUG)
    client = build_client(BASE, tokens=pair(access_in=0), transport=httpx.MockTransport(handler), rate_limits=False)
    with client, pytest.raises(UnexpectedResponseError) as info:
        client.get_httpx_client().get("/rate-limits")
    error = info.value
    assert error.status_code == 200 and error.body == b""
    texts = [str(error), repr(error), repr(vars(error)), *(r.getMessage() for r in caplog.records)]
    assert not any(leaked in text for text in texts)
