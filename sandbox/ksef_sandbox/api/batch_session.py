"""Batch sessions (spec tag "Wysyłka wsadowa"): open (with pre-signed part uploads), close, and the background
processing that decrypts, unpacks and accepts the invoices of the package.

The parts themselves are uploaded to ``storage.store_part``. See ``sesja-wsadowa.md`` of the official
documentation.
"""

from __future__ import annotations

import hashlib
import logging
import tarfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

from ksef_sandbox._crypto import CryptoError
from ksef_sandbox._http import ApiError, Request, Response
from ksef_sandbox._ids import b64e, reference_number, sha256_b64
from ksef_sandbox._records import Invoice, Session
from ksef_sandbox._state import SandboxState

from ._acceptance import add_invoice, process_invoice, session_limits
from ._input import bad, require
from ._principal import access
from ._sessions import cancel_batch, fail_session, find_session, open_session
from ._signing import UPLOAD_HEADERS, sign_url
from ._statuses import SESSION_STATUSES, status

__all__ = ["close", "open_batch"]

log = logging.getLogger("ksef_sandbox")


def open_batch(state: SandboxState, req: Request) -> Response:
    """``POST /sessions/batch``: the declared package, answered with one pre-signed upload URL per part."""
    p = access(state, req, "InvoiceWrite", "EnforcementOperations")
    body = req.json()
    require(body, "formCode", "batchFile", "encryption")
    bf = body["batchFile"]
    if not isinstance(bf, dict):
        raise bad("batchFile must be an object.")
    require(bf, "fileSize", "fileHash", "fileParts")
    parts = bf["fileParts"]
    if not isinstance(parts, list) or not parts:
        raise bad("batchFile.fileParts must not be empty.")
    if len(parts) > state.config.max_parts:
        raise ApiError(
            400,
            21161,
            "Przekroczono dozwoloną liczbę części paczki.",
            [f"Maksymalnie {state.config.max_parts} części."],
        )
    ordinals = sorted(int(x.get("ordinalNumber", 0)) for x in parts if isinstance(x, dict))
    if ordinals != list(range(1, len(parts) + 1)):
        raise bad("fileParts ordinal numbers must be 1..n without gaps.")
    for part in parts:
        size = part.get("fileSize")
        if not isinstance(size, int) or size < 1 or size > state.config.max_part_size + 16:
            raise ApiError(
                400,
                21157,
                "Nieprawidłowy rozmiar części paczki.",
                [f"Część {part.get('ordinalNumber')}: {size} B."],
            )
    if bf.get("compressionType", "Zip") not in ("Zip", "TarGz", None):
        raise bad("compressionType must be Zip or TarGz.")
    s = open_session(state, "Batch", p, body)
    s.batch = dict(bf)
    # each part may be uploaded until parts x 20 minutes after opening (sesja-wsadowa.md)
    s.upload_deadline = s.created + state.config.upload_window_per_part * len(parts)
    requests = [
        {
            "ordinalNumber": n,
            "method": "PUT",
            "url": sign_url(state, req, f"/blob/upload/{s.reference}/{n}", s.upload_deadline),
            "headers": dict(UPLOAD_HEADERS),
        }
        for n in ordinals
    ]
    return Response.json({"referenceNumber": s.reference, "partUploadRequests": requests}, 201)


def close(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``POST /sessions/batch/{referenceNumber}/close``: every declared part uploaded intact; processing starts."""
    p = access(state, req, "InvoiceWrite", "EnforcementOperations")
    s = find_session(state, referenceNumber, p, "Batch")
    if s.status[0] == 440 and s.closed is not None and s.status[2] and "czas" in s.status[2][0]:
        raise ApiError(
            400,
            21208,
            "Czas oczekiwania na requesty upload lub finish został przekroczony.",
            ["Sesja anulowana, przekroczony czas wysyłki."],
        )
    if s.status[0] != 100:
        raise ApiError(400, 21180, "Status sesji nie pozwala na wykonanie operacji.", [f"Status sesji: {s.status[0]}"])
    assert s.batch is not None and s.upload_deadline is not None
    declared = {int(x["ordinalNumber"]): x for x in s.batch["fileParts"]}
    missing = [n for n in declared if n not in s.parts]
    if missing and state.now > s.upload_deadline:
        cancel_batch(state, s)
        raise ApiError(
            400,
            21208,
            "Czas oczekiwania na requesty upload lub finish został przekroczony.",
            ["Sesja anulowana, przekroczony czas wysyłki."],
        )
    if missing:
        raise ApiError(
            400,
            21205,
            "Pakiet nie może być pusty.",
            [f"Nie przesłano zadeklarowanej '{n}' części pliku." for n in missing],
        )
    for n, part in declared.items():
        _, size, digest = s.parts[n]
        if size != part["fileSize"] or digest != part["fileHash"]:
            raise ApiError(
                400,
                21157,
                "Nieprawidłowy rozmiar części paczki.",
                [f"Zadeklarowany rozmiar części '{n}' nie zgadza się z rzeczywistym."],
            )
    s.closed = state.now
    s.updated = s.closed
    s.status = status(150, SESSION_STATUSES)
    s.processing = True
    s.progress = state.progress()
    worker = threading.Thread(target=_process, args=(state, s), name=f"ksef-batch-{s.reference}", daemon=True)
    state.workers = [w for w in state.workers if w.is_alive()]
    state.workers.append(worker)
    worker.start()
    return Response.empty(204)


def _process(state: SandboxState, s: Session) -> None:
    """The background worker: runs without the lock except where it touches shared data."""
    try:
        _process_package(state, s)
    except Exception as exc:
        log.exception("ksef_sandbox: batch %s failed", s.reference)
        with state.lock:
            fail_session(state, s, 500, [str(exc)])
    finally:
        with state.lock:
            s.processing = False
            for path, _, _ in s.parts.values():
                path.unlink(missing_ok=True)


def _process_package(state: SandboxState, s: Session) -> None:
    assert s.batch is not None and s.key is not None
    archive = state.tmpdir / f"{s.reference}.archive"
    whole = hashlib.sha256()
    total = 0
    try:
        with archive.open("wb") as out:
            for n in sorted(s.parts):
                for chunk in _decrypt_file(s.key, s.iv, s.parts[n][0]):
                    whole.update(chunk)
                    total += len(chunk)
                    out.write(chunk)
    except CryptoError as exc:
        with state.lock:
            s.status = status(435, SESSION_STATUSES, [str(exc)])
        return
    if total != s.batch["fileSize"] or b64e(whole.digest()) != s.batch["fileHash"]:
        with state.lock:
            s.status = status(
                405, SESSION_STATUSES, ["Rozmiar lub skrót paczki nie zgadza się z deklaracją (batchFile)."]
            )
        archive.unlink(missing_ok=True)
        return
    try:
        members = list(_iter_archive(archive, s.batch.get("compressionType") or "Zip"))
    except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError) as exc:
        with state.lock:
            s.status = status(430, SESSION_STATUSES, [str(exc)])
        return
    finally:
        archive.unlink(missing_ok=True)
    limit = session_limits(state, s.context_value, "Batch").max_invoices
    if len(members) > limit:
        with state.lock:
            s.status = status(420, SESSION_STATUSES, [f"{len(members)} > {limit}"])
        return
    invoicing_date = s.created
    chunk_size = 200
    for start in range(0, len(members), chunk_size):
        with state.lock:
            for name, content in members[start : start + chunk_size]:
                inv = Invoice(
                    reference=reference_number("EE", state.now),
                    session_ref=s.reference,
                    ordinal=len(s.invoices) + 1,
                    invoice_hash=sha256_b64(content),
                    size=len(content),
                    invoicing_date=invoicing_date,
                    mode="Offline" if s.offline else "Online",
                    file_name=name[-128:],
                    form=s.form,
                )
                add_invoice(state, s, inv)
                process_invoice(state, s, inv, content)
    with state.lock:
        s.status = (
            status(150, SESSION_STATUSES) if s.invoices else status(440, SESSION_STATUSES, ["Nie przesłano faktur"])
        )
        s.updated = state.now


def _decrypt_file(key: bytes, iv: bytes, path: Path, chunk: int = 1 << 20) -> Iterator[bytes]:
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    size = path.stat().st_size
    if size == 0 or size % 16:
        raise CryptoError("encrypted part length is not a multiple of 16")
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            yield unpadder.update(dec.update(block))
    try:
        yield unpadder.update(dec.finalize()) + unpadder.finalize()
    except ValueError as exc:
        raise CryptoError("bad PKCS#7 padding in encrypted part") from exc


def _iter_archive(path: Path, compression: str) -> Iterator[tuple[str, bytes]]:
    if compression == "TarGz":
        with tarfile.open(path, "r:gz") as tar:
            for member in tar:
                if member.isfile():
                    fh = tar.extractfile(member)
                    if fh is not None:
                        yield member.name, fh.read()
    else:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield info.filename, zf.read(info)
