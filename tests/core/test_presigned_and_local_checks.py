"""Pre-signed URLs trusted only as far as they deserve; requests that must fail locally; XML accepted where due."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from ksef_sdk.environments import TEST, Environment
from ksef_sdk.errors import (
    AuthenticationRequiredError,
    IntegrityError,
    OutcomeUnknownError,
    ServerError,
    UnexpectedResponseError,
    UntrustedUrlError,
)
from ksef_sdk.flow import Http, SyncDriver, run_async, run_sync
from ksef_sdk.http import PresignedPolicy, RetryPolicy, Storage, build_async_client, build_client, workflow_env
from ksef_sdk.identifiers import ksef_number_checksum
from ksef_sdk.retrieval import download_invoice

from .conftest import BASE, pair

NUMBER = "5265877635-20261201-0100001AF629"
KSEF_NUMBER = f"{NUMBER}-{ksef_number_checksum(NUMBER)}"


@pytest.mark.parametrize(
    "url",
    [
        "http://storage.example.com/x?sig=1",  # plain http to a remote host
        "https://evil.example.com/x?sig=1",  # a host the environment does not allow
        "ftp://127.0.0.1/x",
        "https://api-test.ksef.mf.gov.pl.evil.com/x",
    ],
)
def test_untrusted_presigned_urls_are_refused_before_anything_is_sent(url: str) -> None:
    sent: list[httpx.Request] = []
    storage = Storage(PresignedPolicy(hosts=TEST.storage_hosts), transport=httpx.MockTransport(sent.append))  # type: ignore[arg-type]
    env = workflow_env(build_client(TEST, tokens=pair(), transport=httpx.MockTransport(sent.append)), storage=storage)  # type: ignore[arg-type]
    with pytest.raises(UntrustedUrlError) as caught:
        SyncDriver(env).perform(Http("GET", url))
    assert sent == []
    assert "sig=" not in str(caught.value)


def test_official_storage_hosts_and_loopback_http_are_followed() -> None:
    policy = PresignedPolicy(hosts=TEST.storage_hosts)
    policy.check("https://ksef-storage.mf.gov.pl/upo/1?sig=x")
    policy.check("https://ksefprod.blob.core.windows.net/parts/1?sig=x")
    Environment.custom("http://127.0.0.1:8123/v2").storage_hosts  # noqa: B018
    PresignedPolicy(hosts=("127.0.0.1",)).check("http://127.0.0.1:8123/blob/upo/1?sig=x")


def test_a_presigned_transfer_never_carries_an_authorization_header() -> None:
    storage = Storage(PresignedPolicy(hosts=("storage.test",)))
    env = workflow_env(build_client(TEST, tokens=pair()), storage=storage)
    with pytest.raises(UntrustedUrlError, match="Authorization"):
        SyncDriver(env).perform(Http("PUT", "https://storage.test/p/1", headers={"Authorization": "Bearer x"}))


def _flaky_storage(answers: list[Any], seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers.pop(0)
        if isinstance(answer, type):
            raise answer("injected", request=request)
        return answer

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("is_async", [False, True])
async def test_presigned_transfers_are_retried_with_retry_after(is_async: bool) -> None:
    seen: list[httpx.Request] = []
    sleeps: list[float] = []
    answers = [
        httpx.Response(429, headers={"Retry-After": "0"}),
        httpx.Response(503),
        httpx.ReadError,
        httpx.Response(200, content=b"<UPO/>", headers={"x-ms-meta-hash": "h"}),
    ]
    policy = PresignedPolicy(hosts=("storage.test",), retry=RetryPolicy(backoff_base=0.01, random=lambda: 0.0))
    transport: Any = _flaky_storage(answers, seen)
    if is_async:

        class Async(httpx.AsyncBaseTransport):
            async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
                return transport.handle_request(request)

        storage = Storage(policy, async_transport=Async())
        env = workflow_env(build_async_client(TEST, tokens=pair()), storage=storage)
        env.sleep = _async_record(sleeps)
        result = await run_async(_get("https://storage.test/upo/1?sig=s"), env)
    else:
        storage = Storage(policy, transport=transport)
        env = workflow_env(build_client(TEST, tokens=pair()), storage=storage)
        env.sleep = sleeps.append
        result = run_sync(_get("https://storage.test/upo/1?sig=s"), env)
    assert result.content == b"<UPO/>"
    assert len(seen) == 4 and all("authorization" not in r.headers for r in seen)
    assert sleeps == [0.0, 0.02, 0.04]  # Retry-After, then exponential backoff


def _async_record(sleeps: list[float]) -> Any:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return sleep


def _get(url: str) -> Any:
    result = yield Http("GET", url)
    return result


def test_presigned_failures_after_retries_are_typed() -> None:
    policy = PresignedPolicy(hosts=("storage.test",), retry=RetryPolicy(max_retries=1, backoff_base=0.0))
    seen: list[httpx.Request] = []
    env = workflow_env(
        build_client(TEST, tokens=pair()),
        storage=Storage(policy, transport=_flaky_storage([httpx.ReadError] * 2, seen)),
    )
    env.sleep = lambda _: None
    with pytest.raises(OutcomeUnknownError) as caught:
        run_sync(_get("https://storage.test/upo/1?sig=secret"), env)
    assert "secret" not in str(caught.value) and len(seen) == 2
    env = workflow_env(
        build_client(TEST, tokens=pair()),
        storage=Storage(policy, transport=_flaky_storage([httpx.Response(503)] * 2, seen)),
    )
    env.sleep = lambda _: None
    with pytest.raises(ServerError):
        run_sync(_get("https://storage.test/upo/1?sig=secret"), env)


# --- local failures ------------------------------------------------------------------------------------


def test_an_operation_needing_a_token_the_client_lacks_fails_locally() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    with build_client(BASE, tokens=pair(), transport=httpx.MockTransport(handler), rate_limits=False) as client:
        with pytest.raises(AuthenticationRequiredError, match="authentication token"):
            client.get_httpx_client().get("/auth/20261201-AU-2F1A1E6000-3B2A1C0D9E-11")
        with pytest.raises(AuthenticationRequiredError, match="authentication token"):
            client.get_httpx_client().post("/auth/token/redeem")
    with build_client(BASE, transport=httpx.MockTransport(handler), rate_limits=False) as client:
        with pytest.raises(AuthenticationRequiredError, match="refresh token"):
            client.get_httpx_client().post("/auth/token/refresh")
        with pytest.raises(AuthenticationRequiredError):
            client.get_httpx_client().get("/limits/context")
    assert sent == []


def _download_server(
    headers: dict[str, str], body: bytes = b"<Faktura/>"
) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=body, headers={"content-type": "application/xml", **headers})

    return httpx.MockTransport(handler), seen


def test_xml_downloads_ask_for_xml_and_json_operations_for_json() -> None:
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(b"<Faktura/>").digest()).decode()
    transport, seen = _download_server({"x-ms-meta-hash": digest})
    with build_client(BASE, tokens=pair(), transport=transport, rate_limits=False) as client:
        assert download_invoice(client, KSEF_NUMBER) == b"<Faktura/>"
    assert seen[-1].headers["Accept"] == "application/xml"


def test_a_download_without_the_hash_header_is_not_trusted_unless_asked() -> None:
    transport, _ = _download_server({}, b"<html>proxy error page</html>")
    with build_client(BASE, tokens=pair(), transport=transport, rate_limits=False) as client:
        with pytest.raises(IntegrityError, match="x-ms-meta-hash"):
            download_invoice(client, KSEF_NUMBER)
        assert download_invoice(client, KSEF_NUMBER, verify_hash=False) == b"<html>proxy error page</html>"


def test_a_non_ascii_hash_header_is_an_integrity_error() -> None:
    transport, _ = _download_server({"x-ms-meta-hash": ("ż" * 22).encode()})  # type: ignore[dict-item]
    with (
        build_client(BASE, tokens=pair(), transport=transport, rate_limits=False) as client,
        pytest.raises(IntegrityError),
    ):
        download_invoice(client, KSEF_NUMBER)


def test_a_2xx_that_is_not_json_where_json_is_due_is_typed() -> None:
    answers = [httpx.Response(200, content=b"<html>oops</html>"), httpx.Response(204)]

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    with build_client(BASE, tokens=pair(), transport=httpx.MockTransport(handler), rate_limits=False, retry=False) as c:
        with pytest.raises(UnexpectedResponseError, match="not JSON"):
            c.get_httpx_client().get("/limits/context")
        with pytest.raises(UnexpectedResponseError, match="not a documented answer"):
            c.get_httpx_client().get("/limits/context")


def test_a_garbled_get_is_retried_a_garbled_send_is_not() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(200 if request.method == "GET" else 202, content=b'{"truncat')

    policy = RetryPolicy(max_retries=2, backoff_base=0.0, random=lambda: 0.0)
    with build_client(
        BASE,
        tokens=pair(),
        transport=httpx.MockTransport(handler),
        retry=policy,
        rate_limits=False,
        sleep=lambda _: None,
    ) as c:
        with pytest.raises(UnexpectedResponseError):
            c.get_httpx_client().get("/limits/context")
        assert calls == ["GET"] * 3
        calls.clear()
        with pytest.raises(UnexpectedResponseError):
            c.get_httpx_client().post("/sessions/online/20261201-SO-2C3E6C8000-B4B3C8BA3C-48/invoices", json={})
        assert calls == ["POST"]
