"""Invoice retrieval: download by KSeF number, metadata query iterator, exports, incremental HWM sync.

PROTOCOL §6. Flows are written once (:mod:`ksef_sdk.flow._core`); sync and async functions drive them::

    xml = download_invoice(client, "5265877635-20260504-0100001AF629-AF")   # hash verified

    filters = query_filters("Subject2", date_from=dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc))
    for meta in iter_invoice_metadata(client, filters):    # follows hasMore, narrows on isTruncated
        print(meta.ksef_number)

    with export_invoices(client, filters) as package:      # fresh key, poll, parts without bearer,
        for f in package.files():                          # hashes, decrypt, join, unpack - streaming
            save(f.name, f.data)                           # {ksefNumber}.xml and _metadata.json

    state = HwmState.from_json(saved) if saved else HwmState()
    with sync_invoices(client, state, "Subject1", start=first_day) as window:
        for f in window.invoices():
            store(f)
    saved = window.next_state.to_json()                    # adjacent, non-overlapping windows
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tarfile
import tempfile
import zipfile
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import attrs

from ksef_sdk.crypto._cipher import SessionKey, b64encode, sha256_b64
from ksef_sdk.crypto._keys import PublicKeyStore
from ksef_sdk.errors import KsefError, parse_timestamp
from ksef_sdk.errors._workflows import ExportError, IntegrityError
from ksef_sdk.flow._core import (
    Call,
    Emit,
    Flow,
    Http,
    PollPolicy,
    StreamFlow,
    iterate_async,
    iterate_sync,
    poll,
    run_async,
    run_sync,
)
from ksef_sdk.sessions._online import _opt, open_with_key_flow
from ksef_sdk.sessions._online import workflow_env as _env

__all__ = [
    "ExportError",
    "ExportPackage",
    "ExportedFile",
    "HwmState",
    "IntegrityError",
    "SyncWindow",
    "adownload_invoice",
    "aexport_invoices",
    "aiter_invoice_metadata",
    "async_sync_invoices",
    "download_invoice",
    "export_invoices",
    "iter_invoice_metadata",
    "query_filters",
    "sync_invoices",
]

SubjectType = Literal["Subject1", "Subject2", "Subject3", "SubjectAuthorized"]
DateType = Literal["Issue", "Invoicing", "PermanentStorage"]


# --------------------------------------------------------------------------------------------- download


def _verify(data: bytes, expected: str | None, what: str) -> None:
    if expected is not None and sha256_b64(data) != expected.strip():
        raise IntegrityError(f"{what}: SHA-256 {sha256_b64(data)} differs from the declared {expected}")


def download_flow(ksef_number: str) -> Flow[bytes]:
    from ksef_api.api.invoices import get_invoices_ksef_ksef_number as op

    response = yield Call(op, {"ksef_number": ksef_number}, raw=True)
    data: bytes = response.content
    _verify(data, response.headers.get("x-ms-meta-hash"), f"invoice {ksef_number}")
    return data


def download_invoice(client: Any, ksef_number: str) -> bytes:
    """The invoice XML exactly as stored, its SHA-256 checked against ``x-ms-meta-hash``."""
    return run_sync(download_flow(ksef_number), _env(client, is_async=False))


async def adownload_invoice(client: Any, ksef_number: str) -> bytes:
    return await run_async(download_flow(ksef_number), _env(client, is_async=True))


# ------------------------------------------------------------------------------------------ metadata query


def query_filters(
    subject_type: SubjectType,
    *,
    date_from: dt.datetime,
    date_to: dt.datetime | None = None,
    date_type: DateType = "PermanentStorage",
    restrict_to_hwm: bool | None = None,
    **extra: Any,
) -> Any:
    """An ``InvoiceQueryFilters`` model; ``extra`` are further JSON filter fields (``sellerNip=...``)."""
    from ksef_api.models.invoice_query_filters import InvoiceQueryFilters

    body: dict[str, Any] = {
        "subjectType": subject_type,
        "dateRange": {"dateType": date_type, "from": _iso(date_from)},
    }
    if date_to is not None:
        body["dateRange"]["to"] = _iso(date_to)
    if restrict_to_hwm is not None:
        body["dateRange"]["restrictToPermanentStorageHwmDate"] = restrict_to_hwm
    body.update(extra)
    return InvoiceQueryFilters.from_dict(body)


def _iso(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise KsefError("query dates must be timezone-aware (naive dates would be read as Warsaw time)")
    return value.isoformat()


def _sort_date(meta: Any, date_type: str) -> Any:
    if date_type == "Issue":
        return meta.issue_date
    if date_type == "Invoicing":
        return meta.invoicing_date
    return meta.permanent_storage_date


def _as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)


def metadata_flow(filters: Any, *, page_size: int = 250, descending: bool = False) -> StreamFlow:
    """Stream metadata: ``hasMore`` → next page; ``isTruncated`` → narrow the range from the last record.

    Records at the boundary instant come back after narrowing; they are recognised by KSeF number and
    not repeated. Items are handed out through :class:`Emit`.
    """
    from ksef_api.api.invoices import post_invoices_query_metadata as op
    from ksef_api.models.sort_order import SortOrder

    if not 10 <= page_size <= 250:
        raise KsefError("page_size must be 10..250")
    date_type = str(filters.date_range.date_type)
    current = filters
    offset = 0
    boundary: Any = None
    at_boundary: set[str] = set()
    while True:
        page = yield Call(
            op,
            {
                "body": current,
                "page_offset": offset,
                "page_size": page_size,
                "sort_order": SortOrder.DESC if descending else SortOrder.ASC,
            },
        )
        fresh = []
        for meta in page.invoices:
            when = _sort_date(meta, date_type)
            if boundary is not None and when == boundary and meta.ksef_number in at_boundary:
                continue  # already delivered before the range was narrowed
            fresh.append(meta)
        if fresh:
            yield Emit(fresh)
        if not page.has_more:
            return
        if not page.is_truncated:
            offset += 1
            continue
        if not page.invoices:
            raise KsefError("metadata query: truncated result without records; cannot narrow the range")
        last = _sort_date(page.invoices[-1], date_type)
        on_last = {m.ksef_number for m in page.invoices if _sort_date(m, date_type) == last}
        if last == boundary:
            if on_last <= at_boundary:
                raise KsefError(f"metadata query: more records share the instant {last} than one query returns")
            at_boundary |= on_last
        else:
            boundary, at_boundary = last, on_last
        if descending:
            new_range = attrs.evolve(current.date_range, to=_as_datetime(last))
        else:
            new_range = attrs.evolve(current.date_range, from_=_as_datetime(last))
        current = attrs.evolve(current, date_range=new_range)
        offset = 0


def iter_invoice_metadata(
    client: Any, filters: Any, *, page_size: int = 250, descending: bool = False
) -> Iterator[Any]:
    """Every ``InvoiceMetadata`` matching ``filters`` (no record lost or repeated)."""
    return iterate_sync(
        metadata_flow(filters, page_size=page_size, descending=descending), _env(client, is_async=False)
    )


def aiter_invoice_metadata(
    client: Any, filters: Any, *, page_size: int = 250, descending: bool = False
) -> AsyncIterator[Any]:
    return iterate_async(
        metadata_flow(filters, page_size=page_size, descending=descending), _env(client, is_async=True)
    )


# ------------------------------------------------------------------------------------------------ exports


@dataclass(frozen=True)
class ExportedFile:
    """One file of an export package: ``{ksefNumber}.xml`` or ``_metadata.json``."""

    name: str
    data: bytes = field(repr=False)

    @property
    def is_metadata(self) -> bool:
        return self.name == "_metadata.json"

    @property
    def ksef_number(self) -> str | None:
        return self.name[:-4] if self.name.endswith(".xml") else None

    def metadata(self) -> list[dict[str, Any]]:
        """The ``invoices`` list of ``_metadata.json``."""
        if not self.is_metadata:
            raise KsefError(f"{self.name} is not _metadata.json")
        invoices: list[dict[str, Any]] = json.loads(self.data).get("invoices", [])
        return invoices


@dataclass
class ExportPackage:
    """A downloaded, verified and decrypted export; iterate :meth:`files` (read from disk, one at a time)."""

    reference_number: str
    invoice_count: int
    is_truncated: bool
    archive: Path | None
    compression: str
    last_issue_date: dt.date | None = None
    last_invoicing_date: dt.datetime | None = None
    last_permanent_storage_date: dt.datetime | None = None
    permanent_storage_hwm_date: dt.datetime | None = None
    _cleanup: Path | None = field(default=None, repr=False)

    def files(self) -> Iterator[ExportedFile]:
        if self.archive is None:
            return
        if self.compression == "targz":
            with tarfile.open(self.archive, "r:gz") as tar:
                for member in tar:
                    if member.isfile():
                        fh = tar.extractfile(member)
                        if fh is not None:
                            yield ExportedFile(member.name, fh.read())
        else:
            with zipfile.ZipFile(self.archive) as zf:
                for info in zf.infolist():
                    if not info.is_dir():
                        yield ExportedFile(info.filename, zf.read(info))

    def close(self) -> None:
        """Delete the temporary files."""
        if self._cleanup is not None:
            shutil.rmtree(self._cleanup, ignore_errors=True)
            self._cleanup = None

    def __enter__(self) -> ExportPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def export_flow(
    filters: Any,
    *,
    only_metadata: bool,
    compression: str,
    work_dir: Path,
    policy: PollPolicy,
) -> Flow[ExportPackage]:
    from ksef_api.api.invoices import get_invoices_exports_reference_number as status_op
    from ksef_api.api.invoices import post_invoices_exports as op
    from ksef_api.models.compression_type import CompressionType
    from ksef_api.models.export_invoices_response import ExportInvoicesResponse
    from ksef_api.models.invoice_export_request import InvoiceExportRequest

    ctype = CompressionType("TarGz" if compression == "targz" else "Zip")

    def request(encryption: Any) -> Any:
        return InvoiceExportRequest(
            encryption=encryption, filters=filters, only_metadata=only_metadata, compression_type=ctype
        )

    started, key = yield from open_with_key_flow(request, op, ExportInvoicesResponse)  # fresh key per export
    ref: str = started.reference_number

    def fetch() -> Flow[Any]:
        model = yield Call(status_op, {"reference_number": ref})
        return model

    status = yield from poll(fetch, lambda s: s.status.code != 100, policy, f"export {ref}")
    if status.status.code != 200:
        raise ExportError(
            f"export {ref} ended with {status.status.code}: {status.status.description}",
            status.status.code,
            status.status.description,
        )
    package = _opt(status.package)
    archive = work_dir / ("export.tar.gz" if compression == "targz" else "export.zip")
    result = ExportPackage(
        reference_number=ref,
        invoice_count=package.invoice_count if package else 0,
        is_truncated=bool(package and package.is_truncated),
        archive=archive if package and package.parts else None,
        compression=compression,
        last_issue_date=_opt(package.last_issue_date) if package else None,
        last_invoicing_date=_opt(package.last_invoicing_date) if package else None,
        last_permanent_storage_date=_opt(package.last_permanent_storage_date) if package else None,
        permanent_storage_hwm_date=_opt(package.permanent_storage_hwm_date) if package else None,
    )
    if not result.archive:
        return result
    with open(archive, "wb") as joined:
        for part in sorted(package.parts, key=lambda p: p.ordinal_number):
            encrypted = work_dir / f"part-{part.ordinal_number:03d}.aes"
            got = yield Http(part.method or "GET", part.url, save_to=encrypted)
            _check_part(encrypted, part, got.headers.get("x-ms-meta-hash"), key, joined)
            encrypted.unlink()
    return result


def _check_part(encrypted: Path, part: Any, meta_hash: str | None, key: SessionKey, joined: Any) -> None:
    import hashlib

    digest = hashlib.sha256()
    size = 0
    with open(encrypted, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    enc_hash = b64encode(digest.digest())
    name = f"export part {part.ordinal_number}"
    if size != part.encrypted_part_size or enc_hash != part.encrypted_part_hash:
        raise IntegrityError(f"{name}: encrypted size/hash differ from the package description")
    if meta_hash is not None and meta_hash.strip() != enc_hash:
        raise IntegrityError(f"{name}: x-ms-meta-hash differs from the downloaded bytes")
    start = joined.tell()
    with open(encrypted, "rb") as src:
        plain = key.decrypt_stream(src, joined)
    if plain.plain_size != part.part_size or plain.plain_sha256_b64 != part.part_hash:
        raise IntegrityError(f"{name}: decrypted size/hash differ from the package description")
    assert joined.tell() - start == part.part_size


def _export_workdir(work_dir: str | Path | None) -> tuple[Path, Path | None]:
    if work_dir is not None:
        path = Path(work_dir)
        path.mkdir(parents=True, exist_ok=True)
        return path, None
    path = Path(tempfile.mkdtemp(prefix="ksef-export-"))
    return path, path


def _export_in_workdir(
    filters: Any, only_metadata: bool, compression: str, work_dir: str | Path | None, policy: PollPolicy | None
) -> Flow[ExportPackage]:
    """:func:`export_flow` in ``work_dir`` or a temporary directory (removed on failure, else by the package)."""
    path, cleanup = _export_workdir(work_dir)
    try:
        package = yield from export_flow(
            filters, only_metadata=only_metadata, compression=compression, work_dir=path, policy=policy or PollPolicy()
        )
    except BaseException:
        if cleanup:
            shutil.rmtree(cleanup, ignore_errors=True)
        raise
    package._cleanup = cleanup
    return package


def export_invoices(
    client: Any,
    filters: Any,
    *,
    only_metadata: bool = False,
    compression: Literal["zip", "targz"] = "zip",
    work_dir: str | Path | None = None,
    poll_policy: PollPolicy | None = None,
    key_store: PublicKeyStore | None = None,
    storage_client: Any = None,
) -> ExportPackage:
    """Start an export with a fresh key, wait, download every part (no bearer), verify, decrypt and join."""
    flow = _export_in_workdir(filters, only_metadata, compression, work_dir, poll_policy)
    return run_sync(flow, _env(client, key_store, storage_client, is_async=False))


async def aexport_invoices(
    client: Any,
    filters: Any,
    *,
    only_metadata: bool = False,
    compression: Literal["zip", "targz"] = "zip",
    work_dir: str | Path | None = None,
    poll_policy: PollPolicy | None = None,
    key_store: PublicKeyStore | None = None,
    storage_client: Any = None,
) -> ExportPackage:
    flow = _export_in_workdir(filters, only_metadata, compression, work_dir, poll_policy)
    return await run_async(flow, _env(client, key_store, storage_client, is_async=True))


# -------------------------------------------------------------------------------------------------- HWM


@dataclass(frozen=True)
class HwmState:
    """Continuation points of the incremental sync, per subject type (PROTOCOL §6.5). JSON-serialisable.

    ``next_from[subject]`` is the next window's ``dateRange.from``; ``seen[subject]`` are KSeF numbers
    already delivered whose permanent-storage instant equals that ``from`` (so they are not repeated).
    """

    next_from: dict[str, str] = field(default_factory=dict)
    seen: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"version": 1, "nextFrom": self.next_from, "seen": self.seen}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> HwmState:
        data = json.loads(text)
        if data.get("version") != 1:
            raise KsefError("unknown HWM state version")
        return cls(dict(data.get("nextFrom", {})), {k: list(v) for k, v in data.get("seen", {}).items()})


@dataclass
class SyncWindow:
    """One export window of the incremental sync. Read :meth:`invoices`, then store :attr:`next_state`."""

    subject_type: str
    package: ExportPackage
    state: HwmState
    next_state: HwmState

    def files(self) -> Iterator[ExportedFile]:
        """Every file of the window (``_metadata.json`` included), minus invoices already delivered."""
        seen = set(self.state.seen.get(self.subject_type, ()))
        for f in self.package.files():
            if f.ksef_number is not None and f.ksef_number in seen:
                continue
            yield f

    def invoices(self) -> Iterator[ExportedFile]:
        return (f for f in self.files() if not f.is_metadata)

    def close(self) -> None:
        self.package.close()

    def __enter__(self) -> SyncWindow:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _window_filters(state: HwmState, subject_type: str, start: dt.datetime | None, extra: dict[str, Any]) -> Any:
    since = state.next_from.get(subject_type)
    if since is None:
        if start is None:
            raise KsefError(f"no HWM state for {subject_type}: pass start= for the first window")
        since = _iso(start)
    return query_filters(
        subject_type,  # type: ignore[arg-type]
        date_from=dt.datetime.fromisoformat(since),
        date_type="PermanentStorage",
        restrict_to_hwm=True,
        **extra,
    )


def _advance(state: HwmState, subject_type: str, package: ExportPackage) -> HwmState:
    if package.is_truncated and package.last_permanent_storage_date is not None:
        boundary = package.last_permanent_storage_date
    elif package.permanent_storage_hwm_date is not None:
        boundary = package.permanent_storage_hwm_date
    else:
        return state
    seen: list[str] = []
    if package.is_truncated:
        metadata = next((f for f in package.files() if f.is_metadata), None)
        for item in metadata.metadata() if metadata else []:
            when = parse_timestamp(item.get("permanentStorageDate"))
            if when == boundary:
                seen.append(str(item["ksefNumber"]))
    next_from = {**state.next_from, subject_type: boundary.isoformat()}
    return HwmState(next_from, {**state.seen, subject_type: seen})


def sync_invoices(
    client: Any,
    state: HwmState,
    subject_type: SubjectType = "Subject1",
    *,
    start: dt.datetime | None = None,
    work_dir: str | Path | None = None,
    poll_policy: PollPolicy | None = None,
    key_store: PublicKeyStore | None = None,
    storage_client: Any = None,
    **filters: Any,
) -> SyncWindow:
    """Export the next HWM window for ``subject_type`` (``from`` = the state's continuation point)."""
    package = export_invoices(
        client,
        _window_filters(state, subject_type, start, filters),
        work_dir=work_dir,
        poll_policy=poll_policy,
        key_store=key_store,
        storage_client=storage_client,
    )
    return SyncWindow(subject_type, package, state, _advance(state, subject_type, package))


async def async_sync_invoices(
    client: Any,
    state: HwmState,
    subject_type: SubjectType = "Subject1",
    *,
    start: dt.datetime | None = None,
    work_dir: str | Path | None = None,
    poll_policy: PollPolicy | None = None,
    key_store: PublicKeyStore | None = None,
    storage_client: Any = None,
    **filters: Any,
) -> SyncWindow:
    package = await aexport_invoices(
        client,
        _window_filters(state, subject_type, start, filters),
        work_dir=work_dir,
        poll_policy=poll_policy,
        key_store=key_store,
        storage_client=storage_client,
    )
    return SyncWindow(subject_type, package, state, _advance(state, subject_type, package))
