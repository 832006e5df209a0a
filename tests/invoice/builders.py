"""Builder inputs shared by the invoice tests: parties and one invoice of every kind."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ksef_sdk.invoice.builder import (
    Advance,
    AdvanceInvoiceRef,
    CorrectedInvoice,
    Correction,
    CorrectionEffect,
    InvoiceKind,
    InvoiceLine,
    Party,
)

ISSUE = dt.date(2026, 5, 4)
CREATED = dt.datetime(2026, 5, 4, 9, 30, tzinfo=dt.timezone.utc)
SELLER = Party("5265877635", "Sprzedawca sp. z o.o.", "ul. Prosta 1", "00-001 Warszawa", email="fv@sprzedawca.pl")
BUYER = Party("5213017228", "Nabywca S.A.", "ul. Krzywa 2", "30-001 Kraków")
EU_BUYER = Party.eu_company("DE811128135", "Käufer GmbH", "Hauptstraße 1, 10115 Berlin", country="DE")
FOREIGN_BUYER = Party.foreign("98-7654321", "Buyer Inc.", "1 Main St, Springfield", country="US")
CONSUMER = Party.consumer("Jan Kowalski", "ul. Polna 1, 00-002 Warszawa")
KSEF_NUMBER = "5265877635-20260401-0100001AF629-11"  # a valid KSeF number (CRC-8 checksum 11)

LINES = [
    InvoiceLine("Usługa doradcza", quantity=8, unit_net_price="250.00", unit="godz."),
    InvoiceLine("Książka", quantity=2, unit_net_price="39.99", vat_rate="5"),
    InvoiceLine("Catering", quantity="1.5", unit_net_price="100.10", vat_rate="8"),
]


def common(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "seller": SELLER,
        "buyer": BUYER,
        "invoice_number": "FV/2026/05/001",
        "issue_date": ISSUE,
        "created_at": CREATED,
    }
    base.update(kw)
    return base


def every_kind() -> dict[str, dict[str, Any]]:
    """Builder arguments for one invoice of each FA(3) kind."""
    corrected = [CorrectedInvoice(dt.date(2026, 4, 1), "FV/2026/04/007", KSEF_NUMBER)]
    before = [InvoiceLine("Usługa doradcza", quantity=10, unit_net_price="250.00")]
    after = [InvoiceLine("Usługa doradcza", quantity=8, unit_net_price="250.00")]
    order = [InvoiceLine("Meble", quantity=3, unit_net_price="1000.00"), InvoiceLine("Książki", 10, "20.00", "5")]
    advances = [AdvanceInvoiceRef(ksef_number=KSEF_NUMBER, net={"23": "813.01"}, vat={"23": "186.99"})]
    return {
        "VAT": common(lines=LINES),
        "UPR": common(kind=InvoiceKind.UPR, lines=[InvoiceLine("Kawa", 2, "12.00")]),
        "KOR": common(
            kind=InvoiceKind.KOR,
            lines=after,
            correction=Correction(
                corrected, reason="rabat", effect=CorrectionEffect.CORRECTION_PERIOD, lines_before=before
            ),
        ),
        "KOR (difference lines)": common(
            kind=InvoiceKind.KOR,
            lines=[InvoiceLine("Usługa doradcza", quantity=-2, unit_net_price="250.00")],
            correction=Correction([CorrectedInvoice(dt.date(2026, 4, 1), "FV/2026/04/007")], reason="zwrot"),
        ),
        "ZAL": common(kind=InvoiceKind.ZAL, advance=Advance("1000.00", order, paid_on=dt.date(2026, 5, 2))),
        "ROZ": common(kind=InvoiceKind.ROZ, lines=order, advances=advances),
        "KOR_ZAL": common(
            kind=InvoiceKind.KOR_ZAL,
            advance=Advance("1200.00", order),
            advance_before=Advance("1000.00", order),
            correction=Correction(corrected, reason="wyższa zaliczka"),
        ),
        "KOR_ROZ": common(
            kind=InvoiceKind.KOR_ROZ,
            lines=[*order[:1], InvoiceLine("Książki", 8, "20.00", "5")],
            advances=advances,
            correction=Correction(corrected, lines_before=order),
        ),
    }
