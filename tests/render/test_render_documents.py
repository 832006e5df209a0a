"""Every official sample invoice (FA(3), FA(2), FA_RR(1)) and every kind the builder makes renders to a PDF that
shows its number and parties; the UPO samples (session and per invoice) render with every document listed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from ksef_sdk.environments import TEST
from ksef_sdk.errors import RenderError
from ksef_sdk.invoice.builder import (
    Annotations,
    BankAccount,
    Exemption,
    Footer,
    InvoiceLine,
    Party,
    Payment,
    PaymentMethod,
    ThirdParty,
    ThirdPartyRole,
    build_fa3_invoice,
)
from ksef_sdk.invoice.parse import parse_invoice
from ksef_sdk.invoice.render import invoice_view, render_invoice_html, render_invoice_pdf, render_upo_pdf
from ksef_sdk.upo import parse_upo

from tests.invoice.builders import BUYER, CONSUMER, EU_BUYER, FOREIGN_BUYER, KSEF_NUMBER, SELLER, common, every_kind

from .conftest import FA_SAMPLES, PEF_SAMPLES, decoded_codes, pdf_text, sample_bytes

UPO_SAMPLES = sorted(
    (Path(__file__).resolve().parents[3] / "shared" / "ksef" / "faktury" / "upo" / "przyklady").rglob("*.xml")
)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def test_samples_found() -> None:
    assert len(FA_SAMPLES) >= 7 and any("rr" in s for s in FA_SAMPLES) and any("fa-2" in s for s in FA_SAMPLES)
    assert len(UPO_SAMPLES) >= 6


@pytest.mark.parametrize("name", FA_SAMPLES)
def test_every_official_sample_renders(name: str) -> None:
    xml = sample_bytes(name)
    document = parse_invoice(xml)
    pdf = render_invoice_pdf(xml, environment=TEST, ksef_number=KSEF_NUMBER)
    text = flat(pdf_text(pdf))
    body = getattr(document, "fa", None) or document.faktura_rr
    number = getattr(body, "p_2", None) or body.p_4_c
    assert number in text
    for party in (document.podmiot1, document.podmiot2):
        ids = party.dane_identyfikacyjne
        assert flat(ids.nazwa) in text
        if getattr(ids, "nip", None):
            assert ids.nip in text
    for third in document.podmiot3:
        assert flat(third.dane_identyfikacyjne.nazwa) in text
    assert KSEF_NUMBER in text and "Strona 1 z" in text


def test_the_attachment_sample_shows_its_tables() -> None:
    xml = sample_bytes("invoice-template-fa-3-with-attachment.xml")
    attachment = parse_invoice(xml).zalacznik
    text = flat(render_invoice_html(xml, qr=False))
    assert "Załącznik" in text
    for block in attachment.blok_danych:
        for table in block.tabela:
            for column in table.tnaglowek.kol:
                assert flat(column.nkom) in text


def test_vat_rr_uses_the_supplier_and_p_4b_for_kod1() -> None:
    xml = sample_bytes("invoice-template-fa-rr-1.xml")
    document = parse_invoice(xml)
    rr = document.faktura_rr
    view = invoice_view(xml, environment=TEST)
    url = view.qr_codes[0].url
    nip = document.podmiot1.dane_identyfikacyjne.nip
    assert f"/invoice/{nip}/{rr.p_4_b.to_date():%d-%m-%Y}/" in url
    pdf = render_invoice_pdf(xml, environment=TEST)
    assert decoded_codes(pdf) == [url]
    text = flat(pdf_text(pdf))
    assert "Faktura VAT RR" in text and "Dostawca (rolnik)" in text and "Kwota zryczałtowanego zwrotu podatku" in text
    for line in rr.faktura_rrwiersz:
        assert flat(line.p_5) in text


@pytest.mark.parametrize("kind", list(every_kind()))
def test_every_builder_kind_renders(kind: str) -> None:
    xml = build_fa3_invoice(**every_kind()[kind])
    document = parse_invoice(xml)
    text = flat(pdf_text(render_invoice_pdf(xml, environment=TEST, ksef_number=KSEF_NUMBER)))
    assert document.fa.p_2 in text and SELLER.name in text and BUYER.name in text
    names = [line.p_7 for line in document.fa.fa_wiersz]
    if document.fa.zamowienie is not None:
        names += [line.p_7_z for line in document.fa.zamowienie.zamowienie_wiersz]
    for name in names:
        assert name in text
    expected = {
        "VAT": "Faktura podstawowa",
        "UPR": "Faktura uproszczona",
        "ZAL": "Faktura zaliczkowa",
        "ROZ": "Faktura rozliczeniowa",
        "KOR_ZAL": "Faktura korygująca fakturę zaliczkową",
        "KOR_ROZ": "Faktura korygująca fakturę rozliczeniową",
    }.get(kind.split(maxsplit=1)[0], "Faktura korygująca")
    assert expected in text
    if kind.startswith("KOR"):
        assert "Dane faktury korygowanej" in text and document.fa.dane_fa_korygowanej[0].nr_fa_korygowanej in text


def test_a_rich_invoice_shows_every_section() -> None:
    third = ThirdParty(
        Party("1111111111", "Faktor Finansowy S.A.", "ul. Bankowa 1", "00-950 Warszawa"), role=ThirdPartyRole.FACTOR
    )
    xml = build_fa3_invoice(
        **common(
            lines=[InvoiceLine("Szkolenie BHP", 1, "500.00", vat_rate="zw"), InvoiceLine("Materiały", 2, "10.00")],
            annotations=Annotations(split_payment=True, exemption=Exemption("art. 43 ust. 1 pkt 29 lit. c ustawy")),
            payment=Payment(
                due_dates=[dt.date(2026, 5, 18)],
                method=PaymentMethod.TRANSFER,
                accounts=[BankAccount("PL61109010140000071219812874", swift="WBKPPLPP", bank_name="Bank Śląski")],
            ),
            third_parties=[third],
            footer=Footer(text="Kapitał zakładowy 5 000 000 zł", krs="0000099999", regon="999999999"),
            descriptions=[("Numer zamówienia", "ZAM/2026/77")],
        )
    )
    text = flat(pdf_text(render_invoice_pdf(xml, environment=TEST)))
    for expected in (
        "Adnotacje",
        "Mechanizm podzielonej płatności",
        "art. 43 ust. 1 pkt 29 lit. c ustawy",
        "Płatność",
        "Przelew",
        "18.05.2026",
        "PL61109010140000071219812874",
        "Bank Śląski",
        "Podmiot trzeci 1",
        "Faktor",
        "Faktor Finansowy S.A.",
        "Kapitał zakładowy 5 000 000 zł",
        "0000099999",
        "ZAM/2026/77",
        "zw",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("name", PEF_SAMPLES)
def test_pef_documents_get_a_typed_error(name: str) -> None:
    with pytest.raises(RenderError, match="PEF"):
        render_invoice_html(sample_bytes(name), qr=False)


@pytest.mark.parametrize("path", UPO_SAMPLES, ids=lambda p: p.name)
def test_every_upo_sample_renders(path: Path) -> None:
    data = path.read_bytes()
    upo = parse_upo(data)
    text = flat(pdf_text(render_upo_pdf(data)))
    assert upo.session_reference_number in text and upo.receiving_entity in text
    assert "Urzędowe Poświadczenie Odbioru" in text
    for document in upo.documents:
        assert document.ksef_number in text and document.seller_nip in text
        assert flat(document.invoice_number).replace(" ", "") in text.replace(" ", "")
    assert upo.sha256_base64 in text


@pytest.mark.parametrize(
    ("buyer", "shown"),
    [
        (EU_BUYER, ("Numer VAT-UE", "DE811128135", "Käufer GmbH")),
        (FOREIGN_BUYER, ("Identyfikator podatkowy", "US 98-7654321", "Buyer Inc.")),
        (CONSUMER, ("Brak identyfikatora", "Jan Kowalski")),
    ],
)
def test_every_buyer_identification_is_shown(buyer: Party, shown: tuple[str, ...]) -> None:
    kw = common(
        buyer=buyer, lines=[InvoiceLine("Licencja", 1, "100.00", vat_rate="np II" if buyer is not CONSUMER else "23")]
    )
    if buyer is not CONSUMER:
        kw["annotations"] = Annotations(reverse_charge=True)
    html = render_invoice_html(build_fa3_invoice(**kw), qr=False)
    for text in shown:
        assert text in html, text
