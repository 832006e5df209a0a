"""Limits and tokens shared by many processes: a rate limiter and a token store over any backend.

KSeF counts requests per context and IP across every worker (limity/limity-api.md), so N workers must book their
requests in one place. :class:`SharedRateLimiter` is a :class:`ksef_sdk.http.RateLimiter` (plug it in with
``build_client(..., rate_limits=limiter)``) whose reservations live in a backend every worker sees: a SQL
store (:meth:`ksef_sdk.stores.Store.reserve_slot`) or Redis (:class:`ksef_sdk.stores.RedisSlots`).
:class:`StoreTokenStore` is a :class:`ksef_sdk.http.TokenStore` in a SQL store (``build_client(...,
token_store=...)``): one authentication and one refresh for all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ksef_sdk.crypto._sealed import Sealer, is_sealed
from ksef_sdk.errors import ConfigurationError, StoreCorruptError
from ksef_sdk.http._ratelimit import WINDOWS, Limits, RateLimiter
from ksef_sdk.http._tokens import Token, TokenPair
from ksef_sdk.stores._slots import Windows

if TYPE_CHECKING:
    from ksef_sdk.stores._base import Store

__all__ = [
    "SharedRateLimiter",
    "SlotBackend",
    "StoreTokenStore",
    "context_limits",
    "tokens_from_json",
    "tokens_to_json",
]

DEFAULT_MARGIN = 0.25
"""Seconds added to every window: requests that reach KSeF a little late or early stay within its count."""


class SlotBackend(Protocol):
    """Where shared reservations live: ``reserve_slot(group, windows, margin)`` returns seconds to wait."""

    def reserve_slot(self, group: str, windows: Windows, margin: float) -> float: ...


class SharedRateLimiter(RateLimiter):
    """A :class:`~ksef_sdk.http.RateLimiter` shared by every process that uses the same ``backend`` and
    ``namespace`` (one namespace per KSeF context: KSeF counts per context and IP).

    ``limits`` / ``overrides`` as for :class:`~ksef_sdk.http.RateLimiter` (default: the spec's table);
    :func:`context_limits` turns ``GET /rate-limits`` (the limits in force for a context) into overrides.
    """

    def __init__(
        self,
        backend: SlotBackend,
        namespace: str,
        limits: Mapping[str, Limits] | None = None,
        *,
        overrides: Mapping[str, Limits | None] | None = None,
        margin: float = DEFAULT_MARGIN,
    ) -> None:
        super().__init__(limits, overrides=overrides)
        if not namespace:
            raise ConfigurationError("a shared rate limiter needs a namespace (the KSeF context, e.g. its NIP)")
        if margin < 0:
            raise ConfigurationError("margin must be >= 0 seconds")
        self.backend = backend
        self.namespace = namespace
        self.margin = float(margin)

    def __repr__(self) -> str:
        return f"SharedRateLimiter(namespace={self.namespace!r}, backend={type(self.backend).__name__})"

    def reserve(self, operation_key: str | None) -> float:
        if operation_key is None:
            return 0.0
        limits = self.limits_for(operation_key)
        if not limits:
            return 0.0
        windows = tuple((int(limits[name]), period) for name, period in WINDOWS.items() if limits.get(name))
        return self.backend.reserve_slot(f"{self.namespace}:{self.group_of(operation_key)}", windows, self.margin)


def context_limits(rate_limits: Any) -> dict[str, Limits]:
    """Overrides for a :class:`RateLimiter` from the ``GET /rate-limits`` model (or its JSON dict): the limits
    KSeF applies to the caller's context, per group (``other`` is per operation and stays as in the spec)."""
    doc = rate_limits.to_dict() if hasattr(rate_limits, "to_dict") else dict(rate_limits)
    out: dict[str, Limits] = {}
    for group, values in doc.items():
        if group == "other" or not isinstance(values, Mapping):
            continue
        picked = {name: int(values[name]) for name in WINDOWS if isinstance(values.get(name), int) and values[name] > 0}
        if picked:
            out[group] = picked
    return out


# --- tokens ---------------------------------------------------------------------------------------------


def tokens_to_json(tokens: TokenPair) -> bytes:
    doc = {
        kind: {"token": token.value, "validUntil": token.valid_until.isoformat()}
        for kind, token in (("access", tokens.access), ("refresh", tokens.refresh))
    }
    return json.dumps(doc).encode()


def tokens_from_json(data: bytes, where: str) -> TokenPair:
    try:
        doc = json.loads(data)
        access, refresh = (
            Token(doc[k]["token"], dt.datetime.fromisoformat(doc[k]["validUntil"])) for k in ("access", "refresh")
        )
        return TokenPair(access=access, refresh=refresh)
    except (ValueError, KeyError, TypeError):
        raise StoreCorruptError(f"{where}: the shared tokens are not readable") from None


class StoreTokenStore:
    """A :class:`ksef_sdk.http.TokenStore` in a SQL store, under the name ``name`` (one per KSeF context).

    ``secret`` seals the tokens (AES-256-GCM); it is required for a PostgreSQL store, whose rows other roles
    and backups may read. In a SQLite store (file mode 0600) it is optional.
    """

    def __init__(self, store: Store, name: str, *, secret: bytes | str | None = None) -> None:
        from ksef_sdk.stores._sqlite import SqliteStore

        if secret is None and not isinstance(store, SqliteStore):
            raise ConfigurationError(f"tokens in {store.url} must be sealed: pass secret=...")
        self.store = store
        self.name = f"tokens:{name}"
        self._sealer = Sealer(secret) if secret is not None else None

    def __repr__(self) -> str:
        return f"StoreTokenStore({self.store.url!r}, {self.name!r})"

    def lock(self) -> contextlib.AbstractContextManager[None]:
        return self.store.lock(self.name)

    def load(self) -> TokenPair | None:
        data = self.store.get_secret(self.name)
        if data is None:
            return None
        if is_sealed(data):
            if self._sealer is None:
                raise ConfigurationError(f"the tokens {self.name} are sealed: pass secret=...")
            data = self._sealer.open(data, self.name)
        return tokens_from_json(data, self.name)

    def save(self, tokens: TokenPair) -> None:
        data = tokens_to_json(tokens)
        self.store.put_secret(self.name, self._sealer.seal(data, self.name) if self._sealer else data)

    @contextlib.asynccontextmanager
    async def alock(self) -> AsyncIterator[None]:
        held = self.lock()
        await asyncio.to_thread(held.__enter__)
        try:
            yield
        finally:
            await asyncio.to_thread(held.__exit__, None, None, None)

    async def aload(self) -> TokenPair | None:
        return await asyncio.to_thread(self.load)

    async def asave(self, tokens: TokenPair) -> None:
        await asyncio.to_thread(self.save, tokens)
