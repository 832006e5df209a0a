"""The two drivers: perform a flow's effects with blocking or with asyncio I/O.

Each driver is a table from effect type to handler; nothing else differs between the sync and async
APIs of the workflows. Pre-signed transfers (:class:`Http`) are themselves a small flow
(:meth:`ksef_sdk.http.Storage.transfer_flow`: URL check, retries with backoff and ``Retry-After``) whose
single attempts (:class:`HttpAttempt`) the drivers perform.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from ksef_sdk.errors import unwrap
from ksef_sdk.flow._effects import (
    Call,
    Effect,
    Emit,
    Flow,
    Gather,
    GetCertificate,
    Http,
    HttpAttempt,
    Now,
    Outcome,
    Sleep,
    StreamFlow,
)
from ksef_sdk.flow._env import Env

__all__ = ["AsyncDriver", "SyncDriver", "iterate_async", "iterate_sync", "run_async", "run_sync"]

T = TypeVar("T")


def call_result(call: Call, response: Any) -> Any:
    """What a flow receives for ``call``: the model (typed errors raised), or the ``Response`` with ``raw``."""
    if call.raw:
        if not 200 <= int(response.status_code) < 300:
            unwrap(response)  # raises the typed error
        return response
    return unwrap(response, call.expected) if call.expected is not None else unwrap(response)


@dataclass(frozen=True)
class _Return:
    """The last item of a drive: the flow's return value."""

    value: Any


def _advance(flow: Generator[Any, Any, Any], value: Any, error: BaseException | None) -> Any:
    """The flow's next step after ``value`` (or ``error`` thrown in); a :class:`_Return` when it ends."""
    try:
        return flow.throw(error) if error is not None else flow.send(value)
    except StopIteration as stop:
        return _Return(stop.value)


class SyncDriver:
    """Performs effects with blocking I/O (threads for :class:`Gather`)."""

    def __init__(self, env: Env) -> None:
        self.env = env
        self.handlers: dict[type, Callable[[Any], Any]] = {
            Call: self.call,
            Http: self.http,
            HttpAttempt: self.attempt,
            Sleep: self.sleep,
            Now: self.now,
            GetCertificate: self.certificate,
            Gather: self.gather,
        }

    def perform(self, effect: Effect) -> Any:
        handler = self.handlers.get(type(effect))
        if handler is None:
            raise TypeError(f"this driver cannot perform {effect!r}")
        return handler(effect)

    def call(self, effect: Call) -> Any:
        self.env.calls.append(effect.name)
        return call_result(effect, effect.op.sync_detailed(client=self.env.api_client(effect), **effect.kwargs))

    def http(self, effect: Http) -> Any:
        return self.run(self.env.transfers().transfer_flow(effect))

    def attempt(self, effect: HttpAttempt) -> Any:
        return self.env.transfers().attempt_sync(effect.http)

    def sleep(self, effect: Sleep) -> None:
        (self.env.sleep or time.sleep)(effect.seconds)
        self.env.slept += effect.seconds

    def now(self, effect: Now) -> float:
        return self.env.now()

    def certificate(self, effect: GetCertificate) -> Any:
        return self.env.keys().get(effect.usage, force_refresh=effect.force_refresh)

    def gather(self, effect: Gather) -> list[Outcome[Any]]:
        if not effect.effects:
            return []

        def one(index: int, sub: Effect) -> Outcome[Any]:
            try:
                outcome: Outcome[Any] = Outcome(value=self.perform(sub))
            except Exception as exc:
                outcome = Outcome(error=exc)
            if effect.on_each is not None:
                effect.on_each(index, outcome)
            return outcome

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, effect.concurrency)) as pool:
            futures = [pool.submit(one, i, sub) for i, sub in enumerate(effect.effects)]
            return [future.result() for future in futures]

    def drive(self, flow: Generator[Any, Any, Any]) -> Iterator[Any]:
        """Perform the flow's effects; yield the items of its :class:`Emit` steps, then its :class:`_Return`."""
        value: Any = None
        error: BaseException | None = None
        while not isinstance(step := _advance(flow, value, error), _Return):
            value, error = None, None
            if isinstance(step, Emit):
                yield from step.items
                continue
            try:
                value = self.perform(step)
            except Exception as exc:
                error = exc
        yield step

    def run(self, flow: Flow[T]) -> T:
        for item in self.drive(flow):
            if isinstance(item, _Return):
                return item.value  # type: ignore[no-any-return]
        raise AssertionError("unreachable")  # pragma: no cover


class AsyncDriver:
    """Performs effects with asyncio I/O (tasks for :class:`Gather`)."""

    def __init__(self, env: Env) -> None:
        self.env = env
        self.handlers: dict[type, Callable[[Any], Any]] = {
            Call: self.call,
            Http: self.http,
            HttpAttempt: self.attempt,
            Sleep: self.sleep,
            Now: self.now,
            GetCertificate: self.certificate,
            Gather: self.gather,
        }

    async def perform(self, effect: Effect) -> Any:
        handler = self.handlers.get(type(effect))
        if handler is None:
            raise TypeError(f"this driver cannot perform {effect!r}")
        return await handler(effect)

    async def call(self, effect: Call) -> Any:
        self.env.calls.append(effect.name)
        return call_result(
            effect, await effect.op.asyncio_detailed(client=self.env.api_client(effect), **effect.kwargs)
        )

    async def http(self, effect: Http) -> Any:
        return await self.run(self.env.transfers().transfer_flow(effect))

    async def attempt(self, effect: HttpAttempt) -> Any:
        return await self.env.transfers().attempt_async(effect.http)

    async def sleep(self, effect: Sleep) -> None:
        await (self.env.sleep or asyncio.sleep)(effect.seconds)
        self.env.slept += effect.seconds

    async def now(self, effect: Now) -> float:
        return self.env.now()

    async def certificate(self, effect: GetCertificate) -> Any:
        return await self.env.keys().aget(effect.usage, force_refresh=effect.force_refresh)

    async def gather(self, effect: Gather) -> list[Outcome[Any]]:
        semaphore = asyncio.Semaphore(max(1, effect.concurrency))

        async def one(index: int, sub: Effect) -> Outcome[Any]:
            async with semaphore:
                try:
                    outcome: Outcome[Any] = Outcome(value=await self.perform(sub))
                except Exception as exc:
                    outcome = Outcome(error=exc)
            if effect.on_each is not None:
                effect.on_each(index, outcome)
            return outcome

        return list(await asyncio.gather(*(one(i, sub) for i, sub in enumerate(effect.effects))))

    async def drive(self, flow: Generator[Any, Any, Any]) -> AsyncIterator[Any]:
        """The asyncio :meth:`SyncDriver.drive`."""
        value: Any = None
        error: BaseException | None = None
        while not isinstance(step := _advance(flow, value, error), _Return):
            value, error = None, None
            if isinstance(step, Emit):
                for item in step.items:
                    yield item
                continue
            try:
                value = await self.perform(step)
            except Exception as exc:
                error = exc
        yield step

    async def run(self, flow: Flow[T]) -> T:
        async for item in self.drive(flow):
            if isinstance(item, _Return):
                return item.value  # type: ignore[no-any-return]
        raise AssertionError("unreachable")  # pragma: no cover


def run_sync(flow: Flow[T], env: Env) -> T:
    """Run a flow with blocking I/O."""
    return SyncDriver(env).run(flow)


async def run_async(flow: Flow[T], env: Env) -> T:
    """Run a flow with asyncio I/O."""
    return await AsyncDriver(env).run(flow)


def iterate_sync(flow: StreamFlow, env: Env) -> Iterator[Any]:
    """Drive a streaming flow with blocking I/O, yielding the items of each :class:`Emit`."""
    return (item for item in SyncDriver(env).drive(flow) if not isinstance(item, _Return))


async def iterate_async(flow: StreamFlow, env: Env) -> AsyncIterator[Any]:
    """Drive a streaming flow with asyncio I/O, yielding the items of each :class:`Emit`."""
    async for item in AsyncDriver(env).drive(flow):
        if not isinstance(item, _Return):
            yield item
