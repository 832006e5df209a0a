"""Amounts, quantities and dates the Polish way (and the English way); both languages carry every label."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ksef_sdk.invoice.render._format import NBSP, formatter
from ksef_sdk.invoice.render._labels import CODES, TEXTS


def test_polish_numbers() -> None:
    pl = formatter("pl")
    assert pl.money(Decimal("1234567.5")) == f"1{NBSP}234{NBSP}567,50"
    assert pl.money(Decimal("-0.1234"), "PLN") == f"-0,1234{NBSP}PLN"  # every digit the document has
    assert pl.money(Decimal("12")) == "12,00" and pl.money(None) == ""
    assert pl.number(Decimal("1.500000")) == "1,5" and pl.number(Decimal("8")) == "8"
    assert pl.number(Decimal("1000")) == f"1{NBSP}000"
    assert pl.percent(Decimal("6.5")) == "6,5%"


def test_english_numbers() -> None:
    en = formatter("en")
    assert en.money(Decimal("1234567.5")) == "1,234,567.50" and en.number(Decimal("2.50")) == "2.5"


def test_dates() -> None:
    assert formatter("pl").date(dt.date(2026, 2, 1)) == "01.02.2026"
    assert formatter("en").date("2026-02-01") == "2026-02-01"
    # UTC timestamps shown in Warsaw time (CET in winter, CEST in summer)
    assert formatter("pl").datetime("2026-01-15T11:00:00Z") == "15.01.2026 12:00:00"
    assert formatter("pl").datetime(dt.datetime(2026, 7, 1, 22, 30, tzinfo=dt.timezone.utc)) == "02.07.2026 00:30:00"


def test_both_languages_have_every_label_and_code() -> None:
    assert set(TEXTS["pl"]) == set(TEXTS["en"])
    for kind in CODES["pl"]:
        assert set(CODES["pl"][kind]) == set(CODES["en"][kind]), kind
