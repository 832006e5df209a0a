"""The builder's vocabulary (what an invoice is made of) and its conversion to the generated model parts."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from ksef_sdk.errors import InvoiceBuilderError
from ksef_sdk.invoice.amounts import MARGIN, money
from ksef_sdk.invoice.lines import InvoiceLine, Number, Totals, decimal, groups_in, totals_of, vat_in_pln
from ksef_sdk.invoice.parties import Party, ThirdParty, ThirdPartyRole

__all__ = [
    "Advance",
    "AdvanceInvoiceRef",
    "Annotations",
    "BankAccount",
    "CorrectedInvoice",
    "Correction",
    "CorrectionEffect",
    "Exemption",
    "Footer",
    "InvoiceKind",
    "InvoiceLine",
    "MarginScheme",
    "NewVehicle",
    "Party",
    "Payment",
    "PaymentMethod",
    "ThirdParty",
    "ThirdPartyRole",
]


class InvoiceKind(str, enum.Enum):
    """``RodzajFaktury``."""

    VAT = "VAT"
    KOR = "KOR"
    ZAL = "ZAL"
    ROZ = "ROZ"
    UPR = "UPR"
    KOR_ZAL = "KOR_ZAL"
    KOR_ROZ = "KOR_ROZ"


class PaymentMethod(enum.IntEnum):
    """``FormaPlatnosci``."""

    CASH = 1
    CARD = 2
    VOUCHER = 3
    CHEQUE = 4
    CREDIT = 5
    TRANSFER = 6
    MOBILE = 7


class CorrectionEffect(enum.IntEnum):
    """``TypKorekty``: when the correction takes effect in the VAT records."""

    ORIGINAL_PERIOD = 1
    CORRECTION_PERIOD = 2
    OTHER = 3


class MarginScheme(enum.Enum):
    """The margin schemes of ``PMarzy`` (lines use ``vat_rate="margin"``)."""

    TRAVEL = "p_pmarzy_2"
    USED_GOODS = "p_pmarzy_3_1"
    WORKS_OF_ART = "p_pmarzy_3_2"
    ANTIQUES = "p_pmarzy_3_3"


@dataclass(frozen=True)
class Exemption:
    """The legal basis of an exemption (``P_19`` + ``P_19A`` act, ``P_19B`` directive or ``P_19C`` other)."""

    basis: str
    source: str = "act"  # "act" | "directive" | "other"


@dataclass(frozen=True)
class NewVehicle:
    """An intra-Community supply of a new means of transport (``NowySrodekTransportu``)."""

    first_use: dt.date  # P_22A
    line_number: int  # P_NrWierszaNST
    kind: str  # "land" (P_22B: km), "water" (P_22C: hours), "air" (P_22D: hours)
    usage: str  # the mileage or hours
    make: str | None = None
    model: str | None = None
    colour: str | None = None
    registration: str | None = None
    production_year: str | None = None


@dataclass(frozen=True)
class Annotations:
    """``Adnotacje``: every flag defaults to "no"."""

    cash_method: bool = False  # P_16 "metoda kasowa"
    self_billing: bool = False  # P_17 "samofakturowanie"
    reverse_charge: bool = False  # P_18 "odwrotne obciążenie" (set automatically for "oo" lines)
    split_payment: bool = False  # P_18A "mechanizm podzielonej płatności"
    exemption: Exemption | None = None  # P_19 (required for "zw" lines)
    new_vehicles: Sequence[NewVehicle] = ()  # P_22
    vehicle_art_42_5: bool = False  # P_42_5
    simplified_triangular: bool = False  # P_23
    margin: MarginScheme | None = None  # PMarzy (required for "margin" lines)


@dataclass(frozen=True)
class BankAccount:
    number: str
    swift: str | None = None
    bank_name: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Payment:
    """``Platnosc``: due dates, method, accounts, and what was already paid."""

    due_dates: Sequence[dt.date] = ()
    method: PaymentMethod | None = None
    other_method: str | None = None  # PlatnoscInna + OpisPlatnosci instead of a method
    accounts: Sequence[BankAccount] = ()
    factor_accounts: Sequence[BankAccount] = ()
    paid_on: dt.date | None = None  # Zaplacono + DataZaplaty
    partial_payments: Sequence[tuple[Number, dt.date]] = ()  # ZaplataCzesciowa
    early_payment_discount: tuple[str, str] | None = None  # Skonto: (conditions, amount)


@dataclass(frozen=True)
class CorrectedInvoice:
    """``DaneFaKorygowanej``: ``ksef_number=None`` marks an invoice issued outside KSeF (``NrKSeFN``)."""

    issue_date: dt.date
    number: str
    ksef_number: str | None = None


@dataclass(frozen=True)
class Correction:
    """The correction part of KOR / KOR_ZAL / KOR_ROZ invoices.

    ``lines_before`` are the corrected invoice's lines (written with ``StanPrzed``); the invoice's
    ``lines`` are then the state after the correction and the totals are the differences. Without
    ``lines_before`` the ``lines`` are the differences themselves.
    """

    corrected: Sequence[CorrectedInvoice]
    reason: str | None = None
    effect: CorrectionEffect | None = None
    lines_before: Sequence[InvoiceLine] = ()
    period: str | None = None  # OkresFaKorygowanej (rebates for a period)
    correct_number: str | None = None  # NrFaKorygowany: when the corrected number itself was wrong
    seller_before: Party | None = None  # Podmiot1K
    buyer_before: Party | None = None  # Podmiot2K


@dataclass(frozen=True)
class Advance:
    """An advance payment (ZAL): the amount received, when, and the ordered goods/services."""

    paid: Number
    order_lines: Sequence[InvoiceLine]
    paid_on: dt.date | None = None  # P_6 when it differs from the issue date


@dataclass(frozen=True)
class AdvanceInvoiceRef:
    """An advance invoice settled by a ROZ invoice, with its net and VAT per rate (``{"23": ...}``)."""

    ksef_number: str | None = None
    number: str | None = None  # for an advance invoice issued outside KSeF
    net: Mapping[str, Number] = field(default_factory=dict)
    vat: Mapping[str, Number] = field(default_factory=dict)

    def totals(self) -> Totals:
        return Totals(
            {k: money(decimal(v, "advances.net")) for k, v in self.net.items()},
            {k: money(decimal(v, "advances.vat")) for k, v in self.vat.items()},
        )


@dataclass(frozen=True)
class Footer:
    """``Stopka``: free text and registry numbers."""

    text: str | None = None
    full_name: str | None = None
    krs: str | None = None
    regon: str | None = None
    bdo: str | None = None


@lru_cache(maxsize=1)
def _model() -> Any:
    """The generated FA(3) classes (and xsdata's date types) as one namespace."""
    try:
        from ksef_documents.fa3 import base, invoice
        from xsdata.models.datatype import XmlDate, XmlDateTime
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise InvoiceBuilderError(
            "the invoice builder needs the 'invoice' extra: pip install ksef-sdk[invoice]"
        ) from exc
    names = {k: v for module in (base, invoice) for k, v in vars(module).items() if not k.startswith("_")}
    return SimpleNamespace(**{**names, "XmlDate": XmlDate, "XmlDateTime": XmlDateTime})


def _yes(flag: bool, m: Any) -> Any:
    return m.Twybor12.VALUE_1 if flag else m.Twybor12.VALUE_2


def _num(value: Number) -> Decimal:
    """A quantity or price without exponent or trailing zeros (``10.500`` → ``10.5``)."""
    d = decimal(value, "number").normalize()
    return d.quantize(Decimal(1)) if d == d.to_integral() else d


def _date(value: dt.date, m: Any) -> Any:
    return m.XmlDate.from_date(value)


# ------------------------------------------------------------------------------------------------ lines


def _lines_model(
    lines: Sequence[InvoiceLine], m: Any, *, start: int = 1, before: bool = False, rate: Decimal | None = None
) -> list[Any]:
    out = []
    for offset, line in enumerate(lines):
        number = start + offset
        line.check(f"lines[{number}]")
        cls = m.Faktura.Fa.FaWiersz
        rate_of_line = line.exchange_rate if line.exchange_rate is not None else rate
        out.append(
            cls(
                nr_wiersza_fa=number,
                uu_id=line.uu_id,
                p_6_a=_date(line.delivery_date, m) if line.delivery_date else None,
                p_7=line.name,
                indeks=line.index,
                gtin=line.gtin,
                pkwi_u=line.pkwiu,
                cn=line.cn,
                pkob=line.pkob,
                p_8_a=line.unit,
                p_8_b=_num(line.quantity),
                p_9_a=_num(line.unit_net_price),
                p_10=money(decimal(line.discount, "discount")) if line.discount is not None else None,
                p_11=line.net,
                p_12=m.TstawkaPodatku(line.vat_rate) if line.vat_rate not in (MARGIN, "oss") else None,
                p_12_xii=_num(line.oss_rate) if line.oss_rate is not None else None,
                p_12_zal_15=m.Twybor1.VALUE_1 if line.annex15 else None,
                kwota_akcyzy=money(decimal(line.excise, "excise")) if line.excise is not None else None,
                gtu=m.Tgtu(line.gtu) if line.gtu else None,
                procedura=m.ToznaczenieProcedury(line.procedure) if line.procedure else None,
                kurs_waluty=_num(rate_of_line) if rate_of_line is not None else None,
                stan_przed=m.Twybor1.VALUE_1 if before else None,
            )
        )
    return out


def _order_model(lines: Sequence[InvoiceLine], m: Any, *, start: int = 1, before: bool = False) -> list[Any]:
    totals = [totals_of([line]) for line in lines]
    out = []
    for offset, (line, total) in enumerate(zip(lines, totals, strict=True)):
        number = start + offset
        line.check(f"order_lines[{number}]")
        out.append(
            m.Faktura.Fa.Zamowienie.ZamowienieWiersz(
                nr_wiersza_zam=number,
                uu_idz=line.uu_id,
                p_7_z=line.name,
                indeks_z=line.index,
                gtinz=line.gtin,
                pkwi_uz=line.pkwiu,
                cnz=line.cn,
                pkobz=line.pkob,
                p_8_az=line.unit,
                p_8_bz=_num(line.quantity),
                p_9_az=_num(line.unit_net_price),
                p_11_netto_z=line.net,
                p_11_vat_z=total.vat.get(line.rate_key, Decimal(0)) if total.vat else None,
                p_12_z=m.TstawkaPodatku(line.vat_rate) if line.vat_rate not in (MARGIN, "oss") else None,
                p_12_z_xii=_num(line.oss_rate) if line.oss_rate is not None else None,
                p_12_z_zal_15=m.Twybor1.VALUE_1 if line.annex15 else None,
                gtuz=m.Tgtu(line.gtu) if line.gtu else None,
                stan_przed_z=m.Twybor1.VALUE_1 if before else None,
            )
        )
    return out


def advance_totals(advance: Advance) -> Totals:
    """An advance payment split over the order's rates in proportion to their gross value; the VAT of each
    part is the part × rate / (100 + rate) (art. 106f(1)(3)), the net the rest."""
    from ksef_sdk.invoice.amounts import RATES, vat_from_gross

    paid = money(decimal(advance.paid, "advance.paid"))
    order = totals_of(advance.order_lines)
    gross_by_rate = {k: order.net[k] + order.vat.get(k, Decimal(0)) for k in order.net}
    total_gross = sum(gross_by_rate.values(), Decimal(0))
    if total_gross <= 0:
        raise InvoiceBuilderError("advance.order_lines must have a positive value", field="advance")
    net: dict[str, Decimal] = {}
    vat: dict[str, Decimal] = {}
    remaining = paid
    keys = list(gross_by_rate)
    for i, key in enumerate(keys):
        part = remaining if i == len(keys) - 1 else money(paid * gross_by_rate[key] / total_gross)
        remaining -= part
        group, pct = RATES[key]
        tax = vat_from_gross(part, pct) if group.vat and pct is not None else Decimal(0)
        net[key] = part - tax
        if group.vat:
            vat[key] = tax
    return Totals(net, vat)


# ---------------------------------------------------------------------------------------- annotations


def _annotations_model(a: Annotations, lines: Sequence[InvoiceLine], m: Any) -> Any:
    cls = m.Faktura.Fa.Adnotacje
    rates = {line.vat_rate for line in lines}
    if "zw" in rates and a.exemption is None:
        raise InvoiceBuilderError("lines with vat_rate 'zw' need annotations.exemption (the legal basis)", "exemption")
    if MARGIN in rates and a.margin is None:
        raise InvoiceBuilderError("lines with vat_rate 'margin' need annotations.margin (the scheme)", "margin")
    if a.exemption is not None:
        if a.exemption.source not in ("act", "directive", "other") or not a.exemption.basis.strip():
            raise InvoiceBuilderError(
                "exemption: source is 'act', 'directive' or 'other', basis non-empty", "exemption"
            )
        letter = {"act": "p_19_a", "directive": "p_19_b", "other": "p_19_c"}[a.exemption.source]
        exemption = cls.Zwolnienie(p_19=m.Twybor1.VALUE_1, **{letter: a.exemption.basis})
    else:
        exemption = cls.Zwolnienie(p_19_n=m.Twybor1.VALUE_1)
    if a.new_vehicles:
        vehicles = []
        for v in a.new_vehicles:
            usage = {"land": "p_22_b", "water": "p_22_c", "air": "p_22_d"}.get(v.kind)
            if usage is None:
                raise InvoiceBuilderError("new_vehicles: kind is 'land', 'water' or 'air'", "new_vehicles")
            vehicles.append(
                cls.NoweSrodkiTransportu.NowySrodekTransportu(
                    p_22_a=_date(v.first_use, m),
                    p_nr_wiersza_nst=v.line_number,
                    p_22_bmk=v.make,
                    p_22_bmd=v.model,
                    p_22_bk=v.colour,
                    p_22_bnr=v.registration,
                    p_22_brp=v.production_year,
                    **{usage: v.usage},
                )
            )
        transport = cls.NoweSrodkiTransportu(
            p_22=m.Twybor1.VALUE_1, p_42_5=_yes(a.vehicle_art_42_5, m), nowy_srodek_transportu=vehicles
        )
    else:
        transport = cls.NoweSrodkiTransportu(p_22_n=m.Twybor1.VALUE_1)
    if a.margin is not None:
        margin = cls.Pmarzy(p_pmarzy=m.Twybor1.VALUE_1, **{a.margin.value: m.Twybor1.VALUE_1})
    else:
        margin = cls.Pmarzy(p_pmarzy_n=m.Twybor1.VALUE_1)
    return cls(
        p_16=_yes(a.cash_method, m),
        p_17=_yes(a.self_billing, m),
        p_18=_yes(a.reverse_charge or "oo" in rates, m),
        p_18_a=_yes(a.split_payment, m),
        zwolnienie=exemption,
        nowe_srodki_transportu=transport,
        p_23=_yes(a.simplified_triangular, m),
        pmarzy=margin,
    )


def _payment_model(p: Payment, m: Any) -> Any:
    cls = m.Faktura.Fa.Platnosc
    if p.method is not None and p.other_method is not None:
        raise InvoiceBuilderError("payment: give method= or other_method=, not both", "payment")

    def account(a: BankAccount) -> Any:
        number = re.sub(r"\s+", "", a.number)
        if not 10 <= len(number) <= 34:
            raise InvoiceBuilderError(f"bank account {a.number!r} must have 10-34 characters", "payment")
        return m.TrachunekBankowy(nr_rb=number, swift=a.swift, nazwa_banku=a.bank_name, opis_rachunku=a.description)

    return cls(
        zaplacono=m.Twybor1.VALUE_1 if p.paid_on else None,
        data_zaplaty=_date(p.paid_on, m) if p.paid_on else None,
        znacznik_zaplaty_czesciowej=m.Twybor12.VALUE_1 if p.partial_payments and not p.paid_on else None,
        zaplata_czesciowa=[
            cls.ZaplataCzesciowa(
                kwota_zaplaty_czesciowej=money(decimal(amount, "partial_payments")),
                data_zaplaty_czesciowej=_date(day, m),
            )
            for amount, day in (p.partial_payments if not p.paid_on else ())
        ],
        termin_platnosci=[cls.TerminPlatnosci(termin=_date(d, m)) for d in p.due_dates],
        forma_platnosci=m.TformaPlatnosci(int(p.method)) if p.method is not None else None,
        platnosc_inna=m.Twybor1.VALUE_1 if p.other_method else None,
        opis_platnosci=p.other_method,
        rachunek_bankowy=[account(a) for a in p.accounts],
        rachunek_bankowy_faktora=[account(a) for a in p.factor_accounts],
        skonto=cls.Skonto(warunki_skonta=p.early_payment_discount[0], wysokosc_skonta=p.early_payment_discount[1])
        if p.early_payment_discount
        else None,
    )


def _fields_with_pln(fields: dict[str, Decimal], currency: str, rate: Decimal | None) -> dict[str, Decimal]:
    if currency != "PLN" and rate is not None:
        fields = {**fields, **vat_in_pln(fields, rate)}
    for group in groups_in(fields):  # the XSD's sequences: P_13_1 goes with P_14_1 ...
        if group.vat and group.vat not in fields:
            fields[group.vat] = Decimal("0.00")
    return fields
