"""Numbers, amounts and dates the Polish way (``1 234,56``, ``01.02.2026``) or the English way
(``1,234.56``, ``2026-02-01``). Amounts keep every digit the document has (at least two decimals); nothing is
rounded away, so the visualization shows exactly what the XML says."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final

__all__ = ["NBSP", "Formatter", "formatter"]

NBSP: Final = "\u00a0"  # thousands separator in Polish (a space that never breaks a number across lines)
WARSAW: Final = "Europe/Warsaw"


def _digits(value: Decimal, min_decimals: int) -> tuple[str, str, str]:
    """(sign, integer part, decimals): every significant decimal, padded with zeros to ``min_decimals``."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = f"{abs(value):f}".partition(".")
    return sign, whole, fraction.rstrip("0").ljust(min_decimals, "0")


def _group(whole: str, separator: str) -> str:
    head = len(whole) % 3 or 3
    parts = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    return separator.join(parts)


@dataclass(frozen=True)
class Formatter:
    """Formatting for one language (``pl`` or ``en``)."""

    lang: str
    thousands: str
    decimal: str

    def number(self, value: Any, *, min_decimals: int = 0) -> str:
        """A quantity or rate: no trailing zeros beyond ``min_decimals`` (``1,5``; ``8``)."""
        if value is None or value == "":
            return ""
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        sign, whole, fraction = _digits(number, min_decimals)
        text = sign + _group(whole, self.thousands)
        return f"{text}{self.decimal}{fraction}" if fraction else text

    def money(self, value: Any, currency: str | None = None) -> str:
        """An amount with at least two decimals (``1 234,56``; ``0,1234`` keeps its digits), then the currency."""
        if value is None or value == "":
            return ""
        text = self.number(value, min_decimals=2)
        return f"{text}{NBSP}{currency}" if currency else text

    def percent(self, value: Any) -> str:
        return f"{self.number(value)}%" if value is not None else ""

    def date(self, value: Any) -> str:
        """``01.02.2026`` (pl) or ``2026-02-01`` (en); xsdata's XmlDate, a date or an ISO string."""
        day = _to_date(value)
        if day is None:
            return ""
        return day.strftime("%d.%m.%Y") if self.lang == "pl" else day.isoformat()

    def datetime(self, value: Any) -> str:
        """Date and time in Warsaw time (the KSeF documents' times are UTC or carry an offset)."""
        moment = _to_datetime(value)
        if moment is None:
            return ""
        if moment.tzinfo is not None:
            moment = moment.astimezone(_warsaw()) if _warsaw() is not None else moment
        day = self.date(moment.date())
        zone = "" if moment.tzinfo is None or _warsaw() is not None else f" {moment.strftime('%z')}"
        return f"{day} {moment.strftime('%H:%M:%S')}{zone}"


def _to_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    to_date = getattr(value, "to_date", None)
    if to_date is not None:
        result: dt.date = to_date()
        return result
    return dt.date.fromisoformat(str(value)[:10])


def _to_datetime(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    to_datetime = getattr(value, "to_datetime", None)
    if to_datetime is not None:
        result: dt.datetime = to_datetime()
        return result
    return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))


_ZONE: list[dt.tzinfo | None] = []


def _warsaw() -> dt.tzinfo | None:
    """Europe/Warsaw from the system's (or the ``tzdata`` package's) zone database, else None (UTC shown)."""
    if not _ZONE:
        try:
            from zoneinfo import ZoneInfo

            _ZONE.append(ZoneInfo(WARSAW))
        except Exception:  # no zone database on this machine
            _ZONE.append(None)
    return _ZONE[0]


_FORMATTERS: Final = {"pl": Formatter("pl", NBSP, ","), "en": Formatter("en", ",", ".")}


def formatter(lang: str) -> Formatter:
    return _FORMATTERS[lang]
