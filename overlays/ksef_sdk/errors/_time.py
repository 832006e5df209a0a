"""Lenient parsing of the timestamps and ``Retry-After`` values KSeF sends."""

from __future__ import annotations

import datetime as dt
import re

_TIMESTAMP = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?\s*$"
)


def parse_timestamp(value: object) -> dt.datetime | None:
    """A timezone-aware datetime from KSeF's ISO-ish text, or ``None``.

    Tolerates 7+ fractional digits (truncated to microseconds) and a missing offset (read as UTC,
    which is what KSeF documents for error timestamps).
    """
    if not isinstance(value, str):
        return None
    m = _TIMESTAMP.match(value)
    if not m:
        return None
    year, month, day, hour, minute, second, fraction, offset = m.groups()
    tz = dt.timezone.utc
    if offset and offset not in ("Z", "z"):
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) >= 4 else 0)
        tz = dt.timezone(sign * dt.timedelta(minutes=minutes))
    try:
        return dt.datetime(
            int(year),
            int(month),
            int(day),
            int(hour),
            int(minute),
            int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=tz,
        )
    except ValueError:
        return None


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: KSeF sends an integer; an HTTP date is accepted too."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.timezone.utc)
        return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())
    return seconds if seconds >= 0 else None
