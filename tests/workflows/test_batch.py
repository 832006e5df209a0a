from __future__ import annotations

import json
import os
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
from ksef_sdk.flow import PollPolicy
from ksef_sdk.invoice import PEF_3, InvoiceValidationError
from ksef_sdk.sessions import invoice_hash

from .conftest import make_invoice

FAST = PollPolicy(initial=0.0, factor=1.0, max_delay=0.0, timeout=1.0)
NO_WAIT = {"part_retry_delay": 0, "poll_policy": FAST}


def _invoices(n: int, lines: int = 1) -> list[tuple[str, bytes]]:
    return [(f"fv-{i:04d}.xml", make_invoice(f"FV/{i}", lines=lines)) for i in range(n)]


@pytest.mark.parametrize("compression", ["zip", "targz"])
def test_multi_part_batch_maps_results_to_file_names(
    fake: Any, client: Any, storage: Any, compression: str, tmp_path: Path
) -> None:
    invoices = _invoices(40, lines=5)
    fake.reject_invoice[7] = (450, "Błąd weryfikacji semantyki", None)
    events: list[BatchProgress] = []
    result = send_batch(
        client,
        invoices,
        compression=compression,  # type: ignore[arg-type]
        part_size=1000,
        part_retry_delay=0,
        poll_policy=FAST,
        progress=events.append,
        work_dir=tmp_path / "work",
    )
    server = fake.sessions[result.reference_number]
    assert len(server.parts) >= 2  # really multi-part
    assert set(result.by_file_name) == {name for name, _ in invoices}
    assert result.missing == ()
    failed = result.failed
    assert len(failed) == 1
    ((name, bad),) = failed.items()
    assert name == "fv-0006.xml"  # the 7th invoice in archive order
    assert bad.status_code == 450 and bad.details == ("Błąd weryfikacji semantyki",)
    for fname, xml in invoices:
        assert result.by_file_name[fname].invoice_hash == invoice_hash(xml)
    assert len(result.succeeded) == 39
    assert result.upo and len(result.upo[0].documents) == 39
    # uploads: exactly the returned method + headers, no bearer token
    puts = [(m, h) for m, u, h in fake.log if u.startswith("https://storage.test/parts")]
    assert len(puts) == len(server.parts)
    assert all(m == "PUT" and h["x-ms-blob-type"] == "BlockBlob" and "authorization" not in h for m, h in puts)
    assert all(int(h["content-length"]) > 0 for _, h in puts)
    # progress through every stage
    stages = [e.stage for e in events]
    for stage in ("archive", "encrypt", "upload", "close", "wait", "results"):
        assert stage in stages
    # call budget: open + close + status + list pages (+ key list), never per invoice
    assert fake.calls["GET /sessions/{x}/invoices"] == 1
    assert sum(fake.calls.values()) <= 6
    assert result.api_calls.count("post_sessions_batch") == 1
    # parts removed after success, manifest kept
    assert not list((tmp_path / "work").glob("part-*"))
    assert (tmp_path / "work" / "manifest.json").exists()


def test_directory_input_and_temp_dir_cleanup(fake: Any, client: Any, storage: Any, tmp_path: Path) -> None:
    for name, xml in _invoices(3):
        (tmp_path / name).write_bytes(xml)
    (tmp_path / "notes.txt").write_text("ignored")
    before = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))
    result = send_batch(client, tmp_path, **NO_WAIT)
    assert sorted(result.by_file_name) == ["fv-0000.xml", "fv-0001.xml", "fv-0002.xml"]
    after = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))
    assert not {d for d in after - before if d.startswith("ksef-batch-")}


def test_failed_part_is_retried(fake: Any, client: Any, storage: Any) -> None:
    fake.fail_part_uploads = {2: 2}
    result = send_batch(client, _invoices(10, lines=5), part_size=4096, **NO_WAIT)
    assert len(result.succeeded) == 10
    puts = [u for m, u, h in fake.log if u.startswith("https://storage.test/parts")]
    assert sum(u.split("?")[0].endswith("/2") for u in puts) == 3


def test_crash_then_resume_uploads_only_missing_parts(fake: Any, client: Any, storage: Any, tmp_path: Path) -> None:
    work = tmp_path / "work"
    fake.fail_part_uploads = {1: 99}
    with pytest.raises(BatchUploadError) as info:
        send_batch(
            client,
            _invoices(10, lines=5),
            part_size=4096,
            part_retries=1,
            part_retry_delay=0,
            work_dir=work,
        )
    assert info.value.work_dir == work
    assert set(info.value.failed) == {1}
    manifest = json.loads((work / "manifest.json").read_text())
    assert manifest["parts"][0]["uploaded"] is False
    assert all(p["uploaded"] for p in manifest["parts"][1:])
    assert "key" not in json.dumps(manifest).lower().replace("publickey", "")
    assert oct((work / "manifest.json").stat().st_mode & 0o777) == "0o600"
    uploads_before = sum(1 for m, u, h in fake.log if u.startswith("https://storage.test/parts"))
    fake.fail_part_uploads = {}
    result = resume_batch(client, work, **NO_WAIT)  # "a new process"
    uploads_after = sum(1 for m, u, h in fake.log if u.startswith("https://storage.test/parts"))
    assert uploads_after - uploads_before == 1
    assert len(result.succeeded) == 10
    assert fake.calls["POST /sessions/batch"] == 1


def test_resume_after_window_is_refused(fake: Any, client: Any, storage: Any, tmp_path: Path) -> None:
    work = tmp_path / "w"
    fake.fail_part_uploads = {1: 99}
    with pytest.raises(BatchUploadError):
        send_batch(client, _invoices(2), part_retries=0, work_dir=work)
    prepared = PreparedBatch.load(work)
    prepared.upload_deadline = "2000-01-01T00:00:00+00:00"
    prepared.save()
    with pytest.raises(BatchWindowExpiredError):
        resume_batch(client, work)


def test_existing_manifest_is_not_overwritten(client: Any, storage: Any, tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text("{}")
    with pytest.raises(BatchError, match="resume_batch"):
        send_batch(client, _invoices(1), work_dir=tmp_path)


def test_prepare_checks_before_anything_is_sent(fake: Any, tmp_path: Path) -> None:
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
    assert sum(fake.calls.values()) == 0


def test_prepared_parts_decrypt_to_the_archive(tmp_path: Path) -> None:
    import base64
    import hashlib
    import zipfile

    key = SessionKey.generate()
    prepared = prepare_batch(_invoices(20, lines=3), key, work_dir=tmp_path, part_size=1000)
    archive = b"".join(key.decrypt((tmp_path / p.file).read_bytes()) for p in prepared.parts)
    assert len(archive) == prepared.archive_size
    assert base64.b64encode(hashlib.sha256(archive).digest()).decode() == prepared.archive_hash
    assert all(p.plain_size <= 1000 for p in prepared.parts)
    import io

    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        assert len(zf.namelist()) == 20


async def test_async_batch(fake: Any, aclient: Any, astorage: Any) -> None:
    result = await asend_batch(
        aclient,
        _invoices(12, lines=5),
        part_size=4096,
        concurrency=3,
        part_retry_delay=0,
        poll_policy=FAST,
    )
    assert len(result.succeeded) == 12
    assert len(fake.sessions[result.reference_number].parts) > 1
