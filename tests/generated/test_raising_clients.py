"""The raising client kinds of ``ksef_api`` (template generator-templates/client.py.jinja) at run time.

Their typing (success model through a raising client, sync/async mixing refused) is checked by
tests/generated/test_downstream_typing.py.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from ksef_api import (
    AsyncAuthenticatedClient,
    AsyncClient,
    AuthenticatedClient,
    Client,
    RaisingClient,
    SyncAuthenticatedClient,
    SyncClient,
)
from ksef_api import errors as api_errors
from ksef_api.api.auth import post_auth_challenge
from ksef_api.api.limits import get_limits_context
from ksef_api.api.tokens import delete_tokens_reference_number
from ksef_api.models import AuthenticationChallengeResponse, EffectiveContextLimits, ExceptionResponse

LIMITS = {
    "onlineSession": {"maxInvoiceSizeInMB": 1, "maxInvoiceWithAttachmentSizeInMB": 3, "maxInvoices": 10000},
    "batchSession": {"maxInvoiceSizeInMB": 1, "maxInvoiceWithAttachmentSizeInMB": 3, "maxInvoices": 10000},
}
CHALLENGE = {
    "challenge": "20250514-CR-226FB7B000-3ACF9BE4C0-10",
    "timestamp": "2025-07-11T12:23:56.0154302+00:00",
    "timestampMs": 1752236636015,
    "clientIp": "127.0.0.1",
}
ERROR = {"exception": {"exceptionDetailList": [{"exceptionCode": 21405, "exceptionDescription": "bad"}]}}


class Server:
    """An httpx handler answering every request with one status and body, recording the requests."""

    def __init__(self, status: int, body: Any = None) -> None:
        self.status, self.body, self.requests = status, body, list[httpx.Request]()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        content = b"" if self.body is None else json.dumps(self.body).encode()
        return httpx.Response(self.status, content=content, headers={"Content-Type": "application/json"})

    def sync_args(self) -> dict[str, Any]:
        return {"transport": httpx.MockTransport(self)}

    def async_args(self) -> dict[str, Any]:
        async def handler(request: httpx.Request) -> httpx.Response:
            return self(request)

        return {"transport": httpx.MockTransport(handler)}


def test_sync_authenticated_client_returns_the_success_model_and_sends_the_token() -> None:
    server = Server(200, LIMITS)
    client = SyncAuthenticatedClient("https://ksef.invalid/v2", token="s3cret", httpx_args=server.sync_args())
    limits = get_limits_context.sync(client=client)
    assert isinstance(limits, EffectiveContextLimits)
    assert limits.online_session.max_invoices == 10000
    assert server.requests[0].headers["Authorization"] == "Bearer s3cret"
    assert str(server.requests[0].url) == "https://ksef.invalid/v2/limits/context"
    assert "s3cret" not in repr(client)


def test_public_operation_through_either_sync_kind() -> None:
    server = Server(200, CHALLENGE)
    for client in (
        SyncClient("https://ksef.invalid", httpx_args=server.sync_args()),
        SyncAuthenticatedClient("https://ksef.invalid", token="t", httpx_args=server.sync_args()),
    ):
        assert isinstance(post_auth_challenge.sync(client=client), AuthenticationChallengeResponse)
    assert "Authorization" not in server.requests[0].headers


def test_error_status_raises_instead_of_returning_the_error_model() -> None:
    server = Server(400, ERROR)
    client = SyncAuthenticatedClient("https://ksef.invalid", token="t", httpx_args=server.sync_args())
    with pytest.raises(api_errors.ErrorStatus) as caught:
        get_limits_context.sync_detailed(client=client)
    assert caught.value.status_code == 400
    assert b"21405" in caught.value.content


def test_error_factory_makes_the_exception() -> None:
    class Mine(Exception):
        pass

    def factory(response: httpx.Response) -> Exception:
        return Mine(response.status_code)

    server = Server(429, ERROR)
    client = SyncAuthenticatedClient("https://ksef.invalid", token="t", error_factory=factory)
    client = client.with_headers({"X-Test": "1"}).with_timeout(httpx.Timeout(5.0))  # derived clients keep it
    client.set_httpx_client(httpx.Client(base_url="https://ksef.invalid", transport=httpx.MockTransport(server)))
    assert isinstance(client, SyncAuthenticatedClient)
    with pytest.raises(Mine):
        get_limits_context.sync(client=client)


def test_undocumented_success_status_raises_malformed_response() -> None:
    server = Server(202, LIMITS)
    client = SyncAuthenticatedClient("https://ksef.invalid", token="t", httpx_args=server.sync_args())
    with pytest.raises(api_errors.MalformedResponse) as caught:
        get_limits_context.sync(client=client)
    assert caught.value.status_code == 202
    assert caught.value.cause is None
    assert isinstance(caught.value, api_errors.UnexpectedStatus)  # what raise_on_unexpected_status raised before


def test_no_content_success_returns_none() -> None:
    server = Server(204)
    client = SyncAuthenticatedClient("https://ksef.invalid", token="t", httpx_args=server.sync_args())
    response = delete_tokens_reference_number.sync_detailed(client=client, reference_number="20250101-TK-1")
    assert response.status_code == 204
    assert response.parsed is None


async def test_async_kinds() -> None:
    server = Server(200, LIMITS)
    client = AsyncAuthenticatedClient("https://ksef.invalid", token="t", httpx_args=server.async_args())
    async with client:
        limits = await get_limits_context.asyncio(client=client)
    assert isinstance(limits, EffectiveContextLimits)
    public = AsyncClient("https://ksef.invalid", httpx_args=Server(200, CHALLENGE).async_args())
    assert isinstance(await post_auth_challenge.asyncio(client=public), AuthenticationChallengeResponse)
    failing = AsyncAuthenticatedClient("https://ksef.invalid", token="t", httpx_args=Server(403, {}).async_args())
    with pytest.raises(api_errors.ErrorStatus):
        await get_limits_context.asyncio_detailed(client=failing)


async def test_a_kind_has_no_httpx_client_of_the_other_kind() -> None:
    sync_client = SyncAuthenticatedClient("https://ksef.invalid", token="t")
    async_client = AsyncAuthenticatedClient("https://ksef.invalid", token="t")
    with pytest.raises(AttributeError):
        get_limits_context.sync(client=async_client)  # type: ignore[call-overload]
    with pytest.raises(AttributeError):
        await get_limits_context.asyncio(client=sync_client)  # type: ignore[call-overload]
    assert isinstance(sync_client, RaisingClient)
    assert isinstance(async_client, RaisingClient)
    assert not isinstance(sync_client, AuthenticatedClient | Client)


def test_stock_clients_keep_returning_error_models() -> None:
    server = Server(400, ERROR)
    client = AuthenticatedClient("https://ksef.invalid", token="t", httpx_args=server.sync_args())
    assert isinstance(get_limits_context.sync(client=client), ExceptionResponse)
    undocumented_error = Server(418, {}).sync_args()
    assert (
        get_limits_context.sync(
            client=AuthenticatedClient("https://ksef.invalid", token="t", httpx_args=undocumented_error)
        )
        is None
    )
    strict = AuthenticatedClient(
        "https://ksef.invalid", token="t", httpx_args=undocumented_error, raise_on_unexpected_status=True
    )
    with pytest.raises(api_errors.UnexpectedStatus) as caught:
        get_limits_context.sync(client=strict)
    assert type(caught.value) is api_errors.UnexpectedStatus


class RawServer(Server):
    def __init__(self, status: int, content: bytes, content_type: str = "application/json") -> None:
        super().__init__(status)
        self.content, self.content_type = content, content_type

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, content=self.content, headers={"Content-Type": self.content_type})


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        (b"<html>gateway</html>", json.JSONDecodeError),
        (b'{"onlineSession": {}}', KeyError),
        (b"[1, 2]", (TypeError, ValueError)),
        (json.dumps({**CHALLENGE, "timestamp": "yesterday"}).encode(), ValueError),
    ],
)
@pytest.mark.parametrize("kind", ["stock", "raising"])
def test_unparsable_success_body_raises_malformed_response(content: bytes, cause: Any, kind: str) -> None:
    server = RawServer(200, content, "text/html")
    args = server.sync_args()
    client: Any = (
        AuthenticatedClient("https://ksef.invalid", token="t", httpx_args=args)
        if kind == "stock"
        else SyncAuthenticatedClient("https://ksef.invalid", token="t", httpx_args=args)
    )
    operation = post_auth_challenge if b"clientIp" in content else get_limits_context
    with pytest.raises(api_errors.MalformedResponse) as caught:
        operation.sync(client=client)
    error = caught.value
    assert isinstance(error.cause, cause)
    assert error.__cause__ is error.cause
    assert (error.status_code, error.content, error.content_type) == (200, content, "text/html")
    assert error.snippet == content.decode()[:200]
    assert "status 200" in str(error)
    assert "Content-Type text/html" in str(error)


def test_response_error_hook_makes_the_exception() -> None:
    calls: list[tuple[int, BaseException | None]] = []

    class Mine(Exception):
        pass

    def hook(response: httpx.Response, cause: BaseException | None) -> Exception:
        calls.append((response.status_code, cause))
        return Mine()

    for client in (
        Client("https://ksef.invalid", response_error=hook, httpx_args=RawServer(200, b"{").sync_args()),
        SyncClient("https://ksef.invalid", response_error=hook, httpx_args=RawServer(204, b"").sync_args()),
    ):
        with pytest.raises(Mine):
            post_auth_challenge.sync(client=client)
    assert calls[0][0] == 200
    assert isinstance(calls[0][1], json.JSONDecodeError)
    assert calls[1] == (204, None)


def test_token_values_never_reach_the_message() -> None:
    from ksef_api.api.auth import post_auth_token_redeem

    body = {"accessToken": {"token": "eyJ.ACCESS.secret", "validUntil": "2025-07-11T12:23:56Z"}, "refreshToken": 7}
    content = json.dumps(body).encode()
    client = AuthenticatedClient("https://ksef.invalid", token="t", httpx_args=RawServer(200, content).sync_args())
    with pytest.raises(api_errors.MalformedResponse) as caught:
        post_auth_token_redeem.sync(client=client)
    assert "secret" not in str(caught.value)
    assert "secret" not in repr(caught.value)
    assert "secret" not in caught.value.snippet
    assert '"token": "<redacted>"' in caught.value.snippet
    assert (
        api_errors.body_snippet(b'{"authenticationToken": {"token": "abc')
        == '{"authenticationToken": {"token": "<redacted>"'
    )
    assert api_errors.body_snippet(b"x" * 500).endswith("x…")
