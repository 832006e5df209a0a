"""An FA_RR(1) invoice (faktura VAT RR: the purchaser's invoice for agricultural products bought from a flat-rate
farmer) as a :class:`DocumentView`: header, corrected invoice, parties (supplier = the farmer, buyer), details,
lines, totals (value, flat-rate VAT refund, total due, in words), payment documents, additional information,
settlement, payment with the farmer's and the buyer's accounts, footer."""

from __future__ import annotations

from typing import Any

from ksef_sdk.invoice.render._fa import line_rate
from ksef_sdk.invoice.render._fa_more import accounts_table, description_table, footer_sections, settlement_section
from ksef_sdk.invoice.render._format import Formatter
from ksef_sdk.invoice.render._labels import Labels
from ksef_sdk.invoice.render._parties import code, flag, party_card, third_party_card
from ksef_sdk.invoice.render._view import Block, Column, Columns, Field, Note, Row, Section, Table, fields, section

__all__ = ["fa_rr_sections"]


def _correction(rr: Any, t: Labels, f: Formatter) -> Section | None:
    if code(rr.rodzaj_faktury) != "KOR_VAT_RR":
        return None
    head = fields(
        [
            (t["correction_reason"], rr.przyczyna_korekty),
            (t["correction_type"], t.code("correction", rr.typ_korekty) if rr.typ_korekty is not None else None),
            (t["corrected_right_number"], rr.nr_fa_korygowany),
        ]
    )
    rows = tuple(
        Row(
            (
                item.nr_fa_korygowanej,
                f.date(item.data_wyst_fa_korygowanej),
                item.nr_kse_ffa_korygowanej or (t["outside_ksef"] if flag(item.nr_kse_fn) else ""),
            )
        )
        for item in rr.dane_fa_korygowanej
    )
    columns = (
        Column(t["corrected_number"]),
        Column(t["corrected_date"], width="30mm"),
        Column(t["corrected_ksef"], width="62mm"),
    )
    cards = [party_card(rr.podmiot1_k, t["supplier_before"], t), party_card(rr.podmiot2_k, t["buyer_before"], t)]
    present = tuple(c for c in cards if c is not None)
    return section(t["corrected"], head, Table(columns, rows) if rows else None, Columns(present) if present else None)


def _lines(rr: Any, t: Labels, f: Formatter) -> Table | None:
    if not rr.faktura_rrwiersz:
        return None
    columns = (
        Column(t["lp"], width="8mm"),
        Column(t["item"]),
        Column(t["unit"], width="12mm"),
        Column(t["quantity"], True, "14mm"),
        Column(t["rr_unit_price"], True, "20mm"),
        Column(t["rr_value"], True, "22mm"),
        Column(t["rr_refund_rate"], True, "15mm"),
        Column(t["rr_refund_amount"], True, "20mm"),
        Column(t["rr_value_with_refund"], True, "23mm"),
    )
    rows = []
    for line in rr.faktura_rrwiersz:
        detail = [
            (t["rr_quality"], line.p_6_c),
            ("GTIN", line.gtin),
            ("PKWiU", line.pkwi_u),
            ("CN", line.cn),
            (t["purchase_date"], f.date(line.p_4_aa) if line.p_4_aa is not None else None),
            (t["line_rate"], f.number(line.kurs_waluty) if line.kurs_waluty is not None else None),
            (t["uuid"], line.uu_id),
        ]
        text = "; ".join(f"{k}: {v}" for k, v in detail if v)
        if flag(line.stan_przed):
            text = f"[{t['before']}] {text}".strip()
        cells = (
            str(line.nr_wiersza_fa),
            line.p_5,
            line.p_6_a,
            f.number(line.p_6_b),
            f.money(line.p_7),
            f.money(line.p_8),
            line_rate(line.p_9, t),
            f.money(line.p_10),
            f.money(line.p_11),
        )
        rows.append(Row(cells, text))
    return Table(columns, tuple(rows), css="lines")


def _totals(rr: Any, t: Labels, f: Formatter) -> tuple[Block, ...]:
    currency = code(rr.kod_waluty)
    pln = currency != "PLN"
    pairs = [
        (t["rr_purchase_value"], f.money(rr.p_11_1, currency)),
        (f"{t['rr_purchase_value']} (PLN)", f.money(rr.p_11_1_w, "PLN") if pln else None),
        (t["rr_refund"], f.money(rr.p_11_2, currency)),
        (f"{t['rr_refund']} (PLN)", f.money(rr.p_11_2_w, "PLN") if pln else None),
        (f"{t['rr_total']} (PLN)", f.money(rr.p_12_1_w, "PLN") if pln else None),
        (t["rr_in_words"], rr.p_12_2),
    ]
    block = fields(pairs)
    note = Note(t["rr_total"], f.money(rr.p_12_1, currency))
    return tuple(b for b in (block, note) if b is not None)


def _payment(rr: Any, t: Labels) -> Section | None:
    payment = rr.platnosc
    if payment is None:
        return None
    form = t.code("payment", payment.forma_platnosci) if payment.forma_platnosci is not None else None
    if form is None and flag(payment.platnosc_inna):
        form = f"{t['payment_other']}: {payment.opis_platnosci or ''}".rstrip(": ")
    head = fields(
        [
            (t["payment_form"], form),
            (t["payment_link"], payment.link_do_platnosci),
            (t["ipksef"], payment.ipkse_f),
        ]
    )
    return section(
        t["payment"],
        head,
        accounts_table(payment.rachunek_bankowy1, t["farmer_account"], t),
        accounts_table(payment.rachunek_bankowy2, t["buyer_account"], t),
    )


def fa_rr_sections(
    document: Any, t: Labels, f: Formatter, ksef_number: str | None
) -> tuple[str, str, tuple[Field, ...], tuple[Section, ...]]:
    """(kind name, invoice number, header fields, sections) of an FA_RR(1) document."""
    rr = document.faktura_rr
    parties: list[Block] = []
    main = [party_card(document.podmiot1, t["supplier_rr"], t), party_card(document.podmiot2, t["buyer_rr"], t)]
    parties.append(Columns(tuple(c for c in main if c is not None)))
    third = [third_party_card(p, i, t, f) for i, p in enumerate(document.podmiot3, 1)]
    parties.extend(Columns((c,)) for c in third if c is not None)
    details = fields(
        [
            (t["issue_date"], f.date(rr.p_4_b)),
            (t["issue_place"], rr.p_1_m),
            (t["purchase_date"], f.date(rr.p_4_a) if rr.p_4_a is not None else None),
        ]
    )
    documents = None
    if rr.dokument_zaplaty:
        rows = tuple(
            Row((d.nr_dokumentu, f.date(d.data_dokumentu) if d.data_dokumentu is not None else ""))
            for d in rr.dokument_zaplaty
        )
        documents = Table((Column(t["document_number"]), Column(t["document_date"], width="30mm")), rows)
    additional = description_table(rr.dodatkowy_opis, t)
    candidates = [
        _correction(rr, t, f),
        section(t["parties"], parties),
        section(t["details"], details),
        section(t["lines"], fields([(t["issued_in"], code(rr.kod_waluty))]), _lines(rr, t, f), _totals(rr, t, f)),
        section(t["payment_documents"], documents),
        section(t["additional"], additional),
        settlement_section(rr.rozliczenie, rr, t, f),
        _payment(rr, t),
        *footer_sections(rr, document.stopka, None, t),
    ]
    header = (Field(t["ksef_number"], ksef_number),) if ksef_number else ()
    return t.code("kind", rr.rodzaj_faktury), rr.p_4_c, header, tuple(s for s in candidates if s is not None)
