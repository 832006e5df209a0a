"""What the drivers need to perform effects: the API client, the key store, pre-signed transfers, a clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from ksef_api.client import AuthenticatedClient, Client

    from ksef_sdk.crypto._keys import PublicKeyStore
    from ksef_sdk.flow._effects import Call
    from ksef_sdk.http._storage import Storage

__all__ = ["Env"]

ApiClient = Union["Client", "AuthenticatedClient"]


@dataclass
class Env:
    """The world a flow runs in.

    - ``client``: the generated client (:func:`~ksef_sdk.build_client` or a public one) for :class:`Call`.
    - ``key_store``: the Ministry certificates for :class:`GetCertificate` (default: the client's own).
    - ``storage``: pre-signed transfers for :class:`Http` (default: the client's own, with its URL policy).
    - ``sleep`` / ``clock``: injectable for tests (``sleep`` is a coroutine function for the async driver).
      With a ``sleep`` and no ``clock``, time is what the sleeps say (a fake sleep makes a fake clock).
    - ``calls``: the names of every generated operation called (for reports and API-call counts).

    Clients made for :attr:`Call.bearer` tokens are cached per token and closed by :meth:`close` /
    :meth:`aclose` (or ``with env:`` / ``async with env:``); ``client`` and ``storage`` are not closed.
    """

    client: ApiClient
    key_store: PublicKeyStore | None = None
    storage: Storage | None = None
    sleep: Callable[[float], Any] | None = None
    clock: Callable[[], float] | None = None
    slept: float = 0.0
    calls: list[str] = field(default_factory=list)
    bearer_clients: dict[str, AuthenticatedClient] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, client: ApiClient, *, key_store: PublicKeyStore | None = None, storage: Storage | None = None) -> Env:
        """The environment of a workflow on ``client``: its own key store and pre-signed transfer settings
        unless others are given."""
        from ksef_sdk.http._client import resources_of

        shared = resources_of(client)
        return cls(client, key_store=key_store or shared.key_store(), storage=storage or shared.storage)

    def now(self) -> float:
        """Seconds on the flow's clock (monotonic; see ``sleep``/``clock``)."""
        if self.clock is not None:
            return self.clock()
        return self.slept if self.sleep is not None else time.monotonic()

    def keys(self) -> PublicKeyStore:
        """The key store (the client's own unless one was given)."""
        if self.key_store is None:
            from ksef_sdk.http._client import resources_of

            self.key_store = resources_of(self.client).key_store()
        return self.key_store

    def transfers(self) -> Storage:
        """The pre-signed transfer client (the client's own unless one was given)."""
        if self.storage is None:
            from ksef_sdk.http._client import resources_of

            self.storage = resources_of(self.client).storage
        return self.storage

    def api_client(self, call: Call) -> ApiClient:
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
