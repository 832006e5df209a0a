"""Batch sessions: many invoices, one archive, encrypted parts, parallel upload, results per file."""

from __future__ import annotations

from ksef_sdk.batch._core import (
    DEFAULT_PART_SIZE,
    BatchError,
    BatchInput,
    BatchProgress,
    BatchResult,
    BatchUploadError,
    BatchWindowExpiredError,
    PreparedBatch,
    aresume_batch,
    asend_batch,
    prepare_batch,
    resume_batch,
    send_batch,
)

__all__ = [
    "DEFAULT_PART_SIZE",
    "BatchError",
    "BatchInput",
    "BatchProgress",
    "BatchResult",
    "BatchUploadError",
    "BatchWindowExpiredError",
    "PreparedBatch",
    "aresume_batch",
    "asend_batch",
    "prepare_batch",
    "resume_batch",
    "send_batch",
]
