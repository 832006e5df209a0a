"""Business rules of FA(3) invoices beyond the XSD, each failure a typed error naming the element path.

=====================  =========================================================================================
rule (error class)     what is checked
=====================  =========================================================================================
line-amount            ``P_11`` = ``P_8B × P_9A − P_10`` (half-up to grosze, ±0.01) on lines that have them
totals                 ``P_13_x`` = the sum of the lines' ``P_11`` per rate group (VAT, UPR; KOR: after − before,
                       or the difference lines); ``P_15`` = the sum of every ``P_13_x`` and ``P_14_x``;
                       ZAL: ``WartoscZamowienia`` = the order lines' net + VAT
vat-per-rate           ``P_14_x`` = the rate applied to the rate's net sum (±0.005 per line, at least ±0.01);
                       ZAL: the VAT contained in the advance, ``gross × rate / (100 + rate)``
dates                  ``P_1`` and ``DataWytworzeniaFa`` not in the future; periods (``OkresFa``) not reversed;
                       a corrected invoice issued no later than its correction
identifier-checksum    the NIP of every party (``Podmiot1/2/3``, ``PodmiotUpowazniony``, ``Podmiot1K/2K``,
                       ``IDWew``); a Polish ``NrID`` of 11 digits is a PESEL and checked as one
currency              not PLN: VAT totals also in PLN (``P_14_xW``), consistent with the lines' exchange rate;
                       PLN: no ``P_14_xW`` and no exchange rates
correction             KOR/KOR_ZAL/KOR_ROZ name the corrected invoice(s) with a valid KSeF number; KOR_ZAL has
                       ``P_15ZK``; other kinds carry no correction data and no ``StanPrzed`` lines
annotations            "zw" lines need ``P_19``; "oo" lines need ``P_18``; margin totals need ``PMarzy``
kind                   ROZ and KOR_ROZ list the advance invoices; UPR: at most 450 PLN (100 EUR) gross
=====================  =========================================================================================

Rules apply to FA (3) documents; other forms pass through (their XSD still applies).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from ksef_sdk import identifiers
from ksef_sdk.errors import (
    AnnotationRuleError,
    BusinessRuleError,
    CorrectionRuleError,
    CurrencyRuleError,
    DateRuleError,
    IdentifierChecksumError,
    KindRuleError,
    LineAmountError,
    TotalsMismatchError,
    VatRateError,
)
from ksef_sdk.invoice.amounts import RATE_GROUPS, RATES, money, percent_of, vat_from_gross

__all__ = ["check_rules", "rule_errors"]

CORRECTIONS = ("KOR", "KOR_ZAL", "KOR_ROZ")
FA = "/Faktura/Fa"
_TOLERANCE = Decimal("0.01")


def _today() -> dt.date:
    try:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo("Europe/Warsaw")).date()
    except Exception:  # no tz database: UTC is at most a day off
        return dt.datetime.now(dt.timezone.utc).date()


def _value(enum_or_value: Any) -> Any:
    return getattr(enum_or_value, "value", enum_or_value)


def _indexed(name: str, index: int, count: int) -> str:
    return f"{name}[{index + 1}]" if count > 1 else name


def _tag(group_field: str) -> str:
    """``p_13_1`` → ``P_13_1``, ``p_14_1_w`` → ``P_14_1W``."""
    tag = group_field.upper()
    return tag[:-2] + "W" if tag.endswith("_W") else tag


def _rate_key(line: Any) -> str | None:
    if line.p_12 is not None:
        return str(_value(line.p_12))
    if line.p_12_xii is not None:
        return "oss"
    return None


def rule_errors(document: Any, *, today: dt.date | None = None) -> list[BusinessRuleError]:
    """Every business-rule failure of a parsed or built FA (3) document (empty when it passes)."""
    if type(document).__module__ != "ksef_documents.fa3.invoice":
        return []
    checks = (_line_amounts, _totals, _vat, _dates, _identifiers, _currency, _correction, _annotations, _kind)
    errors: list[BusinessRuleError] = []
    for check in checks:
        errors.extend(check(document, today or _today()))
    return errors


def check_rules(document: Any, *, today: dt.date | None = None) -> None:
    """Raise the first business-rule failure; every failure is in its ``errors``."""
    errors = rule_errors(document, today=today)
    if errors:
        first = errors[0]
        extra = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        first.errors = errors
        first.reason += extra
        first.args = (first._message(),)
        raise first


# ---------------------------------------------------------------------------------------------- lines


def _line_amounts(doc: Any, today: dt.date) -> Iterator[BusinessRuleError]:
    rows = doc.fa.fa_wiersz
    for i, row in enumerate(rows):
        if row.p_8_b is None or row.p_9_a is None or row.p_11 is None:
            continue
        expected = money(row.p_8_b * row.p_9_a - (row.p_10 or 0))
        if abs(expected - row.p_11) > _TOLERANCE:
            yield LineAmountError(
                f"the net value {row.p_11} is not quantity × unit price − discount = {expected}",
                path=f"{FA}/{_indexed('FaWiersz', i, len(rows))}/P_11",
            )


def _line_sums(doc: Any) -> tuple[dict[str, Decimal], dict[str, int]] | None:
    """Net per rate key from the lines (after − before for corrections with StanPrzed), or None if unknown."""
    kind = _value(doc.fa.rodzaj_faktury)
    if kind not in ("VAT", "UPR", "KOR") or not doc.fa.fa_wiersz:
        return None
    sums: dict[str, Decimal] = {}
    counts: dict[str, int] = {}
    for row in doc.fa.fa_wiersz:
        key = _rate_key(row)
        if row.p_11 is None or (key is None and doc.fa.p_13_11 is None):
            return None
        key = key or "margin"
        sign = -1 if row.stan_przed is not None else 1
        sums[key] = sums.get(key, Decimal(0)) + sign * row.p_11
        counts[key] = counts.get(key, 0) + 1
    return sums, counts


def _totals(doc: Any, today: dt.date) -> Iterator[BusinessRuleError]:
    fa = doc.fa
    known = _line_sums(doc)
    if known is not None:
        sums, _ = known
        expected: dict[str, Decimal] = {}
        for key, amount in sums.items():
            field = RATES[key][0].net
            expected[field] = expected.get(field, Decimal(0)) + amount
        for group in RATE_GROUPS:
            actual = getattr(fa, group.net)
            want = expected.get(group.net)
            if (actual or Decimal(0)) != (want or Decimal(0)):
                yield TotalsMismatchError(
                    f"{_tag(group.net)} is {actual} but the lines of this rate sum to {want or Decimal(0)}",
                    path=f"{FA}/{_tag(group.net)}",
                )
    total = Decimal(0)
    for group in RATE_GROUPS:
        total += getattr(fa, group.net) or 0
        if group.vat:
            total += getattr(fa, group.vat) or 0
    if total != fa.p_15:
        yield TotalsMismatchError(f"P_15 is {fa.p_15} but P_13_x + P_14_x sum to {total}", path=f"{FA}/P_15")
    order = fa.zamowienie
    if order is not None:
        rows = [r for r in order.zamowienie_wiersz if r.stan_przed_z is None]
        if all(r.p_11_netto_z is not None for r in rows):
            value = sum((r.p_11_netto_z + (r.p_11_vat_z or 0) for r in rows), Decimal(0))
            if value != order.wartosc_zamowienia:
                yield TotalsMismatchError(
                    f"WartoscZamowienia is {order.wartosc_zamowienia} but the order lines sum to {value}",
                    path=f"{FA}/Zamowienie/WartoscZamowienia",
                )


def _vat(doc: Any, today: dt.date) -> Iterator[BusinessRuleError]:
    fa = doc.fa
    kind = _value(fa.rodzaj_faktury)
    known = _line_sums(doc)
    if known is not None:
        sums, counts = known
        for group in RATE_GROUPS:
            if group.vat is None or group.net == "p_13_5":
                continue
            keys = [k for k in sums if RATES[k][0] is group]
            expected = sum((percent_of(sums[k], RATES[k][1] or Decimal(0)) for k in keys), Decimal(0))
            actual = getattr(fa, group.vat) or Decimal(0)
            tolerance = max(_TOLERANCE, Decimal("0.005") * sum(counts[k] for k in keys))
            if abs(actual - expected) > tolerance:
                rates = "/".join(f"{k} %" for k in keys) or "no"
                yield VatRateError(
                    f"{_tag(group.vat)} is {actual} but {rates} of the net amount is {expected}",
                    path=f"{FA}/{_tag(group.vat)}",
                )
    elif kind == "ZAL" and fa.zamowienie is not None:
        rates_by_group: dict[Any, set[str]] = {}  # group -> rate keys
        for row in fa.zamowienie.zamowienie_wiersz:
            if row.p_12_z is not None:
                key = str(_value(row.p_12_z))
                rates_by_group.setdefault(RATES[key][0], set()).add(key)
        for group, group_keys in rates_by_group.items():
            if group.vat is None or len(group_keys) != 1:
                continue
            pct = RATES[next(iter(group_keys))][1]
            net, vat = getattr(fa, group.net), getattr(fa, group.vat)
            if pct is None or net is None or vat is None:
                continue
            expected = vat_from_gross(net + vat, pct)
            if abs(expected - vat) > _TOLERANCE:
                yield VatRateError(
                    f"{_tag(group.vat)} is {vat} but the VAT contained in the advance at {pct} % is {expected}",
                    path=f"{FA}/{_tag(group.vat)}",
                )


# ---------------------------------------------------------------------------------------------- dates


def _dates(doc: Any, today: dt.date) -> Iterator[BusinessRuleError]:
    fa = doc.fa
    issued = fa.p_1.to_date()
    if issued > today:
        yield DateRuleError(f"the issue date {issued} is in the future (today is {today})", path=f"{FA}/P_1")
    created = doc.naglowek.data_wytworzenia_fa.to_datetime()
    if created.tzinfo is not None and created > dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10):
        yield DateRuleError(
            f"DataWytworzeniaFa {created.isoformat()} is in the future", path="/Faktura/Naglowek/DataWytworzeniaFa"
        )
    if fa.okres_fa is not None and fa.okres_fa.p_6_od.to_date() > fa.okres_fa.p_6_do.to_date():
        yield DateRuleError(
            f"the period starts ({fa.okres_fa.p_6_od}) after it ends ({fa.okres_fa.p_6_do})", path=f"{FA}/OkresFa"
        )
    refs = fa.dane_fa_korygowanej
    for i, ref in enumerate(refs):
        if ref.data_wyst_fa_korygowanej.to_date() > issued:
            yield DateRuleError(
                f"the corrected invoice ({ref.data_wyst_fa_korygowanej}) is dated after its correction ({issued})",
                path=f"{FA}/{_indexed('DaneFaKorygowanej', i, len(refs))}/DataWystFaKorygowanej",
            )


# ---------------------------------------------------------------------------------------- identifiers


def _party_ids(doc: Any) -> Iterator[tuple[str, Any]]:
    yield "/Faktura/Podmiot1/DaneIdentyfikacyjne", doc.podmiot1.dane_identyfikacyjne
    yield "/Faktura/Podmiot2/DaneIdentyfikacyjne", doc.podmiot2.dane_identyfikacyjne
    for i, third in enumerate(doc.podmiot3):
        yield f"/Faktura/{_indexed('Podmiot3', i, len(doc.podmiot3))}/DaneIdentyfikacyjne", third.dane_identyfikacyjne
    if doc.podmiot_upowazniony is not None:
        yield "/Faktura/PodmiotUpowazniony/DaneIdentyfikacyjne", doc.podmiot_upowazniony.dane_identyfikacyjne
    if doc.fa.podmiot1_k is not None:
        yield f"{FA}/Podmiot1K/DaneIdentyfikacyjne", doc.fa.podmiot1_k.dane_identyfikacyjne
    for i, buyer in enumerate(doc.fa.podmiot2_k):
        yield f"{FA}/{_indexed('Podmiot2K', i, len(doc.fa.podmiot2_k))}/DaneIdentyfikacyjne", buyer.dane_identyfikacyjne


def _identifiers(doc: Any, today: dt.date) -> Iterator[BusinessRuleError]:
    for path, ids in _party_ids(doc):
        nip = getattr(ids, "nip", None)
        if nip and not identifiers.is_valid_nip(nip):
            yield IdentifierChecksumError(f"NIP {nip} has a wrong check digit", path=f"{path}/NIP")
        internal = getattr(ids, "idwew", None)
        if internal and not identifiers.is_valid_nip(internal.split("-", 1)[0]):
            yield IdentifierChecksumError(f"IDWew {internal} starts with an invalid NIP", path=f"{path}/IDWew")
        nr_id = getattr(ids, "nr_id", None)
        country = _value(getattr(ids, "kod_kraju", None))
        if nr_id and country == "PL" and len(nr_id) == 11 and nr_id.isdigit() and not identifiers.is_valid_pesel(nr_id):
            yield IdentifierChecksumError(f"PESEL {nr_id} has a wrong check digit", path=f"{path}/NrID")


# ------------------------------------------------------------------------------------------- currency


def _currency(doc: Any, today: dt.date) -> Iterator[BusinessRuleError]:
    fa = doc.fa
    currency = _value(fa.kod_waluty)
    rates = {row.kurs_waluty for row in fa.fa_wiersz if row.kurs_waluty is not None}
    if currency == "PLN":
        for group in RATE_GROUPS:
            if group.vat_pln and getattr(fa, group.vat_pln) is not None:
                yield CurrencyRuleError(
                    f"{_tag(group.vat_pln)} (VAT in PLN) is only for invoices in a foreign currency",
                    path=f"{FA}/{_tag(group.vat_pln)}",
                )
        if rates or fa.kurs_waluty_z is not None:
            yield CurrencyRuleError("an invoice in PLN has no exchange rate", path=f"{FA}/KodWaluty")
        return
    rate = next(iter(rates)) if len(rates) == 1 else fa.kurs_waluty_z
    for group in RATE_GROUPS:
        if not group.vat_pln or not group.vat:
            continue
        vat, vat_pln = getattr(fa, group.vat), getattr(fa, group.vat_pln)
        if vat is not None and vat != 0 and vat_pln is None:
            yield CurrencyRuleError(
                f"an invoice in {currency} shows {_tag(group.vat)} also in PLN: {_tag(group.vat_pln)} is missing",
                path=f"{FA}/{_tag(group.vat_pln)}",
            )
        elif vat is not None and vat_pln is not None and rate is not None:
            expected = money(vat * rate)
            if abs(expected - vat_pln) > _TOLERANCE:
                yield CurrencyRuleError(
                    f"{_tag(group.vat_pln)} is {vat_pln} but {vat} {currency} at the rate {rate} is {expected}",
                    path=f"{FA}/{_tag(group.vat_pln)}",
                )
    advance = _value(fa.rodzaj_faktury) in ("ZAL", "KOR_ZAL")
    if advance and fa.kurs_waluty_z is None and any(getattr(fa, g.vat) for g in RATE_GROUPS if g.vat_pln and g.vat):
        yield CurrencyRuleError(
            f"an advance invoice in {currency} gives the exchange rate (KursWalutyZ)", path=f"{FA}/KursWalutyZ"
        )


# ------------------------------------------------------------------------------------- corrections, kind


def _correction(doc: Any, today: dt.date) -> Iterator[BusinessRuleError]:
    fa = doc.fa
    kind = _value(fa.rodzaj_faktury)
    if kind in CORRECTIONS:
        if not fa.dane_fa_korygowanej:
            yield CorrectionRuleError(
                f"a {kind} invoice names the corrected invoice (DaneFaKorygowanej)", path=f"{FA}/RodzajFaktury"
            )
        for i, ref in enumerate(fa.dane_fa_korygowanej):
            number = ref.nr_kse_ffa_korygowanej
            if number and not identifiers.is_valid_ksef_number(number):
                yield CorrectionRuleError(
                    f"{number} is not a valid KSeF number (checksum)",
                    path=f"{FA}/{_indexed('DaneFaKorygowanej', i, len(fa.dane_fa_korygowanej))}/NrKSeFFaKorygowanej",
                )
        if kind == "KOR_ZAL" and fa.p_15_zk is None:
            yield CorrectionRuleError(
                "a KOR_ZAL invoice gives the amount paid before the correction", path=f"{FA}/P_15ZK"
            )
        return
    present = [
        name
        for name, value in (
            ("PrzyczynaKorekty", fa.przyczyna_korekty),
            ("TypKorekty", fa.typ_korekty),
            ("DaneFaKorygowanej", fa.dane_fa_korygowanej),
            ("P_15ZK", fa.p_15_zk),
        )
        if value
    ]
    for name in present:
        yield CorrectionRuleError(f"{name} belongs to correction invoices, not to {kind}", path=f"{FA}/{name}")
    rows = fa.fa_wiersz
    for i, row in enumerate(rows):
        if row.stan_przed is not None:
            yield CorrectionRuleError(
                f"StanPrzed (state before a correction) on a {kind} invoice",
                path=f"{FA}/{_indexed('FaWiersz', i, len(rows))}/StanPrzed",
            )


def _annotations(doc: Any, today: dt.date) -> Iterator[BusinessRuleError]:
    fa = doc.fa
    notes = fa.adnotacje
    path = f"{FA}/Adnotacje"
    keys = {_rate_key(row) for row in fa.fa_wiersz}
    keys |= {str(_value(r.p_12_z)) for r in (fa.zamowienie.zamowienie_wiersz if fa.zamowienie else ()) if r.p_12_z}
    if ("zw" in keys or (fa.p_13_7 or 0) != 0) and notes.zwolnienie.p_19 is None:
        yield AnnotationRuleError("exempt sales (zw, P_13_7) need the legal basis of the exemption (P_19)", path=path)
    if "oo" in keys and _value(notes.p_18) != 1:
        yield AnnotationRuleError('domestic reverse-charge lines ("oo") need P_18 = 1', path=f"{path}/P_18")
    if (fa.p_13_11 or 0) != 0 and notes.pmarzy.p_pmarzy is None:
        yield AnnotationRuleError("margin-scheme sales (P_13_11) need the margin scheme (P_PMarzy)", path=path)


def _kind(doc: Any, today: dt.date) -> Iterator[BusinessRuleError]:
    fa = doc.fa
    kind = _value(fa.rodzaj_faktury)
    if kind == "ROZ" and not fa.faktura_zaliczkowa:
        yield KindRuleError("a ROZ invoice lists the advance invoices it settles", path=f"{FA}/FakturaZaliczkowa")
    if kind not in ("ROZ", "KOR_ROZ") and fa.faktura_zaliczkowa:
        yield KindRuleError(
            f"FakturaZaliczkowa belongs to ROZ/KOR_ROZ invoices, not {kind}", path=f"{FA}/FakturaZaliczkowa"
        )
    if kind == "UPR":
        currency = _value(fa.kod_waluty)
        limit = {"PLN": Decimal(450), "EUR": Decimal(100)}.get(currency)
        if limit is not None and fa.p_15 > limit:
            yield KindRuleError(
                f"a simplified invoice (UPR) is for at most {limit} {currency} gross, not {fa.p_15}", path=f"{FA}/P_15"
            )
