"""httpx transports: safe retries, client-side rate limits, logging and ``X-System-Warning`` surfacing.

Every transport here works for both ``httpx.Client`` and ``httpx.AsyncClient`` (it implements
``handle_request`` and ``handle_async_request``); the decisions are made once, in :class:`RetryPolicy`,
:class:`~ksef_sdk.http.RateLimiter` and :class:`Observer`, and the sync/async methods only drive them.
:func:`build_client <ksef_sdk.http.build_client>` stacks them as::

    RetryTransport → RateLimitTransport → ObserveTransport → httpx.HTTPTransport (or yours)

so every attempt, including retries and the token refresh, is rate limited, timed and logged.

Retry table
-----------

=====================================================  ======  ===============  =====================
operation                                              429     502/503/504      connection errors,
                                                                                timeouts
=====================================================  ======  ===============  =====================
every GET, DELETE, PUT                                 yes     yes              yes
POST /auth/challenge, POST /auth/token/refresh         yes     yes              yes
POST queries that create nothing: every path with a    yes     yes              yes
``/query`` segment (invoices/query/metadata,
certificates/query, permissions/query/…,
collective-identifiers/query),
POST /certificates/retrieve,
POST /collective-identifiers/invoices
POST /auth/token/redeem (works once)                   yes     no               no
POST /sessions/online/{ref}/invoices (invoice send)    yes     no               no
POST /sessions/batch/{ref}/close                       yes     no               no
every other POST (opening sessions, closing online     yes     no               no
sessions, exports, KSeF-token/XAdES auth, grants,
token and certificate issuance, test data)
=====================================================  ======  ===============  =====================

- A 429 means the request was not processed, so it is repeated for every operation after waiting the
  ``Retry-After`` seconds (exponential backoff when the header is missing). When ``Retry-After`` exceeds
  :attr:`RetryPolicy.max_retry_after` the request is not repeated and the :class:`~ksef_sdk.errors.RateLimitError`
  carries the server's value.
- 502/503/504 and transport errors (connect/read/write errors, timeouts, protocol errors) are retried
  with exponential backoff and jitter only where repeating cannot create a second object. After a
  timeout of a batch close or an invoice send, poll the session / invoice status instead.
- A response's body is read inside the retry loop, so a connection dropped or a body cut short while
  reading is retried like any other transport error (for the operations where that is safe).
- At most :attr:`RetryPolicy.max_retries` repeats; then the last response (or exception) is returned.
  The client converts a final transport exception into :class:`~ksef_sdk.errors.RequestNotSentError`
  (nothing left this machine) or :class:`~ksef_sdk.errors.OutcomeUnknownError` (KSeF may have acted).
"""

from __future__ import annotations

import enum
import logging
import random
import re
import time
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from ksef_sdk import defaults
from ksef_sdk.errors import KsefSystemWarning, TransportError, parse_retry_after
from ksef_sdk.http import _routes
from ksef_sdk.http._checks import body_problem
from ksef_sdk.http._ratelimit import RateLimiter

__all__ = [
    "ObserveTransport",
    "Observer",
    "RateLimitTransport",
    "RateLimiter",
    "RetryClass",
    "RetryPolicy",
    "RetryTransport",
    "parse_system_warnings",
    "retry_class",
]

logger = logging.getLogger("ksef_sdk")

Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]


class RetryClass(enum.Enum):
    """What an operation may be repeated on."""

    SAFE = "429, 502/503/504, connection errors and timeouts"
    RATE_LIMIT_ONLY = "429 only"


_SAFE_POSTS = frozenset(
    {
        "POST /auth/challenge",
        "POST /auth/token/refresh",
        "POST /certificates/retrieve",
        "POST /collective-identifiers/invoices",
    }
)
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})


def retry_class(method: str, operation_key: str | None) -> RetryClass:
    """The row of the retry table (module docstring) that applies to a request."""
    method = method.upper()
    if method in _SAFE_METHODS:
        return RetryClass.SAFE
    if operation_key is not None and method == "POST":
        path = operation_key.split(" ", 1)[1]
        if operation_key in _SAFE_POSTS or "query" in path.split("/"):
            return RetryClass.SAFE
    return RetryClass.RATE_LIMIT_ONLY


_RETRY_STATUSES = frozenset({502, 503, 504})
_RETRY_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before repeating a request (see the table in the module docstring).

    ``backoff`` for attempt *n* (0-based) is ``min(backoff_max, backoff_base * 2**n)``, of which the
    ``jitter`` fraction is randomised (``jitter=0.5``: between 50% and 100% of it).
    """

    max_retries: int = defaults.MAX_RETRIES
    backoff_base: float = defaults.BACKOFF_BASE
    backoff_max: float = defaults.BACKOFF_MAX
    jitter: float = defaults.JITTER
    max_retry_after: float = defaults.MAX_RETRY_AFTER
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def backoff(self, attempt: int) -> float:
        """The randomised exponential delay before repeat number ``attempt + 1``."""
        delay = min(self.backoff_max, self.backoff_base * (2**attempt))
        return float(delay * (1.0 - self.jitter * self.random()))

    def delay_after_status(
        self, method: str, operation_key: str | None, attempt: int, status: int, retry_after: str | None
    ) -> float | None:
        """Seconds to wait before repeating after an answer with ``status``, or ``None`` to keep it."""
        if attempt >= self.max_retries:
            return None
        if status == 429:
            seconds = parse_retry_after(retry_after)
            if seconds is None:
                return self.backoff(attempt)
            return seconds if seconds <= self.max_retry_after else None
        if status in _RETRY_STATUSES and retry_class(method, operation_key) is RetryClass.SAFE:
            return self.backoff(attempt)
        return None

    def delay_after_response(
        self, method: str, operation_key: str | None, attempt: int, response: httpx.Response
    ) -> float | None:
        """Seconds to wait before repeating after ``response``, or ``None`` to return it."""
        return self.delay_after_status(
            method, operation_key, attempt, response.status_code, response.headers.get("retry-after")
        )

    def delay_after_error(self, method: str, operation_key: str | None, attempt: int, error: Exception) -> float | None:
        """Seconds to wait before repeating after an httpx transport ``error``, or ``None`` to re-raise it."""
        if attempt >= self.max_retries or not isinstance(error, _RETRY_ERRORS):
            return None
        if isinstance(error, _NOT_SENT) or retry_class(method, operation_key) is RetryClass.SAFE:
            return self.backoff(attempt)
        return None

    def delay_after_garbled(self, method: str, operation_key: str | None, attempt: int) -> float | None:
        """Seconds to wait before repeating after a 2xx whose body is not what the spec promises."""
        if attempt >= self.max_retries or retry_class(method, operation_key) is not RetryClass.SAFE:
            return None
        return self.backoff(attempt)

    def delay_after_transport(
        self, method: str, operation_key: str | None, attempt: int, error: TransportError
    ) -> float | None:
        """The same for an already typed :class:`~ksef_sdk.errors.TransportError`: a request that was never
        sent is always repeatable; one whose answer was lost only where repeating is safe."""
        if attempt >= self.max_retries:
            return None
        if not error.maybe_processed or retry_class(method, operation_key) is RetryClass.SAFE:
            return self.backoff(attempt)
        return None


NO_RETRY = RetryPolicy(max_retries=0)

_WARNING_ITEM = re.compile(r"\[(?P<code>[^\]]+)\]:\s*(?P<message>[^|]+)")


def parse_system_warnings(value: str) -> list[tuple[str, str]]:
    """``"[code]: message | [code]: message"`` → ``[(code, message), ...]`` (the spec's ``X-System-Warning`` header)."""
    items = [(m["code"].strip(), m["message"].strip()) for m in _WARNING_ITEM.finditer(value)]
    if not items and value.strip():
        items = [("", value.strip())]
    return items


class Observer:
    """Logs each HTTP exchange (no headers, no bodies, no query strings) and raises system warnings."""

    def __init__(self, base_path: str = "", clock: Callable[[], float] = time.perf_counter) -> None:
        self.base_path = base_path
        self.clock = clock

    def _describe(self, request: httpx.Request) -> tuple[str, dict[str, Any]]:
        path = request.url.path
        op = _routes.operation_for(request.method, path, self.base_path)
        extra: dict[str, Any] = {
            "ksef_method": request.method,
            "ksef_path": path,
            "ksef_operation": op.key if op else None,
            "ksef_references": dict(op.params) if op else {},
        }
        return path, extra

    def response(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        level = logging.DEBUG if response.status_code < 400 else logging.INFO
        warned = "x-system-warning" in response.headers
        if not (warned or logger.isEnabledFor(level)):
            return  # the usual case: nothing to log, nothing to describe
        path, extra = self._describe(request)
        duration = (self.clock() - started) * 1000.0
        extra.update(ksef_status=response.status_code, ksef_duration_ms=round(duration, 1))
        logger.log(level, "%s %s -> %d (%.1f ms)", request.method, path, response.status_code, duration, extra=extra)
        for header in response.headers.get_list("x-system-warning"):
            for code, message in parse_system_warnings(header):
                logger.warning("KSeF system warning [%s]: %s", code, message, extra={**extra, "ksef_warning": code})
                warnings.warn(KsefSystemWarning(code, message), stacklevel=2)

    def error(self, request: httpx.Request, error: Exception, started: float) -> None:
        path, extra = self._describe(request)
        duration = (self.clock() - started) * 1000.0
        extra.update(ksef_error=type(error).__name__, ksef_duration_ms=round(duration, 1))
        logger.warning(
            "%s %s failed after %.1f ms: %s", request.method, path, duration, type(error).__name__, extra=extra
        )


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def _sync(inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> httpx.BaseTransport:
    if not isinstance(inner, httpx.BaseTransport):
        raise TypeError(f"{type(inner).__name__} is an async transport; use it with an AsyncClient")
    return inner


def _async(inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
    if not isinstance(inner, httpx.AsyncBaseTransport):
        raise TypeError(f"{type(inner).__name__} is a sync transport; use it with a Client")
    return inner


class _Wrapper(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport around another one, usable from sync and async clients."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    def close(self) -> None:
        if isinstance(self.inner, httpx.BaseTransport):
            self.inner.close()

    async def aclose(self) -> None:
        if isinstance(self.inner, httpx.AsyncBaseTransport):
            await self.inner.aclose()


class ObserveTransport(_Wrapper):
    """Reads, times and logs every attempt and turns ``X-System-Warning`` headers into :class:`KsefSystemWarning`.

    The body is read here, innermost, so that a connection dropped or cut short mid-body is an error of
    this attempt (logged, and retried by :class:`RetryTransport` where that is safe) and no response
    holds a pooled connection after it leaves the stack. API bodies are small (invoices ≤ 3 MB); large
    transfers go to pre-signed URLs through another client.
    """

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport, observer: Observer) -> None:
        super().__init__(inner)
        self.observer = observer

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = self.observer.clock()
        try:
            response = _sync(self.inner).handle_request(request)
            try:
                response.read()  # the body too: a connection dropped mid-body fails here, inside the retries
            except BaseException:
                response.close()
                raise
        except Exception as exc:
            self.observer.error(request, exc, started)
            raise
        self.observer.response(request, response, started)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = self.observer.clock()
        try:
            response = await _async(self.inner).handle_async_request(request)
            try:
                await response.aread()  # the body too: a connection dropped mid-body fails here
            except BaseException:
                await response.aclose()
                raise
        except Exception as exc:
            self.observer.error(request, exc, started)
            raise
        self.observer.response(request, response, started)
        return response


class RateLimitTransport(_Wrapper):
    """Waits for a free slot of the request's operation group before sending (see :class:`RateLimiter`)."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        limiter: RateLimiter,
        *,
        base_path: str = "",
        sleep: Sleep = time.sleep,
        async_sleep: AsyncSleep | None = None,
    ) -> None:
        super().__init__(inner)
        self.limiter = limiter
        self.base_path = base_path
        self.sleep = sleep
        self.async_sleep = async_sleep or _asyncio_sleep

    def _wait(self, request: httpx.Request) -> float:
        op = _routes.operation_for(request.method, request.url.path, self.base_path)
        delay = self.limiter.reserve(op.key if op else None)
        if delay > 0:
            logger.debug("rate limit: %s waits %.3f s", op.key if op else request.method, delay)
        return delay

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        delay = self._wait(request)
        if delay > 0:
            self.sleep(delay)
        return _sync(self.inner).handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        delay = self._wait(request)
        if delay > 0:
            await self.async_sleep(delay)
        return await _async(self.inner).handle_async_request(request)


class RetryTransport(_Wrapper):
    """Repeats requests per :class:`RetryPolicy` (the table in the module docstring)."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        *,
        base_path: str = "",
        sleep: Sleep = time.sleep,
        async_sleep: AsyncSleep | None = None,
    ) -> None:
        super().__init__(inner)
        self.policy = policy or RetryPolicy()
        self.base_path = base_path
        self.sleep = sleep
        self.async_sleep = async_sleep or _asyncio_sleep

    def _decide(self, request: httpx.Request, attempt: int, outcome: httpx.Response | Exception) -> float | None:
        op = _routes.operation_for(request.method, request.url.path, self.base_path)
        key = op.key if op else None
        if isinstance(outcome, httpx.Response):
            problem = body_problem(outcome, op) if outcome.is_success else None
            if problem is None:
                delay = self.policy.delay_after_response(request.method, key, attempt, outcome)
                what = str(outcome.status_code)
            else:  # a body cut short or garbled: like a dropped connection, repeated only where that is safe
                delay = self.policy.delay_after_garbled(request.method, key, attempt)
                what = f"{outcome.status_code} with a malformed body"
        else:
            delay = self.policy.delay_after_error(request.method, key, attempt, outcome)
            what = type(outcome).__name__
        if delay is not None:
            logger.warning(
                "retrying %s %s after %s in %.2f s (repeat %d of %d)",
                request.method,
                request.url.path,
                what,
                delay,
                attempt + 1,
                self.policy.max_retries,
                extra={"ksef_method": request.method, "ksef_path": request.url.path, "ksef_operation": key},
            )
        return delay

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # make the body replayable
        attempt = 0
        while True:
            try:
                response = _sync(self.inner).handle_request(request)
            except Exception as exc:
                delay = self._decide(request, attempt, exc)
                if delay is None:
                    raise
            else:
                delay = self._decide(request, attempt, response)
                if delay is None:
                    return response
                response.close()
            self.sleep(delay)
            attempt += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # make the body replayable
        attempt = 0
        while True:
            try:
                response = await _async(self.inner).handle_async_request(request)
            except Exception as exc:
                delay = self._decide(request, attempt, exc)
                if delay is None:
                    raise
            else:
                delay = self._decide(request, attempt, response)
                if delay is None:
                    return response
                await response.aclose()
            await self.async_sleep(delay)
            attempt += 1


class SharedTransport(_Wrapper):
    """Another client's transport stack, borrowed: closing this does not close the shared pool."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _sync(self.inner).handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await _async(self.inner).handle_async_request(request)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


def stack(
    base: httpx.BaseTransport | httpx.AsyncBaseTransport,
    *,
    base_path: str,
    retry: RetryPolicy | None,
    limiter: RateLimiter | None,
    sleep: Sleep = time.sleep,
    async_sleep: AsyncSleep | None = None,
) -> _Wrapper:
    """``base`` wrapped in observe → rate limit (if ``limiter``) → retry (if ``retry``)."""
    transport: _Wrapper = ObserveTransport(base, Observer(base_path))
    if limiter is not None:
        transport = RateLimitTransport(transport, limiter, base_path=base_path, sleep=sleep, async_sleep=async_sleep)
    if retry is not None and retry.max_retries > 0:
        transport = RetryTransport(transport, retry, base_path=base_path, sleep=sleep, async_sleep=async_sleep)
    return transport
