from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.errors import KsefError
from ksef_sdk.invoice import (
    FA_2,
    FA_3,
    FA_RR_1,
    PEF_3,
    PEF_KOR_3,
    DiscouragedCharacterError,
    FormMismatchError,
    InvoiceEncodingError,
    InvoiceLimits,
    InvoiceTooLargeError,
    InvoiceValidationError,
    MalformedXmlError,
    ProcessingInstructionError,
    SchemaNotAvailableError,
    SchemaValidationError,
    XsdValidator,
    find_schema_dir,
    read_invoice,
    validate_invoice,
)

from .conftest import make_invoice


def test_valid_invoice_passes(invoice: bytes) -> None:
    checked = validate_invoice(invoice)
    assert checked.size == len(invoice)
    assert checked.root == "Faktura"
    assert checked.root_namespace == FA_3.namespace
    assert not checked.has_attachment


def test_errors_are_ksef_errors() -> None:
    assert issubclass(InvoiceValidationError, KsefError)
    assert issubclass(SchemaNotAvailableError, KsefError)


def test_read_invoice_accepts_bytes_path_and_file(tmp_path: Path, invoice: bytes) -> None:
    path = tmp_path / "fv.xml"
    path.write_bytes(invoice)
    assert read_invoice(invoice) == invoice
    assert read_invoice(bytearray(invoice)) == invoice
    assert read_invoice(path) == invoice
    assert read_invoice(str(path)) == invoice
    assert read_invoice(io.BytesIO(invoice)) == invoice
    with pytest.raises(InvoiceEncodingError, match="binary mode"):
        read_invoice(io.StringIO("x"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        read_invoice(12)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "prefix", [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"], ids=["utf8-bom", "utf16le-bom", "utf16be-bom"]
)
def test_bom_is_rejected(invoice: bytes, prefix: bytes) -> None:
    with pytest.raises(InvoiceEncodingError, match="byte order mark"):
        validate_invoice(prefix + invoice)


def test_invalid_utf8_reports_offset(invoice: bytes) -> None:
    bad = invoice.replace(b"Nabywca", b"Nabywc\xe9", 1)
    with pytest.raises(InvoiceEncodingError, match=r"not valid UTF-8: byte 0xE9") as info:
        validate_invoice(bad)
    offset = bad.index(b"\xe9")
    assert f"at offset {offset} " in str(info.value)
    assert info.value.line == bad[:offset].count(b"\n") + 1


def test_non_utf8_encoding_declaration_is_rejected(invoice: bytes) -> None:
    bad = invoice.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-2"', 1)
    with pytest.raises(InvoiceEncodingError, match="ISO-8859-2"):
        validate_invoice(bad)
    # lower-case utf-8 and no declaration at all are fine
    validate_invoice(invoice.replace(b'encoding="UTF-8"', b'encoding="utf-8"', 1))
    validate_invoice(invoice.split(b"\n", 1)[1])


def test_processing_instruction_is_rejected(invoice: bytes) -> None:
    bad = invoice.replace(b"<Naglowek>", b'<?xml-stylesheet href="a.xsl"?><Naglowek>', 1)
    with pytest.raises(ProcessingInstructionError, match="xml-stylesheet") as info:
        validate_invoice(bad)
    assert info.value.line == 2


@pytest.mark.parametrize("char", ["\x7f", "\x85\x86", "\u009f", "\ufdd0", "\U0001fffe", "\U0010ffff"])
def test_discouraged_code_points(invoice: bytes, char: str) -> None:
    bad = invoice.replace(b"Nabywca", f"Naby{char}wca".encode(), 1)
    expected = ord(char[-1]) if char == "\x85\x86" else ord(char[0])
    with pytest.raises(DiscouragedCharacterError) as info:
        validate_invoice(bad)
    assert info.value.code_point == expected
    assert info.value.line == 2
    assert f"U+{expected:04X}" in str(info.value)


def test_allowed_u0085_and_polish_letters(invoice: bytes) -> None:
    validate_invoice(invoice.replace(b"Nabywca", "Nabywca\u0085 Zażółć gęślą jaźń".encode(), 1))


@pytest.mark.parametrize(
    ("mutation", "message", "where"),
    [
        # where: the offset of the reported position in the mutated document
        (lambda x: x.replace(b"</Faktura>", b""), "no element found", lambda d: len(d) - 1),
        (lambda x: x.replace(b"<P_2>", b"<P_2 a='1' a='2'>", 1), "duplicate attribute", lambda d: d.index(b"a='2'")),
        (lambda x: x + b"<extra/>", "junk after document element", lambda d: d.index(b"<extra/>") - 1),
        (lambda x: x.replace(b"FV/1", b"FV\x01", 1), "not well-formed", lambda d: d.index(b"\x01")),
    ],
)
def test_malformed_xml(invoice: bytes, mutation: Any, message: str, where: Any) -> None:
    doc = mutation(invoice)
    with pytest.raises(MalformedXmlError, match=message) as info:
        validate_invoice(doc)
    offset = where(doc)
    line_start = doc.rfind(b"\n", 0, offset) + 1
    assert (info.value.line, info.value.column) == (doc[:offset].count(b"\n") + 1, offset - line_start)


def test_entity_declarations_are_rejected(invoice: bytes) -> None:
    body = invoice.split(b"\n", 1)[1]
    bomb = b'<!DOCTYPE Faktura [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>' + body
    with pytest.raises(MalformedXmlError, match="entity declaration"):
        validate_invoice(bomb)


def test_empty_is_rejected() -> None:
    with pytest.raises(MalformedXmlError, match="empty"):
        validate_invoice(b"")


def test_size_limits(invoice: bytes) -> None:
    limits = InvoiceLimits(max_size=len(invoice) - 1, max_size_with_attachment=len(invoice) * 3)
    with pytest.raises(InvoiceTooLargeError, match="without attachments") as info:
        validate_invoice(invoice, limits=limits)
    assert info.value.size == len(invoice)
    assert info.value.limit == len(invoice) - 1
    hard = InvoiceLimits(max_size=10, max_size_with_attachment=20)
    with pytest.raises(InvoiceTooLargeError, match="limit is 20 bytes"):
        validate_invoice(invoice, limits=hard)
    validate_invoice(invoice, limits=InvoiceLimits(max_size=len(invoice)))


def test_default_limit_is_one_million_bytes(invoice: bytes) -> None:
    padding = 1_000_000 - len(invoice) + 1
    big = invoice.replace(b"<Faktura ", b"<!--" + b"x" * (padding - 7) + b"--><Faktura ", 1)
    assert len(big) == 1_000_001
    with pytest.raises(InvoiceTooLargeError):
        validate_invoice(big)
    exact = invoice.replace(b"<Faktura ", b"<!--" + b"x" * (1_000_000 - len(invoice) - 7) + b"--><Faktura ", 1)
    assert len(exact) == 1_000_000
    validate_invoice(exact)


def test_attachment_raises_the_limit(invoice: bytes) -> None:
    with_attachment = invoice.replace(b"</Faktura>", b"<Zalacznik/></Faktura>")
    limits = InvoiceLimits(max_size=len(invoice), max_size_with_attachment=len(with_attachment))
    checked = validate_invoice(with_attachment, limits=limits)
    assert checked.has_attachment


def test_context_limits_in_mb() -> None:
    from ksef_api.models.batch_session_effective_context_limits import BatchSessionEffectiveContextLimits
    from ksef_api.models.effective_context_limits import EffectiveContextLimits
    from ksef_api.models.online_session_effective_context_limits import OnlineSessionEffectiveContextLimits

    ctx = EffectiveContextLimits(
        online_session=OnlineSessionEffectiveContextLimits(2, 4, 10000),
        batch_session=BatchSessionEffectiveContextLimits(5, 6, 10000),
    )
    assert InvoiceLimits.from_context_limits(ctx) == InvoiceLimits(2_000_000, 4_000_000)
    assert InvoiceLimits.from_context_limits(ctx, batch=True) == InvoiceLimits(5_000_000, 6_000_000)


def test_form_code_mismatch(invoice: bytes) -> None:
    with pytest.raises(FormMismatchError, match="root element"):
        validate_invoice(invoice, form_code=PEF_3)
    with pytest.raises(FormMismatchError, match="KodFormularza") as info:
        validate_invoice(invoice.replace(b'kodSystemowy="FA (3)"', b'kodSystemowy="FA (2)"'))
    assert info.value.path == "/Faktura/Naglowek/KodFormularza"
    validate_invoice(invoice, form_code=PEF_3, check_form=False)


def test_form_code_triples() -> None:
    assert (FA_3.system_code, FA_3.schema_version, FA_3.value) == ("FA (3)", "1-0E", "FA")
    assert (FA_2.system_code, FA_2.schema_version, FA_2.value) == ("FA (2)", "1-0E", "FA")
    assert (FA_RR_1.system_code, FA_RR_1.schema_version, FA_RR_1.value) == ("FA_RR (1)", "1-1E", "FA_RR")
    assert (PEF_3.system_code, PEF_3.schema_version, PEF_3.value) == ("PEF (3)", "2-1", "PEF")
    assert (PEF_KOR_3.system_code, PEF_KOR_3.schema_version, PEF_KOR_3.value) == ("PEF_KOR (3)", "2-1", "PEF")
    assert FA_3.to_model().to_dict() == {"systemCode": "FA (3)", "schemaVersion": "1-0E", "value": "FA"}


# ------------------------------------------------------------------------------------------------- XSD


def test_xsd_accepts_builder_output(xsd: XsdValidator, invoice: bytes) -> None:
    validate_invoice(invoice, xsd=xsd)


def test_xsd_reports_offending_element(xsd: XsdValidator, invoice: bytes) -> None:
    bad = invoice.replace(b"<P_2>FV/1</P_2>", b"<P_2>FV/1</P_2><P_13_1>abc</P_13_1>", 1)
    with pytest.raises(SchemaValidationError) as info:
        validate_invoice(bad, xsd=xsd)
    assert info.value.path is not None
    assert info.value.path.startswith("/Faktura/Fa/P_13_1")
    assert info.value.line == 2
    assert "/Faktura/Fa/P_13_1" in str(info.value)
    assert info.value.errors


def test_xsd_missing_element(xsd: XsdValidator, invoice: bytes) -> None:
    import re

    bad = re.sub(rb"<P_15>[^<]*</P_15>", b"", invoice)
    with pytest.raises(SchemaValidationError, match="P_15") as info:
        validate_invoice(bad, xsd=xsd)
    assert info.value.path == "/Faktura/Fa"


@pytest.mark.parametrize(
    ("sample", "form_code"),
    [
        ("invoice-template-fa-3.xml", FA_3),
        ("invoice-template-fa-2.xml", FA_2),
        ("invoice-template-fa-rr-1.xml", FA_RR_1),
    ],
)
def test_xsd_official_samples(xsd: XsdValidator, shared: Path, sample: str, form_code: object) -> None:
    text = (shared / "samples" / sample).read_bytes()
    text = (
        text.replace(b"#nip#", b"5265877635").replace(b"#buyer_nip#", b"7010002137").replace(b"#invoice_number#", b"1")
    )
    validate_invoice(text, form_code=form_code, xsd=xsd)  # type: ignore[arg-type]


def test_xsd_imports_never_touch_network(xsd: XsdValidator) -> None:
    mapped = xsd._map_uri(
        "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2022/01/05/eD/DefinicjeTypy/StrukturyDanych_v10-0E.xsd"
    )
    assert mapped.endswith("FA/bazowe/StrukturyDanych_v10-0E.xsd")
    assert Path(mapped).is_file()


def test_schema_dir_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SchemaNotAvailableError, match="not found"):
        find_schema_dir(tmp_path)
    monkeypatch.setenv("KSEF_SCHEMA_DIR", str(tmp_path))
    monkeypatch.delenv("KSEF_SHARED", raising=False)
    (tmp_path / "FA").mkdir()
    (tmp_path / "FA" / "schemat_FA(3)_v1-0E.xsd").write_text("<x/>")
    assert find_schema_dir() == tmp_path.resolve()


def test_builder_invoices_vary(xsd: XsdValidator) -> None:
    for i in range(3):
        validate_invoice(make_invoice(f"FV/{i}", lines=i + 1), xsd=xsd)
