"""``ksef_api.types.parse_datetime`` / ``parse_date`` (the models' date parsers) against dateutil's isoparse.

The generated models used ``dateutil.parser.isoparse``; they now call these faster functions, which
must give the same value for every text isoparse reads (template generator-templates/types.py.jinja).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from dateutil.parser import isoparse
from hypothesis import example, given, settings
from hypothesis import strategies as st
from ksef_api import types
from ksef_api.models import AuthenticationChallengeResponse, InvoiceMetadata
from ksef_api.types import parse_date, parse_datetime

# Forms seen in the spec's examples and the official documentation.
KSEF_EXAMPLES = [
    "2025-10-11T12:23:56.0154302",
    "2025-07-11T12:23:56.0154302+00:00",
    "2025-07-11T12:23:56.0154302Z",
    "2025-08-26T10:15:30+02:00",
    "2025-08-26T10:15:30Z",
    "2025-08-26T10:15:30.123+01:00",
    "2025-08-26T10:15:30.123456-03:30",
    "2025-08-26T10:15:30.1234567",
    "2025-08-26",
]


# What datetime.fromisoformat reads on Python 3.10 (its documentation), as the 3.10 path produces it.
PY310_FROMISOFORMAT = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{6})?([+-]\d{2}:\d{2})?)?", re.ASCII)


def same(a: dt.datetime, b: dt.datetime) -> bool:
    """Same wall-clock fields and the same UTC offset (``==`` alone compares aware values as instants)."""
    return a.replace(tzinfo=None) == b.replace(tzinfo=None) and a.utcoffset() == b.utcoffset()


def outcome(parse: Any, text: str) -> dt.datetime | type[Exception]:
    try:
        return parse(text)  # type: ignore[no-any-return]
    except (ValueError, TypeError) as exc:
        return type(exc)


digits = st.text(alphabet="0123456789", min_size=1, max_size=12)
two = st.integers(0, 99).map(lambda n: f"{n:02d}")


@st.composite
def ksef_datetimes(draw: st.DrawFn) -> str:
    """Exactly what KSeF sends: a date-time with 0-7 fraction digits and Z, an offset or none."""
    value = draw(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)))
    text = f"{value.year:04d}-{value:%m-%dT%H:%M:%S}"
    fraction = draw(st.integers(0, 7))
    if fraction:
        text += "." + draw(st.text(alphabet="0123456789", min_size=fraction, max_size=fraction))
    zone = draw(st.sampled_from(["", "Z", "+00:00", "-00:00", "offset"]))
    if zone == "offset":
        zone = f"{draw(st.sampled_from('+-'))}{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
    return text + zone


@st.composite
def iso_like(draw: st.DrawFn) -> str:
    """ISO 8601-like text, valid or not: odd field values, separators, fraction and offset forms."""
    year = draw(st.integers(0, 9999))
    text = f"{year:04d}-{draw(two)}-{draw(two)}" if draw(st.booleans()) else f"{year:04d}{draw(two)}{draw(two)}"
    if draw(st.integers(0, 5)) == 0:
        return text
    text += draw(st.sampled_from(["T", "T", "T", " ", "t"]))
    text += draw(two)
    for _ in range(draw(st.integers(0, 2))):
        text += draw(st.sampled_from([":", ":", ""])) + draw(two)
    if draw(st.booleans()):
        text += draw(st.sampled_from([".", ".", ","])) + draw(digits)
    zone = draw(st.sampled_from(["", "Z", "z", "hh:mm", "hhmm", "hh"]))
    if zone.startswith("hh"):
        sign = draw(st.sampled_from("+-"))
        zone = sign + zone.replace("hh", draw(two)).replace("mm", draw(two))
    return text + zone


@given(ksef_datetimes())
@settings(max_examples=400, deadline=None)
@example("2025-07-11T12:23:56.0154302Z")
@example("2025-07-11T12:23:56.9999999+00:00")
def test_ksef_forms_take_the_fast_paths_and_equal_isoparse(text: str) -> None:
    expected = isoparse(text)
    fast = types._parse_ksef_iso_8601(text)  # the Python 3.10 parser reads every KSeF form
    assert fast is not None
    normalized = types._py310_isoformat(text)  # ... through a form Python 3.10's fromisoformat reads
    assert normalized is not None
    assert PY310_FROMISOFORMAT.fullmatch(normalized), normalized
    assert same(fast, expected)
    assert same(parse_datetime(text), expected)
    if types._FROMISOFORMAT_READS_ISO_8601:
        assert same(dt.datetime.fromisoformat(text), expected)


@pytest.mark.parametrize("text", KSEF_EXAMPLES)
def test_documented_examples(text: str) -> None:
    expected = isoparse(text)
    for value in (parse_datetime(text), types._parse_ksef_iso_8601(text)):
        assert value is not None
        assert same(value, expected)
        assert value.tzinfo is None or isinstance(value.tzinfo, dt.timezone)


@given(iso_like())
@settings(max_examples=600, deadline=None)
@example("2025-10-11T24:00:00")  # isoparse: the next midnight; fromisoformat refuses it
@example("2025-10-11T12:23:56+02:75")  # isoparse refuses minutes > 59; fromisoformat (3.11+) takes them
@example("2025-10-11t12:23:56z")
@example("20251011T122356,5Z")
@example("2025-02-29")
def test_any_iso_text_parses_like_isoparse(text: str) -> None:
    expected = outcome(isoparse, text)
    got = outcome(parse_datetime, text)
    if isinstance(expected, dt.datetime):
        assert isinstance(got, dt.datetime), (text, got)
        assert same(got, expected)
        assert got.tzinfo is None or isinstance(got.tzinfo, dt.timezone)
    elif isinstance(got, dt.datetime):  # more lenient only where the standard library itself is
        assert types._FROMISOFORMAT_READS_ISO_8601
        assert same(got, dt.datetime.fromisoformat(text))
    else:
        assert got is expected  # the same exception type


@given(iso_like())
@settings(max_examples=600, deadline=None)
@example("2025-10-11T12:23:56+02:75")
@example("2025-10-11T24:00:00")
@example("2025-02-30T10:00:00Z")
def test_python_310_path_parses_like_isoparse(text: str) -> None:
    """With fromisoformat's fast path off (as on Python 3.10) the result is isoparse's, errors included."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(types, "_FROMISOFORMAT_READS_ISO_8601", False)
        got = outcome(parse_datetime, text)
    expected = outcome(isoparse, text)
    if isinstance(expected, dt.datetime):
        assert isinstance(got, dt.datetime), (text, got)
        assert same(got, expected)
    else:
        assert got is expected, (text, got)
    fast = outcome(types._parse_ksef_iso_8601, text)
    if isinstance(fast, dt.datetime):
        assert isinstance(expected, dt.datetime)
        assert same(fast, expected)


@given(st.dates(min_value=dt.date(1, 1, 1)), st.sampled_from(["", "T00:00:00", "T23:59:59.1234567Z"]))
@settings(deadline=None)
def test_dates(date: dt.date, suffix: str) -> None:
    text = date.isoformat() + suffix
    assert parse_date(text) == isoparse(text).date() == date


@pytest.mark.parametrize("value", [None, 20251011, b"2025-10-11T12:23:56Z"])
def test_non_text_input_behaves_like_isoparse(value: Any) -> None:
    expected = outcome(isoparse, value)
    got = outcome(parse_datetime, value)
    if isinstance(expected, dt.datetime):
        assert isinstance(got, dt.datetime)
        assert same(got, expected)
    else:
        assert got is expected


def test_models_parse_with_it() -> None:
    challenge = AuthenticationChallengeResponse.from_dict(
        {
            "challenge": "20250514-CR-1",
            "timestamp": "2025-07-11T12:23:56.0154302+00:00",
            "timestampMs": 1,
            "clientIp": "127.0.0.1",
        }
    )
    assert challenge.timestamp == dt.datetime(2025, 7, 11, 12, 23, 56, 15430, tzinfo=dt.timezone.utc)
    assert challenge.to_dict()["timestamp"] == "2025-07-11T12:23:56.015430+00:00"
    assert "isoparse" not in InvoiceMetadata.from_dict.__code__.co_names
