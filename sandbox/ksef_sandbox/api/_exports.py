"""Building an export package when the export's processing completes: the invoices as of that moment (up to the
HWM when asked), ascending by the filtered date, cut at 10,000 invoices or 1 GB of compressed data (then
``isTruncated`` and the ``last*Date`` of the last invoice), zipped (or tar.gz) with ``_metadata.json``, split
into parts of at most 50 MB and AES-256-CBC encrypted with the client's key.

See the ``POST /invoices/exports`` operation and ``pobieranie-faktur/przyrostowe-pobieranie-faktur.md`` of the
official documentation.
"""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
import zlib
from typing import Any

from ksef_sandbox._crypto import aes_cbc_encrypt
from ksef_sandbox._ids import format_dt, sha256_b64
from ksef_sandbox._records import Export, Invoice
from ksef_sandbox._state import SandboxState

from ._hwm import hwm
from ._queries import Query, date_of, metadata_json, select

__all__ = ["complete"]

_FROM_AFTER_HWM = (
    "Parametr dateRange.from jest późniejszy niż PermanentStorageHwmDate przy włączonym "
    "restrictToPermanentStorageHwmDate."
)


def _cut(state: SandboxState, invoices: list[Invoice], with_files: bool) -> tuple[list[Invoice], bool]:
    """At most ``export_max_invoices`` and ``export_max_compressed_size`` bytes of compressed invoices."""
    cfg = state.config
    chosen = invoices[: cfg.export_max_invoices]
    truncated = len(invoices) > len(chosen)
    if with_files and sum(len(i.content or b"") for i in chosen) > cfg.export_max_compressed_size:
        total = 0
        for n, inv in enumerate(chosen):
            total += len(zlib.compress(inv.content or b"", 6))
            if total > cfg.export_max_compressed_size:
                return chosen[:n], True
    return chosen, truncated


def _archive(files: list[tuple[str, bytes]], compression: str, mtime: int) -> bytes:
    buf = io.BytesIO()
    if compression == "TarGz":
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            for name, data in files:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mtime = mtime
                tar.addfile(info, io.BytesIO(data))
    else:
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files:
                zf.writestr(name, data)
    return buf.getvalue()


def complete(state: SandboxState, exp: Export) -> None:
    """Finish the export now: a failure status (415, 420) or the encrypted package."""
    now = state.now
    exp.completed = now
    key, iv = exp.request.get("key"), exp.request.get("iv")
    if key is None or len(key) != 32 or iv is None or len(iv) != 16:
        exp.status = (415, "Błąd odszyfrowania dostarczonego klucza", [])
        return
    query: Query = exp.request["query"]
    mark = hwm(state)
    top = query.hi(now)
    if query.restrict_to_hwm:
        if query.lo > mark:
            exp.status = (420, "Zakres filtrowania wykracza poza dostępny zakres danych", [_FROM_AFTER_HWM])
            return
        top = min(top, mark)
    only_metadata = bool(exp.request.get("onlyMetadata"))
    chosen, truncated = _cut(state, select(state, exp.context_value, query, top), not only_metadata)
    compression = exp.request.get("compressionType") or "Zip"
    metadata = json.dumps({"invoices": [metadata_json(i) for i in chosen]}, ensure_ascii=False).encode()
    files = [] if only_metadata else [(f"{i.ksef_number}.xml", i.content or b"") for i in chosen]
    files.append(("_metadata.json", metadata))
    archive = _archive(files, compression, int(now.timestamp()))
    part_size = max(16, state.config.export_part_size)
    plain_parts = [archive[i : i + part_size] for i in range(0, len(archive), part_size)] or [b""]
    exp.parts = [aes_cbc_encrypt(key, iv, part) for part in plain_parts]
    ext = "tar.gz" if compression == "TarGz" else "zip"
    package: dict[str, Any] = {
        "invoiceCount": len(chosen),
        "size": len(archive),
        "isTruncated": truncated,
        "_parts": [
            {
                "ordinalNumber": n,
                "partName": f"{exp.reference}-{n:03d}.{ext}.aes",
                "method": "GET",
                "partSize": max(1, len(plain)),
                "partHash": sha256_b64(plain),
                "encryptedPartSize": len(enc_part),
                "encryptedPartHash": sha256_b64(enc_part),
            }
            for n, (plain, enc_part) in enumerate(zip(plain_parts, exp.parts, strict=True), 1)
        ],
    }
    if query.date_type == "PermanentStorage":
        package["permanentStorageHwmDate"] = format_dt(min(mark, top) if query.to is not None else mark)
    if truncated and chosen:
        last = chosen[-1]
        assert last.facts is not None
        if query.date_type == "Issue":
            package["lastIssueDate"] = last.facts.issue_date
        elif query.date_type == "Invoicing":
            package["lastInvoicingDate"] = format_dt(last.invoicing_date)
        else:
            package["lastPermanentStorageDate"] = format_dt(date_of(last, "PermanentStorage"))
    exp.package = package
    exp.status = (200, "Eksport faktur zakończony sukcesem", [])
