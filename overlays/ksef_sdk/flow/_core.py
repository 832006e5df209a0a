"""Sans-IO workflow machinery: flows are generators that yield effects; two thin drivers run them.

A *flow* (online session step, batch upload, export download...) is written once as a generator. It
yields effect objects - "call this generated operation", "GET this pre-signed URL", "sleep",
"give me the Ministry certificate", "run these effects concurrently" - and receives each result (or
has the error thrown into it, so flows use ordinary ``try/except``). :func:`run_sync` and
:func:`run_async` perform the effects with blocking or asyncio I/O; nothing else differs between the
sync and async APIs.

Pre-signed URLs (batch part upload, UPO ``downloadUrl``, export parts) are called through a separate
plain ``httpx`` client that never carries the bearer token.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Generic, TypeVar

import httpx

from ksef_sdk.errors import ConfigurationError, KsefError, RateLimitError, raise_for_status, unwrap
from ksef_sdk.errors._workflows import PollTimeoutError

T = TypeVar("T")
CHUNK = 1024 * 1024


# ---------------------------------------------------------------------------------------------- effects


@dataclass(frozen=True)
class Call:
    """Call a generated operation module (``op.sync_detailed`` / ``op.asyncio_detailed``).

    The flow receives the parsed model (typed errors raised for non-2xx), or with ``raw=True`` the
    generated ``Response`` (for headers such as ``x-ms-meta-hash`` / ``x-continuation-token``).
    With ``bearer`` the call goes through a client like ``Env.client`` that sends that token (the
    *authentication* token of ``GET /auth/{ref}`` / ``POST /auth/token/redeem``); it is never shown.
    """

    op: ModuleType
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    expected: type | None = None
    raw: bool = False
    bearer: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class FileSlice:
    """A byte range of a file, streamed as a request body in ``CHUNK`` pieces."""

    path: Path
    offset: int = 0
    length: int | None = None

    def size(self) -> int:
        return self.length if self.length is not None else os.path.getsize(self.path) - self.offset

    def chunks(self) -> Iterator[bytes]:
        remaining = self.size()
        with open(self.path, "rb") as fh:
            fh.seek(self.offset)
            while remaining > 0:
                chunk = fh.read(min(CHUNK, remaining))
                if not chunk:
                    raise KsefError(f"{self.path} is shorter than expected")
                remaining -= len(chunk)
                yield chunk


@dataclass(frozen=True)
class Http:
    """A plain request to a pre-signed URL: exactly these headers, no Authorization.

    ``body`` is bytes or a :class:`FileSlice` (streamed, with an explicit ``Content-Length``).
    ``save_to`` streams the response body into that file instead of memory. The flow receives an
    :class:`HttpResult`; non-2xx raise the typed error.
    """

    method: str
    url: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | FileSlice | None = None
    save_to: Path | None = None


@dataclass(frozen=True)
class HttpResult:
    status_code: int
    headers: Mapping[str, str]
    content: bytes | None


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class GetCertificate:
    """The Ministry certificate for ``usage`` from the key store (``force_refresh`` after 21470)."""

    usage: str
    force_refresh: bool = False


@dataclass(frozen=True)
class Gather:
    """Run effects concurrently (at most ``concurrency`` at once); the flow gets a list of :class:`Outcome`."""

    effects: Sequence[Effect]
    concurrency: int = 4
    on_each: Callable[[int, Outcome[Any]], None] | None = None
    """Called as each effect finishes (index, outcome) - from worker threads in the sync driver."""


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T | None = None
    error: BaseException | None = None


Effect = Call | Http | Sleep | GetCertificate | Gather
Flow = Generator[Effect, Any, T]


# --------------------------------------------------------------------------------------------- context


@dataclass
class Env:
    """What the drivers need: the API client, a bearer-free client for pre-signed URLs, the key store.

    Clients made for :attr:`Call.bearer` tokens are cached per token and closed by :meth:`close` /
    :meth:`aclose` (or ``with env:`` / ``async with env:``); ``client`` and storage clients are not.
    """

    client: Any  # ksef_api.AuthenticatedClient (or Client for public operations)
    key_store: Any = None  # ksef_sdk.crypto.PublicKeyStore
    storage_client: httpx.Client | None = None
    async_storage_client: httpx.AsyncClient | None = None
    sleep: Callable[[float], Any] | None = None  # sync: time.sleep; async: asyncio.sleep
    calls: list[str] = field(default_factory=list)  # "METHOD module" of every API call made (for reports)
    bearer_clients: dict[str, Any] = field(default_factory=dict, repr=False)

    def count(self, effect: Call) -> None:
        self.calls.append(effect.op.__name__.rsplit(".", 1)[-1])

    def api_client(self, call: Call) -> Any:
        """``client``, or for a ``bearer`` call a client on the same stack sending that token."""
        if call.bearer is None:
            return self.client
        found = self.bearer_clients.get(call.bearer)
        if found is None:
            from ksef_sdk.http._client import bearer_client

            found = self.bearer_clients[call.bearer] = bearer_client(self.client, call.bearer)
        return found

    def close(self) -> None:
        while self.bearer_clients:
            self.bearer_clients.popitem()[1].__exit__(None, None, None)

    async def aclose(self) -> None:
        while self.bearer_clients:
            await self.bearer_clients.popitem()[1].__aexit__(None, None, None)

    def __enter__(self) -> Env:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Env:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def _result(call: Call, response: Any) -> Any:
    if call.raw:
        status = int(response.status_code)
        if not 200 <= status < 300:
            unwrap(response)  # raises the typed error
        return response
    return unwrap(response, call.expected) if call.expected is not None else unwrap(response)


def _request(
    storage: httpx.Client | httpx.AsyncClient, http: Http, stream: Callable[[FileSlice], Any]
) -> httpx.Request:
    """The request for ``http``; a :class:`FileSlice` body is read through ``stream`` with a Content-Length."""
    body: Any = http.body
    size = None
    if isinstance(body, FileSlice):
        size, body = body.size(), stream(body)
    elif isinstance(body, bytes):
        size = len(body)
    headers = dict(http.headers)
    if size is not None and not any(k.lower() == "content-length" for k in headers):
        headers["Content-Length"] = str(size)
    return storage.build_request(http.method, http.url, headers=headers, content=body)


def _http_result(response: httpx.Response, content: bytes | None) -> HttpResult:
    return HttpResult(response.status_code, dict(response.headers), content)


STORAGE_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


# ------------------------------------------------------------------------------------------ sync driver


def _perform_sync(env: Env, effect: Effect) -> Any:
    if isinstance(effect, Call):
        env.count(effect)
        return _result(effect, effect.op.sync_detailed(client=env.api_client(effect), **effect.kwargs))
    if isinstance(effect, Http):
        storage = env.storage_client
        if storage is None:
            storage = env.storage_client = httpx.Client(timeout=STORAGE_TIMEOUT)
        response = storage.send(_request(storage, effect, FileSlice.chunks), stream=True)
        try:
            if not 200 <= response.status_code < 300:
                response.read()
                raise_for_status(response)
            if effect.save_to is not None:
                with open(effect.save_to, "wb") as fh:
                    for chunk in response.iter_bytes(CHUNK):
                        fh.write(chunk)
                return _http_result(response, None)
            return _http_result(response, response.read())
        finally:
            response.close()
    if isinstance(effect, Sleep):
        (env.sleep or time.sleep)(effect.seconds)
        return None
    if isinstance(effect, GetCertificate):
        return env.key_store.get(effect.usage, force_refresh=effect.force_refresh)
    if isinstance(effect, Gather):
        if not effect.effects:
            return []
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, effect.concurrency)) as pool:

            def one(index: int, sub: Effect) -> Outcome[Any]:
                try:
                    outcome: Outcome[Any] = Outcome(value=_perform_sync(env, sub))
                except Exception as exc:
                    outcome = Outcome(error=exc)
                if effect.on_each is not None:
                    effect.on_each(index, outcome)
                return outcome

            futures = [pool.submit(one, i, sub) for i, sub in enumerate(effect.effects)]
            return [future.result() for future in futures]
    raise TypeError(f"unknown effect {effect!r}")  # pragma: no cover


@dataclass(frozen=True)
class _Return:
    """The last item of a driver: the flow's return value."""

    value: Any


def _advance(flow: Generator[Any, Any, Any], value: Any, error: BaseException | None) -> Any:
    """The flow's next step after ``value`` (or ``error`` thrown in); a :class:`_Return` when it ends."""
    try:
        return flow.throw(error) if error is not None else flow.send(value)
    except StopIteration as stop:
        return _Return(stop.value)


def _drive_sync(flow: Generator[Any, Any, Any], env: Env) -> Iterator[Any]:
    """Perform the flow's effects; yield the items of its :class:`Emit` steps, then its :class:`_Return`."""
    value: Any = None
    error: BaseException | None = None
    while not isinstance(step := _advance(flow, value, error), _Return):
        value, error = None, None
        if isinstance(step, Emit):
            yield from step.items
            continue
        try:
            value = _perform_sync(env, step)
        except Exception as exc:
            error = exc
    yield step


def run_sync(flow: Flow[T], env: Env) -> T:
    """Run a flow with blocking I/O."""
    for item in _drive_sync(flow, env):
        if isinstance(item, _Return):
            return item.value  # type: ignore[no-any-return]
    raise AssertionError("unreachable")  # pragma: no cover


# ----------------------------------------------------------------------------------------- async driver


async def _achunks(body: FileSlice) -> AsyncIterator[bytes]:
    iterator = body.chunks()
    while True:
        chunk = await asyncio.to_thread(next, iterator, None)
        if chunk is None:
            return
        yield chunk


async def _aperform(env: Env, effect: Effect) -> Any:
    if isinstance(effect, Call):
        env.count(effect)
        return _result(effect, await effect.op.asyncio_detailed(client=env.api_client(effect), **effect.kwargs))
    if isinstance(effect, Http):
        storage = env.async_storage_client
        if storage is None:
            storage = env.async_storage_client = httpx.AsyncClient(timeout=STORAGE_TIMEOUT)
        response = await storage.send(_request(storage, effect, _achunks), stream=True)
        try:
            if not 200 <= response.status_code < 300:
                await response.aread()
                raise_for_status(response)
            if effect.save_to is not None:
                with open(effect.save_to, "wb") as fh:
                    async for chunk in response.aiter_bytes(CHUNK):
                        fh.write(chunk)
                return _http_result(response, None)
            return _http_result(response, await response.aread())
        finally:
            await response.aclose()
    if isinstance(effect, Sleep):
        await (env.sleep or asyncio.sleep)(effect.seconds)
        return None
    if isinstance(effect, GetCertificate):
        return await env.key_store.aget(effect.usage, force_refresh=effect.force_refresh)
    if isinstance(effect, Gather):
        semaphore = asyncio.Semaphore(max(1, effect.concurrency))

        async def one(index: int, sub: Effect) -> Outcome[Any]:
            async with semaphore:
                try:
                    outcome: Outcome[Any] = Outcome(value=await _aperform(env, sub))
                except Exception as exc:
                    outcome = Outcome(error=exc)
            if effect.on_each is not None:
                effect.on_each(index, outcome)
            return outcome

        return list(await asyncio.gather(*(one(i, sub) for i, sub in enumerate(effect.effects))))
    raise TypeError(f"unknown effect {effect!r}")  # pragma: no cover


async def _drive_async(flow: Generator[Any, Any, Any], env: Env) -> AsyncIterator[Any]:
    """The asyncio :func:`_drive_sync`."""
    value: Any = None
    error: BaseException | None = None
    while not isinstance(step := _advance(flow, value, error), _Return):
        value, error = None, None
        if isinstance(step, Emit):
            for item in step.items:
                yield item
            continue
        try:
            value = await _aperform(env, step)
        except Exception as exc:
            error = exc
    yield step


async def run_async(flow: Flow[T], env: Env) -> T:
    """Run a flow with asyncio I/O."""
    async for item in _drive_async(flow, env):
        if isinstance(item, _Return):
            return item.value  # type: ignore[no-any-return]
    raise AssertionError("unreachable")  # pragma: no cover


# ---------------------------------------------------------------------------------------------- polling


@dataclass(frozen=True)
class PollPolicy:
    """Bounded polling: first delay, growth factor, cap per delay, and the total time budget (seconds)."""

    initial: float = 0.5
    factor: float = 1.5
    max_delay: float = 10.0
    timeout: float = 600.0

    def __post_init__(self) -> None:
        if self.initial < 0 or self.factor < 1 or self.max_delay < 0 or self.timeout < 0:
            raise ConfigurationError(f"invalid {self!r}: delays and timeout must be >= 0 and factor >= 1")

    def delays(self) -> Iterator[float]:
        """Successive delays whose sum stays within ``timeout``."""
        delay, spent = self.initial, 0.0
        while spent < self.timeout:
            step = min(delay, self.max_delay, self.timeout - spent)
            spent += step
            yield step
            delay *= self.factor


def poll(fetch: Callable[[], Flow[T]], done: Callable[[T], bool], policy: PollPolicy, what: str) -> Flow[T]:
    """Run ``fetch()`` until ``done(result)``, sleeping per ``policy`` in between.

    A 429 (:class:`~ksef_sdk.errors.RateLimitError`) from ``fetch`` costs one delay (at least the
    server's ``Retry-After``) and is retried; once the budget is spent it is raised.
    """
    delays = policy.delays()
    while True:
        try:
            result = yield from fetch()
        except RateLimitError as exc:
            delay = next(delays, None)
            if delay is None:
                raise
            yield Sleep(max(delay, exc.retry_after or 0.0))
            continue
        if done(result):
            return result
        delay = next(delays, None)
        if delay is None:
            raise PollTimeoutError(f"{what}: still not done after {policy.timeout:g} s", last=result)
        yield Sleep(delay)


# -------------------------------------------------------------------------------------------- iterators


@dataclass(frozen=True)
class Emit:
    """Not an effect: items a streaming flow hands to its caller (see :func:`iterate_sync`)."""

    items: Sequence[Any]


StreamFlow = Generator[Effect | Emit, Any, None]


def iterate_sync(flow: StreamFlow, env: Env) -> Iterator[Any]:
    """Drive a streaming flow with blocking I/O, yielding the items of each :class:`Emit`."""
    return (item for item in _drive_sync(flow, env) if not isinstance(item, _Return))


async def iterate_async(flow: StreamFlow, env: Env) -> AsyncIterator[Any]:
    """Drive a streaming flow with asyncio I/O, yielding the items of each :class:`Emit`."""
    async for item in _drive_async(flow, env):
        if not isinstance(item, _Return):
            yield item
