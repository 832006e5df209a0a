"""Client construction: defaults, raise_on_error with plain sync(), unwrap, async XML bodies, bearer_client."""

from __future__ import annotations

import io
import json

import httpx
import ksef_sdk
import pytest
from ksef_api import (
    AsyncAuthenticatedClient,
    AsyncClient,
    AuthenticatedClient,
    Client,
    SyncAuthenticatedClient,
    SyncClient,
)
from ksef_api.api.auth import post_auth_challenge, post_auth_xades_signature
from ksef_api.models import AuthenticationChallengeResponse
from ksef_api.types import File
from ksef_sdk.errors import BadRequestError, ConfigurationError, RateLimitError, unwrap
from ksef_sdk.http import (
    bearer_client,
    build_async_client,
    build_async_public_client,
    build_client,
    build_public_client,
    get_auth,
)

from .conftest import ACCESS, AUTH_TOKEN, BASE, FakeClock, pair

CHALLENGE = {
    "challenge": "20250514-CR-226FB7B000-3ACF9BE4C0-10",
    "timestamp": "2025-07-11T12:23:56.0154302+00:00",
    "timestampMs": 1752236636015,
    "clientIp": "127.0.0.1",
}
BAD = {"title": "Bad Request", "status": 400, "errors": [{"code": 21405, "description": "Błąd walidacji."}]}
XML = b'<?xml version="1.0" encoding="utf-8"?><AuthTokenRequest xmlns="http://ksef.mf.gov.pl/auth/token/2.0"/>'


def echo(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        if request.url.path.endswith("/auth/challenge"):
            return httpx.Response(200, json=CHALLENGE)
        if request.url.path.endswith("/auth/xades-signature"):
            return httpx.Response(400, headers={"content-type": "application/problem+json"}, json=BAD)
        return httpx.Response(200, json={})

    return httpx.MockTransport(handler)


def test_defaults_headers_and_timeout() -> None:
    seen: list[httpx.Request] = []
    client = build_public_client("test", transport=echo(seen), user_agent="my-erp/2.1")
    assert isinstance(client, SyncClient)
    with client:
        result = post_auth_challenge.sync(client=client)
        http = client.get_httpx_client()
        assert http.timeout.read == 30.0 and http.timeout.connect == 10.0
        assert str(http.base_url).rstrip("/") == "https://api-test.ksef.mf.gov.pl/v2"
    assert isinstance(result, AuthenticationChallengeResponse)
    request = seen[0]
    assert request.url == "https://api-test.ksef.mf.gov.pl/v2/auth/challenge"
    assert request.headers["user-agent"] == f"my-erp/2.1 ksef-sdk/{ksef_sdk.__version__}"
    assert request.headers["x-error-format"] == "problem-details"
    assert "authorization" not in request.headers


def test_bad_options_are_typed_errors() -> None:
    with pytest.raises(ConfigurationError):
        build_client(BASE, tokens=pair(), timeout=None)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        build_client(BASE, tokens=pair(), headers={"Authorization": "Bearer x"})
    with pytest.raises(ConfigurationError):
        build_client(BASE, tokens=pair(), retry="yes")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        bearer_client(build_public_client(BASE), "")


def test_raise_on_error_makes_plain_sync_raise() -> None:
    seen: list[httpx.Request] = []
    with build_public_client(BASE, transport=echo(seen)) as client, pytest.raises(BadRequestError) as info:
        post_auth_xades_signature.sync(client=client, body=File(payload=io.BytesIO(XML)))
    assert info.value.has_code(21405)
    assert info.value.method == "POST" and info.value.url == f"{BASE}/auth/xades-signature"


def test_without_raise_on_error_unwrap_raises() -> None:
    seen: list[httpx.Request] = []
    with build_public_client(BASE, transport=echo(seen), raise_on_error=False) as client:
        response = post_auth_xades_signature.sync_detailed(client=client, body=File(payload=io.BytesIO(XML)))
        assert response.status_code == 400
        with pytest.raises(BadRequestError):
            unwrap(response)
        ok = post_auth_challenge.sync_detailed(client=client)
        assert unwrap(ok, AuthenticationChallengeResponse).challenge == CHALLENGE["challenge"]


def test_sync_xml_body_is_replayed_on_429(clock: FakeClock) -> None:
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        if len(bodies) == 1:
            return httpx.Response(429, headers={"Retry-After": "1"}, json={"status": {"code": 429}})
        return httpx.Response(
            202, json={"referenceNumber": "x", "authenticationToken": {"token": "t", "validUntil": "x"}}
        )

    client = build_public_client(BASE, transport=httpx.MockTransport(handler), sleep=clock.sleep, rate_limits=False)
    with client:
        client.get_httpx_client().post("/auth/xades-signature", content=io.BytesIO(XML))
    assert bodies == [XML, XML]


async def test_async_client_accepts_sync_file_body() -> None:
    seen: list[httpx.Request] = []
    client = build_async_public_client(BASE, transport=echo(seen), raise_on_error=False)
    async with client:
        response = await post_auth_xades_signature.asyncio_detailed(client=client, body=File(payload=io.BytesIO(XML)))
    assert response.status_code == 400
    assert seen[0].content == XML
    assert seen[0].headers["content-type"] == "application/xml"


async def test_async_raise_on_error_and_plain_asyncio() -> None:
    seen: list[httpx.Request] = []
    client = build_async_public_client(BASE, transport=echo(seen))
    async with client:
        with pytest.raises(BadRequestError):
            await post_auth_xades_signature.asyncio(client=client, body=File(payload=io.BytesIO(XML)))
        challenge = await post_auth_challenge.asyncio(client=client)
    assert isinstance(challenge, AuthenticationChallengeResponse)


def test_bearer_client_shares_stack_and_sends_fixed_token(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []
    base = httpx.MockTransport(echo(seen).handler)
    closed: list[bool] = []
    base.close = lambda: closed.append(True)  # type: ignore[method-assign]
    main = build_client(BASE, tokens=pair(), transport=base, sleep=clock.sleep)
    fixed = bearer_client(main, AUTH_TOKEN)
    assert isinstance(fixed, SyncAuthenticatedClient)
    assert AUTH_TOKEN not in repr(fixed)
    fixed.get_httpx_client().get("/auth/20250514-AU-2DFC46C000-3AC6D5877F-D4")
    fixed.get_httpx_client().post("/auth/token/redeem")
    fixed.get_httpx_client().get("/rate-limits")  # fixed means fixed: no access token, no refresh
    main.get_httpx_client().get("/rate-limits")
    assert [r.headers["authorization"] for r in seen] == [f"Bearer {AUTH_TOKEN}"] * 3 + [f"Bearer {ACCESS}"]
    assert seen[0].headers["user-agent"].startswith("ksef-sdk/")
    fixed.get_httpx_client().close()
    assert closed == []  # the shared pool stays open
    main.get_httpx_client().close()
    assert closed == [True]
    assert get_auth(fixed) is None and get_auth(main) is not None


def test_bearer_client_shares_the_rate_limiter(clock: FakeClock) -> None:
    from ksef_sdk.http import RateLimiter

    sent_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent_at.append(clock.now)
        return httpx.Response(200, json={})

    limiter = RateLimiter(clock=clock, overrides={"POST /auth/token/redeem": {"perSecond": 1}})
    main = build_public_client(BASE, transport=httpx.MockTransport(handler), rate_limits=limiter, sleep=clock.sleep)
    bearer_client(main, AUTH_TOKEN).get_httpx_client().post("/auth/token/redeem")
    bearer_client(main, AUTH_TOKEN).get_httpx_client().post("/auth/token/redeem")
    assert sent_at[1] - sent_at[0] == 1.0


async def test_bearer_client_of_async_client_is_async() -> None:
    seen: list[httpx.Request] = []
    main = build_async_client(BASE, tokens=pair(), transport=echo(seen))
    fixed = bearer_client(main, AUTH_TOKEN)
    response = await fixed.get_async_httpx_client().post("/auth/token/redeem")
    assert response.status_code == 200
    assert seen[0].headers["authorization"] == f"Bearer {AUTH_TOKEN}"


def test_rate_limit_error_from_plain_sync_after_retries(clock: FakeClock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "2"}, json={"status": {"code": 429, "details": ["slow"]}})

    client = build_public_client(BASE, transport=httpx.MockTransport(handler), sleep=clock.sleep, rate_limits=False)
    with client, pytest.raises(RateLimitError) as info:
        post_auth_challenge.sync(client=client)
    assert info.value.retry_after == 2
    assert clock.sleeps == [2.0, 2.0, 2.0]


def test_public_api_is_lazy_and_complete() -> None:
    import subprocess
    import sys

    code = "import sys, ksef_sdk; print(json.dumps(['httpx' in sys.modules, 'ksef_api' in sys.modules]))"
    out = subprocess.run([sys.executable, "-c", "import json;" + code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [False, False]
    for name in ksef_sdk.__all__:
        assert getattr(ksef_sdk, name) is not None, name


def test_without_typed_errors_the_legacy_error_format_is_requested() -> None:
    """The generated parsers read 400/429 as the legacy JSON: a raise_on_error=False client gets that."""
    from ksef_api.models import TooManyRequestsResponse
    from ksef_sdk.errors import UnexpectedResponseError

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if "x-error-format" in request.headers:
            body = {"title": "Too Many Requests", "status": 429, "detail": "slow down"}
            return httpx.Response(429, headers={"content-type": "application/problem+json"}, json=body)
        legacy = {"status": {"code": 429, "description": "Too Many Requests", "details": ["slow down"]}}
        return httpx.Response(429, headers={"Retry-After": "1"}, json=legacy)

    client = build_public_client("test", transport=httpx.MockTransport(handler), raise_on_error=False, retry=False)
    with client:
        response = post_auth_challenge.sync_detailed(client=client)
    assert "x-error-format" not in seen[0].headers
    assert isinstance(response.parsed, TooManyRequestsResponse)
    assert response.parsed.status.details == ["slow down"]
    explicit = build_public_client(
        "test", transport=httpx.MockTransport(handler), raise_on_error=False, problem_details=True, retry=False
    )
    # what the default avoids: the generated 429 parser given problem+json (a typed error, not a raw TypeError)
    with explicit, pytest.raises(UnexpectedResponseError) as caught:
        post_auth_challenge.sync_detailed(client=explicit)
    assert isinstance(caught.value.__cause__, TypeError)


def test_client_kinds_follow_sync_async_and_raise_on_error() -> None:
    """The builders return ksef_api's raising kinds (typed as such), the stock classes without typed errors."""
    sync_transport = echo([])
    async_transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    assert type(build_public_client("test", transport=sync_transport)) is SyncClient
    assert type(build_async_public_client("test", transport=async_transport)) is AsyncClient
    main = build_client(BASE, tokens=pair(), transport=sync_transport)
    assert type(main) is SyncAuthenticatedClient
    assert type(build_async_client(BASE, tokens=pair(), transport=async_transport)) is AsyncAuthenticatedClient
    async_public = build_async_public_client("test", transport=async_transport)
    assert type(bearer_client(async_public, "t")) is AsyncAuthenticatedClient
    plain = build_client(BASE, tokens=pair(), transport=sync_transport, raise_on_error=False)
    assert type(plain) is AuthenticatedClient
    plain_public = build_async_public_client("test", transport=async_transport, raise_on_error=False)
    assert type(plain_public) is Client
    assert type(bearer_client(plain_public, "t")) is AuthenticatedClient
    assert main.error_factory is ksef_sdk.errors.error_from_response  # the generated backstop raises the same errors


async def test_a_client_of_the_other_kind_is_refused_before_sending() -> None:
    from ksef_sdk.authentication import aauthenticate_with_ksef_token, authenticate_with_ksef_token

    seen: list[httpx.Request] = []
    async_public = build_async_public_client("test", transport=httpx.MockTransport(echo(seen).handler))
    with pytest.raises(ConfigurationError, match="async"):
        authenticate_with_ksef_token(async_public, "token", "5265877635")  # type: ignore[arg-type]
    sync_public = build_public_client("test", transport=echo(seen))
    with pytest.raises(ConfigurationError, match="sync"):
        await aauthenticate_with_ksef_token(sync_public, "token", "5265877635")  # type: ignore[arg-type]
    assert seen == []


@pytest.mark.parametrize("raise_on_error", [True, False])
def test_generated_parse_failures_become_unexpected_response_errors(raise_on_error: bool) -> None:
    from ksef_api.client import make_response_error
    from ksef_sdk.errors import UnexpectedResponseError

    client = build_public_client("test", transport=echo([]), raise_on_error=raise_on_error)
    response = httpx.Response(202, content=b"{}", request=httpx.Request("POST", f"{BASE}/auth/challenge"))
    for cause in (None, KeyError("challenge")):
        error = make_response_error(client, response, cause)
        assert isinstance(error, UnexpectedResponseError)
        assert error.status_code == 202
