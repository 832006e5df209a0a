"""The 401 storm: every access token rejected at once, more concurrent requests than pooled connections.

Each request that gets a 401 must give its connection back before it waits for the refresh, and the
refresh itself must have a timeout: otherwise the refresh waits for a connection forever and nothing
ever reaches the server. Exactly one refresh reaches the server for any number of waiting requests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from typing import Any

import httpx
import ksef_sdk
from ksef_api.api.limits import get_limits_context
from ksef_sdk.authentication import authenticate_with_ksef_token
from ksef_sdk.http import build_async_client, build_client, get_auth
from ksef_sdk.identifiers import random_nip

WORKERS = 50
POOL = httpx.Limits(max_connections=4, max_keepalive_connections=4)
HARD_TIMEOUT = 30.0


def _storm_setup(sandbox: Any) -> tuple[ksef_sdk.Environment, ksef_sdk.TokenPair]:
    # 50 requests at once with the client's limiter off is the point of the storm: the sandbox's limits off too
    sandbox.control.set_rate_limits(False)
    nip = random_nip()
    env = ksef_sdk.Environment.custom(sandbox.url)
    public = ksef_sdk.build_public_client(env, rate_limits=False)
    tokens = authenticate_with_ksef_token(public, sandbox.control.issue_ksef_token(nip), nip)
    # the server moves on 20 minutes: every access token it issued is now expired, the client does not know
    sandbox.control.advance_time(dt.timedelta(minutes=20))
    return env, tokens


def _refreshes(sandbox: Any) -> int:
    return sandbox.control.call_counts().get("POST /auth/token/refresh", 0)


def test_thread_storm_refreshes_once_and_never_hangs(ksef_sandbox: Any) -> None:
    env, tokens = _storm_setup(ksef_sandbox)
    before = _refreshes(ksef_sandbox)
    client = build_client(env, tokens=tokens, limits=POOL, rate_limits=False, timeout=5.0)
    results: list[object] = []
    barrier = threading.Barrier(WORKERS)

    def work() -> None:
        barrier.wait()
        try:
            results.append(get_limits_context.sync(client=client))
        except Exception as exc:
            results.append(exc)

    threads = [threading.Thread(target=work, daemon=True) for _ in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(HARD_TIMEOUT)
    assert not any(t.is_alive() for t in threads), "requests hung"
    errors = [r for r in results if isinstance(r, Exception)]
    assert errors == [] and len(results) == WORKERS
    assert _refreshes(ksef_sandbox) - before == 1
    auth = get_auth(client)
    assert auth is not None and auth.refresh_count == 1
    client.get_httpx_client().close()


async def test_task_storm_refreshes_once_and_never_hangs(ksef_sandbox: Any) -> None:
    env, tokens = _storm_setup(ksef_sandbox)
    before = _refreshes(ksef_sandbox)
    client = build_async_client(env, tokens=tokens, limits=POOL, rate_limits=False, timeout=5.0)
    async with client:
        results = await asyncio.wait_for(
            asyncio.gather(
                *(get_limits_context.asyncio(client=client) for _ in range(WORKERS)), return_exceptions=True
            ),
            HARD_TIMEOUT,
        )
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == [] and len(results) == WORKERS
    assert _refreshes(ksef_sandbox) - before == 1


def test_the_refresh_carries_the_request_timeouts_and_headers() -> None:
    """The refresh request is built by the auth flow, not by httpx: it must carry the timeouts (without
    them a refresh waiting for a pooled connection waits forever) and the client's headers."""
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10)
    pair = ksef_sdk.TokenPair(ksef_sdk.Token("old-access", later), ksef_sdk.Token("refresh", later))
    refreshes: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/token/refresh"):
            refreshes.append(request)
            return httpx.Response(200, json={"accessToken": {"token": "new-access", "validUntil": later.isoformat()}})
        if request.headers["Authorization"] == "Bearer old-access":
            return httpx.Response(401, json={"title": "expired", "status": 401})
        return httpx.Response(200, json={})

    timeout = httpx.Timeout(7.0, connect=3.0, pool=2.0)
    client = build_client(
        "https://ksef.invalid/v2",
        tokens=pair,
        transport=httpx.MockTransport(handler),
        timeout=timeout,
        user_agent="erp/1",
    )
    with client:
        client.get_httpx_client().get("/limits/context")
    (refresh,) = refreshes
    assert refresh.extensions["timeout"] == timeout.as_dict()
    assert refresh.headers["User-Agent"].startswith("erp/1 ksef-sdk/")
    assert refresh.headers["Authorization"] == "Bearer refresh"
