from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from ksef_sdk.invoice import (
    FA_3,
    InvoiceBuilderError,
    InvoiceLine,
    Party,
    XsdValidator,
    build_fa3_invoice,
    validate_invoice,
)
from ksef_sdk.invoice.builder import Annotations, Exemption

from .conftest import BUYER, SELLER

NS = {"f": FA_3.namespace}


def _build(**kw: object) -> bytes:
    args: dict[str, object] = {
        "seller": SELLER,
        "buyer": BUYER,
        "lines": [InvoiceLine("Doradztwo", quantity=10, unit_net_price="150.00")],
        "invoice_number": "FV/2026/05/001",
        "issue_date": dt.date(2026, 5, 4),
        "created_at": dt.datetime(2026, 5, 4, 8, 30, tzinfo=dt.timezone.utc),
    }
    args.update(kw)
    return build_fa3_invoice(**args)  # type: ignore[arg-type]


def test_output_is_valid_fa3(xsd: XsdValidator) -> None:
    xml = _build()
    assert xml.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    validate_invoice(xml, xsd=xsd)


def test_totals_per_rate(xsd: XsdValidator) -> None:
    xml = _build(
        lines=[
            InvoiceLine("A", 3, "33.33", "23"),
            InvoiceLine("B", 1, "10.00", "23"),
            InvoiceLine("C", 2, "19.99", "8"),
            InvoiceLine("D", 1, "12.34", "5"),
            InvoiceLine("E", 1, "50", "zw"),
            InvoiceLine("F", 1, "70", "0 KR"),
            InvoiceLine("G", Decimal("1.5"), "2", "np I"),
        ],
        issue_place="Kraków",
        payment_due=dt.date(2026, 6, 1),
        bank_account="73111111111111111111111111",
        annotations=Annotations(exemption=Exemption("art. 43 ust. 1 pkt 29 ustawy o VAT")),
    )
    validate_invoice(xml, xsd=xsd)
    fa = ET.fromstring(xml).find("f:Fa", NS)
    assert fa is not None

    def amount(tag: str) -> str | None:
        node = fa.find(f"f:{tag}", NS)
        return None if node is None else node.text

    assert amount("P_13_1") == "109.99"  # 99.99 + 10.00
    assert amount("P_14_1") == "25.30"  # 23 % of 109.99 = 25.2977
    assert amount("P_13_2") == "39.98"
    assert amount("P_14_2") == "3.20"  # 3.1984
    assert amount("P_13_3") == "12.34"
    assert amount("P_14_3") == "0.62"  # 0.617
    assert amount("P_13_7") == "50.00"
    assert amount("P_13_6_1") == "70.00"
    assert amount("P_13_8") == "3.00"
    assert amount("P_15") == str(
        Decimal("109.99")
        + Decimal("25.30")
        + Decimal("39.98")
        + Decimal("3.20")
        + Decimal("12.34")
        + Decimal("0.62")
        + Decimal("50.00")
        + Decimal("70.00")
        + Decimal("3.00")
    )
    rows = fa.findall("f:FaWiersz", NS)
    assert [r.findtext("f:NrWierszaFa", namespaces=NS) for r in rows] == [str(i) for i in range(1, 8)]
    assert rows[6].findtext("f:P_8B", namespaces=NS) == "1.5"


def test_escapes_text(xsd: XsdValidator) -> None:
    seller = Party(nip="5265877635", name='Kowalski & Syn "<Sp>"', address="ul. Ładna 5/7")
    xml = _build(seller=seller)
    validate_invoice(xml, xsd=xsd)
    root = ET.fromstring(xml)
    assert root.findtext("f:Podmiot1/f:DaneIdentyfikacyjne/f:Nazwa", namespaces=NS) == 'Kowalski & Syn "<Sp>"'


def test_form_code_header() -> None:
    root = ET.fromstring(_build())
    code = root.find("f:Naglowek/f:KodFormularza", NS)
    assert code is not None
    assert code.attrib == {"kodSystemowy": "FA (3)", "wersjaSchemy": "1-0E"}
    assert root.findtext("f:Naglowek/f:DataWytworzeniaFa", namespaces=NS) == "2026-05-04T08:30:00Z"
    assert root.findtext("f:Fa/f:P_1", namespaces=NS) == "2026-05-04"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"lines": []}, "at least one line"),
        ({"lines": [InvoiceLine("x", 1, 1, "17")]}, "VAT rate '17'"),
        ({"seller": Party(nip="0123456789", name="x", address="y")}, "seller NIP"),
        ({"buyer": Party(nip="5265877635", name=" ", address="y")}, "buyer name"),
        ({"invoice_number": ""}, "invoice_number"),
        ({"currency": "zł"}, "currency"),
        ({"created_at": dt.datetime(2026, 1, 1)}, "timezone-aware"),
    ],
)
def test_bad_input_is_a_typed_error(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvoiceBuilderError, match=message):
        _build(**kwargs)
