"""The batch entry points: :func:`send_batch`, :func:`resume_batch` and their asyncio twins."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from ksef_sdk import defaults
from ksef_sdk._options import check_options
from ksef_sdk.batch._flows import BatchResult, RunOptions, batch_flow
from ksef_sdk.batch._prepare import (
    MANIFEST,
    BatchInput,
    Compression,
    PreparedBatch,
    ProgressCallback,
    prepare_batch,
)
from ksef_sdk.crypto._cipher import SessionKey
from ksef_sdk.errors import BatchError
from ksef_sdk.flow import Env, Flow, PollPolicy, run_async, run_sync
from ksef_sdk.http._client import AnyClient, AsyncSecuredClient, SyncSecuredClient, workflow_env
from ksef_sdk.invoice.checks import FormCode, InvoiceLimits, XsdValidator

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ksef_sdk.crypto._keys import PublicKeyStore
    from ksef_sdk.http._storage import Storage

__all__ = ["BatchOptions", "ResumeOptions", "aresume_batch", "asend_batch", "resume_batch", "send_batch"]


class ResumeOptions(TypedDict, total=False):
    """Options of running a batch (all optional; defaults in :mod:`ksef_sdk.defaults`).

    - ``concurrency``: parallel part uploads; ``part_retries`` / ``part_retry_delay``: rounds of re-uploading
      failed parts (each transfer is also retried per the client's retry policy).
    - ``poll_policy``: waiting for processing after close (default ``defaults.BATCH_POLL``).
    - ``fetch_upo``: download the collective UPO pages (default ``True``).
    - ``progress``: called with :class:`~ksef_sdk.batch.BatchProgress` at each stage.
    - ``resolve_attempts``: how often an open or close whose answer was lost is resolved.
    - ``key_store`` / ``storage``: the Ministry key store and pre-signed transfer client (default: the client's).
    """

    concurrency: int
    part_retries: int
    part_retry_delay: float
    poll_policy: PollPolicy
    fetch_upo: bool
    progress: ProgressCallback
    resolve_attempts: int
    key_store: PublicKeyStore
    storage: Storage


class BatchOptions(ResumeOptions, total=False):
    """Options of a new batch: :class:`ResumeOptions` and how to build it.

    - ``form_code`` (default FA (3)), ``compression`` (``"zip"`` or ``"targz"``), ``part_size`` (bytes
      before encryption, default ``defaults.PART_SIZE``), ``offline_mode``.
    - ``validate`` / ``xsd`` / ``limits``: the local pre-send checks of every invoice.
    - ``work_dir``: where the archive, parts and ``manifest.json`` live; given, it is kept for
      :func:`resume_batch` after a crash (parts are deleted on success); omitted, a temporary directory
      is used and removed (after a failure it stays only if KSeF opened the batch: the error's ``work_dir``).
    """

    form_code: FormCode
    compression: Compression
    part_size: int
    offline_mode: bool
    validate: bool
    xsd: bool | XsdValidator
    limits: InvoiceLimits | None
    work_dir: str | os.PathLike[str] | None


_PREPARE_KEYS = ("form_code", "compression", "part_size", "offline_mode", "validate", "xsd", "limits")


@dataclass
class _Run:
    """A batch ready to drive (sync or async): its flow and env, and what happens to the work directory."""

    prepared: PreparedBatch
    keep: bool
    flow: Flow[BatchResult]
    env: Env

    def abandon(self) -> None:
        """After a failure: a temporary work directory of a batch KSeF never opened holds nothing to resume
        (the session key is not kept), so it goes; a given one, or an opened batch's, stays for resume."""
        if not self.keep and self.prepared.reference_number is None:
            shutil.rmtree(self.prepared.work_dir, ignore_errors=True)

    def finish(self, result: BatchResult) -> BatchResult:
        if self.keep:
            for part in self.prepared.parts:
                (self.prepared.work_dir / part.file).unlink(missing_ok=True)
        else:
            shutil.rmtree(self.prepared.work_dir, ignore_errors=True)
        return result


def _run_options(options: ResumeOptions) -> RunOptions:
    return RunOptions(
        concurrency=options.get("concurrency", defaults.UPLOAD_CONCURRENCY),
        part_retries=options.get("part_retries", defaults.PART_RETRIES),
        retry_delay=options.get("part_retry_delay", 1.0),
        poll_policy=options.get("poll_policy", defaults.BATCH_POLL),
        fetch_upo=options.get("fetch_upo", True),
        progress=options.get("progress"),
        resolve_attempts=options.get("resolve_attempts", defaults.RESOLVE_ATTEMPTS),
    )


def _env(client: AnyClient, options: ResumeOptions) -> Env:
    return workflow_env(client, key_store=options.get("key_store"), storage=options.get("storage"))


def _new(client: AnyClient, invoices: BatchInput, options: BatchOptions) -> _Run:
    check_options(options, BatchOptions, "send_batch")
    work_dir = options.get("work_dir")
    keep = work_dir is not None
    work = Path(work_dir) if work_dir is not None else Path(tempfile.mkdtemp(prefix="ksef-batch-"))
    if keep and (work / MANIFEST).exists():
        raise BatchError(f"{work} already holds a batch manifest; use resume_batch() or another directory")
    key = SessionKey.generate()
    prepare: dict[str, Any] = {k: options[k] for k in _PREPARE_KEYS if k in options}  # type: ignore[literal-required]
    try:
        prepared = prepare_batch(invoices, key, work_dir=work, progress=options.get("progress"), **prepare)
    except BaseException:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
        raise
    env = _env(client, options)
    return _Run(prepared, keep, batch_flow(prepared, key, _run_options(options), env), env)


def _resumed(client: AnyClient, work_dir: str | os.PathLike[str], options: ResumeOptions) -> _Run:
    check_options(options, ResumeOptions, "resume_batch")
    prepared = PreparedBatch.load(work_dir)
    env = _env(client, options)
    return _Run(prepared, True, batch_flow(prepared, None, _run_options(options), env), env)


def send_batch(client: SyncSecuredClient, invoices: BatchInput, **options: Unpack[BatchOptions]) -> BatchResult:
    """Send invoices in one batch session and return every invoice's result by file name."""
    run = _new(client, invoices, options)
    try:
        result = run_sync(run.flow, run.env)
    except BaseException:
        run.abandon()
        raise
    return run.finish(result)


async def asend_batch(client: AsyncSecuredClient, invoices: BatchInput, **options: Unpack[BatchOptions]) -> BatchResult:
    """Async :func:`send_batch` (archiving and encryption run in a worker thread)."""
    run = await asyncio.to_thread(_new, client, invoices, options)
    try:
        result = await run_async(run.flow, run.env)
    except BaseException:
        run.abandon()
        raise
    return run.finish(result)


def resume_batch(
    client: SyncSecuredClient, work_dir: str | os.PathLike[str], **options: Unpack[ResumeOptions]
) -> BatchResult:
    """Continue a batch from its manifest, from wherever KSeF is: upload missing parts (within the window)
    and close if the session is still open, then collect the results."""
    run = _resumed(client, work_dir, options)
    return run.finish(run_sync(run.flow, run.env))


async def aresume_batch(
    client: AsyncSecuredClient, work_dir: str | os.PathLike[str], **options: Unpack[ResumeOptions]
) -> BatchResult:
    """Async :func:`resume_batch` (the manifest is read in a worker thread)."""
    run = await asyncio.to_thread(_resumed, client, work_dir, options)
    return run.finish(await run_async(run.flow, run.env))
