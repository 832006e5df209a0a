"""The one sans-IO effect vocabulary of ksef_sdk, and its drivers.

Every workflow (authentication, sessions, batch, retrieval) and the bearer auth is a generator that
yields effects (:mod:`ksef_sdk.flow._effects`) and receives their results; :func:`run_sync` and
:func:`run_async` perform them with blocking or asyncio I/O, and :mod:`ksef_sdk.flow.scripted` with a
scripted list of results (tests with no I/O). See ``docs/adr/0001-sans-io-flows.md``.
"""

from __future__ import annotations

from ksef_sdk.errors import PollTimeoutError
from ksef_sdk.flow._drivers import AsyncDriver, SyncDriver, iterate_async, iterate_sync, run_async, run_sync
from ksef_sdk.flow._effects import (
    CHUNK,
    Acquire,
    Authenticate,
    Call,
    Effect,
    Emit,
    FileSlice,
    Flow,
    Gather,
    GetCertificate,
    Http,
    HttpAttempt,
    HttpResult,
    Now,
    Outcome,
    Release,
    Send,
    Sleep,
    StreamFlow,
)
from ksef_sdk.flow._env import Env
from ksef_sdk.flow._poll import PollPolicy, poll

__all__ = [
    "CHUNK",
    "Acquire",
    "AsyncDriver",
    "Authenticate",
    "Call",
    "Effect",
    "Emit",
    "Env",
    "FileSlice",
    "Flow",
    "Gather",
    "GetCertificate",
    "Http",
    "HttpAttempt",
    "HttpResult",
    "Now",
    "Outcome",
    "PollPolicy",
    "PollTimeoutError",
    "Release",
    "Send",
    "Sleep",
    "StreamFlow",
    "SyncDriver",
    "iterate_async",
    "iterate_sync",
    "poll",
    "run_async",
    "run_sync",
]
