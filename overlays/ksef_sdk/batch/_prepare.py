"""Preparing a batch on disk: invoices checked and archived (ZIP or tar.gz) one at a time, the archive
split into parts, each part encrypted streaming into its own file, and the manifest that lets a batch
resume after a crash (``sesja-wsadowa.md``: parts of at most 100 MB, counted in SI units)."""

from __future__ import annotations

import hashlib
import json
import os
import tarfile
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal, cast

from ksef_sdk import defaults
from ksef_sdk.crypto._cipher import SessionKey, b64encode, sha256_b64
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
