"""The batch pipeline (workers, ZIP/tar.gz stream, parts cut and encrypted as the archive is written): the
parts decrypt to an archive holding every invoice in input order, problems surface in input order, and a
failed preparation leaves no part behind."""

from __future__ import annotations

import base64
import hashlib
import io
import tarfile
import zipfile
from pathlib import Path

import pytest
from ksef_sdk.batch import BatchError, BatchProgress, prepare_batch
from ksef_sdk.crypto import SessionKey
from ksef_sdk.invoice import InvoiceValidationError

from .conftest import make_invoice

KEY = SessionKey.generate()


def _invoices(n: int, lines: int = 1) -> list[tuple[str, bytes]]:
    return [(f"fv-{i:04d}.xml", make_invoice(f"FV/{i}", lines=lines)) for i in range(n)]


def _archive(work: Path, prepared: object) -> bytes:
    parts = prepared.parts  # type: ignore[attr-defined]
    return b"".join(KEY.decrypt((work / p.file).read_bytes()) for p in parts)


@pytest.mark.parametrize("compression", ["zip", "targz"])
def test_parts_hold_every_invoice_in_input_order(tmp_path: Path, compression: str) -> None:
    invoices = _invoices(150) + _invoices(3, lines=40)[:1]  # many small ones (grouped per worker job) and a larger one
    invoices[-1] = ("fv-big.xml", invoices[-1][1])
    events: list[BatchProgress] = []
    prepared = prepare_batch(
        invoices,
        KEY,
        work_dir=tmp_path,
        compression=compression,
        part_size=7000,
        progress=events.append,  # type: ignore[arg-type]
    )
    archive = _archive(tmp_path, prepared)
    assert len(archive) == prepared.archive_size == sum(p.plain_size for p in prepared.parts)
    assert all(p.plain_size == 7000 for p in prepared.parts[:-1])
    assert base64.b64encode(hashlib.sha256(archive).digest()).decode() == prepared.archive_hash
    for part in prepared.parts:
        encrypted = (tmp_path / part.file).read_bytes()
        assert (len(encrypted), base64.b64encode(hashlib.sha256(encrypted).digest()).decode()) == (part.size, part.hash)
    if compression == "zip":
        with zipfile.ZipFile(io.BytesIO(archive)) as read:
            assert read.testzip() is None
            stored = [(i.filename, read.read(i)) for i in read.infolist()]
    else:
        with tarfile.open(fileobj=io.BytesIO(archive), mode="r:gz") as read:
            stored = [(m.name, read.extractfile(m).read()) for m in read.getmembers()]  # type: ignore[union-attr]
    assert stored == invoices
    assert prepared.invoice_count == len(invoices)
    assert sorted(n for names in prepared.names_by_hash.values() for n in names) == sorted(n for n, _ in invoices)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([p.file for p in prepared.parts] + ["manifest.json"])
    encrypt = [e for e in events if e.stage == "encrypt"]
    assert encrypt[-1] == BatchProgress("encrypt", len(prepared.parts), len(prepared.parts))


def test_the_first_problem_in_input_order_is_reported(tmp_path: Path) -> None:
    invoices = _invoices(200)
    invoices[130] = ("fv-0130.xml", b"<not-closed>")
    invoices[170] = ("fv-0170.xml", b"<also-bad>")
    invoices.append(("fv-0001.xml", make_invoice()))  # a duplicate name after both
    with pytest.raises(InvoiceValidationError, match=r"fv-0130\.xml"):
        prepare_batch(invoices, KEY, work_dir=tmp_path, part_size=2000)
    assert not list(tmp_path.glob("part-*")), "a failed preparation leaves no part behind"
    with pytest.raises(BatchError, match="duplicate"):
        prepare_batch([*_invoices(100), ("fv-0003.xml", b"<bad>")], KEY, work_dir=tmp_path / "2")


def test_too_many_parts_stops_early_and_cleans_up(tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="50-part"):
        prepare_batch(_invoices(60, lines=5), KEY, work_dir=tmp_path, part_size=100)
    assert not list(tmp_path.glob("part-*"))
