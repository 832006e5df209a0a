"""Redis for a fleet (extra ``redis``): shared rate-limit slots and the shared token pair.

- :class:`RedisSlots` books request slots with one Lua script per request - the algorithm of
  :mod:`ksef_sdk.stores._slots` on Redis's own clock (``TIME``), atomic across every host - for a
  :class:`~ksef_sdk.stores.SharedRateLimiter`.
- :class:`RedisTokenStore` is a :class:`ksef_sdk.http.TokenStore`: the pair sealed with a caller secret
  (AES-256-GCM) under one key, and redis-py's lock (``SET NX PX`` with a token, expiring if its holder dies)
  for single-flight renewal across processes.

Why not the ``limits`` library: its moving window answers yes or no for one window at a time, so a request
refused by the minute window after the second window counted it burns budget, and a refused caller can only
poll. KSeF applies three windows at once; booking the earliest slot that satisfies all three in one atomic
step gives every worker its place in line and never asks KSeF for a 429.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ksef_sdk.crypto._sealed import Sealer
from ksef_sdk.errors import StoreUnavailableError
from ksef_sdk.http._tokens import TokenPair
from ksef_sdk.stores._shared import tokens_from_json, tokens_to_json
from ksef_sdk.stores._slots import Windows

__all__ = ["RedisSlots", "RedisTokenStore", "redis_client"]

# KEYS[1]: the group's list of slots. ARGV: margin, depth, then (limit, period) pairs. Returns the wait.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local margin = tonumber(ARGV[1])
local depth = tonumber(ARGV[2])
local n = redis.call('LLEN', KEYS[1])
local slot = now
if n > 0 then
  local last = tonumber(redis.call('LINDEX', KEYS[1], -1))
  if last > slot then slot = last end
end
local longest = 1
for i = 3, #ARGV, 2 do
  local limit = tonumber(ARGV[i])
  local period = tonumber(ARGV[i + 1])
  if period > longest then longest = period end
  if n >= limit then
    local s = tonumber(redis.call('LINDEX', KEYS[1], n - limit)) + period + margin
    if s > slot then slot = s end
  end
end
redis.call('RPUSH', KEYS[1], string.format('%.6f', slot))
redis.call('LTRIM', KEYS[1], -depth, -1)
redis.call('PEXPIRE', KEYS[1], math.ceil((slot - now + longest + margin) * 1000) + 1000)
return string.format('%.6f', slot - now)
"""


def redis_client(url: str, *, asyncio: bool = False) -> Any:
    """A redis-py client for ``url`` (``redis://host:port/db``), checked with a PING; typed error if unreachable."""
    try:
        import redis
        import redis.asyncio
    except ImportError:
        raise StoreUnavailableError('Redis needs redis-py: pip install "ksef-sdk[redis]"') from None
    client = (redis.asyncio.Redis if asyncio else redis.Redis).from_url(
        url, socket_connect_timeout=5, socket_timeout=30
    )
    if not asyncio:
        try:
            client.ping()
        except redis.RedisError as exc:
            client.close()
            raise StoreUnavailableError(f"cannot reach Redis at {_safe(url)}: {exc}") from None
    return client


def _safe(url: str) -> str:
    from ksef_sdk.stores._postgres import safe_url

    return safe_url(url)


def _ttl(tokens: TokenPair) -> int:
    """Seconds the pair is worth keeping: until the refresh token expires (at least a minute)."""
    left = (tokens.refresh.valid_until - dt.datetime.now(dt.timezone.utc)).total_seconds()
    return max(60, int(left))


def _errors() -> tuple[type[BaseException], ...]:
    import redis

    return (redis.RedisError,)


class RedisSlots:
    """A :class:`~ksef_sdk.stores.SlotBackend` in Redis (keys ``{prefix}{group}``)."""

    def __init__(self, url_or_client: str | Any, *, prefix: str = "ksef:rate:") -> None:
        self.client = redis_client(url_or_client) if isinstance(url_or_client, str) else url_or_client
        self.prefix = prefix
        self._script = self.client.register_script(_RESERVE)

    def __repr__(self) -> str:
        return f"RedisSlots(prefix={self.prefix!r})"

    def reserve_slot(self, group: str, windows: Windows, margin: float) -> float:
        depth = max((limit for limit, _ in windows), default=0)
        if not depth:
            return 0.0
        args: list[Any] = [margin, depth]
        for limit, period in windows:
            args += [limit, period]
        try:
            return max(0.0, float(self._script(keys=[self.prefix + group], args=args)))
        except _errors() as exc:
            raise StoreUnavailableError(f"Redis rate-limit slots: {exc}") from None

    def close(self) -> None:
        self.client.close()


class RedisTokenStore:
    """A :class:`ksef_sdk.http.TokenStore` in Redis: the pair sealed with ``secret`` under ``{prefix}{name}``
    (one name per KSeF context) and a lock that expires after ``lock_timeout`` seconds if its holder dies."""

    def __init__(
        self,
        url: str,
        name: str,
        *,
        secret: bytes | str,
        prefix: str = "ksef:tokens:",
        lock_timeout: float = 120.0,
        wait: float = 180.0,
    ) -> None:
        self.url = url
        self.key = prefix + name
        self._sealer = Sealer(secret)
        self.client = redis_client(url)
        self._async: Any = None
        self.lock_timeout = lock_timeout
        self.wait = wait

    def __repr__(self) -> str:
        return f"RedisTokenStore({_safe(self.url)!r}, {self.key!r})"

    def _aclient(self) -> Any:
        if self._async is None:
            self._async = redis_client(self.url, asyncio=True)
        return self._async

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        lock = self.client.lock(self.key + ":lock", timeout=self.lock_timeout, blocking_timeout=self.wait)
        try:
            acquired = lock.acquire()
        except _errors() as exc:
            raise StoreUnavailableError(f"Redis token lock: {exc}") from None
        if not acquired:
            raise StoreUnavailableError(f"the token lock {self.key} was not free for {self.wait:g} s")
        try:
            yield
        finally:
            with contextlib.suppress(*_errors()):
                lock.release()

    def load(self) -> TokenPair | None:
        try:
            data = self.client.get(self.key)
        except _errors() as exc:
            raise StoreUnavailableError(f"Redis tokens: {exc}") from None
        return None if data is None else tokens_from_json(self._sealer.open(bytes(data), self.key), self.key)

    def save(self, tokens: TokenPair) -> None:
        try:
            self.client.set(self.key, self._sealer.seal(tokens_to_json(tokens), self.key), ex=_ttl(tokens))
        except _errors() as exc:
            raise StoreUnavailableError(f"Redis tokens: {exc}") from None

    @contextlib.asynccontextmanager
    async def alock(self) -> AsyncIterator[None]:
        lock = self._aclient().lock(self.key + ":lock", timeout=self.lock_timeout, blocking_timeout=self.wait)
        try:
            acquired = await lock.acquire()
        except _errors() as exc:
            raise StoreUnavailableError(f"Redis token lock: {exc}") from None
        if not acquired:
            raise StoreUnavailableError(f"the token lock {self.key} was not free for {self.wait:g} s")
        try:
            yield
        finally:
            with contextlib.suppress(*_errors()):
                await lock.release()

    async def aload(self) -> TokenPair | None:
        try:
            data = await self._aclient().get(self.key)
        except _errors() as exc:
            raise StoreUnavailableError(f"Redis tokens: {exc}") from None
        return None if data is None else tokens_from_json(self._sealer.open(bytes(data), self.key), self.key)

    async def asave(self, tokens: TokenPair) -> None:
        try:
            await self._aclient().set(self.key, self._sealer.seal(tokens_to_json(tokens), self.key), ex=_ttl(tokens))
        except _errors() as exc:
            raise StoreUnavailableError(f"Redis tokens: {exc}") from None

    def close(self) -> None:
        self.client.close()
