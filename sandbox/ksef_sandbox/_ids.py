"""Identifiers: CRC-8, KSeF numbers, reference numbers, base64/SHA-256 helpers, the clock.

Independent of ``ksef_sdk`` on purpose: the client and the sandbox check each other.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
import secrets
import threading
from datetime import datetime, timedelta, timezone

__all__ = [
    "Clock",
    "b64d",
    "b64e",
    "crc8",
    "format_dt",
    "is_valid_ksef_number",
    "ksef_number",
    "parse_dt",
    "reference_number",
    "sha256_b64",
    "warsaw_date",
]

_CRC_TABLE: list[int] = []
for _byte in range(256):
    _crc = _byte
    for _ in range(8):
        _crc = ((_crc << 1) ^ 0x07) & 0xFF if _crc & 0x80 else (_crc << 1) & 0xFF
    _CRC_TABLE.append(_crc)


def crc8(data: bytes) -> int:
    """CRC-8 (poly 0x07, init 0, no reflection, no xor-out) as KSeF uses for its numbers."""
    crc = 0
    for b in data:
        crc = _CRC_TABLE[crc ^ b]
    return crc


_counter = itertools.count(1)
_counter_lock = threading.Lock()


def _next() -> int:
    with _counter_lock:
        return next(_counter)


def ksef_number(nip: str, when: datetime) -> str:
    """A 35-character KSeF number ``NIP-YYYYMMDD-XXXXXXXXXXXX-CC`` with a valid CRC-8."""
    technical = f"{(_next() << 24 | secrets.randbits(24)) & 0xFFFFFFFFFFFF:012X}"
    head = f"{nip}-{when:%Y%m%d}-{technical}"
    return f"{head}-{crc8(head.encode('ascii')):02X}"


_KSEF_RE = re.compile(r"^([1-9]\d{9})-(\d{8})-([0-9A-F]{6}-?[0-9A-F]{6})-([0-9A-F]{2})$")


def is_valid_ksef_number(value: str) -> bool:
    m = _KSEF_RE.match(value)
    if not m or len(value) != 35:
        return False
    return crc8(value[:32].encode("ascii")) == int(m.group(4), 16)


def reference_number(kind: str, when: datetime) -> str:
    """A 36-character reference number ``YYYYMMDD-TT-HHHHHHHHHH-HHHHHHHHHH-CC``."""
    a = f"{(_next() << 16 | secrets.randbits(16)) & 0xFFFFFFFFFF:010X}"
    b = secrets.token_hex(5).upper()
    head = f"{when:%Y%m%d}-{kind}-{a}-{b}"
    return f"{head}-{crc8(head.encode('ascii')):02X}"


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def sha256_b64(data: bytes) -> str:
    return b64e(hashlib.sha256(data).digest())


def format_dt(dt: datetime) -> str:
    """RFC 3339 with milliseconds and an explicit UTC offset."""
    return dt.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def parse_dt(text: str) -> datetime:
    """Parse an RFC 3339 date-time; a value without an offset is read as Europe/Warsaw (approximated as UTC+1/+2)."""
    value = text.strip().replace("Z", "+00:00").replace("z", "+00:00")
    m = re.match(r"^(.*T\d{2}:\d{2}:\d{2})\.(\d+)(.*)$", value)
    if m:  # Python < 3.11 accepts only 3 or 6 fractional digits
        value = f"{m.group(1)}.{(m.group(2) + '000000')[:6]}{m.group(3)}"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=_warsaw_offset(dt))
    return dt


def warsaw_date(dt: datetime) -> str:
    """The calendar day (``YYYY-MM-DD``) of an instant in Poland (Europe/Warsaw), where KSeF compares dates."""
    try:
        from zoneinfo import ZoneInfo

        return dt.astimezone(ZoneInfo("Europe/Warsaw")).date().isoformat()
    except Exception:  # tzdata may be missing: the offset approximation
        return dt.astimezone(_warsaw_offset(dt.replace(tzinfo=None))).date().isoformat()


def _warsaw_offset(dt: datetime) -> timezone:
    try:
        from zoneinfo import ZoneInfo

        off = ZoneInfo("Europe/Warsaw").utcoffset(dt)
        if off is not None:
            return timezone(off)
    except Exception:  # noqa: S110 - tzdata may be missing; fall back to CET
        pass
    return timezone(timedelta(hours=1))


class Clock:
    """The sandbox's notion of now; tests move it forward instead of sleeping, or stop it."""

    def __init__(self) -> None:
        self.offset = timedelta(0)
        self.frozen: datetime | None = None

    def now(self) -> datetime:
        return self.frozen if self.frozen is not None else datetime.now(timezone.utc) + self.offset

    def advance(self, delta: timedelta) -> None:
        if self.frozen is not None:
            self.frozen += delta
        self.offset += delta

    def freeze(self, frozen: bool = True) -> None:
        """Stop the clock at its current time (it moves only by :meth:`advance`), or let it run again."""
        if frozen and self.frozen is None:
            self.frozen = self.now()
        elif not frozen and self.frozen is not None:
            self.offset = self.frozen - datetime.now(timezone.utc)
            self.frozen = None
