"""The sans-IO effect vocabulary every workflow is written in, and its sync/async drivers."""

from __future__ import annotations

from ksef_sdk.errors import PollTimeoutError
from ksef_sdk.flow._core import (
    CHUNK,
    STORAGE_TIMEOUT,
    Call,
    Effect,
    Emit,
    Env,
    FileSlice,
    Flow,
    Gather,
    GetCertificate,
    Http,
    HttpResult,
    Outcome,
    PollPolicy,
    Sleep,
    StreamFlow,
    iterate_async,
    iterate_sync,
    poll,
    run_async,
    run_sync,
)

__all__ = [
    "CHUNK",
    "STORAGE_TIMEOUT",
    "Call",
    "Effect",
    "Emit",
    "Env",
    "FileSlice",
    "Flow",
    "Gather",
    "GetCertificate",
    "Http",
    "HttpResult",
    "Outcome",
    "PollPolicy",
    "PollTimeoutError",
    "Sleep",
    "StreamFlow",
    "iterate_async",
    "iterate_sync",
    "poll",
    "run_async",
    "run_sync",
]
