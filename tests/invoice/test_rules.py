"""Each business rule passes on builder output and fails, with its typed error and the element path, when broken."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
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
from ksef_sdk.invoice.builder import Annotations, Exemption, InvoiceLine, Party, fa3_invoice
from ksef_sdk.invoice.check import check_invoice, invoice_problems
from ksef_sdk.invoice.checks import InvoiceValidationError, SchemaValidationError
from ksef_sdk.invoice.parse import serialize_invoice
from ksef_sdk.invoice.rules import check_rules, rule_errors
from xsdata.models.datatype import XmlDate

from .builders import EU_BUYER, FOREIGN_BUYER, common, every_kind

TODAY = dt.date(2026, 12, 31)


def doc(name: str = "VAT", **kw: Any) -> Any:
    args = {**every_kind()[name], **kw}
    return fa3_invoice(**args, check=False)


def fail(document: Any, error: type[BusinessRuleError], path: str) -> BusinessRuleError:
    errors = rule_errors(document, today=TODAY)
    matching = [e for e in errors if isinstance(e, error) and e.path == path]
    assert matching, f"expected {error.__name__} at {path}, got {[(type(e).__name__, e.path) for e in errors]}"
    return matching[0]


def test_builder_output_of_every_kind_passes() -> None:
    for name in every_kind():
        assert rule_errors(doc(name), today=TODAY) == [], name


def test_line_amount() -> None:
    d = doc()
    d.fa.fa_wiersz[1].p_11 = Decimal("80.00")  # 2 × 39.99 = 79.98
    error = fail(d, LineAmountError, "/Faktura/Fa/FaWiersz[2]/P_11")
    assert "79.98" in str(error) and error.rule == "line-amount"


def test_line_amount_tolerates_one_grosz() -> None:
    d = doc()
    d.fa.fa_wiersz[1].p_11 = Decimal("79.99")
    assert not [e for e in rule_errors(d, today=TODAY) if isinstance(e, LineAmountError)]


def test_net_total_per_rate() -> None:
    d = doc()
    d.fa.p_13_1 = Decimal("1999.00")
    fail(d, TotalsMismatchError, "/Faktura/Fa/P_13_1")


def test_gross_total() -> None:
    d = doc()
    d.fa.p_15 += Decimal("0.01")
    error = fail(d, TotalsMismatchError, "/Faktura/Fa/P_15")
    assert error.rule == "totals"


def test_order_value_of_an_advance() -> None:
    d = doc("ZAL")
    d.fa.zamowienie.wartosc_zamowienia = Decimal(1)
    fail(d, TotalsMismatchError, "/Faktura/Fa/Zamowienie/WartoscZamowienia")


def test_vat_per_rate() -> None:
    d = doc()
    d.fa.p_14_1 = Decimal("459.00")
    d.fa.p_15 -= 1
    error = fail(d, VatRateError, "/Faktura/Fa/P_14_1")
    assert "460.00" in str(error)


def test_vat_of_an_advance() -> None:
    d = doc("ZAL")
    d.fa.p_14_1 += 1
    d.fa.p_13_1 -= 1
    fail(d, VatRateError, "/Faktura/Fa/P_14_1")


def test_issue_date_in_the_future() -> None:
    d = doc()
    errors = rule_errors(d, today=dt.date(2026, 5, 3))
    assert [e.path for e in errors if isinstance(e, DateRuleError)] == ["/Faktura/Fa/P_1"]


def test_creation_time_in_the_future() -> None:
    d = doc(created_at=dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=1))
    fail(d, DateRuleError, "/Faktura/Naglowek/DataWytworzeniaFa")


def test_reversed_period() -> None:
    d = doc(period=(dt.date(2026, 4, 30), dt.date(2026, 4, 1)))
    fail(d, DateRuleError, "/Faktura/Fa/OkresFa")


def test_corrected_invoice_after_its_correction() -> None:
    d = doc("KOR")
    d.fa.dane_fa_korygowanej[0].data_wyst_fa_korygowanej = XmlDate(2026, 6, 1)
    fail(d, DateRuleError, "/Faktura/Fa/DaneFaKorygowanej/DataWystFaKorygowanej")


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (
            lambda d: setattr(d.podmiot1.dane_identyfikacyjne, "nip", "5265877636"),
            "/Faktura/Podmiot1",
        ),
        (
            lambda d: setattr(d.podmiot2.dane_identyfikacyjne, "nip", "7010002137"),
            "/Faktura/Podmiot2",
        ),
    ],
)
def test_nip_checksum(mutate: Callable[[Any], None], path: str) -> None:
    d = doc()
    mutate(d)
    error = fail(d, IdentifierChecksumError, f"{path}/DaneIdentyfikacyjne/NIP")
    assert error.rule == "identifier-checksum"


def test_third_party_nip_and_internal_id_checksum() -> None:
    from ksef_sdk.invoice.builder import ThirdParty, ThirdPartyRole

    thirds = [
        ThirdParty(Party("1111111112", "Faktor"), ThirdPartyRole.FACTOR),
        ThirdParty(Party(name="Oddział", internal_id="1111111112-00001"), ThirdPartyRole.RECIPIENT),
    ]
    d = doc(third_parties=thirds)
    fail(d, IdentifierChecksumError, "/Faktura/Podmiot3[1]/DaneIdentyfikacyjne/NIP")
    fail(d, IdentifierChecksumError, "/Faktura/Podmiot3[2]/DaneIdentyfikacyjne/IDWew")


def test_pesel_checksum() -> None:
    buyer = Party.foreign("44051401359", "Jan Kowalski", "ul. Polna 1", country="PL")
    assert rule_errors(doc(buyer=buyer), today=TODAY) == []  # a valid PESEL
    d = doc(buyer=Party.foreign("44051401358", "Jan Kowalski", "ul. Polna 1", country="PL"))
    fail(d, IdentifierChecksumError, "/Faktura/Podmiot2/DaneIdentyfikacyjne/NrID")
    assert rule_errors(doc(buyer=FOREIGN_BUYER), today=TODAY) == []


def test_foreign_currency_needs_vat_in_pln() -> None:
    d = doc(buyer=EU_BUYER, currency="EUR", exchange_rate="4.25")
    d.fa.p_14_1_w = None
    fail(d, CurrencyRuleError, "/Faktura/Fa/P_14_1W")


def test_vat_in_pln_follows_the_exchange_rate() -> None:
    d = doc(buyer=EU_BUYER, currency="EUR", exchange_rate="4.25")
    d.fa.p_14_1_w += 5
    error = fail(d, CurrencyRuleError, "/Faktura/Fa/P_14_1W")
    assert error.rule == "currency"


def test_pln_invoice_has_no_vat_in_pln_or_rate() -> None:
    d = doc()
    d.fa.p_14_1_w = d.fa.p_14_1
    fail(d, CurrencyRuleError, "/Faktura/Fa/P_14_1W")
    d = doc()
    d.fa.fa_wiersz[0].kurs_waluty = Decimal("4.2")
    fail(d, CurrencyRuleError, "/Faktura/Fa/KodWaluty")


def test_advance_in_foreign_currency_needs_its_rate() -> None:
    d = doc("ZAL", currency="EUR", exchange_rate="4.3")
    d.fa.kurs_waluty_z = None
    fail(d, CurrencyRuleError, "/Faktura/Fa/KursWalutyZ")


def test_correction_names_the_corrected_invoice() -> None:
    d = doc("KOR")
    d.fa.dane_fa_korygowanej = []
    fail(d, CorrectionRuleError, "/Faktura/Fa/RodzajFaktury")


def test_correction_ksef_number_checksum() -> None:
    d = doc("KOR")
    d.fa.dane_fa_korygowanej[0].nr_kse_ffa_korygowanej = "5265877635-20260401-0100001AF629-12"
    fail(d, CorrectionRuleError, "/Faktura/Fa/DaneFaKorygowanej/NrKSeFFaKorygowanej")


def test_kor_zal_gives_the_amount_before() -> None:
    d = doc("KOR_ZAL")
    d.fa.p_15_zk = None
    fail(d, CorrectionRuleError, "/Faktura/Fa/P_15ZK")


def test_no_correction_data_outside_corrections() -> None:
    kor = doc("KOR")
    d = doc()
    d.fa.dane_fa_korygowanej = kor.fa.dane_fa_korygowanej
    d.fa.przyczyna_korekty = "x"
    fail(d, CorrectionRuleError, "/Faktura/Fa/DaneFaKorygowanej")
    fail(d, CorrectionRuleError, "/Faktura/Fa/PrzyczynaKorekty")
    d = doc()
    d.fa.fa_wiersz[0].stan_przed = kor.fa.fa_wiersz[0].stan_przed
    fail(d, CorrectionRuleError, "/Faktura/Fa/FaWiersz[1]/StanPrzed")


def test_exempt_lines_need_the_exemption_basis() -> None:
    d = doc(lines=[InvoiceLine("Kurs", 1, "100.00", "zw")], annotations=Annotations(exemption=Exemption("art. 43")))
    zw = copy.deepcopy(doc().fa.adnotacje.zwolnienie)
    d.fa.adnotacje.zwolnienie = zw
    fail(d, AnnotationRuleError, "/Faktura/Fa/Adnotacje")


def test_reverse_charge_lines_need_p_18() -> None:
    d = doc(lines=[InvoiceLine("Stal", 1, "100.00", "oo")])
    d.fa.adnotacje.p_18 = doc().fa.adnotacje.p_18
    fail(d, AnnotationRuleError, "/Faktura/Fa/Adnotacje/P_18")


def test_margin_totals_need_the_scheme() -> None:
    d = doc()
    d.fa.p_13_11 = Decimal("10.00")
    fail(d, AnnotationRuleError, "/Faktura/Fa/Adnotacje")


def test_settlement_lists_its_advances() -> None:
    d = doc("ROZ")
    d.fa.faktura_zaliczkowa = []
    fail(d, KindRuleError, "/Faktura/Fa/FakturaZaliczkowa")
    d = doc()
    d.fa.faktura_zaliczkowa = doc("ROZ").fa.faktura_zaliczkowa
    fail(d, KindRuleError, "/Faktura/Fa/FakturaZaliczkowa")


def test_simplified_invoice_limit() -> None:
    d = doc("UPR", lines=[InvoiceLine("Laptop", 1, "4000.00")])
    error = fail(d, KindRuleError, "/Faktura/Fa/P_15")
    assert "450" in str(error)


def test_check_rules_raises_the_first_with_all() -> None:
    d = doc()
    d.fa.p_13_1 = Decimal(1)
    d.podmiot2.dane_identyfikacyjne.nip = "7010002137"
    with pytest.raises(BusinessRuleError) as info:
        check_rules(d, today=TODAY)
    assert len(info.value.errors) >= 3 and "more)" in str(info.value)
    assert isinstance(info.value, InvoiceValidationError)


def test_check_invoice_on_bytes_wrong_totals() -> None:
    d = doc()
    good = serialize_invoice(d)
    assert check_invoice(good, today=TODAY) is not None
    bad = good.replace(b"<P_15>2706.14</P_15>", b"<P_15>2706.15</P_15>")
    with pytest.raises(TotalsMismatchError) as info:
        check_invoice(bad, today=TODAY)
    assert info.value.path == "/Faktura/Fa/P_15"
    problems = invoice_problems(bad, today=TODAY)
    assert [(type(p).__name__, p.path) for p in problems] == [("TotalsMismatchError", "/Faktura/Fa/P_15")]


def test_invoice_problems_lists_xsd_errors_first() -> None:
    bad = serialize_invoice(doc()).replace(b"<P_15>2706.14", b"<P_15>x")
    problems = invoice_problems(bad, today=TODAY)
    assert problems and all(p.path for p in problems)
    with pytest.raises(SchemaValidationError):
        check_invoice(bad)
    assert invoice_problems(b"<oops", today=TODAY)[0].line == 1


def test_other_forms_pass_through() -> None:
    from ksef_sdk.invoice.parse import parse_invoice

    from .conftest import sample_bytes

    assert rule_errors(parse_invoice(sample_bytes("invoice-template-fa-2.xml"))) == []


def test_official_fa3_samples_against_the_rules() -> None:
    """The official samples are templates: report what the rules say about them (documented, not hidden)."""
    from ksef_sdk.invoice.parse import parse_invoice

    from .conftest import FA_SAMPLES, sample_bytes

    for name in FA_SAMPLES:
        if "fa-3" in name:
            errors = rule_errors(parse_invoice(sample_bytes(name)), today=TODAY)
            assert all(isinstance(e, BusinessRuleError) and e.path for e in errors)


def test_common_helper_is_valid() -> None:
    assert rule_errors(fa3_invoice(**common(lines=[InvoiceLine("x", 1, "1.00")])), today=TODAY) == []


def test_pre_send_checks_run_the_rules_with_the_xsd() -> None:
    from ksef_sdk.invoice.checks import XsdValidator, validate_invoice

    bad = serialize_invoice(doc()).replace(b"<P_15>2706.14", b"<P_15>2706.15")
    validate_invoice(bad)  # the basic checks alone: fine
    validate_invoice(bad, xsd=XsdValidator(), rules=False)  # the XSD alone: fine
    with pytest.raises(TotalsMismatchError) as info:
        validate_invoice(bad, xsd=XsdValidator())  # with the XSD, the rules run too
    assert info.value.path == "/Faktura/Fa/P_15"
    with pytest.raises(TotalsMismatchError):
        validate_invoice(bad, rules=True)  # rules alone (the libxml2 XSD runs first)
    validate_invoice(serialize_invoice(doc()), xsd=XsdValidator())
