"""Hostile and bad input to the invoice parser ends in a typed error with the path, never a raw exception."""

from __future__ import annotations

import re
import time

import pytest
from ksef_sdk.errors import DocumentModelError, KsefError, UnknownDocumentError, UnsafeXmlError
from ksef_sdk.invoice.checks import InvoiceValidationError, MalformedXmlError, SchemaValidationError
from ksef_sdk.invoice.parse import ParseLimits, load_xml, parse_invoice, to_model

from .conftest import sample_bytes

FA3 = sample_bytes("invoice-template-fa-3.xml")
NS = "http://crd.gov.pl/wzor/2025/06/25/13775/"


def with_doctype(doctype: str, body: str = "&e;") -> bytes:
    text = FA3.decode()
    text = text.replace("<Faktura ", doctype + "\n<Faktura ", 1)
    return text.replace("<SystemInfo>SamploFaktur</SystemInfo>", f"<SystemInfo>{body}</SystemInfo>").encode()


def test_xxe_file_is_refused(tmp_path: object) -> None:
    data = with_doctype('<!DOCTYPE Faktura [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
    with pytest.raises(UnsafeXmlError, match="DOCTYPE"):
        parse_invoice(data)


def test_xxe_network_is_refused() -> None:
    data = with_doctype('<!DOCTYPE Faktura [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]>')
    with pytest.raises(UnsafeXmlError):
        parse_invoice(data)


def test_external_dtd_is_refused() -> None:
    data = with_doctype('<!DOCTYPE Faktura SYSTEM "http://127.0.0.1:9/evil.dtd">', body="x")
    with pytest.raises(UnsafeXmlError):
        parse_invoice(data)


def test_billion_laughs_is_refused_quickly() -> None:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    data = with_doctype(f"<!DOCTYPE Faktura [{entities}<!ENTITY e '&a9;'>]>")
    start = time.perf_counter()
    with pytest.raises(UnsafeXmlError):
        parse_invoice(data)
    assert time.perf_counter() - start < 2  # nothing was expanded (10**9 "lol"s otherwise)


def test_deep_nesting_is_refused() -> None:
    deep = "<a>" * 40 + "</a>" * 40
    data = FA3.replace(b"<SystemInfo>SamploFaktur</SystemInfo>", f"<SystemInfo>{deep}</SystemInfo>".encode())
    with pytest.raises(UnsafeXmlError, match="deeper than 32"):
        parse_invoice(data)


def test_very_deep_nesting_beyond_libxml2_limit() -> None:
    data = ("<a>" * 5000 + "</a>" * 5000).encode()
    with pytest.raises(InvoiceValidationError) as info:
        parse_invoice(data)
    assert isinstance(info.value, (UnsafeXmlError, MalformedXmlError))


def test_depth_limit_is_configurable() -> None:
    with pytest.raises(UnsafeXmlError):
        load_xml(FA3, limits=ParseLimits(max_depth=3))
    load_xml(FA3, limits=ParseLimits(max_depth=10))


def test_huge_attribute_within_size_limit_is_an_xsd_error() -> None:
    data = FA3.replace(b"<Naglowek>", b'<Naglowek evil="' + b"x" * 2_000_000 + b'">', 1)
    with pytest.raises(SchemaValidationError) as info:
        parse_invoice(data)
    assert info.value.path == "/Faktura/Naglowek"


def test_document_over_the_size_limit() -> None:
    data = FA3.replace(b"<Naglowek>", b'<Naglowek evil="' + b"x" * 3_000_001 + b'">', 1)
    with pytest.raises(UnsafeXmlError, match="limit is 3000000 bytes"):
        parse_invoice(data)
    with pytest.raises(UnsafeXmlError):
        parse_invoice(FA3, limits=ParseLimits(max_bytes=100))


@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b"<Faktura", b"not xml at all", b"<a></b>", FA3[: len(FA3) // 2], b"\xff\xfe<\x00a\x00/>"],
)
def test_malformed_xml(data: bytes) -> None:
    with pytest.raises(MalformedXmlError):
        parse_invoice(data)


def test_malformed_reports_the_line() -> None:
    data = FA3.replace(b"<P_2>", b"<P_2 <", 1)
    with pytest.raises(MalformedXmlError) as info:
        parse_invoice(data)
    assert info.value.line is not None and info.value.line > 1


def test_wrong_namespace() -> None:
    data = FA3.replace(NS.encode(), b"http://example.com/not-ksef/")
    with pytest.raises(UnknownDocumentError) as info:
        parse_invoice(data)
    assert info.value.path == "/Faktura"


def test_unknown_root() -> None:
    with pytest.raises(UnknownDocumentError):
        parse_invoice(b'<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>')
    with pytest.raises(SchemaValidationError) as info:  # a known form (PEF), but empty
        parse_invoice(b'<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>')
    assert info.value.path == "/Invoice"


def test_xsd_invalid_names_the_element() -> None:
    data = re.sub(rb"<P_15>[^<]*</P_15>", b"<P_15>abc</P_15>", FA3)
    with pytest.raises(SchemaValidationError) as info:
        parse_invoice(data)
    assert info.value.path == "/Faktura/Fa/P_15"
    assert "P_15" in str(info.value) and "/Faktura/Fa/P_15" in str(info.value)
    assert info.value.line is not None


def test_xsd_reports_every_problem_with_paths() -> None:
    data = re.sub(rb"<P_15>[^<]*</P_15>", b"<P_15>abc</P_15>", FA3).replace(b"<KodWaluty>PLN", b"<KodWaluty>XYZ")
    with pytest.raises(SchemaValidationError) as info:
        parse_invoice(data)
    paths = [e.path for e in info.value.errors]
    assert "/Faktura/Fa/KodWaluty" in paths and "/Faktura/Fa/P_15" in paths


def test_repeated_element_path_has_an_index() -> None:
    data = FA3.replace(b"<NrWierszaFa>2</NrWierszaFa>", b"<NrWierszaFa>x</NrWierszaFa>")
    with pytest.raises(SchemaValidationError) as info:
        parse_invoice(data)
    assert info.value.path == "/Faktura/Fa/FaWiersz[2]/NrWierszaFa"


def test_without_xsd_the_model_mapping_still_refuses_bad_values() -> None:
    data = re.sub(rb"<P_15>[^<]*</P_15>", b"<P_15>abc</P_15>", FA3)
    with pytest.raises(DocumentModelError):
        parse_invoice(data, xsd=False)
    unknown = FA3.replace(b"<SystemInfo>", b"<Nieznany>1</Nieznany><SystemInfo>")
    for engine in ("binder", "xsdata"):
        with pytest.raises(DocumentModelError):
            to_model(load_xml(unknown), engine=engine)
    with pytest.raises(DocumentModelError) as info:
        parse_invoice(FA3.replace(b"<NrWierszaFa>2<", b"<NrWierszaFa>x<"), xsd=False)
    assert info.value.path == "/Faktura/Fa/FaWiersz[2]/NrWierszaFa"
    foreign = FA3.replace(b"<SystemInfo>", b'<x:SystemInfo xmlns:x="urn:x">a</x:SystemInfo><SystemInfo>')
    with pytest.raises(DocumentModelError, match="namespace"):
        parse_invoice(foreign, xsd=False)
    with pytest.raises(DocumentModelError, match="unknown attribute"):
        parse_invoice(FA3.replace(b"<Naglowek>", b'<Naglowek a="1">'), xsd=False)
    with pytest.raises(DocumentModelError, match="incomplete"):
        parse_invoice(re.sub(rb"<P_2>[^<]*</P_2>", b"", FA3), xsd=False)
    with pytest.raises(DocumentModelError, match="more than once"):
        parse_invoice(FA3.replace(b"<P_1M>", b"<P_1M>x</P_1M><P_1M>"), xsd=False)


def test_every_error_is_a_ksef_error() -> None:
    for data in (b"<", with_doctype('<!DOCTYPE Faktura [<!ENTITY e "x">]>'), b"<a/>", FA3.replace(b"PLN", b"XXY")):
        with pytest.raises(KsefError):
            parse_invoice(data)


def test_comments_and_processing_instructions_are_dropped() -> None:
    data = FA3.replace(b"<Naglowek>", b"<!-- note --><?pi x?><Naglowek>", 1)
    parse_invoice(data)


def test_doctype_is_refused_before_parsing() -> None:
    # malformed after the DOCTYPE: only a check that runs before the parser can name the DOCTYPE
    data = b'<?xml version="1.0"?>\n<!-- x --><!DOCTYPE x [<!ENTITY e "x">]><x>&e;</y>'
    with pytest.raises(UnsafeXmlError, match="DOCTYPE"):
        parse_invoice(data)
