"""The FA(3) invoice builder: an ergonomic layer over the generated model (``ksef_documents.fa3``).

It makes every kind of FA(3) invoice, computes every amount (``Decimal``, half-up to grosze: VAT per rate
on the rate's net sum) and returns the generated model (:func:`fa3_invoice`) or its XML
(:func:`build_fa3_invoice`), checked against the XSD and the business rules unless ``check=False``::

    xml = build_fa3_invoice(
        seller=Party("5265877635", "Seller sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party.eu_company("DE811128135", "Käufer GmbH", "Hauptstr. 1, 10115 Berlin", country="DE"),
        lines=[InvoiceLine("Consulting", quantity=10, unit_net_price="150.00", vat_rate="np II")],
        invoice_number="FV/2026/05/001",
        currency="EUR",
        exchange_rate="4.2512",
        annotations=Annotations(reverse_charge=True),
    )

Kinds (``kind=``): ``VAT``; ``UPR`` (simplified); ``ZAL`` (advance: ``advance=Advance(paid, order_lines)``);
``ROZ`` (settlement after advances: ``lines`` + ``advances=[AdvanceInvoiceRef(...)]``); ``KOR`` (correction:
``correction=Correction(corrected=[...], lines_before=[...])`` with ``lines`` after the correction, or
difference lines only); ``KOR_ZAL`` (``correction`` + ``advance_before`` + ``advance``); ``KOR_ROZ``
(``correction`` + ``lines`` + ``advances``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ksef_sdk.errors import InvoiceBuilderError
from ksef_sdk.invoice._parts import (
    Advance,
    AdvanceInvoiceRef,
    Annotations,
    BankAccount,
    CorrectedInvoice,
    Correction,
    CorrectionEffect,
    Exemption,
    Footer,
    InvoiceKind,
    MarginScheme,
    NewVehicle,
    Payment,
    PaymentMethod,
    _annotations_model,
    _date,
    _fields_with_pln,
    _lines_model,
    _model,
    _num,
    _order_model,
    _payment_model,
    advance_totals,
)
from ksef_sdk.invoice.amounts import RATE_GROUPS, money
from ksef_sdk.invoice.lines import InvoiceLine, Number, Totals, decimal, totals_of
from ksef_sdk.invoice.parties import Party, ThirdParty, ThirdPartyRole, third_parties_model

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
    "build_fa3_invoice",
    "fa3_invoice",
]

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_KSEF_NUMBER = re.compile(r"^\d{10}-\d{8}-[0-9A-F]{6}-?[0-9A-F]{6}-[0-9A-F]{2}$|^M\d{9}-|^[A-Z]{3}\d{7}-")


def _require(condition: bool, message: str, field: str) -> None:
    if not condition:
        raise InvoiceBuilderError(message, field=field)


def _check_kind(
    *,
    kind: InvoiceKind,
    lines: Sequence[InvoiceLine],
    correction: Correction | None,
    advance: Advance | None,
    advance_before: Advance | None,
    advances: Sequence[AdvanceInvoiceRef],
) -> None:
    corrective = kind in (InvoiceKind.KOR, InvoiceKind.KOR_ZAL, InvoiceKind.KOR_ROZ)
    _require(
        corrective == (correction is not None), f"{kind.value}: correction= is for KOR, KOR_ZAL, KOR_ROZ", "correction"
    )
    if correction is not None:
        _require(bool(correction.corrected), "correction.corrected names at least one invoice", "correction")
    advance_kinds = (InvoiceKind.ZAL, InvoiceKind.KOR_ZAL)
    _require((kind in advance_kinds) == (advance is not None), "advance= is for ZAL and KOR_ZAL invoices", "advance")
    _require(
        (kind == InvoiceKind.KOR_ZAL) == (advance_before is not None),
        "advance_before= (the advance as invoiced) is for KOR_ZAL",
        "advance_before",
    )
    _require(
        kind in (InvoiceKind.ROZ, InvoiceKind.KOR_ROZ) or not advances, "advances= is for ROZ and KOR_ROZ", "advances"
    )
    if kind == InvoiceKind.ROZ:
        _require(bool(advances), "a ROZ invoice settles advance invoices: give advances=", "advances")
    if kind in advance_kinds:
        _require(not lines, f"{kind.value}: the ordered items go in advance.order_lines, not lines", "lines")
    else:
        _require(bool(lines), "an invoice needs at least one line", "lines")


def _amount_fields(
    *,
    kind: InvoiceKind,
    lines: Sequence[InvoiceLine],
    correction: Correction | None,
    advance: Advance | None,
    advance_before: Advance | None,
    advances: Sequence[AdvanceInvoiceRef],
) -> tuple[Totals, Decimal | None]:
    """The totals written to P_13_x/P_14_x/P_15, and P_15ZK (the amount before a correction) if any."""
    advanced = Totals()
    for ref in advances:
        advanced = Totals(*_sum(advanced, ref.totals()))
    if kind in (InvoiceKind.VAT, InvoiceKind.UPR):
        return totals_of(lines), None
    if kind == InvoiceKind.ZAL:
        assert advance is not None
        return advance_totals(advance), None
    if kind == InvoiceKind.ROZ:
        return totals_of(lines).minus(advanced), None
    assert correction is not None
    if kind == InvoiceKind.KOR_ZAL:
        assert advance is not None and advance_before is not None
        before = advance_totals(advance_before)
        return advance_totals(advance).minus(before), money(decimal(advance_before.paid, "advance_before.paid"))
    after = totals_of(lines)
    if not correction.lines_before:
        return after, None
    before = totals_of(correction.lines_before)
    if kind == InvoiceKind.KOR_ROZ:
        return after.minus(before), before.gross - advanced.gross
    return after.minus(before), None


def _sum(a: Totals, b: Totals) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    net = {k: a.net.get(k, Decimal(0)) + b.net.get(k, Decimal(0)) for k in dict.fromkeys([*a.net, *b.net])}
    vat = {k: a.vat.get(k, Decimal(0)) + b.vat.get(k, Decimal(0)) for k in dict.fromkeys([*a.vat, *b.vat])}
    return net, vat


def _assemble(
    *,
    m: Any,
    seller: Party,
    buyer: Party,
    invoice_number: str,
    lines: Sequence[InvoiceLine],
    kind: InvoiceKind,
    issue_date: dt.date,
    issue_place: str | None,
    currency: str,
    exchange_rate: Decimal | None,
    sale_date: dt.date | None,
    period: tuple[dt.date, dt.date] | None,
    created_at: dt.datetime,
    annotations: Annotations,
    payment: Payment | None,
    third_parties: Sequence[ThirdParty],
    correction: Correction | None,
    advance: Advance | None,
    advance_before: Advance | None,
    advances: Sequence[AdvanceInvoiceRef],
    descriptions: list[tuple[str, str]],
    warehouse_documents: Sequence[str],
    footer: Footer | None,
    system_info: str,
) -> Any:
    seller.check("seller", seller=True)
    buyer.check("buyer")
    _require(bool(invoice_number.strip()) and len(invoice_number) <= 256, "invoice_number: 1-256 characters", "number")
    _require(bool(_CURRENCY.match(currency)), f"currency {currency!r} must be an ISO 4217 code", "currency")
    _require(created_at.tzinfo is not None, "created_at must be timezone-aware", "created_at")
    _require(sale_date is None or period is None, "give sale_date= or period=, not both", "sale_date")
    if exchange_rate is not None:
        _require(exchange_rate > 0, "exchange_rate must be positive", "exchange_rate")
    for number, line in enumerate([*(correction.lines_before if correction else ()), *lines], start=1):
        line.check(f"lines[{number}]")
    for advance_ in (advance_before, advance):
        for number, line in enumerate(advance_.order_lines if advance_ else (), start=1):
            line.check(f"order_lines[{number}]")
    _check_kind(
        kind=kind, lines=lines, correction=correction, advance=advance, advance_before=advance_before, advances=advances
    )
    if kind == InvoiceKind.UPR:
        _require(bool(buyer.nip), "a simplified invoice (UPR) names the buyer by NIP", "buyer")

    totals, p_15_zk = _amount_fields(
        kind=kind, lines=lines, correction=correction, advance=advance, advance_before=advance_before, advances=advances
    )
    fields = _fields_with_pln(totals.fields(), currency, exchange_rate)
    if currency != "PLN" and exchange_rate is None and any(g.vat_pln and g.vat in fields for g in RATE_GROUPS):
        raise InvoiceBuilderError(
            f"an invoice in {currency} with VAT needs exchange_rate= (the VAT is also shown in PLN, P_14_xW)",
            field="exchange_rate",
        )
    all_lines = [*lines, *(correction.lines_before if correction else ())]
    all_lines += [*(advance.order_lines if advance else ()), *(advance_before.order_lines if advance_before else ())]

    fa_cls = m.Faktura.Fa
    line_rate = exchange_rate if currency != "PLN" and kind not in (InvoiceKind.ZAL, InvoiceKind.KOR_ZAL) else None
    rows: list[Any] = []
    if correction is not None and correction.lines_before:
        rows += _lines_model(correction.lines_before, m, before=True, rate=line_rate)
    rows += _lines_model(lines, m, start=len(rows) + 1, rate=line_rate)

    order = None
    if advance is not None:
        order_rows = _order_model(advance_before.order_lines, m, before=True) if advance_before else []
        order_rows += _order_model(advance.order_lines, m, start=len(order_rows) + 1)
        # the order's value as its lines show it (net + the VAT of each line)
        after_rows = order_rows[len(order_rows) - len(advance.order_lines) :]
        order_total = sum((row.p_11_netto_z + (row.p_11_vat_z or 0) for row in after_rows), Decimal(0))
        order = fa_cls.Zamowienie(wartosc_zamowienia=order_total, zamowienie_wiersz=order_rows)

    if kind == InvoiceKind.ZAL:
        assert advance is not None
        p_15 = money(decimal(advance.paid, "advance.paid"))
    elif kind == InvoiceKind.KOR_ZAL:
        assert advance is not None and advance_before is not None
        p_15 = money(decimal(advance.paid, "advance.paid")) - money(decimal(advance_before.paid, "advance.paid"))
    else:
        p_15 = totals.gross
    paid_on = advance.paid_on if advance is not None else None
    p_6 = sale_date or (paid_on if paid_on and paid_on != issue_date else None)

    fa = fa_cls(
        kod_waluty=m.TkodWaluty(currency),
        p_1=_date(issue_date, m),
        p_1_m=issue_place,
        p_2=invoice_number,
        wz=list(warehouse_documents),
        p_6=_date(p_6, m) if p_6 else None,
        okres_fa=fa_cls.OkresFa(p_6_od=_date(period[0], m), p_6_do=_date(period[1], m)) if period else None,
        **{name: money(value) for name, value in fields.items()},
        p_15=money(p_15),
        kurs_waluty_z=_num(exchange_rate)
        if exchange_rate is not None and currency != "PLN" and kind in (InvoiceKind.ZAL, InvoiceKind.KOR_ZAL)
        else None,
        adnotacje=_annotations_model(annotations, all_lines, m),
        rodzaj_faktury=m.TrodzajFaktury(kind.value),
        **_correction_fields(
            correction=correction, p_15_zk=p_15_zk, kind=kind, rate=exchange_rate, currency=currency, m=m
        ),
        dodatkowy_opis=[m.TkluczWartosc(klucz=k, wartosc=v) for k, v in descriptions],
        faktura_zaliczkowa=[_advance_ref(ref, m) for ref in advances],
        fa_wiersz=rows,
        platnosc=_payment_model(payment, m) if payment is not None else None,
        zamowienie=order,
    )
    wdt = any(line.vat_rate == "0 WDT" for line in all_lines)
    return m.Faktura(
        naglowek=m.Tnaglowek(
            kod_formularza=m.Tnaglowek.KodFormularza(value=m.TkodFormularza.FA),
            wariant_formularza=m.TnaglowekWariantFormularza.VALUE_3,
            data_wytworzenia_fa=m.XmlDateTime.from_datetime(created_at.astimezone(dt.timezone.utc)),
            system_info=system_info,
        ),
        podmiot1=m.Faktura.Podmiot1(
            prefiks_podatnika=m.TkodyKrajowUe.PL if wdt else None,
            nr_eori=seller.eori,
            dane_identyfikacyjne=m.Tpodmiot1(nip=seller.nip, nazwa=seller.name),
            adres=seller.address_model(m),
            dane_kontaktowe=seller.contacts(m.Faktura.Podmiot1.DaneKontaktowe),
        ),
        podmiot2=_buyer(buyer, m),
        podmiot3=third_parties_model(third_parties, m),
        fa=fa,
        stopka=_footer(footer, m),
    )


def _buyer(buyer: Party, m: Any) -> Any:
    cls = m.Faktura.Podmiot2
    return cls(
        nr_eori=buyer.eori,
        dane_identyfikacyjne=buyer.identification(m.Tpodmiot2, m),
        adres=buyer.address_model(m),
        dane_kontaktowe=buyer.contacts(cls.DaneKontaktowe),
        nr_klienta=buyer.customer_number,
        idnabywcy=buyer.buyer_id,
        jst=m.Podmiot2Jst.VALUE_1 if buyer.local_government else m.Podmiot2Jst.VALUE_2,
        gv=m.Podmiot2Gv.VALUE_1 if buyer.vat_group_member else m.Podmiot2Gv.VALUE_2,
    )


def _advance_ref(ref: AdvanceInvoiceRef, m: Any) -> Any:
    cls = m.Faktura.Fa.FakturaZaliczkowa
    _require(
        (ref.ksef_number is None) != (ref.number is None),
        "advances: give ksef_number= or number=, not both",
        "advances",
    )
    if ref.ksef_number is not None:
        return cls(nr_kse_ffa_zaliczkowej=ref.ksef_number)
    return cls(nr_kse_fzn=m.Twybor1.VALUE_1, nr_fa_zaliczkowej=ref.number)


def _correction_fields(
    *,
    correction: Correction | None,
    p_15_zk: Decimal | None,
    kind: InvoiceKind,
    rate: Decimal | None,
    currency: str,
    m: Any,
) -> dict[str, Any]:
    if correction is None:
        return {}
    cls = m.Faktura.Fa
    corrected = []
    for ref in correction.corrected:
        if ref.ksef_number is not None:
            corrected.append(
                cls.DaneFaKorygowanej(
                    data_wyst_fa_korygowanej=_date(ref.issue_date, m),
                    nr_fa_korygowanej=ref.number,
                    nr_kse_f=m.Twybor1.VALUE_1,
                    nr_kse_ffa_korygowanej=ref.ksef_number,
                )
            )
        else:
            corrected.append(
                cls.DaneFaKorygowanej(
                    data_wyst_fa_korygowanej=_date(ref.issue_date, m),
                    nr_fa_korygowanej=ref.number,
                    nr_kse_fn=m.Twybor1.VALUE_1,
                )
            )
    seller_before = correction.seller_before
    buyer_before = correction.buyer_before
    return {
        "przyczyna_korekty": correction.reason,
        "typ_korekty": m.TtypKorekty(int(correction.effect)) if correction.effect is not None else None,
        "dane_fa_korygowanej": corrected,
        "okres_fa_korygowanej": correction.period,
        "nr_fa_korygowany": correction.correct_number,
        "podmiot1_k": cls.Podmiot1K(
            dane_identyfikacyjne=m.Tpodmiot1(nip=seller_before.nip, nazwa=seller_before.name),
            adres=seller_before.address_model(m),
        )
        if seller_before is not None
        else None,
        "podmiot2_k": [
            cls.Podmiot2K(
                dane_identyfikacyjne=buyer_before.identification(m.Tpodmiot2, m),
                adres=buyer_before.address_model(m),
                idnabywcy=buyer_before.buyer_id,
            )
        ]
        if buyer_before is not None
        else [],
        "p_15_zk": money(p_15_zk) if p_15_zk is not None else None,
        "kurs_waluty_zk": _num(rate)
        if p_15_zk is not None and rate is not None and currency != "PLN" and kind == InvoiceKind.KOR_ZAL
        else None,
    }


def _footer(footer: Footer | None, m: Any) -> Any:
    if footer is None:
        return None
    cls = m.Faktura.Stopka
    registries = []
    if footer.full_name or footer.krs or footer.regon or footer.bdo:
        registries.append(
            cls.Rejestry(pelna_nazwa=footer.full_name, krs=footer.krs, regon=footer.regon, bdo=footer.bdo)
        )
    info = [cls.Informacje(stopka_faktury=footer.text)] if footer.text else []
    return cls(informacje=info, rejestry=registries)


def fa3_invoice(
    *,
    seller: Party,
    buyer: Party,
    invoice_number: str,
    lines: Sequence[InvoiceLine] = (),
    kind: InvoiceKind | str = InvoiceKind.VAT,
    issue_date: dt.date | None = None,
    issue_place: str | None = None,
    currency: str = "PLN",
    exchange_rate: Number | None = None,
    sale_date: dt.date | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    created_at: dt.datetime | None = None,
    annotations: Annotations | None = None,
    payment: Payment | None = None,
    third_parties: Sequence[ThirdParty] = (),
    correction: Correction | None = None,
    advance: Advance | None = None,
    advance_before: Advance | None = None,
    advances: Sequence[AdvanceInvoiceRef] = (),
    descriptions: Sequence[tuple[str, str]] | Mapping[str, str] = (),
    warehouse_documents: Sequence[str] = (),
    footer: Footer | None = None,
    system_info: str = "ksef-sdk",
    check: bool = True,
) -> Any:
    """The invoice as the generated model (``ksef_documents.fa3.Faktura``).

    ``check=True`` serializes it once and runs the XSD and the business rules, raising their typed errors.
    """
    doc = _assemble(
        m=_model(),
        seller=seller,
        buyer=buyer,
        invoice_number=invoice_number,
        lines=lines,
        kind=InvoiceKind(kind),
        issue_date=issue_date or dt.date.today(),
        issue_place=issue_place,
        currency=currency,
        exchange_rate=decimal(exchange_rate, "exchange_rate") if exchange_rate is not None else None,
        sale_date=sale_date,
        period=period,
        created_at=created_at or dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        annotations=annotations or Annotations(),
        payment=payment,
        third_parties=third_parties,
        correction=correction,
        advance=advance,
        advance_before=advance_before,
        advances=advances,
        descriptions=list(descriptions.items()) if isinstance(descriptions, Mapping) else list(descriptions),
        warehouse_documents=warehouse_documents,
        footer=footer,
        system_info=system_info,
    )
    if check:
        from ksef_sdk.invoice.parse import parse_invoice, serialize_invoice
        from ksef_sdk.invoice.rules import check_rules

        parse_invoice(serialize_invoice(doc))
        check_rules(doc)
    return doc


def build_fa3_invoice(
    *,
    seller: Party,
    buyer: Party,
    lines: Sequence[InvoiceLine] = (),
    invoice_number: str,
    payment_due: dt.date | None = None,
    bank_account: str | None = None,
    pretty: bool = False,
    **kw: Any,
) -> bytes:
    """An FA(3) invoice as UTF-8 XML bytes (no BOM), valid against ``schemat_FA(3)_v1-0E.xsd``.

    Takes :func:`fa3_invoice`'s arguments; ``payment_due`` and ``bank_account`` are a shortcut for
    ``payment=Payment(due_dates=[payment_due], method=PaymentMethod.TRANSFER, accounts=[BankAccount(...)])``.
    """
    from ksef_sdk.invoice.parse import serialize_invoice

    if (payment_due or bank_account) and kw.get("payment") is None:
        kw["payment"] = Payment(
            due_dates=[payment_due] if payment_due else [],
            method=PaymentMethod.TRANSFER,
            accounts=[BankAccount(bank_account)] if bank_account else [],
        )
    check = kw.pop("check", True)
    doc = fa3_invoice(seller=seller, buyer=buyer, lines=lines, invoice_number=invoice_number, check=False, **kw)
    data = serialize_invoice(doc, pretty=pretty)
    if check:
        from ksef_sdk.invoice.parse import parse_invoice
        from ksef_sdk.invoice.rules import check_rules

        check_rules(parse_invoice(data))
    return data
