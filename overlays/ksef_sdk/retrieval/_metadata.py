"""Invoice metadata queries: every record matching the filters, none lost or repeated.

``POST /invoices/query/metadata`` pages by ``pageOffset``/``pageSize`` and says ``hasMore``; when a
result set is cut at 10,000 records (``isTruncated``), the next query starts from the last record's
date (``pobieranie-faktur``), and records at that boundary already seen are skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypedDict, get_args

import attrs

from ksef_sdk import defaults
from ksef_sdk.errors import ConfigurationError, KsefError
from ksef_sdk.flow import Call, Emit, StreamFlow, iterate_async, iterate_sync
from ksef_sdk.http._client import AsyncSecuredClient, SyncSecuredClient, workflow_env
from ksef_sdk.identifiers import validate_ksef_number, validate_nip

if TYPE_CHECKING:
    from ksef_api.models.invoice_metadata import InvoiceMetadata
    from ksef_api.models.invoice_query_filters import InvoiceQueryFilters

__all__ = [
    "DateType",
    "FilterOptions",
    "SubjectType",
    "aiter_invoice_metadata",
    "iter_invoice_metadata",
    "metadata_flow",
    "query_filters",
]

SubjectType = Literal["Subject1", "Subject2", "Subject3", "SubjectAuthorized"]
DateType = Literal["Issue", "Invoicing", "PermanentStorage"]


AmountType = Literal["Brutto", "Netto", "Vat"]
BuyerIdentifierType = Literal["Nip", "VatUe", "Other", "None"]
InvoicingMode = Literal["Online", "Offline"]
FormType = Literal["FA", "PEF", "FA_RR"]
InvoiceKind = Literal[
    "Vat", "Zal", "Kor", "Roz", "Upr", "KorZal", "KorRoz", "VatPef", "VatPefSp", "KorPef", "VatRr", "KorVatRr"
]


class FilterOptions(TypedDict, total=False):
    """The optional filters of :func:`query_filters` (for workflows that build the date range themselves)."""

    ksef_number: str
    invoice_number: str
    seller_nip: str
    buyer: tuple[BuyerIdentifierType, str | None]
    amount: tuple[AmountType, Decimal | float | None, Decimal | float | None]
    currency_codes: Sequence[str]
    invoicing_mode: InvoicingMode
    is_self_invoicing: bool
    form_type: FormType
    invoice_types: Sequence[InvoiceKind]
    has_attachment: bool


MAX_RANGE = dt.timedelta(days=92)
"""KSeF allows a metadata query range of at most 3 months (``dateRange`` of ``POST /invoices/query/metadata``)."""


def query_filters(
    subject_type: SubjectType,
    *,
    date_from: dt.datetime,
    date_to: dt.datetime | None = None,
    date_type: DateType = "PermanentStorage",
    restrict_to_hwm: bool | None = None,
    ksef_number: str | None = None,
    invoice_number: str | None = None,
    seller_nip: str | None = None,
    buyer: tuple[BuyerIdentifierType, str | None] | None = None,
    amount: tuple[AmountType, Decimal | float | None, Decimal | float | None] | None = None,
    currency_codes: Sequence[str] = (),
    invoicing_mode: InvoicingMode | None = None,
    is_self_invoicing: bool | None = None,
    form_type: FormType | None = None,
    invoice_types: Sequence[InvoiceKind] = (),
    has_attachment: bool | None = None,
) -> InvoiceQueryFilters:
    """The filters of a metadata query or an export, checked before anything is sent.

    Dates must be timezone-aware and ``date_to`` after ``date_from`` (at most 3 months apart when given);
    ``seller_nip`` and a ``("Nip", value)`` buyer must be valid NIPs, ``ksef_number`` a valid KSeF number,
    currency codes ISO 4217 letters. ``buyer`` is ``(type, value)`` (value ``None`` for ``"None"``);
    ``amount`` is ``(type, from, to)``. A wrong value raises :class:`~ksef_sdk.errors.ConfigurationError`
    or :class:`~ksef_sdk.errors.InvalidIdentifierError`.
    """
    from ksef_api.models.invoice_query_filters import InvoiceQueryFilters

    if subject_type not in get_args(SubjectType):
        raise ConfigurationError(f"subject_type must be one of {get_args(SubjectType)}, got {subject_type!r}")
    if date_type not in get_args(DateType):
        raise ConfigurationError(f"date_type must be one of {get_args(DateType)}, got {date_type!r}")
    date_range: dict[str, Any] = {"dateType": date_type, "from": iso(date_from)}
    if date_to is not None:
        date_range["to"] = iso(date_to)
        if date_to <= date_from:
            raise ConfigurationError(f"date_to {date_to.isoformat()} is not after date_from {date_from.isoformat()}")
        if date_to - date_from > MAX_RANGE:
            raise ConfigurationError("a metadata query covers at most 3 months: split the range")
    if restrict_to_hwm is not None:
        date_range["restrictToPermanentStorageHwmDate"] = restrict_to_hwm
    body: dict[str, Any] = {"subjectType": subject_type, "dateRange": date_range}
    if ksef_number is not None:
        body["ksefNumber"] = validate_ksef_number(ksef_number)
    if invoice_number is not None:
        body["invoiceNumber"] = invoice_number
    if seller_nip is not None:
        body["sellerNip"] = validate_nip(seller_nip)
    if buyer is not None:
        kind, value = buyer
        if kind not in get_args(BuyerIdentifierType):
            raise ConfigurationError(f"buyer type must be one of {get_args(BuyerIdentifierType)}, got {kind!r}")
        identifier: dict[str, Any] = {"type": kind}
        if value is not None:
            identifier["value"] = validate_nip(value) if kind == "Nip" else value
        body["buyerIdentifier"] = identifier
    if amount is not None:
        amount_type, low, high = amount
        if amount_type not in get_args(AmountType):
            raise ConfigurationError(f"amount type must be one of {get_args(AmountType)}, got {amount_type!r}")
        if low is not None and high is not None and Decimal(str(low)) > Decimal(str(high)):
            raise ConfigurationError(f"amount range {low}..{high} is empty")
        bounds = {"from": low, "to": high}
        body["amount"] = {"type": amount_type, **{k: float(v) for k, v in bounds.items() if v is not None}}
    if currency_codes:
        bad = [c for c in currency_codes if not (isinstance(c, str) and len(c) == 3 and c.isalpha() and c.isupper())]
        if bad:
            raise ConfigurationError(f"currency codes are three upper-case ISO 4217 letters, got {bad}")
        body["currencyCodes"] = list(currency_codes)
    if invoicing_mode is not None:
        body["invoicingMode"] = invoicing_mode
    if is_self_invoicing is not None:
        body["isSelfInvoicing"] = is_self_invoicing
    if form_type is not None:
        body["formType"] = form_type
    if invoice_types:
        body["invoiceTypes"] = list(invoice_types)
    if has_attachment is not None:
        body["hasAttachment"] = has_attachment
    try:
        return InvoiceQueryFilters.from_dict(body)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigurationError(f"invalid metadata filters: {exc}") from None


def iso(value: dt.datetime) -> str:
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        raise ConfigurationError(
            "query dates must be timezone-aware datetimes (naive ones would be read as Warsaw time)"
        )
    return value.isoformat()


def _sort_date(meta: Any, date_type: str) -> Any:
    if date_type == "Issue":
        return meta.issue_date
    if date_type == "Invoicing":
        return meta.invoicing_date
    return meta.permanent_storage_date


def _as_datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.timezone.utc)


def metadata_flow(
    filters: InvoiceQueryFilters, *, page_size: int = defaults.METADATA_PAGE_SIZE, descending: bool = False
) -> StreamFlow:
    """Stream metadata: ``hasMore`` → next page; ``isTruncated`` → narrow the range from the last record.

    Records at the boundary instant come back after narrowing; they are recognised by KSeF number and
    not repeated - every record at that instant the query delivered counts, whichever page it was on.
    Items are handed out through :class:`Emit`.
    """
    from ksef_api.api.invoices import post_invoices_query_metadata as op
    from ksef_api.models.sort_order import SortOrder

    if not 10 <= page_size <= 250:
        raise ConfigurationError("page_size must be 10..250")
    date_type = str(filters.date_range.date_type)
    current = filters
    offset = 0
    boundary: Any = None
    at_boundary: set[str] = set()
    tail: Any = None  # the latest instant this query delivered, and its records (across its pages)
    at_tail: set[str] = set()
    while True:
        page = yield Call(
            op,
            {
                "body": current,
                "page_offset": offset,
                "page_size": page_size,
                "sort_order": SortOrder.DESC if descending else SortOrder.ASC,
            },
        )
        fresh = []
        for meta in page.invoices:
            when = _sort_date(meta, date_type)
            if when != tail:
                tail, at_tail = when, set()
            at_tail.add(meta.ksef_number)
            if boundary is not None and when == boundary and meta.ksef_number in at_boundary:
                continue  # already delivered before the range was narrowed
            fresh.append(meta)
        if fresh:
            yield Emit(fresh)
        if not page.has_more:
            return
        if not page.is_truncated:
            offset += 1
            continue
        if not page.invoices:
            raise KsefError("metadata query: truncated result without records; cannot narrow the range")
        last = tail
        if last == boundary:
            if at_tail <= at_boundary:
                raise KsefError(f"metadata query: more records share the instant {last} than one query returns")
            at_boundary |= at_tail
        else:
            boundary, at_boundary = last, at_tail
        if descending:
            new_range = attrs.evolve(current.date_range, to=_as_datetime(last))
        else:
            new_range = attrs.evolve(current.date_range, from_=_as_datetime(last))
        current = attrs.evolve(current, date_range=new_range)
        offset = 0
        tail, at_tail = None, set()


def iter_invoice_metadata(
    client: SyncSecuredClient,
    filters: InvoiceQueryFilters,
    *,
    page_size: int = defaults.METADATA_PAGE_SIZE,
    descending: bool = False,
) -> Iterator[InvoiceMetadata]:
    """Every ``InvoiceMetadata`` matching ``filters`` (:func:`query_filters`), none lost or repeated."""
    return iterate_sync(metadata_flow(filters, page_size=page_size, descending=descending), workflow_env(client))


def aiter_invoice_metadata(
    client: AsyncSecuredClient,
    filters: InvoiceQueryFilters,
    *,
    page_size: int = defaults.METADATA_PAGE_SIZE,
    descending: bool = False,
) -> AsyncIterator[InvoiceMetadata]:
    """Async :func:`iter_invoice_metadata`."""
    return iterate_async(metadata_flow(filters, page_size=page_size, descending=descending), workflow_env(client))
