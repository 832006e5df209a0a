"""Invoice exports: a fresh key, polling, parts fetched from pre-signed URLs, verified, decrypted, joined
and unpacked as a stream (``pobieranie-faktur``: ``POST /invoices/exports``)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ksef_sdk import defaults
from ksef_sdk.crypto._cipher import SessionKey, b64encode
from ksef_sdk.errors import ExportError, IntegrityError, KsefError
from ksef_sdk.flow import Call, Flow, Http, PollPolicy, poll, run_async, run_sync
from ksef_sdk.http._client import AsyncSecuredClient, SyncSecuredClient, workflow_env
from ksef_sdk.sessions._reads import open_with_key_flow
from ksef_sdk.sessions._results import opt

if TYPE_CHECKING:
    from ksef_sdk.crypto._keys import PublicKeyStore
    from ksef_sdk.http._storage import Storage

__all__ = ["ExportPackage", "ExportedFile", "aexport_invoices", "export_flow", "export_invoices"]


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
    package = opt(status.package)
    archive = work_dir / ("export.tar.gz" if compression == "targz" else "export.zip")
    result = ExportPackage(
        reference_number=ref,
        invoice_count=package.invoice_count if package else 0,
        is_truncated=bool(package and package.is_truncated),
        archive=archive if package and package.parts else None,
        compression=compression,
        last_issue_date=opt(package.last_issue_date) if package else None,
        last_invoicing_date=opt(package.last_invoicing_date) if package else None,
        last_permanent_storage_date=opt(package.last_permanent_storage_date) if package else None,
        permanent_storage_hwm_date=opt(package.permanent_storage_hwm_date) if package else None,
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
            filters,
            only_metadata=only_metadata,
            compression=compression,
            work_dir=path,
            policy=policy or defaults.EXPORT_POLL,
        )
    except BaseException:
        if cleanup:
            shutil.rmtree(cleanup, ignore_errors=True)
        raise
    package._cleanup = cleanup
    return package


def export_invoices(
    client: SyncSecuredClient,
    filters: Any,
    *,
    only_metadata: bool = False,
    compression: Literal["zip", "targz"] = "zip",
    work_dir: str | Path | None = None,
    poll_policy: PollPolicy | None = None,
    key_store: PublicKeyStore | None = None,
    storage: Storage | None = None,
) -> ExportPackage:
    """Start an export with a fresh key, wait, download every part (no bearer), verify, decrypt and join."""
    flow = _export_in_workdir(filters, only_metadata, compression, work_dir, poll_policy)
    return run_sync(flow, workflow_env(client, key_store=key_store, storage=storage))


async def aexport_invoices(
    client: AsyncSecuredClient,
    filters: Any,
    *,
    only_metadata: bool = False,
    compression: Literal["zip", "targz"] = "zip",
    work_dir: str | Path | None = None,
    poll_policy: PollPolicy | None = None,
    key_store: PublicKeyStore | None = None,
    storage: Storage | None = None,
) -> ExportPackage:
    """Async :func:`export_invoices`."""
    flow = _export_in_workdir(filters, only_metadata, compression, work_dir, poll_policy)
    return await run_async(flow, workflow_env(client, key_store=key_store, storage=storage))
