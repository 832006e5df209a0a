"""A small FA(3) invoice builder: seller, buyer, lines → FA(3) XML that validates against the XSD.

Meant for tests, the demo and experiments, not as a complete FA(3) model: it writes a plain VAT
invoice (``RodzajFaktury=VAT``) with the mandatory annotations set to "no", amounts totalled per
VAT rate, and optional payment terms. Example::

    xml = build_fa3_invoice(
        seller=Party(nip="5265877635", name="Seller sp. z o.o.", address="ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party(nip="7010002137", name="Buyer S.A.", address="ul. Krzywa 2, 30-001 Kraków"),
        lines=[InvoiceLine("Consulting", quantity=10, unit_net_price="150.00", vat_rate="23")],
        invoice_number="FV/2026/05/001",
    )
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ksef_sdk.errors._local import InvoiceBuilderError
from ksef_sdk.invoice.checks import FA_3

__all__ = ["VAT_RATES", "InvoiceBuilderError", "InvoiceLine", "Party", "build_fa3_invoice"]

_NS = FA_3.namespace
_NIP = re.compile(r"^[1-9]((\d[1-9])|([1-9]\d))\d{7}$")
_CENT = Decimal("0.01")

# rate → (net field, VAT field or None, percentage or None), schema FA(3) P_13_x / P_14_x
VAT_RATES: dict[str, tuple[str, str | None, Decimal | None]] = {
    "23": ("P_13_1", "P_14_1", Decimal(23)),
    "22": ("P_13_1", "P_14_1", Decimal(22)),
    "8": ("P_13_2", "P_14_2", Decimal(8)),
    "7": ("P_13_2", "P_14_2", Decimal(7)),
    "5": ("P_13_3", "P_14_3", Decimal(5)),
    "4": ("P_13_4", "P_14_4", Decimal(4)),
    "3": ("P_13_4", "P_14_4", Decimal(3)),
    "0 KR": ("P_13_6_1", None, None),
    "0 WDT": ("P_13_6_2", None, None),
    "0 EX": ("P_13_6_3", None, None),
    "zw": ("P_13_7", None, None),
    "np I": ("P_13_8", None, None),
    "np II": ("P_13_9", None, None),
    "oo": ("P_13_10", None, None),
}
_FIELD_ORDER = [
    "P_13_1",
    "P_14_1",
    "P_13_2",
    "P_14_2",
    "P_13_3",
    "P_14_3",
    "P_13_4",
    "P_14_4",
    "P_13_6_1",
    "P_13_6_2",
    "P_13_6_3",
    "P_13_7",
    "P_13_8",
    "P_13_9",
    "P_13_10",
]


@dataclass(frozen=True)
class Party:
    """A seller or buyer: Polish NIP, name and a one- or two-line address."""

    nip: str
    name: str
    address: str
    address_line2: str | None = None
    country: str = "PL"
    email: str | None = None

    def _check(self, role: str) -> None:
        if not _NIP.match(self.nip):
            raise InvoiceBuilderError(f"{role} NIP {self.nip!r} is not a valid NIP (10 digits, KSeF pattern)")
        if not self.name.strip():
            raise InvoiceBuilderError(f"{role} name is empty")
        if not self.address.strip():
            raise InvoiceBuilderError(f"{role} address is empty")
        if not re.fullmatch(r"[A-Z]{2}", self.country):
            raise InvoiceBuilderError(f"{role} country {self.country!r} must be a 2-letter code")


@dataclass(frozen=True)
class InvoiceLine:
    """One invoice line: name, quantity, unit net price, VAT rate (FA(3) ``P_12`` value)."""

    name: str
    quantity: Decimal | int | str = 1
    unit_net_price: Decimal | int | str = 0
    vat_rate: str = "23"
    unit: str = "szt."

    @property
    def net(self) -> Decimal:
        return (Decimal(str(self.quantity)) * Decimal(str(self.unit_net_price))).quantize(_CENT, ROUND_HALF_UP)


def _amount(value: Decimal) -> str:
    return str(value.quantize(_CENT, ROUND_HALF_UP))


def _number(value: Decimal | int | str) -> str:
    text = format(Decimal(str(value)).normalize(), "f")
    return text


def build_fa3_invoice(
    *,
    seller: Party,
    buyer: Party,
    lines: Sequence[InvoiceLine],
    invoice_number: str,
    issue_date: dt.date | None = None,
    issue_place: str | None = None,
    currency: str = "PLN",
    created_at: dt.datetime | None = None,
    payment_due: dt.date | None = None,
    bank_account: str | None = None,
    system_info: str = "ksef-sdk",
) -> bytes:
    """An FA(3) invoice as UTF-8 XML bytes (no BOM), valid against ``schemat_FA(3)_v1-0E.xsd``.

    VAT is computed per rate over the sum of line net amounts (rounded half-up to grosze).
    """
    seller._check("seller")
    buyer._check("buyer")
    if not lines:
        raise InvoiceBuilderError("an invoice needs at least one line")
    if not invoice_number.strip() or len(invoice_number) > 256:
        raise InvoiceBuilderError("invoice_number must be 1-256 characters")
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise InvoiceBuilderError(f"currency {currency!r} must be an ISO 4217 code such as PLN")
    issue_date = issue_date or dt.date.today()
    created_at = created_at or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    if created_at.tzinfo is None:
        raise InvoiceBuilderError("created_at must be timezone-aware")

    net: dict[str, Decimal] = {}
    vat: dict[str, Decimal] = {}
    for line in lines:
        if line.vat_rate not in VAT_RATES:
            raise InvoiceBuilderError(f"VAT rate {line.vat_rate!r} is not one of {', '.join(VAT_RATES)}")
        if not line.name.strip():
            raise InvoiceBuilderError("a line name is empty")
        net_field = VAT_RATES[line.vat_rate][0]
        net[net_field] = net.get(net_field, Decimal(0)) + line.net
    for rate, (_net_field, vat_field, pct) in VAT_RATES.items():
        rate_lines = [ln for ln in lines if ln.vat_rate == rate]
        if vat_field and pct is not None and rate_lines:
            rate_net = sum((ln.net for ln in rate_lines), Decimal(0))
            vat[vat_field] = vat.get(vat_field, Decimal(0)) + (rate_net * pct / 100).quantize(_CENT, ROUND_HALF_UP)
    gross = sum(net.values(), Decimal(0)) + sum(vat.values(), Decimal(0))

    def el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        child = ET.SubElement(parent, tag, attrs)
        if text is not None:
            child.text = text
        return child

    root = ET.Element("Faktura", {"xmlns": _NS})  # unqualified attributes: no default_namespace=
    header = el(root, "Naglowek")
    el(header, "KodFormularza", FA_3.value, kodSystemowy=FA_3.system_code, wersjaSchemy=FA_3.schema_version)
    el(header, "WariantFormularza", "3")
    el(header, "DataWytworzeniaFa", created_at.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    el(header, "SystemInfo", system_info)

    for tag, party in (("Podmiot1", seller), ("Podmiot2", buyer)):
        node = el(root, tag)
        ident = el(node, "DaneIdentyfikacyjne")
        el(ident, "NIP", party.nip)
        el(ident, "Nazwa", party.name)
        address = el(node, "Adres")
        el(address, "KodKraju", party.country)
        el(address, "AdresL1", party.address)
        if party.address_line2:
            el(address, "AdresL2", party.address_line2)
        if party.email:
            el(el(node, "DaneKontaktowe"), "Email", party.email)
        if tag == "Podmiot2":
            el(node, "JST", "2")
            el(node, "GV", "2")

    fa = el(root, "Fa")
    el(fa, "KodWaluty", currency)
    el(fa, "P_1", issue_date.isoformat())
    if issue_place:
        el(fa, "P_1M", issue_place)
    el(fa, "P_2", invoice_number)
    amounts = {**net, **vat}
    for name in _FIELD_ORDER:
        if name in amounts:
            el(fa, name, _amount(amounts[name]))
    el(fa, "P_15", _amount(gross))
    notes = el(fa, "Adnotacje")
    for tag in ("P_16", "P_17", "P_18", "P_18A"):
        el(notes, tag, "2")
    el(el(notes, "Zwolnienie"), "P_19N", "1")
    el(el(notes, "NoweSrodkiTransportu"), "P_22N", "1")
    el(notes, "P_23", "2")
    el(el(notes, "PMarzy"), "P_PMarzyN", "1")
    el(fa, "RodzajFaktury", "VAT")
    for number, line in enumerate(lines, start=1):
        row = el(fa, "FaWiersz")
        el(row, "NrWierszaFa", str(number))
        el(row, "P_7", line.name)
        el(row, "P_8A", line.unit)
        el(row, "P_8B", _number(line.quantity))
        el(row, "P_9A", _number(line.unit_net_price))
        el(row, "P_11", _amount(line.net))
        el(row, "P_12", line.vat_rate)
    if payment_due or bank_account:
        payment = el(fa, "Platnosc")
        if payment_due:
            el(el(payment, "TerminPlatnosci"), "Termin", payment_due.isoformat())
        el(payment, "FormaPlatnosci", "6")
        if bank_account:
            el(el(payment, "RachunekBankowy"), "NrRB", bank_account)

    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body).encode("utf-8")
