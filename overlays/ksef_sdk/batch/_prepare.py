"""Preparing a batch on disk: invoices checked and archived (ZIP or tar.gz), the archive cut into parts as
it is written, each part encrypted into its own file, and the manifest that lets a batch resume after a
crash (``sesja-wsadowa.md``: parts of at most 100 MB, counted in SI units).

One pipeline, memory flat whatever the batch size::

    input ──► workers (threads): pre-send checks, SHA-256, deflate + CRC-32   (zlib/hashlib release the GIL)
          ──► in input order: ZIP records (or the tar.gz stream) ──► PartSink: archive SHA-256, cut at
              part_size ──► Encryptor per part: AES-256-CBC + both SHA-256 beside it ──► part-NNN.aes

At most a few invoices per worker are in flight, and no plain archive is ever written to disk.
"""

from __future__ import annotations

import json
import os
import tarfile
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import BinaryIO, Literal

from ksef_sdk import defaults
from ksef_sdk.batch._zip import Deflated, ZipWriter, deflate
from ksef_sdk.crypto._cipher import Encryptor, SessionKey, _BackgroundSha256, b64encode, sha256_b64
from ksef_sdk.errors import BatchError, InvoiceValidationError
from ksef_sdk.invoice.checks import (
    FA_2,
    FA_3,
    FA_RR_1,
    FormCode,
    InvoiceLimits,
    InvoiceSource,
    XsdValidator,
    read_invoice,
    validate_invoice,
)

__all__ = [
    "DEFAULT_PART_SIZE",
    "MANIFEST",
    "BatchInput",
    "BatchProgress",
    "Compression",
    "PartInfo",
    "PreparedBatch",
    "ProgressCallback",
    "prepare_batch",
]

DEFAULT_PART_SIZE = defaults.PART_SIZE
MAX_PARTS = defaults.MAX_PARTS
MAX_ARCHIVE = defaults.MAX_ARCHIVE
MAX_INVOICES = defaults.MAX_BATCH_INVOICES
BATCH_FORM_CODES = (FA_3, FA_2, FA_RR_1)
MANIFEST = "manifest.json"
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
        data = {f.name: getattr(self, f.name) for f in fields(self)}  # shallow: no deep copy of 10,000 names
        data["work_dir"] = str(self.work_dir)
        data["parts"] = [asdict(part) for part in self.parts]
        tmp = self.work_dir / (MANIFEST + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data))  # not json.dump: that streams through the pure-Python encoder (3x slower)
        os.replace(tmp, self.work_dir / MANIFEST)

    @classmethod
    def load(cls, work_dir: str | os.PathLike[str]) -> PreparedBatch:
        path = Path(work_dir) / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BatchError(f"no batch manifest in {work_dir}") from None
        except (OSError, ValueError) as exc:
            raise BatchError(f"the batch manifest {path} cannot be read: {exc}") from None
        try:
            data["work_dir"] = Path(work_dir)
            data["parts"] = [PartInfo(**p) for p in data["parts"]]
            return cls(**data)
        except (KeyError, TypeError, ValueError) as exc:
            raise BatchError(f"the batch manifest {path} is not one this version wrote: {exc!r}") from None

    def form(self) -> FormCode:
        for fc in BATCH_FORM_CODES:
            if fc.system_code == self.form_code:
                return fc
        raise BatchError(f"form code {self.form_code!r} is not allowed in batch sessions")


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
    if not name or name.startswith("/") or ".." in name.split("/") or "\\" in name:
        raise BatchError(f"invalid file name in batch: {name!r}")
    if name in seen:
        raise BatchError(f"duplicate file name in batch: {name!r}")
    seen.add(name)


class PartSink:
    """Archive bytes in, encrypted parts out: cuts the stream at ``part_size`` and encrypts each part into
    ``part-NNN.aes`` (:class:`~ksef_sdk.crypto._cipher.Encryptor`), hashing the whole archive on the way."""

    def __init__(self, key: SessionKey, work: Path, part_size: int) -> None:
        self._key = key
        self._work = work
        self._part_size = part_size
        self._archive_hash = _BackgroundSha256()
        self.size = 0
        self.parts: list[PartInfo] = []
        self._current: Encryptor | None = None
        self._file: BinaryIO | None = None
        self._on_part: Callable[[int], None] | None = None
        self._pending = bytearray()

    def write(self, data: bytes) -> int:
        """Take archive bytes (gathered into blocks of about 1 MiB before they go on)."""
        if self.size + len(self._pending) + len(data) > MAX_ARCHIVE:
            raise BatchError(f"the archive has more than {MAX_ARCHIVE} bytes; KSeF accepts at most {MAX_ARCHIVE}")
        self._pending += data
        if len(self._pending) >= _CHUNK:
            self._flush()
        return len(data)

    def _flush(self) -> None:
        block = bytes(self._pending)
        self._pending.clear()
        self._archive_hash.update(block)
        self.size += len(block)
        view = memoryview(block)
        while view:
            if self._current is None or self._current.plain_size >= self._part_size:
                self._next_part()
            assert self._current is not None
            room = self._part_size - self._current.plain_size
            self._current.write(view[:room])
            view = view[room:]

    def _next_part(self) -> None:
        self._finish_part()
        ordinal = len(self.parts) + 1
        if ordinal > MAX_PARTS:
            raise BatchError(
                f"more than {MAX_PARTS} parts of {self._part_size} bytes exceed the {MAX_PARTS}-part limit; "
                "use larger parts"
            )
        name = f"part-{ordinal:03d}.aes"
        self._file = open(self._work / name, "wb")  # noqa: SIM115 - closed in _finish_part/abort
        self._current = Encryptor(self._key, self._file, chunk_size=_CHUNK)
        self.parts.append(PartInfo(ordinal, name, 0, "", 0))

    def _finish_part(self) -> None:
        if self._current is None or self._file is None:
            return
        digest = self._current.close()
        self._file.close()
        part = self.parts[-1]
        part.size, part.hash, part.plain_size = digest.encrypted_size, digest.encrypted_sha256_b64, digest.plain_size
        self._current, self._file = None, None
        if self._on_part is not None:
            self._on_part(part.ordinal)

    def close(self, on_part: Callable[[int], None] | None = None) -> str:
        """Finish the last part; returns the archive's Base64 SHA-256."""
        self._on_part = on_part
        if self._pending:
            self._flush()
        self._finish_part()
        return b64encode(self._archive_hash.digest())

    def abort(self) -> None:
        """After an error: stop the workers, remove the part files."""
        if self._current is not None:
            self._current.abort()
        if self._file is not None:
            self._file.close()
        self._archive_hash.close()
        for part in self.parts:
            (self._work / part.file).unlink(missing_ok=True)


@dataclass(frozen=True)
class _Checked:
    """One invoice after the worker: its name, hash and (for ZIP) deflated form, or (tar) its bytes."""

    name: str
    sha256: str
    deflated: Deflated | None
    data: bytes | None


def _failed(error: BaseException) -> Future[list[_Checked]]:
    future: Future[list[_Checked]] = Future()
    future.set_exception(error)
    return future


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
    names_by_hash: dict[str, list[str]] = {}
    zipped = compression == "zip"

    def check(group: list[tuple[str, bytes]]) -> list[_Checked]:  # in a worker thread
        out = []
        for name, data in group:
            if validate:
                try:
                    validate_invoice(data, form_code=form_code, limits=limits, xsd=xsd_validator)
                except InvoiceValidationError as exc:
                    raise exc.with_source(name) from None
            out.append(_Checked(name, sha256_b64(data), deflate(data) if zipped else None, None if zipped else data))
        return out

    def jobs(pool: ThreadPoolExecutor) -> Generator[Future[list[_Checked]], None, None]:
        """Futures of groups of invoices (small ones travel together), in input order; a problem found here
        fails in its place in that order."""
        seen: set[str] = set()
        count = 0
        group: list[tuple[str, bytes]] = []
        size = 0
        try:
            for name, source in _iter_input(invoices):
                _check_name(name, seen)
                count += 1
                if count > max_invoices:
                    raise BatchError(f"a batch session holds at most {max_invoices} invoices")
                data = read_invoice(source)
                group.append((name, data))
                size += len(data)
                if size >= _GROUP_BYTES or len(group) >= _GROUP_INVOICES:
                    yield pool.submit(check, group)
                    group, size = [], 0
        except (BatchError, InvoiceValidationError) as exc:
            if group:
                yield pool.submit(check, group)
            yield _failed(exc)
            return
        if group:
            yield pool.submit(check, group)

    sink = PartSink(key, work, part_size)
    count = 0
    try:
        workers = max(1, min(_WORKERS, os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ksef-batch") as pool:
            add, finish = _archiver(compression, sink)
            in_flight: deque[Future[list[_Checked]]] = deque()
            submitted = jobs(pool)
            try:
                for future in submitted:
                    in_flight.append(future)
                    while len(in_flight) > 2 * workers or (in_flight and in_flight[0].done()):
                        count = _take(in_flight.popleft(), add, names_by_hash, count, progress)
                while in_flight:
                    count = _take(in_flight.popleft(), add, names_by_hash, count, progress)
            finally:
                for future in in_flight:
                    future.cancel()
                submitted.close()
            if count == 0:
                raise BatchError("the batch has no invoices")
            finish()
        if progress:
            progress(BatchProgress("archive", count, count))
        archive_hash = sink.close(
            on_part=(lambda ordinal: progress(BatchProgress("encrypt", ordinal, 0))) if progress else None
        )
    except BaseException:
        sink.abort()
        raise
    if progress:
        progress(BatchProgress("encrypt", len(sink.parts), len(sink.parts)))
    prepared = PreparedBatch(
        work_dir=work,
        form_code=form_code.system_code,
        compression=compression,
        archive_size=sink.size,
        archive_hash=archive_hash,
        invoice_count=count,
        parts=sink.parts,
        names_by_hash=names_by_hash,
        offline_mode=offline_mode,
    )
    prepared.save()
    return prepared


_WORKERS = 4
_GROUP_BYTES = 256 * 1024  # invoices per worker job: up to this many bytes ...
_GROUP_INVOICES = 64  # ... or this many invoices (a job's hand-over costs tens of microseconds)


def _take(
    future: Future[list[_Checked]],
    add: Callable[[_Checked], None],
    names_by_hash: dict[str, list[str]],
    count: int,
    progress: ProgressCallback | None,
) -> int:
    """Archive the next invoices in input order (raising their problem, if one had one)."""
    for checked in future.result():
        names_by_hash.setdefault(checked.sha256, []).append(checked.name)
        add(checked)
        count += 1
        if progress and count % 500 == 0:
            progress(BatchProgress("archive", count, 0))
    return count


def _archiver(compression: Compression, sink: PartSink) -> tuple[Callable[[_Checked], None], Callable[[], None]]:
    """``(add, finish)`` writing a ZIP or a tar.gz stream into ``sink``."""
    if compression == "zip":
        writer = ZipWriter(sink)

        def add_zip(checked: _Checked) -> None:
            assert checked.deflated is not None
            writer.add(checked.name, checked.deflated)

        return add_zip, writer.close
    tar = tarfile.open(fileobj=sink, mode="w|gz")  # type: ignore[call-overload]  # noqa: SIM115 - closed by finish

    def add_tar(checked: _Checked) -> None:
        assert checked.data is not None
        info = tarfile.TarInfo(checked.name)
        info.size = len(checked.data)
        info.mode = 0o644
        tar.addfile(info, _BytesReader(checked.data))

    return add_tar, tar.close


class _BytesReader:
    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._pos = 0

    def read(self, n: int = -1) -> bytes:
        end = len(self._data) if n < 0 else min(len(self._data), self._pos + n)
        chunk = bytes(self._data[self._pos : end])
        self._pos = end
        return chunk
