"""Batch sessions against the sandbox (it decrypts the parts, checks every declared hash and size, unpacks
the archive and validates each invoice), and the local preparation with no I/O at all."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import ssl
import zipfile
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.batch import (
    BatchError,
    BatchProgress,
    BatchUploadError,
    BatchWindowExpiredError,
    PreparedBatch,
    asend_batch,
    prepare_batch,
    resume_batch,
    send_batch,
)
from ksef_sdk.crypto import SessionKey
from ksef_sdk.errors import BadRequestError
from ksef_sdk.http import RetryPolicy
from ksef_sdk.invoice import PEF_3, InvoiceValidationError
from ksef_sdk.sessions import invoice_hash

from .conftest import FAST, Ksef, connect, disconnect, make_invoice

OPEN = "POST /sessions/batch"
CLOSE = "POST /sessions/batch/{referenceNumber}/close"
NO_WAIT: dict[str, Any] = {"part_retry_delay": 0, "poll_policy": FAST}


def _invoices(n: int, lines: int = 1) -> list[tuple[str, bytes]]:
    return [(f"fv-{i:04d}.xml", make_invoice(f"FV/{i}", lines=lines)) for i in range(n)]


def _uploads(ksef: Ksef, ordinal: int | None = None) -> list[Any]:
    puts = ksef.requests("PUT", "/blob/upload/")
    return puts if ordinal is None else [r for r in puts if r.url.path.endswith(f"/{ordinal}")]


@pytest.mark.parametrize("compression", ["zip", "targz"])
def test_multi_part_batch_maps_results_to_file_names(ksef: Ksef, compression: str, tmp_path: Path) -> None:
    invoices = ksef.invoices(40, lines=5)
    invoices[6] = (invoices[6][0], ksef.off_schema("FV/6", lines=5))  # KSeF refuses it (450)
    events: list[BatchProgress] = []
    before = ksef.server_counts()
    result = send_batch(
        ksef.client,
        invoices,
        compression=compression,  # type: ignore[arg-type]
        part_size=1000,
        progress=events.append,
        work_dir=tmp_path / "work",
        **NO_WAIT,
    )
    server = ksef.control.session(result.reference_number)
    assert len(server.parts) >= 2  # really multi-part
    assert server.batch["compressionType"] == ("TarGz" if compression == "targz" else "Zip")
    assert set(result.by_file_name) == {name for name, _ in invoices} and result.missing == ()
    ((name, bad),) = result.failed.items()
    assert name == "fv-0006.xml"
    assert bad.status_code == 450 and any("Nieznany" in d for d in bad.details)
    for fname, xml in invoices:
        got = result.by_file_name[fname]
        assert got.invoice_hash == invoice_hash(xml) and got.file_name == fname
        if got.ok:  # KSeF holds exactly the bytes of that file
            assert ksef.control.invoice(got.ksef_number).content == xml
    assert len(result.succeeded) == 39 and result.status.code == 200
    assert result.upo and {d.ksef_number for d in result.upo[0].documents} == {
        r.ksef_number for r in result.succeeded.values()
    }
    # uploads: one per part, exactly the method and headers KSeF gave, never the bearer token
    puts = _uploads(ksef)
    assert sorted(int(r.url.path.rsplit("/", 1)[1]) for r in puts) == list(range(1, len(server.parts) + 1))
    assert all(r.headers["x-ms-blob-type"] == "BlockBlob" and "authorization" not in r.headers for r in puts)
    sizes = {int(r.url.path.rsplit("/", 1)[1]): int(r.headers["content-length"]) for r in puts}
    assert sizes == {n: size for n, (_, size, _) in server.parts.items()}
    # progress through every stage
    stages = [e.stage for e in events]
    for stage in ("archive", "encrypt", "upload", "close", "wait", "results"):
        assert stage in stages
    # the call budget does not grow with the invoices: one open, one close, one list page, status reads
    after = ksef.server_counts()
    assert after[OPEN] - before[OPEN] == 1 and after[CLOSE] - before[CLOSE] == 1
    assert len(ksef.requests("GET", f"/sessions/{result.reference_number}/invoices")) == 1
    api = {(r.method, r.url.path) for r in ksef.recorder.requests if r.url.path.startswith("/v2/")}
    ref = result.reference_number
    assert api <= {
        ("GET", "/v2/security/public-key-certificates"),
        ("POST", "/v2/sessions/batch"),
        ("POST", f"/v2/sessions/batch/{ref}/close"),
        ("GET", f"/v2/sessions/{ref}"),
        ("GET", f"/v2/sessions/{ref}/invoices"),
    }
    assert result.api_calls.count("post_sessions_batch") == 1
    # parts removed after success, manifest kept
    assert not list((tmp_path / "work").glob("part-*"))
    assert PreparedBatch.load(tmp_path / "work").closed


def test_directory_input_and_temp_dir_cleanup(ksef: Ksef, tmp_path: Path, private_tmp: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, xml in ksef.invoices(3):
        (inputs / name).write_bytes(xml)
    (inputs / "notes.txt").write_text("ignored")
    seen: list[str] = []
    result = send_batch(
        ksef.client, inputs, progress=lambda _: seen.extend(p.name for p in private_tmp.iterdir()), **NO_WAIT
    )
    assert sorted(result.by_file_name) == ["fv-0000.xml", "fv-0001.xml", "fv-0002.xml"]
    assert len(result.succeeded) == 3
    assert [i.file_name for i in ksef.control.session(result.reference_number).invoices] == sorted(result.by_file_name)
    assert seen and all(name.startswith("ksef-batch-") for name in seen)  # the work happened in a temporary directory
    assert list(private_tmp.iterdir()) == []  # which is gone


def test_a_batch_ksef_never_opened_leaves_no_temporary_directory(ksef: Ksef, private_tmp: Path) -> None:
    ksef.control.inject_fault("POST /sessions/batch", status=400, times=None)
    with pytest.raises(BadRequestError):
        send_batch(ksef.client, ksef.invoices(2), **NO_WAIT)
    assert list(private_tmp.iterdir()) == []  # nothing to resume: the key is not kept


async def test_an_async_batch_ksef_never_opened_leaves_no_temporary_directory(aksef: Ksef, private_tmp: Path) -> None:
    aksef.control.inject_fault("POST /sessions/batch", status=400, times=None)
    with pytest.raises(BadRequestError):
        await asend_batch(aksef.client, aksef.invoices(2), **NO_WAIT)
    assert list(private_tmp.iterdir()) == []


def test_an_opened_batch_that_fails_keeps_its_temporary_directory_for_resume(ksef: Ksef, private_tmp: Path) -> None:
    ksef.control.inject_fault("PUT /blob/upload/*", status=503, times=None)
    with pytest.raises(BatchUploadError) as info:
        send_batch(ksef.client, ksef.invoices(2), part_retries=0, part_retry_delay=0)
    assert info.value.work_dir is not None and info.value.work_dir.parent == private_tmp
    assert PreparedBatch.load(info.value.work_dir).reference_number is not None


@pytest.mark.parametrize(
    ("retry", "part_retries"),
    [(RetryPolicy(backoff_base=0.01, backoff_max=0.05), 0), (False, 2)],
    ids=["transfer-retried", "part-rounds"],
)
def test_a_failed_part_upload_is_retried(
    strict_sandbox: Any, tls: ssl.SSLContext, retry: Any, part_retries: int
) -> None:
    """Storage answers 503 twice to part 2: the transfer's retry policy repeats it, or (retries off) the
    batch's rounds of re-uploading failed parts do; either way every part lands once."""
    ksef = connect(strict_sandbox, tls, retry=retry)
    try:
        fault = ksef.control.inject_fault("PUT /blob/upload/*/2", status=503, times=2)
        result = send_batch(
            ksef.client, ksef.invoices(10, lines=5), part_size=4096, part_retries=part_retries, **NO_WAIT
        )
        assert len(result.succeeded) == 10 and fault.hits == 2
        parts = len(ksef.control.session(result.reference_number).parts)
        assert parts >= 2
        assert len(_uploads(ksef, 2)) == 3
        assert len(_uploads(ksef)) == parts + 2
    finally:
        disconnect(ksef)


def test_crash_then_resume_uploads_only_missing_parts(
    ksef: Ksef, strict_sandbox: Any, tls: ssl.SSLContext, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    before = ksef.server_counts()
    ksef.control.inject_fault("PUT /blob/upload/*/1", status=503, times=None)  # part 1 never lands
    with pytest.raises(BatchUploadError) as info:
        send_batch(
            ksef.client, ksef.invoices(10, lines=5), part_size=4096, part_retries=1, part_retry_delay=0, work_dir=work
        )
    assert info.value.work_dir == work and set(info.value.failed) == {1}
    manifest = json.loads((work / "manifest.json").read_text())
    assert manifest["parts"][0]["uploaded"] is False
    assert all(p["uploaded"] for p in manifest["parts"][1:])
    assert "key" not in json.dumps(manifest).lower().replace("publickey", "")
    assert oct((work / "manifest.json").stat().st_mode & 0o777) == "0o600"
    ref = PreparedBatch.load(work).reference_number
    assert ref is not None and ksef.control.session(ref).status[0] == 100
    assert sorted(ksef.control.session(ref).parts) == list(range(2, len(manifest["parts"]) + 1))
    ksef.control.clear_faults()

    again = connect(strict_sandbox, tls, nip=ksef.nip)  # "a new process": only the work directory survives
    try:
        result = resume_batch(again.client, work, **NO_WAIT)
        assert [r.url.path.rsplit("/", 1)[1] for r in _uploads(again)] == ["1"]
    finally:
        disconnect(again)
    assert len(result.succeeded) == 10 and result.reference_number == ref
    after = ksef.server_counts()
    assert after[OPEN] - before[OPEN] == 1 and after[CLOSE] - before[CLOSE] == 1


def test_resume_after_the_upload_window_is_refused(
    ksef: Ksef, strict_sandbox: Any, tls: ssl.SSLContext, tmp_path: Path
) -> None:
    work = tmp_path / "w"
    ksef.control.inject_fault("PUT /blob/upload/*/1", status=503, times=None)
    with pytest.raises(BatchUploadError):
        send_batch(ksef.client, ksef.invoices(2), part_retries=0, work_dir=work)
    ksef.control.clear_faults()
    prepared = PreparedBatch.load(work)
    prepared.upload_deadline = "2000-01-01T00:00:00+00:00"
    prepared.save()
    before = ksef.server_counts()
    again = connect(strict_sandbox, tls, nip=ksef.nip)
    try:
        with pytest.raises(BatchWindowExpiredError):
            resume_batch(again.client, work)
        assert _uploads(again) == []  # nothing was uploaded, nothing closed
    finally:
        disconnect(again)
    assert ksef.server_counts()[CLOSE] == before[CLOSE]
    assert prepared.reference_number is not None and ksef.control.session(prepared.reference_number).status[0] == 100


def test_an_existing_manifest_is_not_overwritten(offline_client: Any, tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{}")
    with pytest.raises(BatchError, match="resume_batch"):
        send_batch(offline_client, _invoices(1), work_dir=tmp_path)
    assert (tmp_path / "manifest.json").read_text() == "{}"


def test_prepare_checks_before_anything_is_sent(tmp_path: Path) -> None:
    key = SessionKey.generate()
    bad = [("a.xml", make_invoice()), ("b.xml", b"<not-closed>")]
    with pytest.raises(InvoiceValidationError, match=r"b\.xml"):
        prepare_batch(bad, key, work_dir=tmp_path / "1")
    with pytest.raises(BatchError, match="duplicate"):
        prepare_batch([("a.xml", make_invoice()), ("a.xml", make_invoice())], key, work_dir=tmp_path / "2")
    with pytest.raises(BatchError, match="invalid file name"):
        prepare_batch([("../a.xml", make_invoice())], key, work_dir=tmp_path / "3")
    with pytest.raises(BatchError, match="not allowed in batch"):
        prepare_batch(_invoices(1), key, work_dir=tmp_path / "4", form_code=PEF_3)
    with pytest.raises(BatchError, match="at most 2"):
        prepare_batch(_invoices(3), key, work_dir=tmp_path / "5", max_invoices=2)
    with pytest.raises(BatchError, match="no invoices"):
        prepare_batch([], key, work_dir=tmp_path / "6")
    with pytest.raises(BatchError, match="50-part"):
        prepare_batch(_invoices(30, lines=5), key, work_dir=tmp_path / "7", part_size=100)


def test_prepared_parts_decrypt_to_the_archive(tmp_path: Path) -> None:
    key = SessionKey.generate()
    prepared = prepare_batch(_invoices(20, lines=3), key, work_dir=tmp_path, part_size=1000)
    archive = b"".join(key.decrypt((tmp_path / p.file).read_bytes()) for p in prepared.parts)
    assert len(archive) == prepared.archive_size
    assert base64.b64encode(hashlib.sha256(archive).digest()).decode() == prepared.archive_hash
    assert all(p.plain_size <= 1000 for p in prepared.parts)
    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        assert zf.namelist() == [name for name, _ in _invoices(20, lines=3)]


async def test_async_batch(aksef: Ksef) -> None:
    invoices = aksef.invoices(12, lines=5)
    result = await asend_batch(aksef.client, invoices, part_size=4096, concurrency=3, **NO_WAIT)
    assert len(result.succeeded) == 12
    assert len(aksef.control.session(result.reference_number).parts) > 1
    assert {n: aksef.control.invoice(r.ksef_number).content for n, r in result.succeeded.items()} == dict(invoices)
