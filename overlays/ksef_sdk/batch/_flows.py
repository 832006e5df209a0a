"""The batch session as flows: open (declaring the parts), upload, close, results; and resume.

``sesja-wsadowa.md`` of the KSeF documentation. A batch resumed from its manifest first reads the
session's status and continues from wherever KSeF is: still open - upload what is missing and close;
anything else - the close was taken, collect the results. A close whose answer was lost is resolved the
same way (:mod:`ksef_sdk.sessions._resolve`).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from ksef_sdk import defaults
from ksef_sdk.batch._prepare import BatchProgress, PartInfo, PreparedBatch, ProgressCallback
from ksef_sdk.crypto._cipher import SessionKey
from ksef_sdk.errors import BatchError, BatchUploadError, BatchWindowExpiredError
from ksef_sdk.flow import Call, Env, FileSlice, Flow, Gather, Http, Outcome, PollPolicy, Sleep
from ksef_sdk.sessions._reads import (
    list_invoices_flow,
    open_with_key_flow,
    session_status_flow,
    session_upo_flow,
    wait_closed_flow,
)
from ksef_sdk.sessions._resolve import close_resolved_flow, repeat_ambiguous_flow
from ksef_sdk.sessions._results import InvoiceResult, SessionResult, SessionStatus
from ksef_sdk.upo import Upo

__all__ = ["BatchResult", "RunOptions", "batch_flow"]

UPLOAD_WINDOW_PER_PART = defaults.UPLOAD_WINDOW_PER_PART
SESSION_OPEN = 100


@dataclass(frozen=True)
class BatchResult:
    """Every invoice's result, mapped back to the file names you gave."""

    reference_number: str
    status: SessionStatus
    invoices: tuple[InvoiceResult, ...]
    by_file_name: dict[str, InvoiceResult]
    missing: tuple[str, ...]
    """File names with no result (should be empty after a processed session)."""
    upo: tuple[Upo, ...] = ()
    api_calls: tuple[str, ...] = ()

    @property
    def succeeded(self) -> dict[str, InvoiceResult]:
        return {n: r for n, r in self.by_file_name.items() if r.ok}

    @property
    def failed(self) -> dict[str, InvoiceResult]:
        return {n: r for n, r in self.by_file_name.items() if not r.ok}

    def as_session_result(self) -> SessionResult:
        return SessionResult(self.reference_number, self.status, self.invoices)


@dataclass(frozen=True)
class RunOptions:
    """The resolved options of one batch run (see :class:`~ksef_sdk.batch.BatchOptions`)."""

    concurrency: int = defaults.UPLOAD_CONCURRENCY
    part_retries: int = defaults.PART_RETRIES
    retry_delay: float = 1.0
    poll_policy: PollPolicy = defaults.BATCH_POLL
    fetch_upo: bool = True
    progress: ProgressCallback | None = None
    resolve_attempts: int = defaults.RESOLVE_ATTEMPTS


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def open_flow(prepared: PreparedBatch, key: SessionKey, attempts: int) -> Flow[None]:
    from ksef_api.api.batch_session import post_sessions_batch as op
    from ksef_api.models.batch_file_info import BatchFileInfo
    from ksef_api.models.batch_file_part_info import BatchFilePartInfo
    from ksef_api.models.compression_type import CompressionType
    from ksef_api.models.open_batch_session_request import OpenBatchSessionRequest
    from ksef_api.models.open_batch_session_response import OpenBatchSessionResponse

    batch_file = BatchFileInfo(
        file_size=prepared.archive_size,
        file_hash=prepared.archive_hash,
        file_parts=[BatchFilePartInfo(p.ordinal, p.size, p.hash) for p in prepared.parts],
        compression_type=CompressionType("TarGz" if prepared.compression == "targz" else "Zip"),
    )
    form = prepared.form().to_model()

    def request(encryption: Any) -> Any:
        return OpenBatchSessionRequest(
            form_code=form, batch_file=batch_file, encryption=encryption, offline_mode=prepared.offline_mode
        )

    response, _ = yield from repeat_ambiguous_flow(
        lambda: open_with_key_flow(request, op, OpenBatchSessionResponse, key=key),
        attempts=attempts,
        what="opening a batch session",
    )
    by_ordinal = {p.ordinal: p for p in prepared.parts}
    for upload in response.part_upload_requests:
        part = by_ordinal[upload.ordinal_number]
        part.method = upload.method
        part.url = upload.url
        part.headers = {k: v for k, v in upload.headers.additional_properties.items() if v is not None}
    missing = [p.ordinal for p in prepared.parts if not p.url]
    if missing:
        raise BatchError(f"KSeF returned no upload URL for parts {missing}")
    opened = _now()
    prepared.reference_number = response.reference_number
    prepared.opened_at = opened.isoformat()
    prepared.upload_deadline = (opened + UPLOAD_WINDOW_PER_PART * len(prepared.parts)).isoformat()
    prepared.save()


def upload_flow(
    prepared: PreparedBatch,
    *,
    concurrency: int,
    part_retries: int,
    progress: ProgressCallback | None,
    retry_delay: float = 1.0,
) -> Flow[None]:
    """Upload every part not yet uploaded; retry failed ones; keep the manifest current per part."""
    if prepared.upload_deadline and _now() > dt.datetime.fromisoformat(prepared.upload_deadline):
        raise BatchWindowExpiredError(
            f"batch {prepared.reference_number}: the upload window closed at {prepared.upload_deadline}"
        )
    lock = threading.Lock()
    total = len(prepared.parts)
    failures: dict[int, BaseException] = {}
    for attempt in range(part_retries + 1):
        pending = [p for p in prepared.parts if not p.uploaded]
        if not pending:
            break
        if attempt:
            yield Sleep(retry_delay * 2 ** (attempt - 1))

        def on_each(index: int, outcome: Outcome[Any], pending: list[PartInfo] = pending) -> None:
            part = pending[index]
            with lock:
                if outcome.error is None:
                    part.uploaded = True
                    failures.pop(part.ordinal, None)
                    prepared.save()
                    if progress:
                        progress(
                            BatchProgress(
                                "upload", sum(p.uploaded for p in prepared.parts), total, prepared.reference_number
                            )
                        )
                else:
                    failures[part.ordinal] = outcome.error

        effects = [
            Http(p.method, p.url, headers=p.headers, body=FileSlice(prepared.work_dir / p.file)) for p in pending
        ]
        yield Gather(effects, concurrency=concurrency, on_each=on_each)
    if failures:
        raise BatchUploadError(
            f"batch {prepared.reference_number}: parts {sorted(failures)} failed after {part_retries + 1} attempts; "
            f"resume_batch(client, {str(prepared.work_dir)!r}) continues within the upload window",
            work_dir=prepared.work_dir,
            failed=failures,
        )


def close_flow(prepared: PreparedBatch, attempts: int) -> Flow[None]:
    """Close the session; an answer lost on the way is resolved by reading the status."""
    from ksef_api.api.batch_session import post_sessions_batch_reference_number_close as op

    ref = prepared.reference_number
    assert ref is not None

    def close() -> Generator[Any, Any, None]:
        yield Call(op, {"reference_number": ref})

    if not prepared.closed:
        yield from close_resolved_flow(close, session=ref, attempts=attempts)
        prepared.closed = True
        prepared.save()


def results_flow(
    prepared: PreparedBatch, policy: PollPolicy, fetch_upo: bool, progress: ProgressCallback | None, env: Env
) -> Flow[BatchResult]:
    ref = prepared.reference_number
    assert ref is not None
    if progress:
        progress(BatchProgress("wait", 0, prepared.invoice_count, ref))
    status = yield from wait_closed_flow(ref, policy)
    invoices = yield from list_invoices_flow(ref)
    known = {i.reference_number for i in invoices}
    expected = status.invoice_count if status.invoice_count is not None else prepared.invoice_count
    if len(invoices) < expected:  # some deployments list failed invoices only on the failed list
        failed = yield from list_invoices_flow(ref, failed_only=True)
        invoices.extend(i for i in failed if i.reference_number not in known)
        invoices.sort(key=lambda r: r.ordinal_number)
    all_names = {n for names in prepared.names_by_hash.values() for n in names}
    by_name: dict[str, InvoiceResult] = {}
    for inv in invoices:
        name = inv.file_name if inv.file_name in all_names and inv.file_name not in by_name else None
        if name is None:  # no (known) file name in the list: match by the invoice hash
            name = next((n for n in prepared.names_by_hash.get(inv.invoice_hash, ()) if n not in by_name), None)
        if name is not None:
            by_name[name] = inv
    missing = tuple(sorted(n for n in all_names if n not in by_name))
    upos: list[Upo] = []
    if fetch_upo and status.upo_pages:
        upos = yield from session_upo_flow(ref, status.upo_pages)
    if progress:
        progress(BatchProgress("results", len(by_name), prepared.invoice_count, ref))
    return BatchResult(ref, status, tuple(invoices), by_name, missing, tuple(upos), tuple(env.calls))


def batch_flow(prepared: PreparedBatch, key: SessionKey | None, opts: RunOptions, env: Env) -> Flow[BatchResult]:
    """Open (a new batch) or find where KSeF is (a resumed one), upload, close, and collect the results."""
    if prepared.reference_number is None:
        if key is None:
            raise BatchError(
                "the batch was never opened (no session reference in the manifest) and its key is not kept; "
                "prepare and send it again"
            )
        yield from open_flow(prepared, key, opts.resolve_attempts)
    else:
        status: SessionStatus = yield from session_status_flow(prepared.reference_number)
        if status.code != SESSION_OPEN and not prepared.closed:
            prepared.closed = True  # KSeF took the close (or ended the session); the manifest missed it
            prepared.save()
    if not prepared.closed:
        yield from upload_flow(
            prepared,
            concurrency=opts.concurrency,
            part_retries=opts.part_retries,
            progress=opts.progress,
            retry_delay=opts.retry_delay,
        )
        if opts.progress:
            opts.progress(BatchProgress("close", 0, 1, prepared.reference_number))
        yield from close_flow(prepared, opts.resolve_attempts)
    return (yield from results_flow(prepared, opts.poll_policy, opts.fetch_upo, opts.progress, env))
