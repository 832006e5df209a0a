"""Configured ``ksef_api`` clients: timeouts, User-Agent, problem-details errors, pooling, auth, retries, limits.

::

    from ksef_sdk import build_client
    from ksef_api.api.online_session import post_sessions_online_reference_number_invoices as send

    with build_client("test", tokens=pair, on_tokens=save) as client:
        result = send.sync(reference_number=ref, client=client, body=request)   # raises typed errors

The objects returned are the generated ``ksef_api.AuthenticatedClient`` / ``ksef_api.Client``; the
behaviour lives in the httpx client they hold (``BearerAuth``, the transport stack of
:mod:`ksef_sdk.http._transport`, and typed errors raised from ``send`` after auth has had its say, so a
401 is refreshed before it becomes an :class:`~ksef_sdk.errors.UnauthorizedError`).
"""

from __future__ import annotations

import ssl
import weakref
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Union

import httpx
from ksef_api import AuthenticatedClient, Client

from ksef_sdk import __version__
from ksef_sdk.environments import Environment, resolve
from ksef_sdk.errors import ConfigurationError, error_from_response
from ksef_sdk.http._bearer import Authenticator, BearerAuth, FixedBearerAuth
from ksef_sdk.http._ratelimit import Limits, RateLimiter
from ksef_sdk.http._tokens import Token, TokenPair
from ksef_sdk.http._transport import RetryPolicy, SharedTransport, stack

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_TIMEOUT",
    "bearer_client",
    "build_async_client",
    "build_async_public_client",
    "build_client",
    "build_public_client",
    "get_auth",
]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s per read/write/pool wait, 10 s to connect: KSeF answers in well under that; nothing hangs forever."""
DEFAULT_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30.0)
USER_AGENT = f"ksef-sdk/{__version__}"

AnyClient = Union[Client, AuthenticatedClient]  # noqa: UP007
RateLimitOption = Union[bool, RateLimiter, Mapping[str, Union[Limits, None]]]  # noqa: UP007


class _SyncHttpClient(httpx.Client):
    """httpx.Client that makes request bodies replayable and (optionally) raises typed errors."""

    def __init__(self, *, raise_on_error: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.raise_on_error = raise_on_error

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        request.read()  # a file-like body (XAdES) becomes bytes: retries and the 401 repeat can resend it
        response = super().send(request, **kwargs)
        if self.raise_on_error and not response.is_success:
            response.read()
            response.close()
            raise error_from_response(response)
        return response


class _AsyncHttpClient(httpx.AsyncClient):
    """httpx.AsyncClient that accepts sync bodies (``File(payload=BytesIO)``) and raises typed errors."""

    def __init__(self, *, raise_on_error: bool, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.raise_on_error = raise_on_error

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if not isinstance(request.stream, httpx.AsyncByteStream):
            # httpx.AsyncClient refuses sync streams; read the (small, in-memory) body into bytes.
            request.read()
        response = await super().send(request, **kwargs)
        if self.raise_on_error and not response.is_success:
            await response.aread()
            await response.aclose()
            raise error_from_response(response)
        return response


@dataclass(frozen=True)
class _Setup:
    """How a client was built; :func:`bearer_client` reuses it."""

    base_url: str
    headers: dict[str, str]
    timeout: httpx.Timeout
    verify: ssl.SSLContext | str | bool
    follow_redirects: bool
    raise_on_error: bool
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport
    is_async: bool
    auth: BearerAuth | None


_SETUPS: dict[int, _Setup] = {}  # id(client) → setup; the generated clients are unhashable attrs classes


def _register(client: AnyClient, setup: _Setup) -> None:
    _SETUPS[id(client)] = setup
    weakref.finalize(client, _SETUPS.pop, id(client), None)


def _setup_of(client: AnyClient) -> _Setup | None:
    return _SETUPS.get(id(client))


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
    out = {"User-Agent": f"{user_agent} {USER_AGENT}" if user_agent else USER_AGENT, "Accept": "application/json"}
    if problem_details:
        out["X-Error-Format"] = "problem-details"
    for name, value in (headers or {}).items():
        if name.lower() == "authorization":
            raise ConfigurationError("do not pass an Authorization header: use tokens=... or bearer_client()")
        out[name] = value
    return out


def _make(
    *,
    environment: Environment | str,
    is_async: bool,
    authenticated: bool,
    auth: BearerAuth | None,
    timeout: float | httpx.Timeout | None,
    retry: bool | RetryPolicy,
    rate_limits: RateLimitOption,
    raise_on_error: bool,
    problem_details: bool | None,
    user_agent: str | None,
    headers: Mapping[str, str] | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    limits: httpx.Limits,
    verify: ssl.SSLContext | str | bool,
    follow_redirects: bool,
    sleep: Callable[[float], Any] | None,
) -> AnyClient:
    env = resolve(environment)
    base_url = env.api_base
    base_path = httpx.URL(base_url).path.rstrip("/")
    if transport is None:
        transport = (
            httpx.AsyncHTTPTransport(verify=verify, limits=limits)
            if is_async
            else httpx.HTTPTransport(verify=verify, limits=limits)
        )
    sleeps: dict[str, Any] = {}
    if sleep is not None:
        sleeps["async_sleep" if is_async else "sleep"] = sleep
    stacked = stack(transport, base_path=base_path, retry=_retry(retry), limiter=_limiter(rate_limits), **sleeps)
    setup = _Setup(
        base_url=base_url,
        # Typed errors parse both formats; the generated parsers of a raise_on_error=False client expect the
        # legacy JSON of 400/429 (a problem+json 429 would make them fail), so they are not asked for it.
        headers=_headers(user_agent, raise_on_error if problem_details is None else problem_details, headers),
        timeout=_timeout(timeout),
        verify=verify,
        follow_redirects=follow_redirects,
        raise_on_error=raise_on_error,
        transport=stacked,
        is_async=is_async,
        auth=auth,
    )
    return _assemble(setup, token=None if not authenticated else "", auth=auth)


def _assemble(setup: _Setup, *, token: str | None, auth: httpx.Auth | None) -> AnyClient:
    """A generated client whose httpx client carries ``setup`` and ``auth``."""
    # httpx_args make clients derived by the generated with_headers()/with_timeout() keep the stack and auth.
    httpx_args: dict[str, Any] = {"transport": setup.transport}
    if auth is not None:
        httpx_args["auth"] = auth
    common: dict[str, Any] = {
        "base_url": setup.base_url,
        "headers": dict(setup.headers),
        "timeout": setup.timeout,
        "verify_ssl": setup.verify,
        "follow_redirects": setup.follow_redirects,
        "httpx_args": httpx_args,
    }
    client: AnyClient = Client(**common) if token is None else AuthenticatedClient(token=token, **common)
    http_kwargs: dict[str, Any] = {
        "base_url": setup.base_url,
        "headers": setup.headers,
        "timeout": setup.timeout,
        "follow_redirects": setup.follow_redirects,
        "raise_on_error": setup.raise_on_error,
        "transport": setup.transport,
        "auth": auth,
    }
    if setup.is_async:
        client.set_async_httpx_client(_AsyncHttpClient(**http_kwargs))
    else:
        client.set_httpx_client(_SyncHttpClient(**http_kwargs))
    _register(client, setup)
    return client


def _authenticated(
    *,
    is_async: bool,
    tokens: TokenPair | None,
    authenticator: Authenticator | None,
    authentication_token: Token | None,
    on_tokens: Callable[[TokenPair], None] | None,
    refresh_margin: float,
    **options: Any,
) -> AuthenticatedClient:
    auth = BearerAuth(
        tokens,
        base_url=resolve(options["environment"]).api_base,
        authentication_token=authentication_token,
        authenticator=authenticator,
        on_tokens=on_tokens,
        refresh_margin=refresh_margin,
    )
    client = _make(is_async=is_async, authenticated=True, auth=auth, **options)
    assert isinstance(client, AuthenticatedClient)
    return client


def build_client(
    environment: Environment | str,
    *,
    tokens: TokenPair | None = None,
    authenticator: Callable[[], TokenPair] | None = None,
    authentication_token: Token | None = None,
    on_tokens: Callable[[TokenPair], None] | None = None,
    refresh_margin: float = 60.0,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retry: bool | RetryPolicy = True,
    rate_limits: RateLimitOption = True,
    raise_on_error: bool = True,
    problem_details: bool | None = None,
    user_agent: str | None = None,
    headers: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    limits: httpx.Limits = DEFAULT_LIMITS,
    verify: ssl.SSLContext | str | bool = True,
    follow_redirects: bool = False,
    sleep: Callable[[float], None] | None = None,
) -> AuthenticatedClient:
    """A sync ``ksef_api.AuthenticatedClient`` for ``environment`` (``TEST``/``"demo"``/a base URL…).

    - ``tokens`` / ``authenticator`` / ``authentication_token`` / ``on_tokens`` / ``refresh_margin``: see
      :class:`~ksef_sdk.http.BearerAuth`. Without tokens the authenticator is called on first use.
    - ``timeout``: always on (default :data:`DEFAULT_TIMEOUT`); ``None`` is refused.
    - ``retry``: ``True`` (default :class:`~ksef_sdk.http.RetryPolicy`), ``False``, or a policy.
    - ``rate_limits``: ``True`` (the spec's ``x-rate-limits``), ``False``, overrides
      (``{"POST /invoices/exports": {"perSecond": 2}}``, ``{"invoiceSend": None}``) or a shared
      :class:`~ksef_sdk.http.RateLimiter`.
    - ``raise_on_error``: every non-2xx raises the typed :class:`~ksef_sdk.errors.KsefApiError`, so
      ``sync()`` never returns an error model. With ``False``, check ``sync_detailed`` results with
      :func:`~ksef_sdk.errors.unwrap`.
    - ``problem_details``: send ``X-Error-Format: problem-details`` (400/429 as ``application/problem+json``);
      default: when ``raise_on_error`` (the generated parsers of 400/429 expect the legacy JSON).
    - ``user_agent``: your product, prepended to ``ksef-sdk/<version>``.
    - ``transport``: the innermost transport (``httpx.MockTransport``, a VCR-patched or proxy transport);
      default ``httpx.HTTPTransport(limits=limits, verify=verify)`` (one connection pool per client).
    - ``sleep``: how retries and the rate limiter wait (tests inject a fake).
    """
    return _authenticated(is_async=False, **locals())


def build_async_client(
    environment: Environment | str,
    *,
    tokens: TokenPair | None = None,
    authenticator: Authenticator | None = None,
    authentication_token: Token | None = None,
    on_tokens: Callable[[TokenPair], None] | None = None,
    refresh_margin: float = 60.0,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retry: bool | RetryPolicy = True,
    rate_limits: RateLimitOption = True,
    raise_on_error: bool = True,
    problem_details: bool | None = None,
    user_agent: str | None = None,
    headers: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    limits: httpx.Limits = DEFAULT_LIMITS,
    verify: ssl.SSLContext | str | bool = True,
    follow_redirects: bool = False,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> AuthenticatedClient:
    """The async twin of :func:`build_client`, for the generated ``asyncio``/``asyncio_detailed`` functions.

    ``authenticator`` may be a coroutine function (a plain one runs in a worker thread). Sync file-like
    request bodies (the XAdES ``File(payload=BytesIO)``) are read into bytes before sending.
    """
    return _authenticated(is_async=True, **locals())


def build_public_client(
    environment: Environment | str,
    *,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retry: bool | RetryPolicy = True,
    rate_limits: RateLimitOption = True,
    raise_on_error: bool = True,
    problem_details: bool | None = None,
    user_agent: str | None = None,
    headers: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    limits: httpx.Limits = DEFAULT_LIMITS,
    verify: ssl.SSLContext | str | bool = True,
    follow_redirects: bool = False,
    sleep: Callable[[float], None] | None = None,
) -> Client:
    """A sync ``ksef_api.Client`` (no token) for public operations: challenge, public keys, KSeF-token/XAdES
    authentication. Same transport stack and options as :func:`build_client`."""
    client = _make(is_async=False, authenticated=False, auth=None, **locals())
    assert isinstance(client, Client)
    return client


def build_async_public_client(
    environment: Environment | str,
    *,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
    retry: bool | RetryPolicy = True,
    rate_limits: RateLimitOption = True,
    raise_on_error: bool = True,
    problem_details: bool | None = None,
    user_agent: str | None = None,
    headers: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    limits: httpx.Limits = DEFAULT_LIMITS,
    verify: ssl.SSLContext | str | bool = True,
    follow_redirects: bool = False,
    sleep: Callable[[float], Awaitable[None]] | None = None,
) -> Client:
    """The async twin of :func:`build_public_client`."""
    client = _make(is_async=True, authenticated=False, auth=None, **locals())
    assert isinstance(client, Client)
    return client


def bearer_client(client: Client | AuthenticatedClient, token: str) -> AuthenticatedClient:
    """A client like ``client`` (base URL, headers, timeout, transport stack and connection pool, rate
    limiter, error mode, sync/async kind) that sends the fixed bearer ``token`` on every request, never
    refreshing it. Used with the *authentication* token for ``GET /auth/{ref}`` and
    ``POST /auth/token/redeem``. Closing it does not close ``client``'s connection pool.
    """
    if not isinstance(token, str) or not token:
        raise ConfigurationError("bearer_client needs a non-empty token string")
    setup = _setup_of(client)
    if setup is None:  # a generated client built by hand: copy what it exposes
        attrs: Any = client
        httpx_args = {**attrs._httpx_args, "auth": FixedBearerAuth(token)}
        if "transport" in httpx_args:  # borrowed: closing the bearer client must not close it
            httpx_args["transport"] = SharedTransport(httpx_args["transport"])
        return AuthenticatedClient(
            base_url=attrs._base_url,
            token="",  # the generated repr shows ``token``: keep the secret in the auth object
            headers=dict(attrs._headers),
            cookies=dict(attrs._cookies),
            timeout=attrs._timeout,
            verify_ssl=attrs._verify_ssl,
            follow_redirects=attrs._follow_redirects,
            httpx_args=httpx_args,
        )
    shared = _Setup(
        base_url=setup.base_url,
        headers=setup.headers,
        timeout=setup.timeout,
        verify=setup.verify,
        follow_redirects=setup.follow_redirects,
        raise_on_error=setup.raise_on_error,
        transport=SharedTransport(setup.transport),
        is_async=setup.is_async,
        auth=None,
    )
    result = _assemble(shared, token="", auth=FixedBearerAuth(token))
    assert isinstance(result, AuthenticatedClient)
    return result


def get_auth(client: Client | AuthenticatedClient) -> BearerAuth | None:
    """The :class:`~ksef_sdk.http.BearerAuth` of a client from :func:`build_client` (current tokens, ``set_tokens``)."""
    setup = _setup_of(client)
    return setup.auth if setup is not None else None
