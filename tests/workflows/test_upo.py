from __future__ import annotations

import base64
import datetime as dt
import hashlib
from pathlib import Path

import pytest
from ksef_sdk.upo import UpoError, UpoHashMismatchError, parse_upo

EXAMPLES = [
    "kontekst-id-zlozony-vat-ue/upo-faktura-id-zlozony-vat-ue.xml",
    "kontekst-id-zlozony-vat-ue/upo-sesja-id-zlozony-vat-ue.xml",
    "kontekst-internal-id/upo-faktura-internal-id.xml",
    "kontekst-internal-id/upo-sesja-internal-id.xml",
    "kontekst-nip/upo-faktura-kontekst-id-nip.xml",
    "kontekst-nip/upo-sesja-kontekst-id-nip.xml",
]


def _example(shared: Path, name: str) -> bytes:
    return (shared / "faktury" / "upo" / "przyklady" / "v4-3" / name).read_bytes()


def test_all_official_examples_are_covered(shared: Path) -> None:
    found = sorted(
        p.relative_to(shared / "faktury/upo/przyklady/v4-3").as_posix()
        for p in (shared / "faktury/upo/przyklady/v4-3").rglob("*.xml")
    )
    assert found == sorted(EXAMPLES)


@pytest.mark.parametrize("name", EXAMPLES)
def test_official_examples_parse(shared: Path, name: str) -> None:
    data = _example(shared, name)
    digest = base64.b64encode(hashlib.sha256(data).digest()).decode()
    upo = parse_upo(data, expected_hash=digest)
    assert upo.raw == data
    assert upo.sha256_base64 == digest
    assert upo.namespace == "http://upo.schematy.mf.gov.pl/KSeF/v4-3"
    assert upo.receiving_entity.startswith("Ministerstwo Finansów")
    assert upo.form_code == "FA (3)"
    assert upo.logical_structure == "Schemat_FA(3)_v1-0E.xsd"
    assert upo.documents
    for doc in upo.documents:
        assert len(doc.ksef_number) == 35
        assert len(doc.invoice_hash) == 44
        assert doc.mode in ("Online", "Offline")
        assert doc.sent_at.tzinfo is not None
        assert doc.ksef_number_assigned_at >= doc.sent_at
    if "sesja" in name:
        assert upo.page is not None
        assert upo.page.total_documents == len(upo.documents)
        assert (upo.page.first_document, upo.page.last_document) == (1, len(upo.documents))
    else:
        assert upo.page is None
        assert len(upo.documents) == 1
    assert (upo.ksef_token_reference_number is None) != (upo.authentication_document_hash is None)


def test_nip_session_example_fields(shared: Path) -> None:
    upo = parse_upo(_example(shared, "kontekst-nip/upo-sesja-kontekst-id-nip.xml"))
    assert upo.session_reference_number == "36950822-93-9D5A28BFDA-47C899773E-5C"
    assert (upo.context.kind, upo.context.value) == ("Nip", "5265877635")
    assert upo.authentication_document_hash == "kyqH+QUgP8ATWd/95IY632mP4uqibwG66Oqclq9+qno="
    first = upo.documents[0]
    assert first.ksef_number == "5265877635-20250916-010040741B3E-46"
    assert first.invoice_number == "FA/SIGTF-3388125147/11/2025"
    assert first.issue_date == dt.date(2025, 9, 16)
    assert first.sent_at == dt.datetime(2025, 9, 16, 9, 2, 41, 584000, tzinfo=dt.timezone.utc)
    assert upo.by_ksef_number[first.ksef_number] is first
    assert upo.by_invoice_hash["GZMGNVzs3krF6URKgvaw77OOeG3nJ+WGziT5xguliQ8="].ksef_number.endswith("C2")


def test_internal_id_and_vat_ue_contexts(shared: Path) -> None:
    upo = parse_upo(_example(shared, "kontekst-internal-id/upo-faktura-internal-id.xml"))
    assert (upo.context.kind, upo.context.value) == ("IdWewnetrzny", "5265877635-12345")
    assert upo.ksef_token_reference_number == "20250819-EC-1ECDD12000-5EE71AE5E3-B7"
    upo = parse_upo(_example(shared, "kontekst-id-zlozony-vat-ue/upo-sesja-id-zlozony-vat-ue.xml"))
    assert upo.context.kind == "IdZlozonyVatUE"


def test_hash_mismatch(shared: Path) -> None:
    data = _example(shared, "kontekst-nip/upo-faktura-kontekst-id-nip.xml")
    wrong = base64.b64encode(hashlib.sha256(data + b" ").digest()).decode()
    with pytest.raises(UpoHashMismatchError) as info:
        parse_upo(data, expected_hash=wrong)
    assert info.value.expected == wrong


def test_save_writes_exact_bytes(shared: Path, tmp_path: Path) -> None:
    data = _example(shared, "kontekst-nip/upo-faktura-kontekst-id-nip.xml")
    target = tmp_path / "upo.xml"
    parse_upo(data).save(str(target))
    assert target.read_bytes() == data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<x/>", "not a KSeF UPO"),
        (b"<Potwierdzenie", "not well-formed"),
        (b'<!DOCTYPE x [<!ENTITY a "b">]><x/>', "DTD"),
        (b'<Potwierdzenie xmlns="http://upo.schematy.mf.gov.pl/KSeF/v4-3"/>', "Uwierzytelnienie"),
    ],
)
def test_bad_documents(data: bytes, message: str) -> None:
    with pytest.raises(UpoError, match=message):
        parse_upo(data)


def test_missing_document_field(shared: Path) -> None:
    data = _example(shared, "kontekst-nip/upo-faktura-kontekst-id-nip.xml")
    start, end = data.index(b"<SkrotDokumentu>"), data.index(b"</SkrotDokumentu>") + len(b"</SkrotDokumentu>")
    with pytest.raises(UpoError, match="SkrotDokumentu"):
        parse_upo(data[:start] + data[end:])
