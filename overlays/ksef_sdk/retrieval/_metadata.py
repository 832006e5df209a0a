"""Invoice metadata queries: every record matching the filters, none lost or repeated.

``POST /invoices/query/metadata`` pages by ``pageOffset``/``pageSize`` and says ``hasMore``; when a
result set is cut at 10,000 records (``isTruncated``), the next query starts from the last record's
date (``pobieranie-faktur``), and records at that boundary already seen are skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal

import attrs

from ksef_sdk import defaults
from ksef_sdk.errors import KsefError
from ksef_sdk.flow import Call, Emit, StreamFlow, iterate_async, iterate_sync
from ksef_sdk.http._client import workflow_env

__all__ = [
    "DateType",
    "SubjectType",
    "aiter_invoice_metadata",
    "iter_invoice_metadata",
    "metadata_flow",
    "query_filters",
]

SubjectType = Literal["Subject1", "Subject2", "Subject3", "SubjectAuthorized"]
DateType = Literal["Issue", "Invoicing", "PermanentStorage"]


def query_filters(
    subject_type: SubjectType,
    *,
    date_from: dt.datetime,
    date_to: dt.datetime | None = None,
    date_type: DateType = "PermanentStorage",
    restrict_to_hwm: bool | None = None,
    **extra: Any,
) -> Any:
    """An ``InvoiceQueryFilters`` model; ``extra`` are further JSON filter fields (``sellerNip=...``)."""
    from ksef_api.models.invoice_query_filters import InvoiceQueryFilters

    body: dict[str, Any] = {
        "subjectType": subject_type,
        "dateRange": {"dateType": date_type, "from": iso(date_from)},
    }
    if date_to is not None:
        body["dateRange"]["to"] = iso(date_to)
    if restrict_to_hwm is not None:
        body["dateRange"]["restrictToPermanentStorageHwmDate"] = restrict_to_hwm
    body.update(extra)
    return InvoiceQueryFilters.from_dict(body)


def iso(value: dt.datetime) -> str:
    if value.tzinfo is None:
        raise KsefError("query dates must be timezone-aware (naive dates would be read as Warsaw time)")
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
    filters: Any, *, page_size: int = defaults.METADATA_PAGE_SIZE, descending: bool = False
) -> StreamFlow:
    """Stream metadata: ``hasMore`` → next page; ``isTruncated`` → narrow the range from the last record.

    Records at the boundary instant come back after narrowing; they are recognised by KSeF number and
    not repeated. Items are handed out through :class:`Emit`.
    """
    from ksef_api.api.invoices import post_invoices_query_metadata as op
    from ksef_api.models.sort_order import SortOrder

    if not 10 <= page_size <= 250:
        raise KsefError("page_size must be 10..250")
    date_type = str(filters.date_range.date_type)
    current = filters
    offset = 0
    boundary: Any = None
    at_boundary: set[str] = set()
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
        last = _sort_date(page.invoices[-1], date_type)
        on_last = {m.ksef_number for m in page.invoices if _sort_date(m, date_type) == last}
        if last == boundary:
            if on_last <= at_boundary:
                raise KsefError(f"metadata query: more records share the instant {last} than one query returns")
            at_boundary |= on_last
        else:
            boundary, at_boundary = last, on_last
        if descending:
            new_range = attrs.evolve(current.date_range, to=_as_datetime(last))
        else:
            new_range = attrs.evolve(current.date_range, from_=_as_datetime(last))
        current = attrs.evolve(current, date_range=new_range)
        offset = 0


def iter_invoice_metadata(
    client: Any, filters: Any, *, page_size: int = defaults.METADATA_PAGE_SIZE, descending: bool = False
) -> Iterator[Any]:
    """Every ``InvoiceMetadata`` matching ``filters`` (no record lost or repeated)."""
    return iterate_sync(metadata_flow(filters, page_size=page_size, descending=descending), workflow_env(client))


def aiter_invoice_metadata(
    client: Any, filters: Any, *, page_size: int = defaults.METADATA_PAGE_SIZE, descending: bool = False
) -> AsyncIterator[Any]:
    return iterate_async(metadata_flow(filters, page_size=page_size, descending=descending), workflow_env(client))
