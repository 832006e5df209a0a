"""Bearer authentication for KSeF as an ``httpx.Auth``, with automatic, single-flight token refresh.

KSeF uses one ``Bearer`` scheme for three tokens (``uwierzytelnianie.md`` of the KSeF docs). :class:`BearerAuth`
picks the token
per request: the *authentication* token for ``GET /auth/{ref}`` and ``POST /auth/token/redeem`` (when it
holds one), the *refresh* token for ``POST /auth/token/refresh``, nothing for public operations
(challenge, public keys…) and the *access* token everywhere else.

The access token is refreshed with ``POST /auth/token/refresh`` when it expires within
``refresh_margin`` seconds, and once after a 401, after which the request is repeated. Concurrent
requests (threads or asyncio tasks) that find the token stale wait for one refresh. When the refresh
token is expired or revoked (400/21301 or 401), the ``authenticator`` callable, if given, authenticates
from scratch (KSeF token or XAdES); otherwise :class:`~ksef_sdk.errors.AuthenticationRequiredError` is raised.

The logic is one sans-IO generator (:meth:`BearerAuth._flow`) in the package's one effect vocabulary
(:mod:`ksef_sdk.flow`: :class:`Send`, :class:`Acquire`, :class:`Release`, :class:`Authenticate`); the sync
and async drivers are handler tables that only execute them. Every response the flow inspects is read
(so it releases its pooled connection) before the flow waits for the lock, and the refresh request
carries the original request's timeouts: a 401 storm on a small pool cannot hang.

**Many processes.** With a ``token_store`` (:class:`TokenStore`: Redis, a SQL store...), the refresh lock
is also the store's cross-process lock: under it the auth first adopts the pair another process may have
saved, and renews only when that pair is not usable either; a pair it renews is saved before the lock is
released. N workers of one context therefore authenticate once and refresh once (single-flight across
processes and hosts).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, Protocol, Union

import httpx

from ksef_sdk.errors import (
    AuthenticationRequiredError,
    ConfigurationError,
    KsefApiError,
    UnexpectedResponseError,
    error_from_response,
    parse_timestamp,
)
from ksef_sdk.flow._effects import Acquire, Authenticate, Effect, Release, Send
from ksef_sdk.http import _routes
from ksef_sdk.http._tokens import Token, TokenPair

if TYPE_CHECKING:
    import asyncio

__all__ = ["Authenticator", "BearerAuth", "FixedBearerAuth", "TokenKind", "TokenStore", "token_kind"]

logger = logging.getLogger("ksef_sdk")

Authenticator = Callable[[], Union[TokenPair, Awaitable[TokenPair]]]  # noqa: UP007 - runtime alias on 3.10

REFRESH_KEY = "POST /auth/token/refresh"
_AUTHENTICATION_KEYS = frozenset({"GET /auth/{referenceNumber}", "POST /auth/token/redeem"})
_COPIED_HEADERS = ("user-agent", "accept", "x-error-format")


class TokenStore(Protocol):
    """Tokens shared by many clients (processes, hosts), with a lock for single-flight renewal.

    :class:`BearerAuth` takes ``lock()`` (or ``alock()``) only to renew: under it, it loads the shared pair
    and saves a pair it renewed. Implementations: :class:`ksef_sdk.stores.RedisTokenStore`,
    :class:`ksef_sdk.stores.StoreTokenStore` (SQLite/PostgreSQL). Tokens are secrets: a store keeps them
    sealed or where only their owner can read them.
    """

    def lock(self) -> AbstractContextManager[Any]: ...

    def load(self) -> TokenPair | None: ...

    def save(self, tokens: TokenPair) -> None: ...

    def alock(self) -> AbstractAsyncContextManager[Any]: ...

    async def aload(self) -> TokenPair | None: ...

    async def asave(self, tokens: TokenPair) -> None: ...


class TokenKind(enum.Enum):
    """Which KSeF token a request carries."""

    ACCESS = "access"
    REFRESH = "refresh"
    AUTHENTICATION = "authentication"
    NONE = "none"


def token_kind(method: str, path: str, base_path: str = "") -> TokenKind:
    """The token kind for a request (unknown operations get the access token)."""
    op = _routes.operation_for(method, path, base_path)
    if op is None:
        return TokenKind.ACCESS
    if op.key == REFRESH_KEY:
        return TokenKind.REFRESH
    if op.key in _AUTHENTICATION_KEYS:
        return TokenKind.AUTHENTICATION
    return TokenKind.ACCESS if op.bearer else TokenKind.NONE


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _set_bearer(request: httpx.Request, token: str) -> None:
    request.headers["Authorization"] = f"Bearer {token}"


class FixedBearerAuth(httpx.Auth):
    """Sends one fixed bearer token on every request, with no refresh (see :func:`ksef_sdk.http.bearer_client`)."""

    def __init__(self, token: str | Token) -> None:
        self._token = token.value if isinstance(token, Token) else token
        if not self._token:
            raise ConfigurationError("empty bearer token")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        _set_bearer(request, self._token)
        yield request

    def __repr__(self) -> str:
        return "FixedBearerAuth(token=<hidden>)"


_Flow = Generator[Effect, Any, None]


class BearerAuth(httpx.Auth):
    """KSeF bearer auth with automatic refresh (module docstring). Never shows a token in its repr.

    - ``tokens``: the access/refresh pair from ``POST /auth/token/redeem`` (or ``None`` to start with
      the ``authenticator``).
    - ``base_url``: the API base (``https://api-test.ksef.mf.gov.pl/v2``), for the refresh call and for
      recognising operations.
    - ``authentication_token``: sent on ``GET /auth/{ref}`` and ``POST /auth/token/redeem``.
    - ``authenticator``: called (under the refresh lock) when there is no usable refresh token; returns
      a fresh :class:`TokenPair`. With an async client it may be a coroutine function; a plain callable
      is then run in a worker thread.
    - ``on_tokens``: called with every new pair (after a refresh or re-authentication) to persist it.
    - ``refresh_margin``: refresh when the access token expires within this many seconds.
    - ``token_store``: share the tokens with other processes (module docstring, :class:`TokenStore`).
    - ``now``: the clock (timezone-aware), injectable for tests.
    """

    def __init__(
        self,
        tokens: TokenPair | None = None,
        *,
        base_url: str,
        authentication_token: Token | None = None,
        authenticator: Authenticator | None = None,
        on_tokens: Callable[[TokenPair], None] | None = None,
        refresh_margin: float = 60.0,
        token_store: TokenStore | None = None,
        now: Callable[[], dt.datetime] = _utcnow,
    ) -> None:
        if tokens is not None and not isinstance(tokens, TokenPair):
            raise ConfigurationError(f"tokens must be a ksef_sdk.http.TokenPair, got {type(tokens).__name__}")
        self._tokens = tokens
        self.authentication_token = authentication_token
        self.authenticator = authenticator
        self.on_tokens = on_tokens
        self.refresh_margin = float(refresh_margin)
        self.token_store = token_store
        self.base_url = base_url.rstrip("/")
        self.base_path = httpx.URL(self.base_url).path.rstrip("/")
        self._now = now
        self._generation = 0
        self._thread_lock = threading.Lock()
        self._locks_guard = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self.refresh_count = 0
        """How many refresh calls this auth has made (for monitoring and tests)."""

    def __repr__(self) -> str:
        return f"BearerAuth(base_url={self.base_url!r}, tokens={self._tokens!r})"

    @property
    def tokens(self) -> TokenPair | None:
        """The current token pair (refreshed in place)."""
        return self._tokens

    def set_tokens(self, tokens: TokenPair) -> None:
        """Replace the token pair (e.g. after authenticating again yourself)."""
        with self._thread_lock:
            self._store(tokens, notify=False)

    def _store(self, tokens: TokenPair, *, notify: bool = True) -> None:
        self._tokens = tokens
        self._generation += 1
        if notify and self.on_tokens is not None:
            try:
                self.on_tokens(tokens)
            except Exception:
                logger.exception("ksef_sdk: the on_tokens callback failed; continuing with the new tokens")

    def _adopt(self, tokens: TokenPair | None) -> None:
        """Take the shared pair when it differs from ours (another process renewed it)."""
        if tokens is not None and (self._tokens is None or tokens.access.value != self._tokens.access.value):
            self._tokens = tokens
            self._generation += 1

    def _usable(self) -> bool:
        tokens = self._tokens
        return tokens is not None and not tokens.access.expires_within(self.refresh_margin, now=self._now())

    # --- the shared logic --------------------------------------------------------------------------

    def _flow(self, request: httpx.Request) -> _Flow:
        kind = token_kind(request.method, request.url.path, self.base_path)
        if kind is TokenKind.NONE:
            request.headers.pop("Authorization", None)
            yield Send(request)
            return
        if kind is TokenKind.AUTHENTICATION:
            if self.authentication_token is None:
                raise AuthenticationRequiredError(
                    f"{request.method} {request.url.path} needs the authentication token of a running "
                    "authentication (build the client with authentication_token=... or use ksef_sdk.authentication)"
                )
            _set_bearer(request, self.authentication_token.value)
            yield Send(request)
            return
        if kind is TokenKind.REFRESH:
            if self._tokens is None:
                raise AuthenticationRequiredError("POST /auth/token/refresh needs a refresh token: pass tokens=...")
            _set_bearer(request, self._tokens.refresh.value)
            yield Send(request)
            return

        generation = self._generation
        if not self._usable():
            yield from self._renew(generation, request)
        generation, tokens = self._generation, self._tokens
        assert tokens is not None
        _set_bearer(request, tokens.access.value)
        response = yield Send(request, read=True)
        if response.status_code != 401:
            return
        logger.info("ksef_sdk: 401 on %s %s; refreshing the access token once", request.method, request.url.path)
        yield from self._renew(generation, request, force=True)
        tokens = self._tokens
        assert tokens is not None
        _set_bearer(request, tokens.access.value)
        yield Send(request)

    def _renew(self, seen_generation: int, original: httpx.Request, *, force: bool = False) -> _Flow:
        """Single-flight: refresh (or re-authenticate) unless another request did since ``seen_generation``."""
        yield Acquire()
        # When this raises, the driver releases the lock.
        if self._generation == seen_generation or not self._usable():
            yield from self._renew_locked(original, force=force)
        yield Release()

    def _renew_locked(self, original: httpx.Request, *, force: bool) -> _Flow:
        tokens = self._tokens
        error: KsefApiError | None = None
        if tokens is not None and not tokens.refresh.expires_within(1.0, now=self._now()):
            self.refresh_count += 1
            response = yield Send(self._refresh_request(tokens.refresh, original), read=True)
            if response.status_code == 200:
                access = self._parse_refresh(response)
                self._store(TokenPair(access=access, refresh=tokens.refresh))
                logger.info("ksef_sdk: access token refreshed (valid until %s)", access.valid_until.isoformat())
                return
            error = error_from_response(response)
            if response.status_code not in (400, 401):
                raise error
            logger.info("ksef_sdk: refresh token rejected (%d)", response.status_code)
        if self.authenticator is not None:
            pair = yield Authenticate()
            if not isinstance(pair, TokenPair):
                raise ConfigurationError(f"the authenticator returned {type(pair).__name__}, not a TokenPair")
            self._store(pair)
            logger.info("ksef_sdk: authenticated again (access valid until %s)", pair.access.valid_until.isoformat())
            return
        if tokens is None:
            raise AuthenticationRequiredError("no KSeF tokens: pass tokens=... or an authenticator to the client")
        reason = "the refresh token expired" if error is None else f"the refresh failed: {error}"
        raise AuthenticationRequiredError(
            f"cannot renew the KSeF access token: {reason}; authenticate again or give the client an authenticator",
            error=error,
        )

    def _refresh_request(self, refresh: Token, original: httpx.Request) -> httpx.Request:
        """``POST /auth/token/refresh`` with the original request's headers (User-Agent, Accept,
        X-Error-Format) and extensions - its timeouts above all: a refresh never waits forever."""
        headers = {name: original.headers[name] for name in _COPIED_HEADERS if name in original.headers}
        headers["Accept"] = "application/json"
        headers["Authorization"] = f"Bearer {refresh.value}"
        return httpx.Request(
            "POST", f"{self.base_url}/auth/token/refresh", headers=headers, extensions=dict(original.extensions)
        )

    @staticmethod
    def _parse_refresh(response: httpx.Response) -> Token:
        try:
            info = json.loads(response.content)["accessToken"]
            value, valid_until = info["token"], parse_timestamp(info["validUntil"])
        except (ValueError, KeyError, TypeError):
            valid_until, value = None, None
        if not isinstance(value, str) or not value or valid_until is None:
            raise UnexpectedResponseError(
                "POST /auth/token/refresh: 200 without accessToken.token/validUntil",
                status_code=response.status_code,
                headers=dict(response.headers),
                body=b"",  # the body may hold a token: never keep it
            )
        return Token(value=value, valid_until=valid_until)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow, local = self._flow(request), _ThreadEffects(self)
        value: Any = None
        try:
            while True:
                try:
                    effect = flow.send(value)
                except StopIteration:
                    return
                if isinstance(effect, Send):  # the one effect httpx itself performs: yield the request to it
                    value = yield effect.request
                    if effect.read:
                        value.read()
                else:
                    value = local.perform(effect)
        finally:
            flow.close()
            local.release_if_held()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow, local = self._flow(request), _TaskEffects(self)
        value: Any = None
        try:
            while True:
                try:
                    effect = flow.send(value)
                except StopIteration:
                    return
                if isinstance(effect, Send):
                    value = yield effect.request
                    if effect.read:
                        await value.aread()
                else:
                    value = await local.perform(effect)
        finally:
            flow.close()
            await local.release_if_held()

    def _async_lock(self) -> asyncio.Lock:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        return lock

    def _call_authenticator_sync(self) -> Any:
        assert self.authenticator is not None
        result = self.authenticator()
        if hasattr(result, "__await__"):
            close = getattr(result, "close", None)
            if close is not None:
                close()  # a coroutine that will never run
            raise ConfigurationError("an async authenticator needs an async client (build_async_client)")
        return result

    async def _call_authenticator_async(self) -> Any:
        assert self.authenticator is not None
        import asyncio
        import inspect

        if inspect.iscoroutinefunction(self.authenticator):
            return await self.authenticator()
        result = await asyncio.to_thread(self.authenticator)
        return await result if inspect.isawaitable(result) else result


class _ThreadEffects:
    """The sync driver's handler table for the bearer flow's local effects (lock, authenticator)."""

    def __init__(self, auth: BearerAuth) -> None:
        self.auth = auth
        self.held = False
        self.shared: AbstractContextManager[Any] | None = None
        self.generation = 0
        self.table: dict[type, Callable[[], Any]] = {
            Acquire: self.acquire,
            Release: self.release,
            Authenticate: auth._call_authenticator_sync,
        }

    def perform(self, effect: Effect) -> Any:
        return self.table[type(effect)]()

    def acquire(self) -> None:
        self.auth._thread_lock.acquire()
        self.held = True
        store = self.auth.token_store
        if store is not None:
            shared = store.lock()
            shared.__enter__()
            self.shared = shared
            self.auth._adopt(store.load())
        self.generation = self.auth._generation

    def release(self, *, save: bool = True) -> None:
        shared, self.shared = self.shared, None
        try:
            if shared is not None:
                store, tokens = self.auth.token_store, self.auth._tokens
                try:
                    if save and store is not None and tokens is not None and self.auth._generation != self.generation:
                        store.save(tokens)
                finally:
                    shared.__exit__(None, None, None)
        finally:
            self.held = False
            self.auth._thread_lock.release()

    def release_if_held(self) -> None:
        if self.held:
            self.release(save=False)


class _TaskEffects:
    """The asyncio driver's handler table (one lock per event loop)."""

    def __init__(self, auth: BearerAuth) -> None:
        self.auth = auth
        self.lock = auth._async_lock()
        self.held = False
        self.shared: AbstractAsyncContextManager[Any] | None = None
        self.generation = 0
        self.table: dict[type, Callable[[], Awaitable[Any]]] = {
            Acquire: self.acquire,
            Release: self.release,
            Authenticate: auth._call_authenticator_async,
        }

    async def perform(self, effect: Effect) -> Any:
        return await self.table[type(effect)]()

    async def acquire(self) -> None:
        await self.lock.acquire()
        self.held = True
        store = self.auth.token_store
        if store is not None:
            ashared = store.alock()
            await ashared.__aenter__()
            self.shared = ashared
            self.auth._adopt(await store.aload())
        self.generation = self.auth._generation

    async def release(self, *, save: bool = True) -> None:
        shared, self.shared = self.shared, None
        try:
            if shared is not None:
                store, tokens = self.auth.token_store, self.auth._tokens
                try:
                    if save and store is not None and tokens is not None and self.auth._generation != self.generation:
                        await store.asave(tokens)
                finally:
                    await shared.__aexit__(None, None, None)
        finally:
            self.held = False
            self.lock.release()

    async def release_if_held(self) -> None:
        if self.held:
            await self.release(save=False)
