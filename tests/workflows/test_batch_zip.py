"""The batch pipeline's own ZIP writer lays out exactly the records :mod:`zipfile` writes, and its archives
(ZIP64 included) read back with :mod:`zipfile`."""

from __future__ import annotations

import io
import os
import tracemalloc
import zipfile

import pytest
from ksef_sdk.batch._zip import ZipWriter, deflate

DATE = (2026, 5, 1, 12, 30, 41)
ENTRIES = [
    ("fv-0001.xml", b"<Faktura>" + b"pozycja " * 400 + b"</Faktura>"),
    ("zażółć.xml", "Zażółć gęślą jaźń".encode() * 50),
    ("sub/empty.xml", b""),
    ("random.xml", bytes(range(256)) * 40),
]


def with_zipfile(entries: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def with_writer(entries: list[tuple[str, bytes]], **options: int) -> bytes:
    buffer = io.BytesIO()
    writer = ZipWriter(buffer, date_time=DATE, **options)
    for name, data in entries:
        writer.add(name, deflate(data))
    writer.close()
    writer.close()  # idempotent
    assert writer.size == len(buffer.getvalue())
    return buffer.getvalue()


def test_byte_for_byte_what_zipfile_writes() -> None:
    assert with_writer(ENTRIES) == with_zipfile(ENTRIES)


def test_many_entries() -> None:
    entries = [(f"fv-{i:05d}.xml", f"<Faktura>{i}</Faktura>".encode() * (i % 7 + 1)) for i in range(700)]
    assert with_writer(entries) == with_zipfile(entries)


def test_zip64_offsets_read_back() -> None:
    entries = [(f"f{i}.xml", (b"invoice %d " % i) * 100) for i in range(30)]
    archive = with_writer(entries, zip64_limit=500)  # every entry past byte 500 needs a ZIP64 offset
    assert b"PK\006\006" in archive and b"PK\006\007" in archive
    with zipfile.ZipFile(io.BytesIO(archive)) as read:
        assert read.testzip() is None
        assert [(i.filename, read.read(i)) for i in read.infolist()] == entries
        assert read.infolist()[-1].header_offset > 500


def test_no_entries_after_close() -> None:
    writer = ZipWriter(io.BytesIO())
    writer.close()
    with pytest.raises(ValueError):
        writer.add("a.xml", deflate(b"x"))


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def test_memory_stays_flat_the_writer_keeps_no_entry_data() -> None:
    """Only what the central directory needs stays behind an entry (a 1 GB batch once held every
    deflated entry until the end: 650 MB)."""
    writer = ZipWriter(_Discard(), date_time=DATE)
    tracemalloc.start()
    try:
        for i in range(64):
            writer.add(f"fv-{i:05d}.xml", deflate(os.urandom(256 * 1024)))  # incompressible: 16 MiB in all
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 1 << 20, held
    writer.close()
