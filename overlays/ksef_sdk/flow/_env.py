"""What the drivers need to perform effects: the API client, the key store, pre-signed transfers, a clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, Union

from ksef_sdk.errors import ConfigurationError
from ksef_sdk.flow._effects import Call, Flow, Http, HttpResult

if TYPE_CHECKING:
    from ksef_api.client import AsyncClient, AuthenticatedClient, Client, SyncClient

__all__ = ["Env", "KeyStore", "Transfers"]

ApiClient = Union["Client", "AuthenticatedClient", "SyncClient", "AsyncClient"]


class KeyStore(Protocol):
    """What :class:`GetCertificate` needs (:class:`ksef_sdk.crypto.PublicKeyStore` is one)."""

    def get(self, usage: Any, *, force_refresh: bool = False) -> Any: ...

    async def aget(self, usage: Any, *, force_refresh: bool = False) -> Any: ...


class Transfers(Protocol):
    """What :class:`Http` needs (:class:`ksef_sdk.http.Storage` is one): the transfer as a flow of
    single attempts, and those attempts performed with blocking or asyncio I/O."""

    def transfer_flow(self, http: Http) -> Flow[HttpResult]: ...

    def attempt_sync(self, http: Http) -> HttpResult: ...

    async def attempt_async(self, http: Http) -> HttpResult: ...


@dataclass
class Env:
    """The world a flow runs in (:func:`ksef_sdk.http.workflow_env` builds the one of a client).

    - ``client``: the generated client (:func:`~ksef_sdk.build_client` or a public one) for :class:`Call`.
    - ``key_store``: the Ministry certificates for :class:`GetCertificate` (default: the client's own).
    - ``storage``: pre-signed transfers for :class:`Http` (default: the client's own, with its URL policy).
    - ``sleep`` / ``clock``: injectable for tests (``sleep`` is a coroutine function for the async driver).
      With a ``sleep`` and no ``clock``, time is what the sleeps say (a fake sleep makes a fake clock).
    - ``calls``: the names of every generated operation called (for reports and API-call counts).

    ``bearer_factory`` makes a client sending a fixed token (:attr:`Call.bearer`); the clients it makes
    are cached per token and closed by :meth:`close` /
    :meth:`aclose` (or ``with env:`` / ``async with env:``); ``client`` and ``storage`` are not closed.
    """

    client: ApiClient
    key_store: KeyStore | None = None
    storage: Transfers | None = None
    sleep: Callable[[float], Any] | None = None
    clock: Callable[[], float] | None = None
    slept: float = 0.0
    calls: list[str] = field(default_factory=list)
    bearer_factory: Callable[[str], ApiClient] | None = field(default=None, repr=False)
    bearer_clients: dict[str, ApiClient] = field(default_factory=dict, repr=False)

    def now(self) -> float:
        """Seconds on the flow's clock (monotonic; see ``sleep``/``clock``)."""
        if self.clock is not None:
            return self.clock()
        return self.slept if self.sleep is not None else time.monotonic()

    def keys(self) -> KeyStore:
        """The key store for :class:`GetCertificate`."""
        if self.key_store is None:
            raise ConfigurationError("this flow needs the Ministry key store: Env(key_store=...)")
        return self.key_store

    def transfers(self) -> Transfers:
        """The pre-signed transfer client for :class:`Http`."""
        if self.storage is None:
            raise ConfigurationError("this flow needs a pre-signed transfer client: Env(storage=...)")
        return self.storage

    def api_client(self, call: Call) -> ApiClient:
        """``client``, or for a ``bearer`` call a client on the same stack sending that token."""
        if call.bearer is None:
            return self.client
        found = self.bearer_clients.get(call.bearer)
        if found is None:
            if self.bearer_factory is None:
                raise ConfigurationError("this flow sends a fixed bearer token: Env(bearer_factory=...)")
            found = self.bearer_clients[call.bearer] = self.bearer_factory(call.bearer)
        return found

    def close(self) -> None:
        while self.bearer_clients:  # sync clients (an async run's are closed by aclose)
            exit_ = getattr(self.bearer_clients.popitem()[1], "__exit__", None)
            if exit_ is not None:
                exit_(None, None, None)

    async def aclose(self) -> None:
        while self.bearer_clients:
            aexit = getattr(self.bearer_clients.popitem()[1], "__aexit__", None)
            if aexit is not None:
                await aexit(None, None, None)

    def __enter__(self) -> Env:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Env:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
