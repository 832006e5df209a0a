"""Typed metadata filters: every field KSeF knows, values checked before anything is sent."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from ksef_sdk.errors import ConfigurationError, InvalidIdentifierError
from ksef_sdk.identifiers import ksef_number_checksum
from ksef_sdk.retrieval import query_filters

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
NUMBER = "5265877635-20261201-0100001AF629"


def test_every_filter_reaches_the_request_body() -> None:
    filters = query_filters(
        "Subject2",
        date_from=T0,
        date_to=T0 + dt.timedelta(days=30),
        date_type="Issue",
        restrict_to_hwm=True,
        ksef_number=f"{NUMBER}-{ksef_number_checksum(NUMBER)}",
        invoice_number="FV/1",
        seller_nip="5265877635",
        buyer=("Nip", "7010002139"),
        amount=("Brutto", Decimal("10.00"), 99.5),
        currency_codes=["PLN", "EUR"],
        invoicing_mode="Online",
        is_self_invoicing=False,
        form_type="FA",
        invoice_types=["Vat", "Kor"],
        has_attachment=False,
    )
    body = filters.to_dict()
    assert body["subjectType"] == "Subject2"
    assert body["dateRange"] == {
        "dateType": "Issue",
        "from": T0.isoformat(),
        "to": (T0 + dt.timedelta(days=30)).isoformat(),
        "restrictToPermanentStorageHwmDate": True,
    }
    assert body["sellerNip"] == "5265877635" and body["buyerIdentifier"] == {"type": "Nip", "value": "7010002139"}
    assert body["amount"] == {"type": "Brutto", "from": 10.0, "to": 99.5}
    assert body["currencyCodes"] == ["PLN", "EUR"] and body["invoiceTypes"] == ["Vat", "Kor"]
    assert body["formType"] == "FA" and body["invoicingMode"] == "Online" and body["hasAttachment"] is False


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"seller_nip": "5265877636"}, InvalidIdentifierError),
        ({"buyer": ("Nip", "123")}, InvalidIdentifierError),
        ({"ksef_number": f"{NUMBER}-00"}, InvalidIdentifierError),
        ({"date_to": T0 - dt.timedelta(seconds=1)}, ConfigurationError),
        ({"date_to": T0 + dt.timedelta(days=120)}, ConfigurationError),
        ({"currency_codes": ["pln"]}, ConfigurationError),
        ({"amount": ("Brutto", 10, 1)}, ConfigurationError),
        ({"buyer": ("Pesel", "x")}, ConfigurationError),
        ({"date_type": "Whenever"}, ConfigurationError),
    ],
)
def test_bad_filters_are_typed_errors_before_sending(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        query_filters("Subject1", date_from=T0, **kwargs)  # type: ignore[arg-type]


def test_naive_or_missing_dates_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="timezone-aware"):
        query_filters("Subject1", date_from=dt.datetime(2026, 11, 1))
    with pytest.raises(ConfigurationError, match="subject_type"):
        query_filters("Subject9", date_from=T0)  # type: ignore[arg-type]


def test_sync_invoices_refuses_unknown_filters() -> None:
    from ksef_sdk.retrieval import HwmState, sync_invoices

    with pytest.raises(ConfigurationError, match="sellerNipp"):
        sync_invoices(object(), HwmState(), "Subject1", start=T0, sellerNipp="5265877635")  # type: ignore[arg-type, call-arg]
