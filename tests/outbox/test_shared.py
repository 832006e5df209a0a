"""Limits and tokens shared across processes: Redis and the SQL stores, through the client's extension points."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path
from typing import Any

import ksef_sdk
import pytest
from ksef_sdk.authentication import authenticate_with_ksef_token
from ksef_sdk.errors import ConfigurationError, DecryptionError
from ksef_sdk.identifiers import random_nip
from ksef_sdk.stores import RedisSlots, RedisTokenStore, SharedRateLimiter, StoreTokenStore, context_limits, open_store

SEND = "POST /sessions/online/{referenceNumber}/invoices"
SECRET = "a caller secret of enough length"


@pytest.fixture(params=["sqlite", "redis"])
def backends(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """Two independent handles on one shared backend (as two processes would have)."""
    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        return RedisSlots(url), RedisSlots(url)
    path = tmp_path / "o.db"
    return open_store(path), open_store(path)


def test_limiters_on_one_backend_share_the_windows(backends: Any) -> None:
    first, second = (SharedRateLimiter(b, "5265877635", margin=0.0) for b in backends)
    started = time.monotonic()
    delays = [(first if i % 2 else second).reserve(SEND) for i in range(12)]
    elapsed = time.monotonic() - started
    assert delays[:10] == [0.0] * 10  # 10 per second for the pair, not for each
    assert all(1.0 - elapsed <= d <= 1.0 for d in delays[10:])
    other = SharedRateLimiter(backends[0], "7010002137", margin=0.0)  # another context counts apart
    assert other.reserve(SEND) == 0.0


def test_context_limits_from_the_rate_limits_answer() -> None:
    doc = {"invoiceSend": {"perSecond": 2, "perMinute": 3, "perHour": 4}, "other": {"perSecond": 1}}
    limiter = SharedRateLimiter(object(), "ctx", overrides=context_limits(doc))  # type: ignore[arg-type]
    assert limiter.limits_for(SEND) == {"perSecond": 2, "perMinute": 3, "perHour": 4}
    assert limiter.limits_for("GET /limits/context") != {"perSecond": 1}  # "other": per operation, as in the spec


class _Counting:
    def __init__(self, public: Any, token: str, nip: str) -> None:
        self.calls = 0
        self.lock = threading.Lock()
        self.public, self.token, self.nip = public, token, nip

    def __call__(self) -> Any:
        with self.lock:
            self.calls += 1
        return authenticate_with_ksef_token(self.public, self.token, self.nip)


@pytest.fixture(params=["sqlite", "redis"])
def token_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        return lambda nip: RedisTokenStore(url, nip, secret=SECRET)
    store = open_store(tmp_path / "o.db")
    return lambda nip: StoreTokenStore(open_store(store.url[len("sqlite:///") :]), nip, secret=SECRET)


def test_workers_authenticate_once_and_refresh_once(ksef_sandbox: Any, token_stores: Any) -> None:
    nip = random_nip()
    token = ksef_sandbox.control.issue_ksef_token(nip)
    env = ksef_sdk.Environment.custom(ksef_sandbox.url)
    public = ksef_sdk.build_public_client(env)
    authenticator = _Counting(public, token, nip)
    clients = [
        ksef_sdk.build_client(env, authenticator=authenticator, token_store=token_stores(nip), refresh_margin=0.5)
        for _ in range(4)
    ]
    from ksef_api.api.limits import get_limits_context

    for client in clients:
        get_limits_context.sync(client=client)
    assert authenticator.calls == 1  # one authentication for all four "processes"
    ksef_sandbox.control.set_token_lifetimes(access=dt.timedelta(seconds=2))
    before = ksef_sandbox.control.call_counts().get("POST /auth/token/refresh", 0)
    ksef_sdk.get_auth(clients[0]).set_tokens(_expired(ksef_sdk.get_auth(clients[0]).tokens))  # type: ignore[union-attr]
    for client in clients[1:]:
        ksef_sdk.get_auth(client).set_tokens(ksef_sdk.get_auth(clients[0]).tokens)  # type: ignore[union-attr]
    threads = [
        threading.Thread(target=get_limits_context.sync, kwargs={"client": c}) for c in clients for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert ksef_sandbox.control.call_counts().get("POST /auth/token/refresh", 0) - before == 1
    assert authenticator.calls == 1
    for client in clients:
        client.get_httpx_client().close()
    public.get_httpx_client().close()


def _expired(pair: Any) -> Any:
    from ksef_sdk.http import Token, TokenPair

    past = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=5)
    return TokenPair(access=Token(pair.access.value, past), refresh=pair.refresh)


def test_tokens_at_rest_are_sealed(tmp_path: Path, redis_url: str) -> None:
    from ksef_sdk.http import Token, TokenPair

    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    pair = TokenPair(access=Token("ACCESS-SECRET-VALUE", later), refresh=Token("REFRESH-SECRET-VALUE", later))
    store = open_store(tmp_path / "o.db")
    StoreTokenStore(store, "ctx", secret=SECRET).save(pair)
    raw = store.get_secret("tokens:ctx") or b""
    assert b"SECRET-VALUE" not in raw
    assert StoreTokenStore(store, "ctx", secret=SECRET).load() == pair
    with pytest.raises(DecryptionError):
        StoreTokenStore(store, "ctx", secret="another secret, also long").load()
    redis_store = RedisTokenStore(redis_url, "ctx", secret=SECRET)
    redis_store.save(pair)
    assert b"SECRET-VALUE" not in redis_store.client.get(redis_store.key)
    assert redis_store.load() == pair and "SECRET" not in repr(redis_store)


def test_a_server_store_refuses_unsealed_tokens(postgres_url: str) -> None:
    with open_store(postgres_url) as store, pytest.raises(ConfigurationError):
        StoreTokenStore(store, "ctx")


def test_the_redis_slots_follow_redis_time(redis_url: str) -> None:
    slots = RedisSlots(redis_url)
    started = time.monotonic()
    waits = [slots.reserve_slot("g", ((2, 0.5),), 0.0) for _ in range(4)]
    elapsed = time.monotonic() - started
    assert waits[:2] == [0.0, 0.0] and all(0.5 - elapsed <= w <= 0.5 for w in waits[2:])
    assert elapsed < 0.5  # booking never sleeps: the caller waits
