"""The PDF of an invoice: what its text says (numbers, parties, lines, per-rate totals, KSeF number, Polish
letters), its QR codes decoded from the page images, pagination of a long invoice."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from decimal import Decimal

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from ksef_sdk.environments import PRODUCTION, TEST
from ksef_sdk.invoice.builder import InvoiceLine, Party, build_fa3_invoice
from ksef_sdk.invoice.parse import parse_invoice
from ksef_sdk.invoice.render import invoice_view, render_invoice_pdf
from ksef_sdk.invoice.render._engine import pdf_of
from ksef_sdk.invoice.render._format import formatter
from ksef_sdk.qr import verify_certificate_url

from tests.invoice.builders import CREATED, ISSUE, KSEF_NUMBER

from .conftest import decoded_codes, pdf_pages, pdf_text

SELLER = Party("5265877635", "Zakład Źródlany „Żółw” sp. z o.o.", "ul. Łąkowa 5/7", "80-001 Gdańsk")
BUYER = Party("5213017228", "Przedsiębiorstwo Ślęża S.A.", "ul. Ćmielowska 12", "50-001 Wrocław")
LINES = [
    InvoiceLine("Usługa księgowa – styczeń", quantity=1, unit_net_price="1200.00", unit="usł."),
    InvoiceLine("Pióro wieczne", quantity=3, unit_net_price="89.99", vat_rate="8"),
    InvoiceLine("Herbata miętowa", quantity="2.5", unit_net_price="18.40", vat_rate="5", unit="kg"),
    InvoiceLine("Ręcznik bawełniany", quantity=4, unit_net_price="25.00"),
]
NUMBER = "FV/2026/05/ŻÓŁW/17"


def polish_invoice(**kw: object) -> bytes:
    args: dict[str, object] = {
        "seller": SELLER,
        "buyer": BUYER,
        "lines": LINES,
        "invoice_number": NUMBER,
        "issue_date": ISSUE,
        "created_at": CREATED,
        "issue_place": "Gdańsk",
    }
    args.update(kw)
    return build_fa3_invoice(**args)  # type: ignore[arg-type]


def kod1(xml: bytes, env: str = "qr-test.ksef.mf.gov.pl") -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(xml).digest()).rstrip(b"=").decode()
    return f"https://{env}/invoice/5265877635/{ISSUE:%d-%m-%Y}/{digest}"


def flat(text: str) -> str:
    """Whitespace as single spaces (no-break spaces of amounts included)."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


@pytest.fixture(scope="module")
def xml() -> bytes:
    return polish_invoice()


@pytest.fixture(scope="module")
def online_pdf(xml: bytes) -> bytes:
    return render_invoice_pdf(xml, environment=TEST, ksef_number=KSEF_NUMBER)


def test_the_text_holds_number_parties_lines_totals_and_ksef_number(xml: bytes, online_pdf: bytes) -> None:
    assert online_pdf.startswith(b"%PDF-")
    text = flat(pdf_text(online_pdf))
    for expected in (NUMBER, SELLER.name, BUYER.name, "5265877635", "5213017228", KSEF_NUMBER):
        assert expected in text, expected
    for line in LINES:
        assert line.name in text, line.name
    fa = parse_invoice(xml).fa
    money = formatter("pl").money
    per_rate = [
        (fa.p_13_1, fa.p_14_1, "23%"),
        (fa.p_13_2, fa.p_14_2, "8%"),
        (fa.p_13_3, fa.p_14_3, "5%"),
    ]
    for net, tax, rate in per_rate:
        row = flat(f"{rate} {money(net)} {money(tax)} {money(Decimal(net) + Decimal(tax))}")
        assert row in text, row
    assert flat(money(fa.p_15, "PLN")) in text
    assert "1 200,00" in text and "89,99" in text and "2,5" in text  # Polish number format


def test_polish_letters_survive_in_names_addresses_and_labels(online_pdf: bytes) -> None:
    text = pdf_text(online_pdf)
    for word in ("Zakład", "Źródlany", "„Żółw”", "Łąkowa", "Gdańsk", "Ślęża", "Ćmielowska", "Wrocław", "miętowa"):
        assert word in text, word
    assert "ąćęłńóśźż" in pdf_text(
        render_invoice_pdf(polish_invoice(lines=[InvoiceLine("ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ", 1, "1.00")]), qr=False)
    )
    assert "Podsumowanie stawek podatku" in text and "Kwota należności ogółem" in text


def test_kod1_under_the_ksef_number_is_decoded_from_the_page(xml: bytes, online_pdf: bytes) -> None:
    assert decoded_codes(online_pdf) == [kod1(xml)]
    text = flat(pdf_text(online_pdf))
    assert f"{KSEF_NUMBER}" in text and "OFFLINE" not in text and "CERTYFIKAT" not in text


def test_kod1_uses_the_environment_host(xml: bytes) -> None:
    pdf = render_invoice_pdf(xml, environment=PRODUCTION, ksef_number=KSEF_NUMBER)
    assert decoded_codes(pdf) == [kod1(xml, "qr.ksef.mf.gov.pl")]


def test_offline_invoice_before_sending_has_kod1_offline_and_kod2(xml: bytes, offline_certificate: object) -> None:
    view = invoice_view(xml, environment=TEST, offline=offline_certificate)  # type: ignore[arg-type]
    pdf = pdf_of(view)
    kod2 = view.qr_codes[1].url
    assert sorted(decoded_codes(pdf)) == sorted([kod1(xml), kod2])
    serial = f"{offline_certificate.certificate.serial_number:X}".zfill(16)  # type: ignore[attr-defined]
    digest = kod1(xml).rpartition("/")[2]
    assert kod2.startswith(f"https://qr-test.ksef.mf.gov.pl/certificate/Nip/5265877635/5265877635/{serial}/{digest}/")
    public = offline_certificate.certificate.public_key()  # type: ignore[attr-defined]
    assert isinstance(public, ec.EllipticCurvePublicKey) and verify_certificate_url(kod2, public)
    text = pdf_text(pdf)
    assert "OFFLINE" in text and "CERTYFIKAT" in text and KSEF_NUMBER not in text


def test_offline_invoice_already_sent_shows_its_number_and_keeps_kod2(xml: bytes, offline_certificate: object) -> None:
    view = invoice_view(
        xml,
        environment=TEST,
        ksef_number=KSEF_NUMBER,
        offline=offline_certificate,
        context=("InternalId", "5265877635-00001"),  # type: ignore[arg-type]
    )
    assert [q.label for q in view.qr_codes] == [KSEF_NUMBER, "CERTYFIKAT"]
    assert "/certificate/InternalId/5265877635-00001/5265877635/" in view.qr_codes[1].url
    pdf = pdf_of(view)
    assert sorted(decoded_codes(pdf)) == sorted([kod1(xml), view.qr_codes[1].url])
    assert "OFFLINE" not in pdf_text(pdf)


def test_online_invoice_waiting_for_its_number_is_labelled_offline(xml: bytes) -> None:
    view = invoice_view(xml, environment=TEST)
    assert [(q.label, q.url) for q in view.qr_codes] == [("OFFLINE", kod1(xml))]


def test_no_codes_when_asked(xml: bytes) -> None:
    pdf = render_invoice_pdf(xml, qr=False)
    assert decoded_codes(pdf) == []


def test_a_500_line_invoice_paginates_with_repeated_headers_and_page_numbers() -> None:
    lines = [
        InvoiceLine(f"Pozycja {i} – śruba M{i % 12 + 3}", quantity=i % 7 + 1, unit_net_price="12.34")
        for i in range(1, 501)
    ]
    xml = polish_invoice(lines=lines)
    pdf = render_invoice_pdf(xml, environment=TEST, ksef_number=KSEF_NUMBER)
    pages = [flat(p) for p in pdf_pages(pdf)]
    assert len(pages) > 5
    for number, page in enumerate(pages, 1):
        assert f"Strona {number} z {len(pages)}" in page
        assert NUMBER in page  # the running footer names the invoice on every page
    with_lines = [p for p in pages if "Pozycja " in p]
    assert len(with_lines) > 5
    for page in with_lines:
        assert "Nazwa towaru lub usługi" in page and "Wartość netto" in page  # the header row repeats
    text = " ".join(pages)
    for i in (1, 250, 500):
        assert f"Pozycja {i} – śruba" in text
    assert decoded_codes(pdf, pages=slice(-1, None)) == [kod1(xml)]


def test_english_labels_and_number_format(xml: bytes) -> None:
    text = flat(pdf_text(render_invoice_pdf(xml, environment=TEST, lang="en")))
    assert "Seller" in text and "Buyer" in text and "VAT rate summary" in text and "Page 1 of 1" in text
    assert "1,200.00" in text and "Sprzedawca" not in text
    assert dt.date(2026, 5, 4).isoformat() in text


def test_fonts_are_embedded() -> None:
    import io

    import pypdf

    pdf = render_invoice_pdf(polish_invoice(), qr=False)
    fonts = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            fonts.append((str(font["/BaseFont"]), "/FontFile2" in descriptor))
    assert fonts and all(embedded for _, embedded in fonts)
    assert all("KsefSans" in name or "DejaVu" in name for name, _ in fonts), fonts
