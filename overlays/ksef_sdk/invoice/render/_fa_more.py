"""The later sections of an FA(3)/FA(2) invoice: annotations, additional information, settlement, payment,
terms of the transaction, and the footer (warehouse documents, registers, free text, the attachment)."""

from __future__ import annotations

from typing import Any

from ksef_sdk.invoice.render._format import Formatter
from ksef_sdk.invoice.render._labels import Labels
from ksef_sdk.invoice.render._parties import address_text, code, flag, identifiers
from ksef_sdk.invoice.render._view import (
    Block,
    Column,
    Fields,
    Row,
    Section,
    Table,
    Text,
    dense_table,
    fields,
    section,
)

__all__ = [
    "accounts_table",
    "additional_section",
    "annotations_section",
    "description_table",
    "footer_sections",
    "payment_section",
    "settlement_section",
    "terms_section",
]

# new means of transport (P_22...): element → (pl, en)
_VEHICLE = {
    "p_22_bmk": ("marka", "make"),
    "p_22_bmd": ("model", "model"),
    "p_22_bk": ("kolor", "colour"),
    "p_22_bnr": ("nr rej.", "reg. no."),
    "p_22_brp": ("rok produkcji", "year"),
    "p_22_b": ("przebieg", "mileage"),
    "p_22_b1": ("VIN", "VIN"),
    "p_22_b2": ("nr nadwozia", "body no."),
    "p_22_b3": ("nr podwozia", "chassis no."),
    "p_22_b4": ("nr ramy", "frame no."),
    "p_22_bt": ("typ", "type"),
    "p_22_c": ("godziny użytkowania", "hours of use"),
    "p_22_c1": ("nr kadłuba", "hull no."),
    "p_22_d": ("godziny lotu", "flight hours"),
    "p_22_d1": ("nr fabryczny", "serial no."),
}


def _vehicles(transport: Any, t: Labels, f: Formatter) -> list[tuple[str, object]]:
    pairs: list[tuple[str, object]] = []
    lang = 0 if t.lang == "pl" else 1
    for vehicle in getattr(transport, "nowy_srodek_transportu", None) or ():
        parts = [
            f"{names[lang]}: {getattr(vehicle, name)}" for name, names in _VEHICLE.items() if getattr(vehicle, name)
        ]
        head = f"{t['line_no']} {vehicle.p_nr_wiersza_nst}, {f.date(vehicle.p_22_a)}"
        pairs.append((t["vehicle"], "; ".join([head, *parts])))
    return pairs


def annotations_section(fa: Any, t: Labels, f: Formatter) -> Section | None:
    """The annotations that apply (P_16 ... P_23, exemption with its legal basis, margin scheme)."""
    notes = fa.adnotacje
    yes = t["yes"]
    pairs: list[tuple[str, object]] = [
        (t["cash_method"], yes if flag(notes.p_16) else None),
        (t["self_invoicing"], yes if flag(notes.p_17) else None),
        (t["reverse_charge"], yes if flag(notes.p_18) else None),
        (t["split_payment"], yes if flag(notes.p_18_a) else None),
    ]
    exemption = notes.zwolnienie
    if exemption is not None and flag(exemption.p_19):
        basis = [
            (t["exemption_a"], exemption.p_19_a),
            (t["exemption_b"], exemption.p_19_b),
            (t["exemption_c"], exemption.p_19_c),
        ]
        pairs.append((t["exemption"], "; ".join(f"{k}: {v}" for k, v in basis if v) or yes))
    transport = notes.nowe_srodki_transportu
    if transport is not None and flag(transport.p_22):
        pairs.append((t["new_transport"], yes))
        vat22 = getattr(transport, "p_42_5", None)
        if vat22 is not None:
            pairs.append((t["vat22"], yes if flag(vat22) else t["no"]))
        pairs.extend(_vehicles(transport, t, f))
    pairs.append((t["triangular"], yes if flag(notes.p_23) else None))
    margin = notes.pmarzy
    if margin is not None and flag(margin.p_pmarzy):
        kinds = [
            t.code("margin", key)
            for key, value in (
                ("2", margin.p_pmarzy_2),
                ("3_1", margin.p_pmarzy_3_1),
                ("3_2", margin.p_pmarzy_3_2),
                ("3_3", margin.p_pmarzy_3_3),
            )
            if flag(value)
        ]
        pairs.append((t["margin"], ", ".join(kinds) or yes))
    return section(t["annotations"], fields(pairs))


def additional_section(fa: Any, t: Labels) -> Section | None:
    yes = t["yes"]
    head = fields(
        [
            (t["fp"], yes if flag(fa.fp) else None),
            (t["tp"], yes if flag(fa.tp) else None),
            (t["excise_refund"], yes if flag(getattr(fa, "zwrot_akcyzy", None)) else None),
        ]
    )
    table = None
    if fa.dodatkowy_opis:
        table = description_table(fa.dodatkowy_opis, t)
    return section(t["additional"], head, table)


def description_table(items: Any, t: Labels) -> Table | None:
    """``DodatkowyOpis``: key/value pairs, with the line they concern when any names one."""
    if not items:
        return None
    numbered = any(getattr(d, "nr_wiersza", None) for d in items)
    columns: tuple[Column, ...] = (Column(t["key"], width="55mm"), Column(t["value"]))
    if numbered:
        columns = (Column(t["line_no"], width="18mm"), *columns)
    rows = tuple(Row(((str(d.nr_wiersza or ""),) if numbered else ()) + (d.klucz, d.wartosc)) for d in items)
    return Table(columns, rows)


def settlement_section(settlement: Any, fa: Any, t: Labels, f: Formatter) -> Section | None:
    """Charges and deductions with their sums; the amount to pay or to settle."""
    if settlement is None:
        return None
    currency = code(getattr(fa, "kod_waluty", None))
    tables: list[Block | None] = []
    for items, title in ((settlement.obciazenia, t["charges"]), (settlement.odliczenia, t["deductions"])):
        if items:
            rows = tuple(Row((item.powod, f.money(item.kwota))) for item in items)
            tables.append(Table((Column(t["reason"]), Column(t["amount"], True, "30mm")), rows, title=title))
    sums = fields(
        [
            (t["charges_total"], f.money(settlement.suma_obciazen, currency)),
            (t["deductions_total"], f.money(settlement.suma_odliczen, currency)),
            (t["to_pay"], f.money(settlement.do_zaplaty, currency)),
            (t["to_settle"], f.money(settlement.do_rozliczenia, currency)),
        ]
    )
    return section(t["settlement"], tables, sums)


def accounts_table(accounts: Any, title: str, t: Labels) -> Table | None:
    if not accounts:
        return None
    columns = (
        Column(t["bank_account"], width="62mm"),
        Column(t["swift"], width="25mm"),
        Column(t["bank_name"]),
        Column(t["account_description"]),
    )
    rows = tuple(
        Row(
            (a.nr_rb, a.swift or "", a.nazwa_banku or "", a.opis_rachunku or ""),
            f"{t['own_account']}: {t.code('own_account', own)}"
            if (own := getattr(a, "rachunek_wlasny_banku", None)) is not None
            else "",
            0,
        )
        for a in accounts
    )
    return dense_table(columns, rows, title=title)


def _payment_form(payment: Any, t: Labels) -> str | None:
    if payment.forma_platnosci is not None:
        return t.code("payment", payment.forma_platnosci)
    if flag(getattr(payment, "platnosc_inna", None)):
        return f"{t['payment_other']}: {payment.opis_platnosci or ''}".rstrip(": ")
    return None


def payment_section(payment: Any, t: Labels, f: Formatter) -> Section | None:
    if payment is None:
        return None
    due = []
    for term in payment.termin_platnosci:
        text = f.date(term.termin) if term.termin is not None else ""
        described = term.termin_opis
        if described is not None and not isinstance(described, str):
            described = f"{described.ilosc} {described.jednostka} {described.zdarzenie_poczatkowe}"
        due.append(" ".join(p for p in (text, f"({described})" if described else "") if p))
    discount = payment.skonto
    head = fields(
        [
            (t["paid"], t["yes"] if flag(payment.zaplacono) else None),
            (t["payment_date"], f.date(payment.data_zaplaty) if payment.data_zaplaty is not None else None),
            (t["partial_payment"], t["yes"] if code(payment.znacznik_zaplaty_czesciowej) in ("1", "2") else None),
            (t["due_dates"], "; ".join(due)),
            (t["payment_form"], _payment_form(payment, t)),
            (
                t["discount_terms"],
                f"{discount.warunki_skonta}: {discount.wysokosc_skonta}" if discount is not None else None,
            ),
            (t["payment_link"], getattr(payment, "link_do_platnosci", None)),
            (t["ipksef"], getattr(payment, "ipkse_f", None)),
        ]
    )
    partial = None
    if payment.zaplata_czesciowa:
        columns = (
            Column(t["payment_date"], width="30mm"),
            Column(t["amount"], True, "30mm"),
            Column(t["payment_form"]),
        )
        rows = tuple(
            Row((f.date(p.data_zaplaty_czesciowej), f.money(p.kwota_zaplaty_czesciowej), _payment_form(p, t) or ""))
            for p in payment.zaplata_czesciowa
        )
        partial = Table(columns, rows, title=t["partial_payments"])
    return section(
        t["payment"],
        head,
        partial,
        accounts_table(payment.rachunek_bankowy, "", t),
        accounts_table(payment.rachunek_bankowy_faktora, t["factor_account"], t),
    )


def _transport(item: Any, t: Labels, f: Formatter) -> Fields | None:
    kind = t.code("transport", item.rodzaj_transportu) if item.rodzaj_transportu is not None else None
    if flag(item.transport_inny):
        kind = item.opis_innego_transportu
    carrier = item.przewoznik
    carrier_text = None
    if carrier is not None:
        ids = ", ".join(f"{k}: {v}" for k, v in identifiers(carrier.dane_identyfikacyjne, t) if v)
        carrier_text = f"{ids}; {address_text(carrier.adres_przewoznika)}"
    cargo = code(item.opis_ladunku) if item.opis_ladunku is not None else None
    if flag(item.ladunek_inny):
        cargo = item.opis_innego_ladunku
    return fields(
        [
            (t["transport_type"], kind),
            (t["carrier"], carrier_text),
            (t["transport_order"], item.nr_zlecenia_transportu),
            (t["cargo"], cargo),
            (t["package_unit"], item.jednostka_opakowania),
            (t["transport_start"], f.datetime(item.data_godz_rozp_transportu)),
            (t["transport_end"], f.datetime(item.data_godz_zak_transportu)),
            (t["ship_from"], address_text(item.wysylka_z)),
            (t["ship_via"], "; ".join(address_text(a) for a in item.wysylka_przez)),
            (t["ship_to"], address_text(item.wysylka_do)),
        ],
        t["transport"],
    )


def terms_section(terms: Any, t: Labels, f: Formatter) -> Section | None:
    if terms is None:
        return None
    documents: list[Block | None] = []
    for items, title, date_name, number_name in (
        (terms.umowy, t["contracts"], "data_umowy", "nr_umowy"),
        (terms.zamowienia, t["orders"], "data_zamowienia", "nr_zamowienia"),
    ):
        if items:
            rows = tuple(
                Row((getattr(i, number_name) or "", f.date(getattr(i, date_name)) if getattr(i, date_name) else ""))
                for i in items
            )
            documents.append(Table((Column(t["number"]), Column(t["date"], width="30mm")), rows, title=title))
    head = fields(
        [
            (t["batches"], ", ".join(terms.nr_partii_towaru)),
            (t["delivery_terms"], terms.warunki_dostawy),
            (t["contract_rate"], f.number(terms.kurs_umowny) if terms.kurs_umowny is not None else None),
            (t["contract_currency"], code(terms.waluta_umowna)),
            (t["intermediary"], t["yes"] if flag(terms.podmiot_posredniczacy) else None),
        ]
    )
    transports = [_transport(item, t, f) for item in terms.transport]
    return section(t["terms"], head, documents, transports)


def _attachment(attachment: Any, t: Labels) -> Section | None:
    if attachment is None:
        return None
    content: list[Block | None] = []
    for block in attachment.blok_danych:
        meta = fields([(m.zklucz, m.zwartosc) for m in block.meta_dane], block.znaglowek or "")
        content.append(meta)
        if block.tekst is not None:
            content.append(Text(tuple(block.tekst.akapit), "" if meta else block.znaglowek or ""))
        for table in block.tabela:
            columns = tuple(Column(c.nkom, code(c.typ) in ("int", "dec")) for c in table.tnaglowek.kol)
            rows = tuple(Row(tuple(w.wkom)) for w in table.wiersz)
            total = tuple(table.suma.skom) if table.suma is not None else None
            info = fields([(m.tklucz, m.twartosc) for m in table.tmeta_dane])
            content.extend([info, Table(columns, rows, total, title=table.opis or "")])
    return section(t["attachment"], content)


def footer_sections(fa: Any, footer: Any, attachment: Any, t: Labels) -> list[Section | None]:
    """Warehouse documents (WZ), registers, the invoice footer's text, and the FA(3) attachment."""
    wz = fields([(t["wz"], ", ".join(fa.wz))]) if getattr(fa, "wz", None) else None
    registers = texts = None
    if footer is not None:
        if footer.rejestry:
            columns = (Column(t["full_name"]), Column(t["krs"]), Column(t["regon"]), Column(t["bdo"]))
            rows = tuple(Row((r.pelna_nazwa or "", r.krs or "", r.regon or "", r.bdo or "")) for r in footer.rejestry)
            registers = dense_table(columns, rows, title=t["registers"])
        paragraphs = tuple(i.stopka_faktury for i in footer.informacje if i.stopka_faktury)
        texts = Text(paragraphs) if paragraphs else None
    return [section(t["other_information"], wz, registers, texts), _attachment(attachment, t)]
