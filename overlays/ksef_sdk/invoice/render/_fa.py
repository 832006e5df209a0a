"""An FA(3) (or FA(2)) invoice as a :class:`DocumentView`, section by section as the official visualization
orders them: header, corrected invoice, parties, details, lines (or the order of an advance invoice), VAT
summary, annotations, additional information, settlement, payment, terms of the transaction, footer.

FA(2) documents share FA(3)'s structure (FA(3) only adds elements), so one reader serves both.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ksef_sdk.invoice.render._fa_more import (
    additional_section,
    annotations_section,
    footer_sections,
    payment_section,
    settlement_section,
    terms_section,
)
from ksef_sdk.invoice.render._format import Formatter
from ksef_sdk.invoice.render._labels import Labels
from ksef_sdk.invoice.render._parties import code, flag, party_card, third_party_card
from ksef_sdk.invoice.render._view import (
    Block,
    Column,
    Columns,
    Field,
    Fields,
    Note,
    Row,
    Section,
    Table,
    fields,
    section,
)

__all__ = ["fa_sections", "fa_summary_rows", "line_rate"]

_CORRECTIONS = ("KOR", "KOR_ZAL", "KOR_ROZ")

# P_13_x / P_14_x / P_14_xW by rate group; the rate shown for the 1/2/4 groups comes from the lines
_SUMMARY: tuple[tuple[str, str | None, str | None, tuple[str, ...]], ...] = (
    ("p_13_1", "p_14_1", "p_14_1_w", ("23", "22")),
    ("p_13_2", "p_14_2", "p_14_2_w", ("8", "7")),
    ("p_13_3", "p_14_3", "p_14_3_w", ("5",)),
    ("p_13_4", "p_14_4", "p_14_4_w", ("4", "3")),
    ("p_13_5", "p_14_5", None, ("OSS",)),
    ("p_13_6_1", None, None, ("0 KR",)),
    ("p_13_6_2", None, None, ("0 WDT",)),
    ("p_13_6_3", None, None, ("0 EX",)),
    ("p_13_7", None, None, ("zw",)),
    ("p_13_8", None, None, ("np I",)),
    ("p_13_9", None, None, ("np II",)),
    ("p_13_10", None, None, ("oo",)),
    ("p_13_11", None, None, ("margin",)),
)


def line_rate(value: Any, t: Labels) -> str:
    """``23`` → ``23%``; ``0 KR`` → ``0% kraj``; ``zw`` → ``zw``; FA_RR's ``6.5`` → ``6,5%``."""
    text = code(value)
    if not text:
        return ""
    try:
        Decimal(text)
    except ArithmeticError:  # a named rate: 0 KR, zw, oo, np I...
        return t.code("rate", text)
    return f"{text.replace('.', ',') if t.lang == 'pl' else text}%"


def _rate_label(candidates: tuple[str, ...], used: set[str], t: Labels) -> str:
    if candidates == ("OSS",):
        return "OSS"
    if candidates == ("margin",):
        return t["margin"]
    present = [c for c in candidates if c in used]
    chosen = present if len(present) == 1 else list(candidates)
    return " / ".join(line_rate(c, t) for c in chosen)


def fa_summary_rows(fa: Any, t: Labels, f: Formatter) -> tuple[list[Row], tuple[str, ...] | None, bool]:
    """The VAT summary: one row per rate group with a value, the totals row, and whether PLN tax is shown."""
    used = {code(line.p_12) for line in fa.fa_wiersz if getattr(line, "p_12", None) is not None}
    with_pln = any(getattr(fa, w, None) is not None for _, _, w, _ in _SUMMARY if w)
    rows: list[Row] = []
    total_net = total_tax = total_pln = Decimal(0)
    for net_name, tax_name, pln_name, candidates in _SUMMARY:
        net = getattr(fa, net_name, None)
        tax = getattr(fa, tax_name, None) if tax_name else None
        pln = getattr(fa, pln_name, None) if pln_name else None
        if net is None and tax is None:
            continue
        net_d, tax_d = Decimal(net or 0), Decimal(tax or 0)
        total_net += net_d
        total_tax += tax_d
        total_pln += Decimal(pln or 0)
        cells = [str(len(rows) + 1), _rate_label(candidates, used, t), f.money(net_d), f.money(tax_d)]
        cells.append(f.money(net_d + tax_d))
        if with_pln:
            cells.append(f.money(pln) if pln is not None else "")
        rows.append(Row(tuple(cells)))
    if not rows:
        return rows, None, with_pln
    total = ["", t["total"], f.money(total_net), f.money(total_tax), f.money(total_net + total_tax)]
    if with_pln:
        total.append(f.money(total_pln))
    return rows, tuple(total), with_pln


def _summary_section(fa: Any, t: Labels, f: Formatter) -> Section | None:
    rows, total, with_pln = fa_summary_rows(fa, t, f)
    if not rows:
        return None
    columns = [Column(t["lp"], width="8mm"), Column(t["rate"]), Column(t["net"], True, "30mm")]
    columns += [Column(t["tax"], True, "30mm"), Column(t["gross"], True, "30mm")]
    if with_pln:
        columns.append(Column(t["tax_pln"], True, "30mm"))
    return section(t["summary"], Table(tuple(columns), tuple(rows), total, css="summary"), keep=True)


def _header(document: Any, t: Labels, ksef_number: str | None) -> tuple[str, str, tuple[Field, ...]]:
    fa = document.fa
    kind = code(fa.rodzaj_faktury)
    name = t.code("kind", kind)
    if kind == "KOR" and getattr(fa, "okres_fa_korygowanej", None):
        name = f"{name} ({t['discount'].lower()})"
    header = [Field(t["ksef_number"], ksef_number)] if ksef_number else []
    return name, fa.p_2, tuple(header)


def _correction_section(fa: Any, t: Labels, f: Formatter) -> Section | None:
    if code(fa.rodzaj_faktury) not in _CORRECTIONS:
        return None
    head = fields(
        [
            (t["correction_reason"], fa.przyczyna_korekty),
            (t["correction_type"], t.code("correction", fa.typ_korekty) if fa.typ_korekty is not None else None),
            (t["corrected_period"], fa.okres_fa_korygowanej),
            (t["corrected_right_number"], fa.nr_fa_korygowany),
            (t["amount_before"], f.money(fa.p_15_zk, code(fa.kod_waluty)) if fa.p_15_zk is not None else None),
            (t["rate_before"], f.number(fa.kurs_waluty_zk) if fa.kurs_waluty_zk is not None else None),
        ]
    )
    rows = tuple(
        Row(
            (
                str(i),
                item.nr_fa_korygowanej,
                f.date(item.data_wyst_fa_korygowanej),
                item.nr_kse_ffa_korygowanej or (t["outside_ksef"] if flag(item.nr_kse_fn) else ""),
            )
        )
        for i, item in enumerate(fa.dane_fa_korygowanej, 1)
    )
    table = None
    if rows:
        columns = (
            Column(t["lp"], width="8mm"),
            Column(t["corrected_number"]),
            Column(t["corrected_date"], width="30mm"),
        )
        table = Table((*columns, Column(t["corrected_ksef"], width="62mm")), rows)
    parties: list[Block | None] = [party_card(fa.podmiot1_k, t["seller_before"], t)]
    parties.extend(party_card(p, t["buyer_before"], t) for p in fa.podmiot2_k)
    cards = tuple(p for p in parties if p is not None)
    return section(t["corrected"], head, table, Columns(cards) if cards else None)


def _parties_section(document: Any, t: Labels, f: Formatter) -> Section | None:
    main = [party_card(document.podmiot1, t["seller"], t), party_card(document.podmiot2, t["buyer"], t)]
    cards: list[Block] = [Columns(tuple(c for c in main if c is not None))]
    extra = [third_party_card(p, i, t, f) for i, p in enumerate(document.podmiot3, 1)]
    extra.append(party_card(document.podmiot_upowazniony, t["authorized"], t))
    present = [c for c in extra if c is not None]
    for start in range(0, len(present), 2):
        cards.append(Columns(tuple(present[start : start + 2])))
    return section(t["parties"], cards)


def _details_section(fa: Any, t: Labels, f: Formatter) -> Section | None:
    period = fa.okres_fa
    head = fields(
        [
            (t["issue_date"], f.date(fa.p_1)),
            (t["issue_place"], fa.p_1_m),
            (t["sale_date"], f.date(fa.p_6) if fa.p_6 is not None else None),
            (t["sale_period"], f"{f.date(period.p_6_od)} – {f.date(period.p_6_do)}" if period is not None else None),
            (t["exchange_rate"], f.number(fa.kurs_waluty_z) if fa.kurs_waluty_z is not None else None),
        ]
    )
    advances = None
    if fa.zaliczka_czesciowa:
        columns = (Column(t["advance_date"]), Column(t["advance_amount"], True), Column(t["exchange_rate"], True))
        rows = tuple(
            Row((f.date(a.p_6_z), f.money(a.p_15_z), f.number(a.kurs_waluty_zw) if a.kurs_waluty_zw else ""))
            for a in fa.zaliczka_czesciowa
        )
        advances = Table(columns, rows, title=t["partial_advances"])
    earlier = None
    if fa.faktura_zaliczkowa:
        numbers = [a.nr_kse_ffa_zaliczkowej or a.nr_fa_zaliczkowej or "" for a in fa.faktura_zaliczkowa]
        earlier = Fields((Field(t["advance_invoices"], ", ".join(n for n in numbers if n)),))
    return section(t["details"], head, advances, earlier)


def _line_detail(line: Any, t: Labels, f: Formatter) -> str:
    parts = [
        ("GTIN", line.gtin),
        ("PKWiU", line.pkwi_u),
        ("CN", line.cn),
        ("PKOB", line.pkob),
        (t["index"], line.indeks),
        ("GTU", code(line.gtu)),
        (t["procedure"], code(line.procedura)),
        (t["line_date"], f.date(line.p_6_a) if line.p_6_a is not None else None),
        (t["excise"], f.money(line.kwota_akcyzy) if line.kwota_akcyzy is not None else None),
        (t["oss_rate"], f.percent(line.p_12_xii) if line.p_12_xii is not None else None),
        (t["annex15"], t["yes"] if flag(line.p_12_zal_15) else None),
        (t["line_rate"], f.number(line.kurs_waluty) if line.kurs_waluty is not None else None),
        (t["uuid"], line.uu_id),
    ]
    text = "; ".join(f"{label}: {value}" for label, value in parts if value)
    if flag(line.stan_przed):
        text = f"[{t['before']}] {text}".strip()
    return text


def _lines_table(fa: Any, t: Labels, f: Formatter) -> Table | None:
    lines = list(fa.fa_wiersz)
    if not lines:
        return None

    def present(name: str) -> bool:
        return any(getattr(line, name, None) is not None for line in lines)

    spec: list[tuple[Column, Any]] = [
        (Column(t["lp"], width="8mm"), lambda x: str(x.nr_wiersza_fa)),
        (Column(t["item"]), lambda x: x.p_7 or ""),
    ]
    optional: list[tuple[str, Column, Any]] = [
        ("p_9_a", Column(t["unit_net"], True, "21mm"), lambda x: f.money(x.p_9_a)),
        ("p_9_b", Column(t["unit_gross"], True, "21mm"), lambda x: f.money(x.p_9_b)),
        ("p_8_b", Column(t["quantity"], True, "14mm"), lambda x: f.number(x.p_8_b)),
        ("p_8_a", Column(t["unit"], width="12mm"), lambda x: x.p_8_a or ""),
        ("p_10", Column(t["discount"], True, "17mm"), lambda x: f.money(x.p_10)),
        ("p_12", Column(t["rate"], True, "15mm"), lambda x: line_rate(x.p_12, t)),
        ("p_11", Column(t["net_value"], True, "23mm"), lambda x: f.money(x.p_11)),
        ("p_11_a", Column(t["gross_value"], True, "23mm"), lambda x: f.money(x.p_11_a)),
        ("p_11_vat", Column(t["vat_amount"], True, "20mm"), lambda x: f.money(x.p_11_vat)),
    ]
    spec.extend((column, fn) for name, column, fn in optional if present(name))
    rows = tuple(Row(tuple(fn(line) for _, fn in spec), _line_detail(line, t, f)) for line in lines)
    return Table(tuple(c for c, _ in spec), rows, css="lines")


def _order_table(fa: Any, t: Labels, f: Formatter) -> tuple[Block | None, ...]:
    order = fa.zamowienie
    if order is None:
        return ()
    columns = (
        Column(t["lp"], width="8mm"),
        Column(t["item"]),
        Column(t["unit_net"], True, "21mm"),
        Column(t["quantity"], True, "14mm"),
        Column(t["unit"], width="12mm"),
        Column(t["rate"], True, "15mm"),
        Column(t["net_value"], True, "23mm"),
        Column(t["vat_amount"], True, "20mm"),
    )
    rows = tuple(
        Row(
            (
                str(z.nr_wiersza_zam),
                z.p_7_z or "",
                f.money(z.p_9_az),
                f.number(z.p_8_bz),
                z.p_8_az or "",
                line_rate(z.p_12_z, t),
                f.money(z.p_11_netto_z),
                f.money(z.p_11_vat_z),
            ),
            "; ".join(
                f"{k}: {v}"
                for k, v in (("GTIN", z.gtinz), ("PKWiU", z.pkwi_uz), ("CN", z.cnz), ("GTU", code(z.gtuz)))
                if v
            )
            + (f" [{t['before']}]" if flag(z.stan_przed_z) else ""),
        )
        for z in order.zamowienie_wiersz
    )
    note = Note(t["order_value"], f.money(order.wartosc_zamowienia, code(fa.kod_waluty)))
    return (Table(columns, rows, title=t["order"], css="lines"), note)


_TOTAL_LABEL = {
    "VAT": "total_due",
    "UPR": "total_due",
    "KOR": "total_due_correction",
    "KOR_ROZ": "total_due_correction",
    "ROZ": "remaining_due",
    "ZAL": "advance_paid",
    "KOR_ZAL": "advance_paid_correction",
}


def _lines_section(fa: Any, t: Labels, f: Formatter) -> Section | None:
    currency = code(fa.kod_waluty)
    kind = code(fa.rodzaj_faktury)
    total = Note(t[_TOTAL_LABEL.get(kind, "total_due")], f.money(fa.p_15, currency))
    issued = Fields((Field(t["issued_in"], currency),))
    return section(t["lines"], issued, _lines_table(fa, t, f), _order_table(fa, t, f), total)


def fa_sections(
    document: Any, t: Labels, f: Formatter, ksef_number: str | None
) -> tuple[str, str, tuple[Field, ...], tuple[Section, ...]]:
    """(kind name, invoice number, header fields, sections) of an FA(3)/FA(2) document."""
    name, number, header = _header(document, t, ksef_number)
    fa = document.fa
    candidates = [
        _correction_section(fa, t, f),
        _parties_section(document, t, f),
        _details_section(fa, t, f),
        _lines_section(fa, t, f),
        _summary_section(fa, t, f),
        annotations_section(fa, t, f),
        additional_section(fa, t),
        settlement_section(fa.rozliczenie, fa, t, f),
        payment_section(fa.platnosc, t, f),
        terms_section(fa.warunki_transakcji, t, f),
        *footer_sections(fa, document.stopka, getattr(document, "zalacznik", None), t),
    ]
    return name, number, header, tuple(s for s in candidates if s is not None)
