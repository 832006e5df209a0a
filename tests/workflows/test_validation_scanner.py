"""The byte-level pre-send scanner finds exactly what the reference implementation (a regular expression over
the decoded text, kept here) finds, and the expat pass learns the same facts whether or not it stops calling
back early."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ksef_sdk.invoice import DiscouragedCharacterError, FormMismatchError, InvoiceLimits, validate_invoice
from ksef_sdk.invoice.checks import _discouraged_error, _find_discouraged, _Scan

from .conftest import make_invoice

# The implementation the byte scanner replaced: a character class over the decoded text.
REFERENCE = re.compile(
    "[\x7f-\x84\x86-\x9f\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
DISCOURAGED = (
    [0x7F, *range(0x80, 0x85), *range(0x86, 0xA0), *range(0xFDD0, 0xFDF0), 0xFFFE, 0xFFFF]
    + [plane << 16 | 0xFFFE for plane in range(1, 17)]
    + [plane << 16 | 0xFFFF for plane in range(1, 17)]
)
# Near misses: the neighbours of every discouraged range and code points sharing their UTF-8 bytes.
NEIGHBOURS = [0x7E, 0x85, 0xA0, 0xFDCF, 0xFDF0, 0xFFFD, 0xEFBF, 0xFFBE, 0x0FFE, 0xBFBE, 0x1FFFD, 0x20000, 0x10FFFD]


def reference(text: str) -> tuple[int, int, int] | None:
    """(code point, line, column) of the first discouraged character, as the old implementation reported it."""
    bad = REFERENCE.search(text)
    if bad is None:
        return None
    index = bad.start()
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return ord(bad.group()), line, column


def scanned(text: str) -> tuple[int, int, int] | None:
    data = text.encode("utf-8")
    index = _find_discouraged(data)
    if index is None:
        return None
    error = _discouraged_error(data, index)
    assert error.code_point is not None and error.line is not None and error.column is not None
    return error.code_point, error.line, error.column


interesting = st.sampled_from([chr(c) for c in DISCOURAGED + NEIGHBOURS] + ["\n", "ą", "€", "\U0001f600"])
texts = st.lists(st.one_of(st.characters(blacklist_categories=("Cs",)), interesting), max_size=60).map("".join)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_byte_scanner_matches_the_reference(text: str) -> None:
    assert scanned(text) == reference(text)


@pytest.mark.parametrize("code_point", DISCOURAGED + NEIGHBOURS)
def test_every_discouraged_code_point_and_its_neighbours(code_point: int) -> None:
    for text in (chr(code_point), f"abc\nzażółć {chr(code_point)} x", f"\U0001f600{chr(code_point)}\n"):
        assert scanned(text) == reference(text), hex(code_point)


def test_the_first_of_several_is_reported() -> None:
    text = "a\n\u00a0b\U0002fffe c \x85\x80 \x7f"
    assert scanned(text) == reference(text) == (0x2FFFE, 2, 3)


def test_validate_invoice_reports_position_in_characters() -> None:
    invoice = make_invoice()
    bad = invoice.replace(b"Nabywca", "Żółć\u00a0Naby\ufdd5wca".encode(), 1)
    with pytest.raises(DiscouragedCharacterError) as info:
        validate_invoice(bad)
    assert (info.value.code_point, info.value.line) == (0xFDD5, 2)
    text = bad.decode()
    assert info.value.column == reference(text)[2]  # type: ignore[index]


def _scan(data: bytes, *, attachments_possible: bool) -> tuple[str, str, dict[str, str] | None, bool]:
    scan = _Scan(attachments_possible=attachments_possible)
    scan.run(data)
    assert scan.problem is None
    return scan.root_ns, scan.root, scan.form_attrs, scan.has_attachment


@pytest.mark.parametrize(
    "mutation",
    [
        lambda x: x,
        lambda x: x.replace(b"</Faktura>", b"<Zalacznik/></Faktura>"),
        lambda x: x.replace(b"</Faktura>", b"<Stopka><EmbeddedDocumentBinaryObject/></Stopka></Faktura>"),
        lambda x: x.replace(b"<Naglowek>", b"<Naglowek><X><KodFormularza a='1'/></X>", 1),
        lambda x: x.replace(b"</Faktura>", b"<Zalacznik/></Faktura>").replace(b"KodFormularza", b"Kod"),
    ],
)
def test_early_stop_learns_the_same(mutation: object) -> None:
    data = mutation(make_invoice(lines=3))  # type: ignore[operator]
    full = _scan(data, attachments_possible=True)
    possible = any(name in data for name in (b"Zalacznik", b"EmbeddedDocumentBinaryObject"))
    assert _scan(data, attachments_possible=possible) == full


def test_well_formedness_is_checked_after_the_early_stop() -> None:
    invoice = make_invoice(lines=3)
    with pytest.raises(Exception, match="mismatched tag"):
        validate_invoice(invoice.replace(b"</Fa>", b"</Fb>", 1))
    with pytest.raises(FormMismatchError):
        validate_invoice(invoice.replace(b'wersjaSchemy="1-0E"', b'wersjaSchemy="9-9"', 1))


def test_attachment_found_late_still_raises_the_limit() -> None:
    invoice = make_invoice(lines=3)
    with_attachment = invoice.replace(b"</Faktura>", b"<Zalacznik/></Faktura>")
    limits = InvoiceLimits(max_size=len(invoice), max_size_with_attachment=len(with_attachment))
    assert validate_invoice(with_attachment, limits=limits).has_attachment
