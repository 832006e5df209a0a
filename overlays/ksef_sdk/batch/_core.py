"""Batch sessions: many invoices → archive → encrypted parts → parallel upload → results per file.

PROTOCOL §5. Memory stays flat whatever the batch size: the archive (ZIP or tar.gz) is written to a
temporary file one invoice at a time, split into parts of at most 100 MB (configurable), and each
part is encrypted streaming into its own file; uploads stream those files in 1 MiB chunks.

::

    result = send_batch(client, Path("invoices/"))                 # every *.xml in the directory
    result = send_batch(client, [("fv1.xml", xml1), ("fv2.xml", xml2)], compression="targz")
    for name, invoice in result.by_file_name.items():
        print(name, invoice.ksef_number or (invoice.status_code, invoice.details))

    result = await asend_batch(client, invoices, concurrency=8, progress=print)

Uploads go to the pre-signed URLs KSeF returns, with exactly the returned method and headers and no
``Authorization`` (a separate plain httpx client). A failed part is retried (``part_retries``).

Results come from the paged session invoice list (1000 per page) and the collective UPO (pre-signed
URLs, not rate-limited) - never one call per invoice. A 10,000-invoice batch costs about
``open + close + status polls + 10 list pages`` API calls.

**Resume.** With ``work_dir`` set, a ``manifest.json`` there records the session, the declared parts,
the upload URLs and which parts are uploaded (no key material: parts are already encrypted). After a
crash, :func:`resume_batch` uploads the missing parts within the upload window (20 min × parts), then
closes and collects the results.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hashlib
import json
import os
import shutil
import tarfile
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal, cast

from ksef_sdk.crypto._cipher import SessionKey, b64encode, sha256_b64
from ksef_sdk.crypto._keys import PublicKeyStore
from ksef_sdk.errors._workflows import BatchError, BatchUploadError, BatchWindowExpiredError
from ksef_sdk.flow._core import Call, Env, FileSlice, Flow, Gather, Http, Outcome, Sleep, run_async, run_sync
from ksef_sdk.invoice.checks import (
    FA_2,
    FA_3,
    FA_RR_1,
    FormCode,
    InvoiceLimits,
    InvoiceSource,
    InvoiceValidationError,
    XsdValidator,
    read_invoice,
    validate_invoice,
)
from ksef_sdk.sessions._online import (
    InvoiceResult,
    PollPolicy,
    SessionResult,
    SessionStatus,
    list_invoices_flow,
    open_with_key_flow,
    session_upo_flow,
    wait_closed_flow,
    workflow_env,
)
from ksef_sdk.upo import Upo

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

DEFAULT_PART_SIZE = 100_000_000  # bytes before encryption (PROTOCOL §5: ≤ 100 MB, SI)
MAX_PARTS = 50
MAX_ARCHIVE = 5_000_000_000
MAX_INVOICES = 10_000
UPLOAD_WINDOW_PER_PART = dt.timedelta(minutes=20)
BATCH_FORM_CODES = (FA_3, FA_2, FA_RR_1)
MANIFEST = "manifest.json"
BATCH_POLL = PollPolicy(initial=1.0, max_delay=15.0, timeout=3600.0)
"""Default polling after close: 1 s growing to 15 s between status calls, for at most an hour."""
_CHUNK = 1024 * 1024

BatchInput = Iterable[tuple[str, InvoiceSource]] | str | os.PathLike[str]
"""``(file name, invoice)`` pairs (bytes, path or binary file), or a directory of ``*.xml`` files."""
Compression = Literal["zip", "targz"]


@dataclass(frozen=True)
class BatchProgress:
    """Progress report: ``stage`` is ``archive``, ``encrypt``, ``upload``, ``close``, ``wait`` or ``results``."""

    stage: str
    done: int
    total: int
    reference_number: str | None = None


ProgressCallback = Callable[[BatchProgress], None]


# ---------------------------------------------------------------------------------------------- prepare


@dataclass
class PartInfo:
    ordinal: int
    file: str  # encrypted part, relative to the work dir
    size: int  # encrypted size
    hash: str  # Base64 SHA-256 of the encrypted part
    plain_size: int
    method: str = ""
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    uploaded: bool = False


@dataclass
class PreparedBatch:
    """An archive split into encrypted parts on disk, ready to declare and upload (also the manifest)."""

    work_dir: Path
    form_code: str
    compression: str
    archive_size: int
    archive_hash: str
    invoice_count: int
    parts: list[PartInfo]
    names_by_hash: dict[str, list[str]]
    offline_mode: bool = False
    reference_number: str | None = None
    opened_at: str | None = None
    upload_deadline: str | None = None
    closed: bool = False

    # --- manifest

    def save(self) -> None:
        """Write ``manifest.json`` atomically (mode 0600: it holds the pre-signed upload URLs)."""
        data = asdict(self)
        data["work_dir"] = str(self.work_dir)
        tmp = self.work_dir / (MANIFEST + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, self.work_dir / MANIFEST)

    @classmethod
    def load(cls, work_dir: str | os.PathLike[str]) -> PreparedBatch:
        path = Path(work_dir) / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BatchError(f"no batch manifest in {work_dir}") from None
        data["work_dir"] = Path(work_dir)
        data["parts"] = [PartInfo(**p) for p in data["parts"]]
        return cls(**data)

    def form(self) -> FormCode:
        for fc in BATCH_FORM_CODES:
            if fc.system_code == self.form_code:
                return fc
        raise BatchError(f"form code {self.form_code!r} is not allowed in batch sessions")


class _Slice:
    """A read-only window of a binary file (for streaming one part of the archive)."""

    def __init__(self, fh: BinaryIO, length: int) -> None:
        self._fh = fh
        self._left = length

    def read(self, n: int = -1) -> bytes:
        if self._left <= 0:
            return b""
        n = self._left if n < 0 else min(n, self._left)
        data = self._fh.read(n)
        self._left -= len(data)
        return data


def _iter_input(invoices: BatchInput) -> Iterator[tuple[str, InvoiceSource]]:
    if isinstance(invoices, (str, os.PathLike)):
        directory = Path(invoices)
        if not directory.is_dir():
            raise BatchError(f"{directory} is not a directory")
        for path in sorted(directory.glob("*.xml")):
            yield path.name, path
        return
    yield from invoices


def _check_name(name: str, seen: set[str]) -> None:
    if not name or name.startswith("/") or ".." in Path(name).parts or "\\" in name:
        raise BatchError(f"invalid file name in batch: {name!r}")
    if name in seen:
        raise BatchError(f"duplicate file name in batch: {name!r}")
    seen.add(name)


def prepare_batch(
    invoices: BatchInput,
    key: SessionKey,
    *,
    work_dir: str | os.PathLike[str],
    form_code: FormCode = FA_3,
    compression: Compression = "zip",
    part_size: int = DEFAULT_PART_SIZE,
    validate: bool = True,
    xsd: bool | XsdValidator = False,
    limits: InvoiceLimits | None = None,
    max_invoices: int = MAX_INVOICES,
    offline_mode: bool = False,
    progress: ProgressCallback | None = None,
) -> PreparedBatch:
    """Validate, archive, split and encrypt (all streaming, on disk in ``work_dir``)."""
    if form_code not in BATCH_FORM_CODES:
        raise BatchError(
            f"form code {form_code.system_code} is not allowed in batch sessions (only FA (2), FA (3), FA_RR (1))"
        )
    if not 0 < part_size <= DEFAULT_PART_SIZE:
        raise BatchError(f"part_size must be 1..{DEFAULT_PART_SIZE} bytes")
    if compression not in ("zip", "targz"):
        raise BatchError("compression must be 'zip' or 'targz'")
    work = Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)
    xsd_validator: bool | XsdValidator = XsdValidator() if xsd is True else xsd
    limits = limits or InvoiceLimits()
    archive = work / ("batch.zip" if compression == "zip" else "batch.tar.gz")
    names_by_hash: dict[str, list[str]] = {}
    seen: set[str] = set()
    count = 0

    def add_all(add: Callable[[str, bytes], None]) -> None:
        nonlocal count
        for name, source in _iter_input(invoices):
            _check_name(name, seen)
            data = read_invoice(source)
            if validate:
                try:
                    validate_invoice(data, form_code=form_code, limits=limits, xsd=xsd_validator)
                except InvoiceValidationError as exc:
                    raise exc.with_source(name) from None
            count += 1
            if count > max_invoices:
                raise BatchError(f"a batch session holds at most {max_invoices} invoices")
            names_by_hash.setdefault(sha256_b64(data), []).append(name)
            add(name, data)
            if progress and count % 500 == 0:
                progress(BatchProgress("archive", count, 0))

    if compression == "zip":
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            add_all(zf.writestr)
    else:
        with tarfile.open(archive, "w:gz") as tar:

            def add_tar(name: str, data: bytes) -> None:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mode = 0o644
                tar.addfile(info, _BytesReader(data))

            add_all(add_tar)
    if count == 0:
        raise BatchError("the batch has no invoices")
    if progress:
        progress(BatchProgress("archive", count, count))

    archive_size = archive.stat().st_size
    if archive_size > MAX_ARCHIVE:
        raise BatchError(f"the archive has {archive_size} bytes; KSeF accepts at most {MAX_ARCHIVE}")
    n_parts = -(-archive_size // part_size)
    if n_parts > MAX_PARTS:
        raise BatchError(f"{n_parts} parts of {part_size} bytes exceed the {MAX_PARTS}-part limit; use larger parts")
    digest = hashlib.sha256()
    parts: list[PartInfo] = []
    with open(archive, "rb") as src:
        for ordinal in range(1, n_parts + 1):
            length = min(part_size, archive_size - (ordinal - 1) * part_size)
            name = f"part-{ordinal:03d}.aes"
            with open(work / name, "wb") as dst:
                part_digest = key.encrypt_stream(
                    cast(BinaryIO, _HashingReader(_Slice(src, length), digest)), dst, chunk_size=_CHUNK
                )
            parts.append(PartInfo(ordinal, name, part_digest.encrypted_size, part_digest.encrypted_sha256_b64, length))
            if progress:
                progress(BatchProgress("encrypt", ordinal, n_parts))
    archive.unlink()
    prepared = PreparedBatch(
        work_dir=work,
        form_code=form_code.system_code,
        compression=compression,
        archive_size=archive_size,
        archive_hash=b64encode(digest.digest()),
        invoice_count=count,
        parts=parts,
        names_by_hash=names_by_hash,
        offline_mode=offline_mode,
    )
    prepared.save()
    return prepared


class _BytesReader:
    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._pos = 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._data) if n < 0 else min(len(self._data), self._pos + n)
        chunk = bytes(self._data[self._pos : end])
        self._pos = end
        return chunk


class _HashingReader:
    def __init__(self, inner: _Slice, digest: Any) -> None:
        self._inner = inner
        self._digest = digest

    def read(self, n: int = -1) -> bytes:
        data = self._inner.read(n)
        self._digest.update(data)
        return data


# ------------------------------------------------------------------------------------------------ result


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


# ------------------------------------------------------------------------------------------------- flows


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def open_flow(prepared: PreparedBatch, key: SessionKey) -> Flow[None]:
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

    response, _ = yield from open_with_key_flow(request, op, OpenBatchSessionResponse, key=key)
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


def close_flow(prepared: PreparedBatch) -> Flow[None]:
    from ksef_api.api.batch_session import post_sessions_batch_reference_number_close as op

    if not prepared.closed:
        yield Call(op, {"reference_number": prepared.reference_number})
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


def _send_flow(prepared: PreparedBatch, key: SessionKey | None, opts: _Options, env: Env) -> Flow[BatchResult]:
    if prepared.reference_number is None:
        if key is None:
            raise BatchError("the batch was never opened and its key is gone; prepare it again")
        yield from open_flow(prepared, key)
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
        yield from close_flow(prepared)
    result = yield from results_flow(prepared, opts.poll_policy, opts.fetch_upo, opts.progress, env)
    return result


@dataclass
class _Options:
    concurrency: int = 4
    part_retries: int = 3
    poll_policy: PollPolicy = field(default_factory=lambda: BATCH_POLL)
    fetch_upo: bool = True
    progress: ProgressCallback | None = None
    retry_delay: float = 1.0


@dataclass
class _Run:
    """A batch ready to drive (sync or async): its flow and env, and what happens to the work directory."""

    prepared: PreparedBatch
    keep: bool
    flow: Flow[BatchResult]
    env: Env

    def finish(self, result: BatchResult) -> BatchResult:
        _finish(self.prepared, self.keep)
        return result


def _start(
    *,
    is_async: bool,
    resume: bool,
    client: Any,
    work_dir: str | os.PathLike[str] | None,
    concurrency: int,
    part_retries: int,
    part_retry_delay: float,
    poll_policy: PollPolicy | None,
    fetch_upo: bool,
    progress: ProgressCallback | None,
    key_store: PublicKeyStore | None,
    storage_client: Any,
    invoices: BatchInput = (),
    **prepare_options: Any,
) -> _Run:
    """The shared body of the four entry points: prepare a new batch (or load one to resume), build the flow."""
    if resume:
        assert work_dir is not None
        prepared, key, keep = PreparedBatch.load(work_dir), None, True
    else:
        prepared, key, keep = _setup(invoices, work_dir, {**prepare_options, "progress": progress})
    opts = _Options(concurrency, part_retries, poll_policy or BATCH_POLL, fetch_upo, progress, part_retry_delay)
    env = workflow_env(client, key_store, storage_client, is_async=is_async)
    return _Run(prepared, keep, _send_flow(prepared, key, opts, env), env)


def _finish(prepared: PreparedBatch, keep: bool) -> None:
    if keep:
        for part in prepared.parts:
            (prepared.work_dir / part.file).unlink(missing_ok=True)
    else:
        shutil.rmtree(prepared.work_dir, ignore_errors=True)


def _setup(
    invoices: BatchInput, work_dir: str | os.PathLike[str] | None, prepare_options: dict[str, Any]
) -> tuple[PreparedBatch, SessionKey, bool]:
    keep = work_dir is not None
    work = Path(work_dir) if work_dir is not None else Path(tempfile.mkdtemp(prefix="ksef-batch-"))
    if keep and (work / MANIFEST).exists():
        raise BatchError(f"{work} already holds a batch manifest; use resume_batch() or another directory")
    key = SessionKey.generate()
    try:
        prepared = prepare_batch(invoices, key, work_dir=work, **prepare_options)
    except BaseException:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
        raise
    return prepared, key, keep


def send_batch(
    client: Any,
    invoices: BatchInput,
    *,
    form_code: FormCode = FA_3,
    compression: Compression = "zip",
    part_size: int = DEFAULT_PART_SIZE,
    concurrency: int = 4,
    part_retries: int = 3,
    part_retry_delay: float = 1.0,
    work_dir: str | os.PathLike[str] | None = None,
    offline_mode: bool = False,
    validate: bool = True,
    xsd: bool | XsdValidator = False,
    limits: InvoiceLimits | None = None,
    poll_policy: PollPolicy | None = None,
    fetch_upo: bool = True,
    progress: ProgressCallback | None = None,
    key_store: PublicKeyStore | None = None,
    storage_client: Any = None,
) -> BatchResult:
    """Send invoices in one batch session and return every invoice's result by file name.

    ``work_dir``: where the archive, parts and ``manifest.json`` live; given, it is kept for
    :func:`resume_batch` after a crash (parts are deleted on success); omitted, a temporary
    directory is used and removed. ``storage_client``: the plain ``httpx.Client`` for pre-signed URLs.
    """
    run = _start(is_async=False, resume=False, **locals())
    return run.finish(run_sync(run.flow, run.env))


async def asend_batch(
    client: Any,
    invoices: BatchInput,
    *,
    form_code: FormCode = FA_3,
    compression: Compression = "zip",
    part_size: int = DEFAULT_PART_SIZE,
    concurrency: int = 4,
    part_retries: int = 3,
    part_retry_delay: float = 1.0,
    work_dir: str | os.PathLike[str] | None = None,
    offline_mode: bool = False,
    validate: bool = True,
    xsd: bool | XsdValidator = False,
    limits: InvoiceLimits | None = None,
    poll_policy: PollPolicy | None = None,
    fetch_upo: bool = True,
    progress: ProgressCallback | None = None,
    key_store: PublicKeyStore | None = None,
    storage_client: Any = None,
) -> BatchResult:
    """Async :func:`send_batch` (archiving and encryption run in a worker thread)."""
    run = await asyncio.to_thread(functools.partial(_start, is_async=True, resume=False, **locals()))
    return run.finish(await run_async(run.flow, run.env))


def resume_batch(
    client: Any,
    work_dir: str | os.PathLike[str],
    *,
    concurrency: int = 4,
    part_retries: int = 3,
    part_retry_delay: float = 1.0,
    poll_policy: PollPolicy | None = None,
    fetch_upo: bool = True,
    progress: ProgressCallback | None = None,
    key_store: PublicKeyStore | None = None,
    storage_client: Any = None,
) -> BatchResult:
    """Continue a batch from its manifest: upload missing parts (within the window), close, collect results."""
    run = _start(is_async=False, resume=True, **locals())
    return run.finish(run_sync(run.flow, run.env))


async def aresume_batch(
    client: Any,
    work_dir: str | os.PathLike[str],
    *,
    concurrency: int = 4,
    part_retries: int = 3,
    part_retry_delay: float = 1.0,
    poll_policy: PollPolicy | None = None,
    fetch_upo: bool = True,
    progress: ProgressCallback | None = None,
    key_store: PublicKeyStore | None = None,
    storage_client: Any = None,
) -> BatchResult:
    """Async :func:`resume_batch` (the manifest is read in a worker thread)."""
    run = await asyncio.to_thread(functools.partial(_start, is_async=True, resume=True, **locals()))
    return run.finish(await run_async(run.flow, run.env))
