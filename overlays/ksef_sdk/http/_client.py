"""Configured ``ksef_api`` clients: timeouts, User-Agent, typed errors, pooling, auth, retries, limits.

::

    from ksef_sdk import build_client
    from ksef_api.api.online_session import post_sessions_online_reference_number_invoices as send

    with build_client("test", tokens=pair, on_tokens=save) as client:
        result = send.sync(reference_number=ref, client=client, body=request)   # raises typed errors

The objects returned are ``ksef_api``'s raising, kind-specific clients (``SyncAuthenticatedClient``,
``AsyncAuthenticatedClient``, ``SyncClient``, ``AsyncClient``: an operation called through one is typed as
returning its success model, and a sync client given to an ``asyncio*`` function, or the reverse, is a type
error); with ``raise_on_error=False``, the stock ``AuthenticatedClient`` / ``Client``. The
behaviour lives in the httpx client they hold: :class:`~ksef_sdk.http.BearerAuth`, the transport stack
(retries, rate limits, logging), and the typed errors raised from ``send`` after auth has had its say
(so a 401 is refreshed before it becomes an :class:`~ksef_sdk.errors.UnauthorizedError`). That httpx
client also carries the client's :class:`ClientResources` - its settings, the pre-signed transfer
client and the Ministry key store every workflow run on the client shares (:func:`resources_of`).
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union, overload

import httpx
from ksef_api import (
    AsyncAuthenticatedClient,
    AsyncClient,
    AuthenticatedClient,
    Client,
    SyncAuthenticatedClient,
    SyncClient,
)

from ksef_sdk import defaults
from ksef_sdk.environments import ENVIRONMENTS, Environment, resolve
from ksef_sdk.errors import ConfigurationError, UnexpectedResponseError, error_from_response
from ksef_sdk.http import _routes
from ksef_sdk.http._bearer import Authenticator, BearerAuth, FixedBearerAuth, TokenStore
from ksef_sdk.http._checks import PARSED, body_problem
from ksef_sdk.http._errors import safe_url, transport_error
from ksef_sdk.http._options import ClientOptions, RateLimitOption, _RaisingOptions
from ksef_sdk.http._ratelimit import RateLimiter
from ksef_sdk.http._storage import PresignedPolicy, Storage
from ksef_sdk.http._tokens import Token, TokenPair
from ksef_sdk.http._transport import RetryPolicy, SharedTransport, stack
from ksef_sdk.http._urls import MergedUrlCache

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ksef_sdk.crypto._keys import PublicKeyStore
    from ksef_sdk.flow._env import Env

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "AsyncSecuredClient",
    "ClientOptions",
    "ClientResources",
    "ClientSettings",
    "SyncSecuredClient",
    "bearer_client",
    "build_async_client",
    "build_async_public_client",
    "build_client",
    "build_public_client",
    "get_auth",
    "resources_of",
    "workflow_env",
]

DEFAULT_TIMEOUT = defaults.TIMEOUT
DEFAULT_LIMITS = defaults.POOL_LIMITS

AnyClient = Union[Client, AuthenticatedClient, SyncClient, AsyncClient]  # noqa: UP007
"""A client from ``build_*client`` (the raising kinds; the stock classes with ``raise_on_error=False``)."""
SyncSecuredClient = Union[SyncAuthenticatedClient, AuthenticatedClient]  # noqa: UP007
"""What a synchronous workflow on secured operations takes: ``build_client``'s result (or a stock one)."""
AsyncSecuredClient = Union[AsyncAuthenticatedClient, AuthenticatedClient]  # noqa: UP007
"""What an asynchronous workflow on secured operations takes: ``build_async_client``'s result (or a stock one)."""
_OPTION_NAMES = frozenset(ClientOptions.__annotations__)


@dataclass(frozen=True)
class ClientSettings:
    """How a client was built (resolved options); :func:`bearer_client` and the workflows reuse it."""

    environment: Environment
    headers: Mapping[str, str]
    timeout: httpx.Timeout
    verify: ssl.SSLContext | str | bool
    follow_redirects: bool
    raise_on_error: bool
    retry: RetryPolicy | None
    limiter: RateLimiter | None
    presigned: PresignedPolicy
    is_async: bool

    @property
    def base_url(self) -> str:
        return self.environment.api_base

    @classmethod
    def resolve(cls, environment: Environment | str, *, is_async: bool, options: ClientOptions) -> ClientSettings:
        unknown = set(options) - _OPTION_NAMES
        if unknown:
            raise ConfigurationError(f"unknown client option(s) {sorted(unknown)}; known: {sorted(_OPTION_NAMES)}")
        env = resolve(environment)
        raise_on_error = bool(options.get("raise_on_error", True))
        problem_details = options.get("problem_details")
        retry = _retry(options.get("retry", True))
        hosts = options.get("storage_hosts")
        return cls(
            environment=env,
            # Typed errors parse both formats; the generated parsers of a raise_on_error=False client expect the
            # legacy JSON of 400/429 (a problem+json 429 would make them fail), so they are not asked for it.
            headers=_headers(
                options.get("user_agent"),
                raise_on_error if problem_details is None else problem_details,
                options.get("headers"),
            ),
            timeout=_timeout(options.get("timeout", defaults.TIMEOUT)),
            verify=options.get("verify", True),
            follow_redirects=bool(options.get("follow_redirects", False)),
            raise_on_error=raise_on_error,
            retry=retry,
            limiter=_limiter(options.get("rate_limits", True)),
            presigned=PresignedPolicy(
                hosts=tuple(hosts) if hosts is not None else env.storage_hosts,
                retry=retry or RetryPolicy(max_retries=0),
            ),
            is_async=is_async,
        )


class ClientResources:
    """What one built client shares with every workflow run on it: its :class:`ClientSettings`, the
    stacked transport, the :class:`BearerAuth` (if any), the pre-signed transfer client (:class:`Storage`)
    and - created on first use - the Ministry key store."""

    def __init__(
        self,
        settings: ClientSettings,
        *,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        auth: BearerAuth | None,
        storage: Storage | None = None,
    ) -> None:
        self.settings = settings
        self.transport = transport
        self.auth = auth
        self.storage = storage or Storage(settings.presigned, verify=settings.verify)
        self.client: AnyClient | None = None
        self._key_store: PublicKeyStore | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ClientResources(environment={self.settings.environment.name!r}, is_async={self.settings.is_async})"

    def key_store(self) -> PublicKeyStore:
        """The Ministry public-key store of this client (one per client, shared by its workflows)."""
        with self._lock:
            if self._key_store is None:
                from ksef_sdk.crypto._keys import PublicKeyStore

                assert self.client is not None
                self._key_store = PublicKeyStore(self.client)
            return self._key_store


def _checked(response: httpx.Response, resources: ClientResources, base_path: str) -> httpx.Response:
    """The one check of an answer that reached the client: the typed error for non-2xx (when asked to);
    :class:`UnexpectedResponseError` for a 2xx that is not what the spec promises (:mod:`._checks`). The
    JSON parsed there is handed to the generated parser through ``response.json``."""
    if not response.is_success:
        if resources.settings.raise_on_error:
            raise error_from_response(response)  # the body was read by the transport stack
        return response
    request = response.request
    op = _routes.operation_for(request.method, request.url.path, base_path)
    problem = body_problem(response, op)
    if problem is not None:
        raise _unexpected(response, problem)
    if PARSED in response.extensions:
        data = response.extensions[PARSED]
        response.json = lambda **_: data  # type: ignore[method-assign]
    return response


def _unexpected(response: httpx.Response, reason: str) -> UnexpectedResponseError:
    error = error_from_response(response)
    return UnexpectedResponseError(
        f"{reason} ({error})",
        status_code=response.status_code,
        method=response.request.method,
        url=safe_url(response.request.url),
        headers=dict(response.headers),
        body=response.content,
        response=response,
    )


def _response_error(response: httpx.Response, cause: BaseException | None) -> UnexpectedResponseError:
    """``ksef_api``'s ``response_error`` hook: a 2xx status the spec does not document (``cause`` None) or a
    body its models cannot read (rare: :func:`_checked` has checked the body against the spec already)."""
    reason = "undocumented status" if cause is None else f"the model cannot read the body ({type(cause).__name__})"
    return _unexpected(response, reason)


class _SyncHttpClient(MergedUrlCache, httpx.Client):
    """httpx.Client that makes request bodies replayable, raises typed errors and carries the resources."""

    def __init__(self, *, resources: ClientResources, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ksef = resources
        self._base_path = httpx.URL(resources.settings.base_url).path.rstrip("/")

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        request.read()  # a file-like body (XAdES) becomes bytes: retries and the 401 repeat can resend it
        _set_accept(request, self._base_path)
        try:
            response = super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc, request.method, request.url) from exc
        return _checked(response, self.ksef, self._base_path)


class _AsyncHttpClient(MergedUrlCache, httpx.AsyncClient):
    """The asyncio twin: also accepts sync bodies (``File(payload=BytesIO)``)."""

    def __init__(self, *, resources: ClientResources, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.ksef = resources
        self._base_path = httpx.URL(resources.settings.base_url).path.rstrip("/")

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if not isinstance(request.stream, httpx.AsyncByteStream):
            # httpx.AsyncClient refuses sync streams; read the (small, in-memory) body into bytes.
            request.read()
        _set_accept(request, self._base_path)
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc, request.method, request.url) from exc
        return _checked(response, self.ksef, self._base_path)


def _set_accept(request: httpx.Request, base_path: str) -> None:
    op = _routes.operation_for(request.method, request.url.path, base_path)
    if op is not None and op.accept != "application/json":
        request.headers["Accept"] = op.accept


def workflow_env(
    client: AnyClient,
    *,
    key_store: PublicKeyStore | None = None,
    storage: Storage | None = None,
    sleep: Callable[[float], Any] | None = None,
) -> Env:
    """The :class:`~ksef_sdk.flow.Env` of a workflow on ``client``: its own key store and pre-signed transfer
    client unless others are given, and fixed-bearer clients on its transport stack."""
    from ksef_sdk.flow._env import Env

    resources = resources_of(client)
    return Env(
        client,
        key_store=key_store or resources.key_store(),
        storage=storage or resources.storage,
        sleep=sleep,
        bearer_factory=lambda token: bearer_client(client, token),
    )


def resources_of(client: AnyClient) -> ClientResources:
    """The :class:`ClientResources` of a client from ``build_*client``. A generated client built by hand
    gets fresh resources derived from its attributes (its base URL's environment, default policies)."""
    for attribute in ("_client", "_async_client"):
        http = getattr(client, attribute, None)
        found = getattr(http, "ksef", None)
        if isinstance(found, ClientResources):
            return found
    base_url = str(client._base_url).rstrip("/")
    environment = next((e for e in ENVIRONMENTS.values() if e.api_base == base_url), None)
    settings = ClientSettings.resolve(environment or base_url, is_async=False, options={})
    resources = ClientResources(settings, transport=None, auth=None)
    resources.client = client
    return resources


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        raise ConfigurationError("timeout=None would let a request hang forever; pass seconds or httpx.Timeout")
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(float(timeout))


def _limiter(option: RateLimitOption) -> RateLimiter | None:
    if option is True:
        return RateLimiter()
    if option is False:
        return None
    if isinstance(option, RateLimiter):
        return option
    if isinstance(option, Mapping):
        return RateLimiter(overrides=option)
    raise ConfigurationError(f"rate_limits must be True, False, a RateLimiter or a mapping, got {option!r}")


def _retry(option: bool | RetryPolicy) -> RetryPolicy | None:
    if isinstance(option, RetryPolicy):
        return option
    if option is True:
        return RetryPolicy()
    if option is False:
        return None
    raise ConfigurationError(f"retry must be True, False or a RetryPolicy, got {option!r}")


def _headers(user_agent: str | None, problem_details: bool, headers: Mapping[str, str] | None) -> dict[str, str]:
    agent = defaults.USER_AGENT
    out = {"User-Agent": f"{user_agent} {agent}" if user_agent else agent, "Accept": "application/json"}
    if problem_details:
        out["X-Error-Format"] = "problem-details"
    for name, value in (headers or {}).items():
        if name.lower() == "authorization":
            raise ConfigurationError("do not pass an Authorization header: use tokens=... or bearer_client()")
        out[name] = value
    return out


def _assemble(resources: ClientResources, *, authenticated: bool, auth: httpx.Auth | None) -> AnyClient:
    """A generated client whose httpx client carries ``resources`` and ``auth``."""
    settings = resources.settings
    # httpx_args make clients derived by the generated with_headers()/with_timeout() keep the stack and auth.
    httpx_args: dict[str, Any] = {"transport": resources.transport}
    if auth is not None:
        httpx_args["auth"] = auth
    common: dict[str, Any] = {
        "base_url": settings.base_url,
        "headers": dict(settings.headers),
        "timeout": settings.timeout,
        "verify_ssl": settings.verify,
        "follow_redirects": settings.follow_redirects,
        "httpx_args": httpx_args,
        "response_error": _response_error,
    }
    client = _generated_client(settings, authenticated, common)
    http_kwargs: dict[str, Any] = {
        "base_url": settings.base_url,
        "headers": settings.headers,
        "timeout": settings.timeout,
        "follow_redirects": settings.follow_redirects,
        "transport": resources.transport,
        "auth": auth,
        "resources": resources,
    }
    if isinstance(client, AsyncClient) or (settings.is_async and not isinstance(client, SyncClient)):
        client.set_async_httpx_client(_AsyncHttpClient(**http_kwargs))
    else:
        client.set_httpx_client(_SyncHttpClient(**http_kwargs))
    resources.client = client
    return client


def _generated_client(settings: ClientSettings, authenticated: bool, common: dict[str, Any]) -> AnyClient:
    """The raising kind for ``settings`` (typed errors come from the httpx client's ``send``; ``error_factory``
    only backs it up), or the stock class when ``raise_on_error=False``. The token stays in the auth object."""
    token: dict[str, Any] = {"token": ""} if authenticated else {}
    if not settings.raise_on_error:
        return AuthenticatedClient(**token, **common) if authenticated else Client(**common)
    kind: Any = (
        (AsyncAuthenticatedClient if authenticated else AsyncClient)
        if settings.is_async
        else (SyncAuthenticatedClient if authenticated else SyncClient)
    )
    client: AnyClient = kind(**token, **common, error_factory=error_from_response)
    return client


def _make(
    environment: Environment | str,
    *,
    is_async: bool,
    auth: BearerAuth | None,
    authenticated: bool,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    sleep: Callable[[float], Any] | None,
    options: ClientOptions,
) -> AnyClient:
    settings = ClientSettings.resolve(environment, is_async=is_async, options=options)
    base_path = httpx.URL(settings.base_url).path.rstrip("/")
    limits = options.get("limits", defaults.POOL_LIMITS)
    storage: Storage | None = None
    if transport is not None:  # yours (a mock, a proxy, a recorder): pre-signed transfers go through it too
        shared = SharedTransport(transport)
        storage = Storage(
            settings.presigned,
            transport=None if is_async else shared,
            async_transport=shared if is_async else None,
            verify=settings.verify,
        )
    else:
        transport = (
            httpx.AsyncHTTPTransport(verify=settings.verify, limits=limits)
            if is_async
            else httpx.HTTPTransport(verify=settings.verify, limits=limits)
        )
    sleeps: dict[str, Any] = {}
    if sleep is not None:
        sleeps["async_sleep" if is_async else "sleep"] = sleep
    stacked = stack(transport, base_path=base_path, retry=settings.retry, limiter=settings.limiter, **sleeps)
    resources = ClientResources(settings, transport=stacked, auth=auth, storage=storage)
    return _assemble(resources, authenticated=authenticated, auth=auth)


def _bearer_auth(environment: Environment | str, **settings: Any) -> BearerAuth:
    """The :class:`BearerAuth` of a ``build_*client`` call (``settings``: its tokens, authenticator... keywords)."""
    return BearerAuth(base_url=resolve(environment).api_base, **settings)


@overload
def build_client(
    environment: Environment | str,
    *,
    tokens: TokenPair | None = None,
    authenticator: Callable[[], TokenPair] | None = None,
    authentication_token: Token | None = None,
    on_tokens: Callable[[TokenPair], None] | None = None,
    refresh_margin: float = defaults.REFRESH_MARGIN,
    token_store: TokenStore | None = None,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
    **options: Unpack[_RaisingOptions],
) -> SyncAuthenticatedClient: ...


@overload
def build_client(
    environment: Environment | str,
    *,
    tokens: TokenPair | None = None,
    authenticator: Callable[[], TokenPair] | None = None,
    authentication_token: Token | None = None,
    on_tokens: Callable[[TokenPair], None] | None = None,
    refresh_margin: float = defaults.REFRESH_MARGIN,
    token_store: TokenStore | None = None,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
    **options: Unpack[ClientOptions],
) -> SyncAuthenticatedClient | AuthenticatedClient: ...


def build_client(
    environment: Environment | str,
    *,
    tokens: TokenPair | None = None,
    authenticator: Callable[[], TokenPair] | None = None,
    authentication_token: Token | None = None,
    on_tokens: Callable[[TokenPair], None] | None = None,
    refresh_margin: float = defaults.REFRESH_MARGIN,
    token_store: TokenStore | None = None,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
    **options: Unpack[ClientOptions],
) -> SyncAuthenticatedClient | AuthenticatedClient:
    """A sync ``ksef_api.AuthenticatedClient`` for ``environment`` (``TEST``/``"demo"``/a base URL…).

    - ``tokens`` / ``authenticator`` / ``authentication_token`` / ``on_tokens`` / ``refresh_margin`` /
      ``token_store``: see :class:`~ksef_sdk.http.BearerAuth`. Without tokens the authenticator is called on
      first use; with a ``token_store`` (shared by many processes) the tokens another process saved are used.
    - ``transport``: the innermost transport (``httpx.MockTransport``, a VCR-patched or proxy transport);
      default ``httpx.HTTPTransport(limits=..., verify=...)`` (one connection pool per client).
    - ``sleep``: how retries and the rate limiter wait (tests inject a fake).
    - ``**options``: :class:`ClientOptions` (timeout, retry, rate_limits, raise_on_error...).
    """
    auth = _bearer_auth(
        environment,
        tokens=tokens,
        authenticator=authenticator,
        authentication_token=authentication_token,
        on_tokens=on_tokens,
        refresh_margin=refresh_margin,
        token_store=token_store,
    )
    client = _make(
        environment, is_async=False, auth=auth, authenticated=True, transport=transport, sleep=sleep, options=options
    )
    assert isinstance(client, (SyncAuthenticatedClient, AuthenticatedClient))
    return client


@overload
def build_async_client(
    environment: Environment | str,
    *,
    tokens: TokenPair | None = None,
    authenticator: Authenticator | None = None,
    authentication_token: Token | None = None,
    on_tokens: Callable[[TokenPair], None] | None = None,
    refresh_margin: float = defaults.REFRESH_MARGIN,
    token_store: TokenStore | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    **options: Unpack[_RaisingOptions],
) -> AsyncAuthenticatedClient: ...


@overload
def build_async_client(
    environment: Environment | str,
    *,
    tokens: TokenPair | None = None,
    authenticator: Authenticator | None = None,
    authentication_token: Token | None = None,
    on_tokens: Callable[[TokenPair], None] | None = None,
    refresh_margin: float = defaults.REFRESH_MARGIN,
    token_store: TokenStore | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    **options: Unpack[ClientOptions],
) -> AsyncAuthenticatedClient | AuthenticatedClient: ...


def build_async_client(
    environment: Environment | str,
    *,
    tokens: TokenPair | None = None,
    authenticator: Authenticator | None = None,
    authentication_token: Token | None = None,
    on_tokens: Callable[[TokenPair], None] | None = None,
    refresh_margin: float = defaults.REFRESH_MARGIN,
    token_store: TokenStore | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    **options: Unpack[ClientOptions],
) -> AsyncAuthenticatedClient | AuthenticatedClient:
    """The async twin of :func:`build_client`, for the generated ``asyncio``/``asyncio_detailed`` functions.

    ``authenticator`` may be a coroutine function (a plain one runs in a worker thread). Sync file-like
    request bodies (the XAdES ``File(payload=BytesIO)``) are read into bytes before sending.
    """
    auth = _bearer_auth(
        environment,
        tokens=tokens,
        authenticator=authenticator,
        authentication_token=authentication_token,
        on_tokens=on_tokens,
        refresh_margin=refresh_margin,
        token_store=token_store,
    )
    client = _make(
        environment, is_async=True, auth=auth, authenticated=True, transport=transport, sleep=sleep, options=options
    )
    assert isinstance(client, (AsyncAuthenticatedClient, AuthenticatedClient))
    return client


@overload
def build_public_client(
    environment: Environment | str,
    *,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
    **options: Unpack[_RaisingOptions],
) -> SyncClient: ...


@overload
def build_public_client(
    environment: Environment | str,
    *,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
    **options: Unpack[ClientOptions],
) -> SyncClient | Client: ...


def build_public_client(
    environment: Environment | str,
    *,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] | None = None,
    **options: Unpack[ClientOptions],
) -> SyncClient | Client:
    """A sync ``ksef_api.Client`` (no token) for public operations: challenge, public keys, KSeF-token/XAdES
    authentication. Same transport stack and options as :func:`build_client`."""
    client = _make(
        environment, is_async=False, auth=None, authenticated=False, transport=transport, sleep=sleep, options=options
    )
    assert isinstance(client, (SyncClient, Client))
    return client


@overload
def build_async_public_client(
    environment: Environment | str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    **options: Unpack[_RaisingOptions],
) -> AsyncClient: ...


@overload
def build_async_public_client(
    environment: Environment | str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    **options: Unpack[ClientOptions],
) -> AsyncClient | Client: ...


def build_async_public_client(
    environment: Environment | str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    **options: Unpack[ClientOptions],
) -> AsyncClient | Client:
    """The async twin of :func:`build_public_client`."""
    client = _make(
        environment, is_async=True, auth=None, authenticated=False, transport=transport, sleep=sleep, options=options
    )
    assert isinstance(client, (AsyncClient, Client))
    return client


@overload
def bearer_client(client: SyncClient, token: str) -> SyncAuthenticatedClient: ...


@overload
def bearer_client(client: AsyncClient, token: str) -> AsyncAuthenticatedClient: ...


@overload
def bearer_client(client: Client | AuthenticatedClient, token: str) -> AuthenticatedClient: ...


def bearer_client(
    client: AnyClient, token: str
) -> SyncAuthenticatedClient | AsyncAuthenticatedClient | AuthenticatedClient:
    """A client like ``client`` (base URL, headers, timeout, transport stack and connection pool, rate
    limiter, error mode, sync/async kind) that sends the fixed bearer ``token`` on every request, never
    refreshing it. Used with the *authentication* token for ``GET /auth/{ref}`` and
    ``POST /auth/token/redeem``. Closing it does not close ``client``'s connection pool.
    """
    if not isinstance(token, str) or not token:
        raise ConfigurationError("bearer_client needs a non-empty token string")
    parent = resources_of(client)
    if parent.transport is None:  # a generated client built by hand: copy what it exposes
        attrs: Any = client
        httpx_args = {**attrs._httpx_args, "auth": FixedBearerAuth(token)}
        if "transport" in httpx_args:  # borrowed: closing the bearer client must not close it
            httpx_args["transport"] = SharedTransport(httpx_args["transport"])
        kind: Any = (
            SyncAuthenticatedClient
            if isinstance(client, SyncClient)
            else AsyncAuthenticatedClient
            if isinstance(client, AsyncClient)
            else AuthenticatedClient
        )
        extra = {"error_factory": client.error_factory} if isinstance(client, (SyncClient, AsyncClient)) else {}
        copied: SyncAuthenticatedClient | AsyncAuthenticatedClient | AuthenticatedClient = kind(
            base_url=attrs._base_url,
            token="",
            headers=dict(attrs._headers),
            cookies=dict(attrs._cookies),
            timeout=attrs._timeout,
            verify_ssl=attrs._verify_ssl,
            follow_redirects=attrs._follow_redirects,
            httpx_args=httpx_args,
            **extra,
        )
        return copied
    resources = ClientResources(
        parent.settings, transport=SharedTransport(parent.transport), auth=None, storage=parent.storage
    )
    result = _assemble(resources, authenticated=True, auth=FixedBearerAuth(token))
    assert isinstance(result, (SyncAuthenticatedClient, AsyncAuthenticatedClient, AuthenticatedClient))
    return result


def get_auth(client: AnyClient) -> BearerAuth | None:
    """The :class:`~ksef_sdk.http.BearerAuth` of a client from :func:`build_client` (current tokens, ``set_tokens``)."""
    return resources_of(client).auth
