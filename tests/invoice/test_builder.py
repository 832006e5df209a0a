"""The FA(3) builder: every kind, rate, currency and buyer type makes an XSD-valid, rule-valid invoice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from ksef_sdk.errors import InvoiceBuilderError
from ksef_sdk.invoice.amounts import RATES
from ksef_sdk.invoice.builder import (
    Advance,
    Annotations,
    BankAccount,
    Exemption,
    Footer,
    InvoiceKind,
    InvoiceLine,
    MarginScheme,
    NewVehicle,
    Party,
    Payment,
    PaymentMethod,
    ThirdParty,
    ThirdPartyRole,
    build_fa3_invoice,
    fa3_invoice,
)
from ksef_sdk.invoice.parse import parse_invoice, serialize_invoice
from ksef_sdk.invoice.rules import rule_errors
from ksef_sdk.invoice.xmlcompare import canonical

from .builders import BUYER, CONSUMER, EU_BUYER, FOREIGN_BUYER, SELLER, common, every_kind

KINDS = every_kind()


def build(**kw: Any) -> Any:
    """Build, then check the XML round trip, the XSD and the rules independently of the builder."""
    data = build_fa3_invoice(**kw)
    model = parse_invoice(data)
    assert rule_errors(model, today=dt.date(2026, 12, 31)) == []
    assert canonical(serialize_invoice(model)) == canonical(data)
    return model


@pytest.mark.parametrize("name", list(KINDS))
def test_every_kind(name: str) -> None:
    model = build(**KINDS[name])
    assert model.fa.rodzaj_faktury.value == name.split(maxsplit=1)[0]


def test_vat_amounts_per_rate() -> None:
    fa = build(**KINDS["VAT"]).fa
    # 8 h × 250.00 at 23 %; 2 × 39.99 at 5 %; 1.5 × 100.10 = 150.15 at 8 %
    assert (fa.p_13_1, fa.p_14_1) == (Decimal("2000.00"), Decimal("460.00"))
    assert (fa.p_13_3, fa.p_14_3) == (Decimal("79.98"), Decimal("4.00"))  # 3.999 → 4.00
    assert (fa.p_13_2, fa.p_14_2) == (Decimal("150.15"), Decimal("12.01"))  # 12.012 → 12.01
    assert fa.p_15 == Decimal("2706.14")
    assert [row.p_11 for row in fa.fa_wiersz] == [Decimal("2000.00"), Decimal("79.98"), Decimal("150.15")]


def test_half_up_rounding_to_grosze() -> None:
    fa = build(**common(lines=[InvoiceLine("x", 1, "0.50", "23"), InvoiceLine("y", 3, "0.333", "8")])).fa
    assert fa.fa_wiersz[1].p_11 == Decimal("1.00")  # 0.999 → 1.00
    assert fa.p_14_1 == Decimal("0.12")  # 0.115 → 0.12 (half-up, not banker's)
    assert fa.p_14_2 == Decimal("0.08")


def test_vat_is_computed_on_the_rate_sum_not_per_line() -> None:
    lines = [InvoiceLine(f"l{i}", 1, "0.10", "23") for i in range(3)]  # 3 × 0.023: per line 0.06, on the sum 0.07
    assert build(**common(lines=lines)).fa.p_14_1 == Decimal("0.07")


@pytest.mark.parametrize("rate", [r for r in RATES if r not in ("oss", "margin")])
def test_every_rate(rate: str) -> None:
    extra: dict[str, Any] = {}
    if rate == "zw":
        extra["annotations"] = Annotations(exemption=Exemption("art. 43 ust. 1 pkt 37 ustawy o VAT"))
    buyer = EU_BUYER if rate in ("0 WDT", "np II") else BUYER
    model = build(**common(buyer=buyer, lines=[InvoiceLine("Towar", 2, "10.00", rate)], **extra))
    group, pct = RATES[rate]
    assert getattr(model.fa, group.net) == Decimal("20.00")
    if group.vat:
        assert getattr(model.fa, group.vat) == (Decimal("20.00") * (pct or 0) / 100).quantize(Decimal("0.01"))
    assert model.fa.fa_wiersz[0].p_12.value == rate
    if rate == "oo":
        assert model.fa.adnotacje.p_18.value == 1  # reverse charge marked automatically
    if rate == "0 WDT":
        assert model.podmiot1.prefiks_podatnika.value == "PL"


def test_margin_scheme() -> None:
    for scheme in MarginScheme:
        model = build(
            **common(
                lines=[InvoiceLine("Wycieczka", 1, "3000.00", "margin")],
                annotations=Annotations(margin=scheme),
            )
        )
        assert model.fa.p_13_11 == Decimal("3000.00") and model.fa.fa_wiersz[0].p_12 is None
        assert getattr(model.fa.adnotacje.pmarzy, scheme.value).value == 1


def test_oss_procedure() -> None:
    model = build(**common(buyer=CONSUMER, lines=[InvoiceLine("E-book", 1, "100.00", "oss", oss_rate="19")]))
    assert (model.fa.p_13_5, model.fa.p_14_5) == (Decimal("100.00"), Decimal("19.00"))
    assert model.fa.fa_wiersz[0].p_12_xii == Decimal(19)


@pytest.mark.parametrize(
    ("buyer", "expect"),
    [
        (BUYER, {"nip": "5213017228"}),
        (EU_BUYER, {"nr_vat_ue": "811128135"}),
        (FOREIGN_BUYER, {"nr_id": "98-7654321"}),
        (CONSUMER, {"nazwa": "Jan Kowalski"}),
        (Party.consumer(), {"nazwa": None}),
    ],
)
def test_buyer_identifications(buyer: Party, expect: dict[str, Any]) -> None:
    ids = build(**common(buyer=buyer, lines=[InvoiceLine("x", 1, "10.00")])).podmiot2.dane_identyfikacyjne
    for name, value in expect.items():
        assert getattr(ids, name) == value
    if buyer.nip is None and buyer.eu_vat_id is None and buyer.tax_id is None:
        assert ids.brak_id.value == 1
    if buyer is EU_BUYER:
        assert ids.kod_ue.value == "DE"


def test_foreign_currency_with_exchange_rate() -> None:
    model = build(
        **common(
            buyer=EU_BUYER,
            currency="EUR",
            exchange_rate="4.2512",
            lines=[InvoiceLine("Licencja", 1, "1000.00", "23"), InvoiceLine("Szkolenie", 2, "300.00", "8")],
        )
    )
    fa = model.fa
    assert fa.kod_waluty.value == "EUR"
    assert (fa.p_14_1, fa.p_14_1_w) == (Decimal("230.00"), Decimal("977.78"))  # 230 × 4.2512 = 977.776
    assert (fa.p_14_2, fa.p_14_2_w) == (Decimal("48.00"), Decimal("204.06"))
    assert all(row.kurs_waluty == Decimal("4.2512") for row in fa.fa_wiersz)


def test_foreign_currency_without_exchange_rate_is_refused() -> None:
    with pytest.raises(InvoiceBuilderError, match="exchange_rate") as info:
        build_fa3_invoice(**common(currency="USD", lines=[InvoiceLine("x", 1, "10.00")]))
    assert info.value.field == "exchange_rate"
    build(**common(currency="USD", lines=[InvoiceLine("x", 1, "10.00", "np I")]))  # no VAT: no rate needed


def test_advance_invoice_in_foreign_currency() -> None:
    model = build(
        **common(
            kind=InvoiceKind.ZAL,
            currency="EUR",
            exchange_rate="4.30",
            advance=Advance("123.00", [InvoiceLine("Meble", 1, "1000.00")]),
        )
    )
    fa = model.fa
    assert (fa.p_13_1, fa.p_14_1, fa.p_15) == (Decimal("100.00"), Decimal("23.00"), Decimal("123.00"))
    assert fa.kurs_waluty_z == Decimal("4.3") and fa.p_14_1_w == Decimal("98.90")
    assert fa.zamowienie.wartosc_zamowienia == Decimal("1230.00")


def test_advance_split_over_rates() -> None:
    fa = build(**every_kind()["ZAL"]).fa
    # order: 3000 net + 690 VAT at 23 %, 200 net + 10 VAT at 5 % → 1000 paid split 3690 : 210
    assert fa.p_13_1 + fa.p_14_1 == Decimal("946.15")
    assert fa.p_13_3 + fa.p_14_3 == Decimal("53.85")
    assert fa.p_14_1 == Decimal("176.92")  # 946.15 × 23 / 123
    assert fa.p_15 == Decimal("1000.00") and fa.p_6.to_date() == dt.date(2026, 5, 2)


def test_correction_before_and_after() -> None:
    fa = build(**every_kind()["KOR"]).fa
    assert [row.stan_przed is not None for row in fa.fa_wiersz] == [True, False]
    assert [row.nr_wiersza_fa for row in fa.fa_wiersz] == [1, 2]
    assert (fa.p_13_1, fa.p_14_1, fa.p_15) == (Decimal("-500.00"), Decimal("-115.00"), Decimal("-615.00"))
    assert fa.dane_fa_korygowanej[0].nr_kse_ffa_korygowanej == "5265877635-20260401-0100001AF629-11"
    assert fa.przyczyna_korekty == "rabat" and fa.typ_korekty.value == 2


def test_correction_of_invoice_outside_ksef() -> None:
    fa = build(**every_kind()["KOR (difference lines)"]).fa
    assert fa.dane_fa_korygowanej[0].nr_kse_fn.value == 1
    assert fa.p_15 == Decimal("-615.00")


def test_settlement_and_its_correction() -> None:
    roz = build(**every_kind()["ROZ"]).fa
    assert roz.p_13_1 == Decimal("3000.00") - Decimal("813.01")
    assert roz.faktura_zaliczkowa[0].nr_kse_ffa_zaliczkowej
    kor_roz = build(**every_kind()["KOR_ROZ"]).fa
    assert kor_roz.p_13_3 == Decimal("-40.00") and kor_roz.p_15_zk == Decimal("3900.00") - Decimal("1000.00")
    kor_zal = build(**every_kind()["KOR_ZAL"]).fa
    assert kor_zal.p_15 == Decimal("200.00") and kor_zal.p_15_zk == Decimal("1000.00")
    assert [r.stan_przed_z is not None for r in kor_zal.zamowienie.zamowienie_wiersz] == [True, True, False, False]


def test_third_parties_payment_annotations_descriptions() -> None:
    model = build(
        **common(
            lines=[InvoiceLine("Dostawa", 1, "20000.00", annex15=True, gtu="GTU_06")],
            third_parties=[
                ThirdParty(Party("7740001454", "Faktor S.A.", "ul. Bankowa 1, Warszawa"), ThirdPartyRole.FACTOR),
                ThirdParty(Party(name="Oddział", internal_id="5213017228-00001"), ThirdPartyRole.RECIPIENT),
                ThirdParty(Party.eu_company("FR40303265045", "Acheteur", "Paris", "FR"), other_role="Współnabywca"),
                ThirdParty(Party("1111111111", "Nabywca 2"), ThirdPartyRole.ADDITIONAL_BUYER, share=Decimal("25")),
            ],
            payment=Payment(
                due_dates=[dt.date(2026, 6, 3)],
                method=PaymentMethod.TRANSFER,
                accounts=[BankAccount("PL61 1090 1014 0000 0712 1981 2874", swift="WBKPPLPP", bank_name="Santander")],
                factor_accounts=[BankAccount("PL27114020040000300201355387")],
                partial_payments=[("1000.00", dt.date(2026, 5, 5))],
                early_payment_discount=("zapłata w 7 dni", "2%"),
            ),
            annotations=Annotations(
                split_payment=True,
                cash_method=True,
                self_billing=True,
                simplified_triangular=True,
                new_vehicles=[NewVehicle(dt.date(2026, 4, 1), 1, "land", "1200 km", make="Škoda")],
            ),
            descriptions={"Projekt": "Alfa", "Zamówienie": "Z/1"},
            warehouse_documents=["WZ/1/2026"],
            sale_date=dt.date(2026, 5, 3),
            issue_place="Warszawa",
            footer=Footer(text="Dziękujemy", krs="0000123456", regon="123456785", bdo="000012345"),
        )
    )
    assert [p.rola.value if p.rola else None for p in model.podmiot3] == [1, 2, None, 4]
    assert model.podmiot3[1].dane_identyfikacyjne.idwew == "5213017228-00001"
    assert model.podmiot3[2].opis_roli == "Współnabywca" and model.podmiot3[3].udzial == Decimal(25)
    pay = model.fa.platnosc
    assert pay.rachunek_bankowy[0].nr_rb == "PL61109010140000071219812874" and pay.forma_platnosci.value == 6
    assert pay.zaplata_czesciowa[0].kwota_zaplaty_czesciowej == Decimal("1000.00")
    notes = model.fa.adnotacje
    assert [notes.p_16.value, notes.p_17.value, notes.p_18_a.value, notes.p_23.value] == [1, 1, 1, 1]
    assert notes.nowe_srodki_transportu.nowy_srodek_transportu[0].p_22_b == "1200 km"
    assert [(d.klucz, d.wartosc) for d in model.fa.dodatkowy_opis] == [("Projekt", "Alfa"), ("Zamówienie", "Z/1")]
    assert model.fa.fa_wiersz[0].p_12_zal_15.value == 1 and model.fa.fa_wiersz[0].gtu.value == "GTU_06"


def test_exemption_bases() -> None:
    for source, field in (("act", "p_19_a"), ("directive", "p_19_b"), ("other", "p_19_c")):
        notes = build(
            **common(
                lines=[InvoiceLine("Kurs", 1, "500.00", "zw")],
                annotations=Annotations(exemption=Exemption("art. 43 ust. 1 pkt 29", source)),
            )
        ).fa.adnotacje
        assert getattr(notes.zwolnienie, field) == "art. 43 ust. 1 pkt 29"


def test_paid_invoice_and_other_payment_method() -> None:
    pay = build(
        **common(lines=[InvoiceLine("x", 1, "1.00")], payment=Payment(paid_on=ISSUE_DAY, other_method="barter"))
    )
    assert pay.fa.platnosc.zaplacono.value == 1 and pay.fa.platnosc.opis_platnosci == "barter"


ISSUE_DAY = dt.date(2026, 5, 4)


def test_returns_model_and_bytes_alike() -> None:
    kw = every_kind()["VAT"]
    assert serialize_invoice(fa3_invoice(**kw)) == build_fa3_invoice(**kw)
    assert build_fa3_invoice(**kw, pretty=True).count(b"\n") > 50


def test_compatible_convenience_arguments() -> None:
    data = build_fa3_invoice(
        seller=SELLER,
        buyer=BUYER,
        lines=[InvoiceLine("Consulting", quantity=10, unit_net_price="150.00", vat_rate="23")],
        invoice_number="FV/2026/05/001",
        payment_due=dt.date(2026, 6, 1),
        bank_account="61109010140000071219812874",
    )
    fa = parse_invoice(data).fa
    assert fa.platnosc.termin_platnosci[0].termin.to_date() == dt.date(2026, 6, 1)
    assert fa.p_1.to_date() == dt.date.today()


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"seller": Party(None, "S", "a")}, "seller"),
        ({"seller": Party("123", "S", "a")}, "seller"),
        ({"buyer": Party("5213017228", "B", "a", eu_vat_id="DE811128135")}, "buyer"),
        ({"buyer": Party.eu_company("US123", "B", "a", "US")}, "buyer"),
        ({"lines": []}, "lines"),
        ({"lines": [InvoiceLine("x", 1, "1", "19")]}, "lines[1]"),
        ({"lines": [InvoiceLine("x", 1.5, "1")]}, "lines[1].quantity"),
        ({"lines": [InvoiceLine("x", 1, "abc")]}, "lines[1].unit_net_price"),
        ({"lines": [InvoiceLine("x", 1, "1", "zw")]}, "exemption"),
        ({"lines": [InvoiceLine("x", 1, "1", "margin")]}, "margin"),
        ({"currency": "euro"}, "currency"),
        ({"invoice_number": " "}, "number"),
        ({"created_at": dt.datetime(2026, 5, 4, 9, 0)}, "created_at"),
        ({"kind": "KOR"}, "correction"),
        ({"kind": "ROZ"}, "advances"),
        ({"kind": "ZAL"}, "advance"),
        ({"kind": "UPR", "buyer": CONSUMER}, "buyer"),
        ({"third_parties": [ThirdParty(BUYER)]}, "third_parties[0]"),
        ({"payment": Payment(accounts=[BankAccount("123")])}, "payment"),
    ],
)
def test_bad_input_is_a_typed_error_naming_the_field(kw: dict[str, Any], field: str) -> None:
    args = common(lines=[InvoiceLine("x", 1, "1.00")])
    args.update(kw)
    with pytest.raises(InvoiceBuilderError) as info:
        build_fa3_invoice(**args)
    assert info.value.field == field
