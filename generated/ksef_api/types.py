"""Contains some shared types for properties"""

import datetime
import re
import sys
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# Python 3.11+: datetime.fromisoformat reads "Z" and any number of fraction digits.
_FROMISOFORMAT_READS_ISO_8601 = sys.version_info >= (3, 11)
# For 3.10: ISO 8601 as KSeF sends it ("2025-10-11T12:23:56.0154302+00:00", "...Z", no offset,
# no fraction) and plain dates; rewritten to a form its datetime.fromisoformat reads.
_KSEF_ISO_8601 = re.compile(
    r"(\d{4}-\d{2}-\d{2})(?:(T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:[0-5]\d)?)?",
    re.ASCII,
)


def _py310_isoformat(text: str) -> str | None:
    """KSeF's forms rewritten as Python 3.10's datetime.fromisoformat reads them
    (YYYY-MM-DD[THH:MM:SS[.ffffff][+HH:MM]]); None for any other form."""
    match = _KSEF_ISO_8601.fullmatch(text)
    if match is None:
        return None
    date, time, fraction, zone = match.groups()
    if time is None:
        return date
    if fraction:  # digits beyond microseconds are cut off, as isoparse does
        time += "." + fraction[:6].ljust(6, "0")
    if zone:
        time += "+00:00" if zone == "Z" else zone
    return date + time


def _parse_ksef_iso_8601(text: str) -> datetime.datetime | None:
    """KSeF's forms (for Python 3.10); None for any other form."""
    normalized = _py310_isoformat(text)
    return None if normalized is None else datetime.datetime.fromisoformat(normalized)


def _isoparse(text: Any) -> datetime.datetime:
    """dateutil's isoparse (forms the fast paths do not read, and its errors); stdlib tzinfo."""
    from dateutil.parser import isoparse

    value = isoparse(text)
    offset = value.utcoffset()
    return value if offset is None else value.replace(tzinfo=datetime.timezone(offset))


def parse_datetime(text: Any) -> datetime.datetime:
    """An ISO 8601 date-time as ``dateutil.parser.isoparse`` reads it, faster.

    The value equals isoparse's (fraction digits beyond microseconds cut off, a bare date is
    midnight); ``tzinfo`` is a standard-library ``datetime.timezone``. ``datetime.fromisoformat``
    reads the text on Python 3.11+, a small parser reads KSeF's forms on 3.10, and every other
    form goes to ``isoparse`` itself: what it accepted is still accepted, and its ``ValueError``
    is raised for what neither reads (on 3.11+ fromisoformat also takes a few forms isoparse
    refuses, such as offset minutes over 59).
    """
    if _FROMISOFORMAT_READS_ISO_8601:
        try:
            return datetime.datetime.fromisoformat(text)
        except (TypeError, ValueError):
            return _isoparse(text)
    if isinstance(text, str):
        try:
            value = _parse_ksef_iso_8601(text)
        except ValueError:  # out-of-range fields: isoparse raises its own error
            value = None
        if value is not None:
            return value
    return _isoparse(text)


def parse_date(text: Any) -> datetime.date:
    """An ISO 8601 date as ``isoparse(text).date()`` reads it (see :func:`parse_datetime`)."""
    return parse_datetime(text).date()


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_date",
    "parse_datetime",
]
