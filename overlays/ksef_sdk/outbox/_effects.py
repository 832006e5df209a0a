"""The outbox's one extra effect, :class:`StoreOp`, and the drivers that perform it beside the usual ones.

Outbox flows are ordinary sans-IO flows (:mod:`ksef_sdk.flow`) that also yield ``StoreOp("finish", owner,
completions)``: the drivers call that method of their :class:`~ksef_sdk.stores.Store` (the async driver in a
worker thread). A test plays the store's part with :class:`ksef_sdk.flow.scripted.Script` like any other
effect - ``step(StoreOp, returns=[...], check=lambda op: op.name == "items_in_session")``.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from ksef_sdk.flow import AsyncDriver, Env, Flow, SyncDriver

if TYPE_CHECKING:
    from ksef_sdk.stores import Store

__all__ = ["StoreOp", "arun", "run"]

T = TypeVar("T")


@dataclass(frozen=True)
class StoreOp:
    """Call ``store.<name>(*args)`` and hand the flow its result."""

    name: str
    args: tuple[Any, ...] = ()

    def __init__(self, name: str, *args: Any) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "args", args)

    def __repr__(self) -> str:
        return f"StoreOp({self.name!r}, {len(self.args)} args)"  # arguments may hold invoice bytes or UPOs


class OutboxSyncDriver(SyncDriver):
    def __init__(self, env: Env, store: Store) -> None:
        super().__init__(env)
        self.store = store
        self.handlers[StoreOp] = self.store_op

    def store_op(self, effect: StoreOp) -> Any:
        return getattr(self.store, effect.name)(*effect.args)


class OutboxAsyncDriver(AsyncDriver):
    def __init__(self, env: Env, store: Store) -> None:
        super().__init__(env)
        self.store = store
        self.handlers[StoreOp] = self.store_op

    async def store_op(self, effect: StoreOp) -> Any:
        return await asyncio.to_thread(getattr(self.store, effect.name), *effect.args)


def run(flow: Flow[T], env: Env, store: Store) -> T:
    """Run an outbox flow with blocking I/O."""
    return OutboxSyncDriver(env, store).run(flow)


async def arun(flow: Flow[T], env: Env, store: Store) -> T:
    """Run an outbox flow with asyncio I/O."""
    return await OutboxAsyncDriver(env, store).run(flow)
