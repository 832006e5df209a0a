"""A streaming ZIP writer for entries compressed beforehand (so that several threads can deflate at once).

:mod:`zipfile` compresses each entry itself, in the thread that writes the archive. Here each invoice is
deflated by :func:`deflate` - in whichever worker thread (``zlib`` releases the GIL) - and
:class:`ZipWriter` only lays out the records, in order, into any binary sink (it never seeks). The
records are the ones :mod:`zipfile` writes for ``ZipFile(..., "w", ZIP_DEFLATED).writestr(name, data)``
- same versions, flags, attributes and ZIP64 rules, byte for byte (a test compares them) - so every
reader of the archives ``zipfile`` makes reads these.
"""

from __future__ import annotations

import struct
import time
import zlib
from dataclasses import dataclass
from typing import Protocol

__all__ = ["ZIP64_LIMIT", "Deflated", "ZipWriter", "deflate"]

ZIP64_LIMIT = (1 << 31) - 1  # zipfile's threshold for ZIP64 records
_FILE_COUNT_LIMIT = (1 << 16) - 1
_DEFLATED = 8
_VERSION = 20
_ZIP64_VERSION = 45
_CREATE_SYSTEM = 3  # Unix, as zipfile on every non-Windows system
_EXTERNAL_ATTR = 0o600 << 16  # what zipfile.writestr gives an entry named by a string
_UTF8_FLAG = 0x800

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_LOCATOR = struct.Struct("<4sLQL")


class Sink(Protocol):
    def write(self, data: bytes, /) -> object: ...


@dataclass(frozen=True)
class Deflated:
    """One entry, compressed: its raw deflate stream, CRC-32 and uncompressed size."""

    data: bytes
    crc: int
    size: int


def deflate(data: bytes, level: int = zlib.Z_DEFAULT_COMPRESSION) -> Deflated:
    """Raw deflate (what a ZIP entry holds) and CRC-32 of ``data``; ``zlib`` releases the GIL for both."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return Deflated(compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data))


@dataclass(frozen=True)
class _Record:
    """What the central directory needs of an entry written (not its data: memory stays flat)."""

    name: bytes
    flags: int
    dos_time: int
    dos_date: int
    crc: int
    compressed_size: int
    size: int
    offset: int


class ZipWriter:
    """Writes deflated entries and, on :meth:`close`, the central directory, into ``sink`` (never seeking).

    ``date_time`` (default: now, local time, as :mod:`zipfile` stamps ``writestr`` entries) is the
    modification time of every entry; ``zip64_limit`` is exposed for tests.
    """

    def __init__(
        self,
        sink: Sink,
        *,
        date_time: tuple[int, int, int, int, int, int] | None = None,
        zip64_limit: int = ZIP64_LIMIT,
    ) -> None:
        self._sink = sink
        year, month, day, hour, minute, second = date_time or time.localtime(time.time())[:6]
        self._dos_date = (year - 1980) << 9 | month << 5 | day
        self._dos_time = hour << 11 | minute << 5 | second // 2
        self._zip64_limit = zip64_limit
        self._records: list[_Record] = []
        self._offset = 0
        self._closed = False

    @property
    def size(self) -> int:
        """Bytes written so far."""
        return self._offset

    def _write(self, data: bytes) -> None:
        self._sink.write(data)
        self._offset += len(data)

    def add(self, name: str, entry: Deflated) -> None:
        """Append one entry (its local header, then its deflated data)."""
        if self._closed:
            raise ValueError("the ZIP archive is closed")
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), _UTF8_FLAG
        record = _Record(
            encoded, flags, self._dos_time, self._dos_date, entry.crc, len(entry.data), entry.size, self._offset
        )
        header = _LOCAL.pack(
            b"PK\003\004",
            _VERSION,
            0,
            flags,
            _DEFLATED,
            record.dos_time,
            record.dos_date,
            record.crc,
            record.compressed_size,
            record.size,
            len(encoded),
            0,
        )
        self._write(header + encoded)
        self._write(entry.data)
        self._records.append(record)

    def close(self) -> None:
        """Write the central directory and the end records (ZIP64 ones where :mod:`zipfile` writes them)."""
        if self._closed:
            return
        self._closed = True
        start = self._offset
        directory = bytearray()
        for record in self._records:
            extra = b""
            offset = record.offset
            version = _VERSION
            if offset > self._zip64_limit:  # entries are small (≤ 3 MB): only their offsets can need ZIP64
                extra = struct.pack("<HHQ", 1, 8, offset)
                offset = 0xFFFFFFFF
                version = _ZIP64_VERSION
            directory += _CENTRAL.pack(
                b"PK\001\002",
                version,
                _CREATE_SYSTEM,
                version,
                0,
                record.flags,
                _DEFLATED,
                record.dos_time,
                record.dos_date,
                record.crc,
                record.compressed_size,
                record.size,
                len(record.name),
                len(extra),
                0,
                0,
                0,
                _EXTERNAL_ATTR,
                offset,
            )
            directory += record.name
            directory += extra
            if len(directory) >= 1 << 20:
                self._write(bytes(directory))
                directory.clear()
        self._write(bytes(directory))
        end = self._offset
        count, size, offset = len(self._records), end - start, start
        if count > _FILE_COUNT_LIMIT or offset > self._zip64_limit or size > self._zip64_limit:
            v = _ZIP64_VERSION
            self._write(_END64.pack(b"PK\006\006", 44, v, v, 0, 0, count, count, size, offset))
            self._write(_END64_LOCATOR.pack(b"PK\006\007", 0, end, 1))
            count, size, offset = min(count, 0xFFFF), min(size, 0xFFFFFFFF), min(offset, 0xFFFFFFFF)
        self._write(_END.pack(b"PK\005\006", 0, 0, count, count, size, offset, 0))
