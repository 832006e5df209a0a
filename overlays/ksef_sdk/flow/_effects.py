"""The effects a sans-IO flow yields: the one vocabulary of every workflow and of the bearer auth.

A *flow* is a generator: it yields an effect, the driver performs it and sends back the result (or
throws the error into the flow, so flows use ordinary ``try/except``). Effects are small frozen
values, so a flow can be stepped by hand in a test (:mod:`ksef_sdk.flow.scripted`).

Workflow effects: :class:`Call` (a generated operation), :class:`Http` (a pre-signed URL), :class:`Sleep`,
:class:`Now`, :class:`GetCertificate`, :class:`Gather`; and :class:`Emit`, which is not an effect but
hands items of a streaming flow to its caller. The bearer auth (inside an httpx auth flow) uses
:class:`Send`, :class:`Acquire`, :class:`Release` and :class:`Authenticate`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Union

from ksef_sdk.errors import KsefError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "CHUNK",
    "Acquire",
    "Authenticate",
    "Call",
    "Effect",
    "Emit",
    "FileSlice",
    "Flow",
    "Gather",
    "GetCertificate",
    "Http",
    "HttpAttempt",
    "HttpResult",
    "Now",
    "Outcome",
    "Release",
    "Send",
    "Sleep",
    "StreamFlow",
]

T = TypeVar("T")
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Call:
    """Call a generated operation module (``op.sync_detailed`` / ``op.asyncio_detailed``).

    The flow receives the parsed model (typed errors raised for non-2xx), or with ``raw=True`` the
    generated ``Response`` (for headers such as ``x-ms-meta-hash``). With ``bearer`` the call goes
    through a client like the environment's that sends that token (the *authentication* token of
    ``GET /auth/{ref}`` / ``POST /auth/token/redeem``); it is never shown.
    """

    op: ModuleType
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    expected: type | None = None
    raw: bool = False
    bearer: str | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The operation's module name (``post_sessions_online``)."""
        return self.op.__name__.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class FileSlice:
    """A byte range of a file, streamed as a request body in ``CHUNK`` pieces (re-readable for retries)."""

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
    """A request to a pre-signed URL (batch part upload, UPO ``downloadUrl``, export part): exactly these
    headers, never an ``Authorization`` header.

    ``body`` is bytes or a :class:`FileSlice` (streamed, with an explicit ``Content-Length``).
    ``save_to`` streams the response body into that file instead of memory. The driver checks the URL
    against the client's pre-signed URL policy, retries per its retry policy, and the flow receives an
    :class:`HttpResult`; a non-2xx answer raises the typed error.
    """

    method: str
    url: str = field(repr=False)  # carries a signature
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes | FileSlice | None = None
    save_to: Path | None = None


@dataclass(frozen=True)
class HttpAttempt:
    """One attempt of an :class:`Http` transfer, without retries (drivers perform :class:`Http` as a small
    flow of these and :class:`Sleep`)."""

    http: Http


@dataclass(frozen=True)
class HttpResult:
    status_code: int
    headers: Mapping[str, str]
    content: bytes | None


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Now:
    """The driver's monotonic clock, in seconds (for budgets that count elapsed time)."""


@dataclass(frozen=True)
class GetCertificate:
    """The Ministry certificate for ``usage`` from the key store (``force_refresh`` after 21470)."""

    usage: str
    force_refresh: bool = False


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T | None = None
    error: BaseException | None = None


@dataclass(frozen=True)
class Gather:
    """Run effects concurrently (at most ``concurrency`` at once); the flow gets a list of :class:`Outcome`."""

    effects: Sequence[Effect]
    concurrency: int = 4
    on_each: Callable[[int, Outcome[Any]], None] | None = None
    """Called as each effect finishes (index, outcome) - from worker threads in the sync driver."""


@dataclass(frozen=True)
class Emit:
    """Not an effect: items a streaming flow hands to its caller (see ``iterate_sync``)."""

    items: Sequence[Any]


# --- the bearer auth's effects (performed inside an httpx auth flow) -------------------------------


@dataclass(frozen=True)
class Send:
    """Send ``request`` on the client whose auth flow this is; the flow receives the ``httpx.Response``.

    ``read``: read (and so release) the response before the flow continues - always for responses the
    flow inspects or that it will not return, so that no pooled connection is held while waiting.
    """

    request: httpx.Request
    read: bool = False


@dataclass(frozen=True)
class Acquire:
    """Take the refresh lock (threads or tasks of one client wait for one refresh)."""


@dataclass(frozen=True)
class Release:
    """Release the refresh lock."""


@dataclass(frozen=True)
class Authenticate:
    """Call the client's authenticator for a fresh token pair."""


Effect = Union[  # noqa: UP007
    Call, Http, HttpAttempt, Sleep, Now, GetCertificate, Gather, Send, Acquire, Release, Authenticate
]
Flow = Generator[Effect, Any, T]
StreamFlow = Generator[Union[Effect, Emit], Any, None]  # noqa: UP007
