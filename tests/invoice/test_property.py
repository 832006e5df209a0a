"""Property-based invoices across kinds, rates, currencies and buyer types: XSD-valid, rule-valid, round trip."""

from __future__ import annotations

import datetime as dt
import os
import random
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ksef_sdk.identifiers import random_nip
from ksef_sdk.invoice.amounts import MARGIN, OSS, RATES
from ksef_sdk.invoice.builder import (
    Advance,
    AdvanceInvoiceRef,
    Annotations,
    CorrectedInvoice,
    Correction,
    Exemption,
    InvoiceKind,
    InvoiceLine,
    MarginScheme,
    Party,
    build_fa3_invoice,
)
from ksef_sdk.invoice.lines import totals_of
from ksef_sdk.invoice.parse import (
    invoice_from_json,
    invoice_to_json,
    load_xml,
    parse_invoice,
    serialize_invoice,
    to_model,
)
from ksef_sdk.invoice.rules import rule_errors
from ksef_sdk.invoice.xmlcompare import canonical

from .builders import CREATED, ISSUE, KSEF_NUMBER, SELLER

TEXT = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzĄĆĘŁŃÓŚŹŻąćęłńóśźżABCXYZ0123456789 -/.,&<>\"'()%"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() != "")
PLAIN_RATES = [r for r in RATES if r not in (OSS, MARGIN)]


@st.composite
def buyers(draw: st.DrawFn) -> Party:
    kind = draw(st.sampled_from(["nip", "eu", "foreign", "consumer", "anonymous"]))
    name = draw(TEXT)
    if kind == "nip":
        return Party(random_nip(random.Random(draw(st.integers(0, 10**6)))), name, draw(TEXT))
    if kind == "eu":
        country = draw(st.sampled_from(["DE", "FR", "CZ", "EL", "IT"]))
        number = draw(st.text(alphabet="0123456789ABCDEFGHIJ", min_size=2, max_size=12))
        return Party.eu_company(country + number, name, draw(TEXT), country="GR" if country == "EL" else country)
    if kind == "foreign":
        return Party.foreign(draw(st.text(alphabet="0123456789-AB", min_size=1, max_size=20)), name, draw(TEXT), "US")
    if kind == "consumer":
        return Party.consumer(name, draw(TEXT))
    return Party.consumer()


def amounts(places: int, low: str, high: str) -> st.SearchStrategy[Decimal]:
    return st.decimals(min_value=Decimal(low), max_value=Decimal(high), places=places, allow_nan=False)


@st.composite
def lines(
    draw: st.DrawFn, rates: list[str], max_size: int = 5, high: str = "100000", most: str = "1000"
) -> list[InvoiceLine]:
    out = []
    for _ in range(draw(st.integers(1, max_size))):
        rate = draw(st.sampled_from(rates))
        out.append(
            InvoiceLine(
                draw(TEXT),
                quantity=draw(amounts(3, "0.001", most)),
                unit_net_price=draw(amounts(2, "0.01", high)),
                vat_rate=rate,
                unit=draw(st.sampled_from(["szt.", "godz.", "kg", "m²"])),
                oss_rate=draw(st.sampled_from(["19", "20", "21", "27"])) if rate == OSS else None,
                discount=draw(st.none() | amounts(2, "0", "0.01")),
            )
        )
    return out


@st.composite
def invoices(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(list(InvoiceKind)))
    rates = draw(st.lists(st.sampled_from([*PLAIN_RATES, OSS, MARGIN]), min_size=1, max_size=4, unique=True))
    currency = draw(st.sampled_from(["PLN", "PLN", "EUR", "USD"]))
    kw: dict[str, Any] = {
        "seller": SELLER,
        "buyer": draw(buyers()),
        "invoice_number": draw(TEXT),
        "kind": kind,
        "issue_date": ISSUE,
        "created_at": CREATED,
        "currency": currency,
        "exchange_rate": draw(amounts(4, "0.0001", "10")) if currency != "PLN" else None,
        "annotations": Annotations(
            exemption=Exemption("art. 43 ust. 1") if "zw" in rates else None,
            margin=draw(st.sampled_from(list(MarginScheme))) if MARGIN in rates else None,
            split_payment=draw(st.booleans()),
        ),
    }
    corrected = [CorrectedInvoice(dt.date(2026, 4, 1), "FV/1", draw(st.sampled_from([None, KSEF_NUMBER])))]
    if kind == InvoiceKind.UPR:
        kw["buyer"] = Party(random_nip(random.Random(draw(st.integers(0, 10**6)))), "Nabywca")
        kw["lines"] = draw(
            lines([r for r in rates if r != OSS] or ["23"], max_size=2, high="1", most="100")
        )  # ≤ 450 PLN
        kw["currency"], kw["exchange_rate"] = "PLN", None
    elif kind in (InvoiceKind.VAT, InvoiceKind.ROZ, InvoiceKind.KOR, InvoiceKind.KOR_ROZ):
        kw["lines"] = draw(lines(rates))
    if kind in (InvoiceKind.ROZ, InvoiceKind.KOR_ROZ):
        advance = totals_of(kw["lines"])
        kw["advances"] = [AdvanceInvoiceRef(ksef_number=KSEF_NUMBER, net=advance.net, vat=advance.vat)]
    if kind in (InvoiceKind.KOR, InvoiceKind.KOR_ROZ):
        kw["correction"] = Correction(corrected, reason=draw(TEXT), lines_before=draw(lines(rates)))
    if kind in (InvoiceKind.ZAL, InvoiceKind.KOR_ZAL):
        order = draw(lines(rates))
        gross = totals_of(order).gross
        kw["advance"] = Advance(draw(amounts(2, "0.01", str(max(gross, Decimal("0.01"))))), order)
        if kind == InvoiceKind.KOR_ZAL:
            kw["advance_before"] = Advance(draw(amounts(2, "0.01", str(max(gross, Decimal("0.01"))))), order)
            kw["correction"] = Correction(corrected)
    return kw


@settings(
    max_examples=int(os.environ.get("KSEF_PROPERTY_EXAMPLES", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(invoices())
def test_any_invoice_is_xsd_and_rule_valid(kw: dict[str, Any]) -> None:
    if kw["kind"] in (InvoiceKind.ZAL, InvoiceKind.KOR_ZAL) and totals_of(kw["advance"].order_lines).gross <= 0:
        return  # an order worth nothing cannot be paid in advance (the builder says so)
    data = build_fa3_invoice(**kw)  # checks XSD + rules itself
    model = parse_invoice(data)
    assert model == to_model(load_xml(data), engine="xsdata")  # the fast binder agrees with xsdata
    assert rule_errors(model, today=dt.date(2026, 12, 31)) == []
    assert canonical(serialize_invoice(model)) == canonical(data)
    assert invoice_from_json(invoice_to_json(model)) == model
    assert model.fa.rodzaj_faktury.value == kw["kind"].value
