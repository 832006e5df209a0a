"""Invoice queries shared by the metadata query and exports: the filters (``InvoiceQueryFilters``), which
invoices a context sees in which role, the date the range applies to, and the ``InvoiceMetadata`` of an invoice.

Only invoices already in permanent storage are seen (``_hwm``). See ``pobieranie-faktur/pobieranie-faktur.md``
of the official documentation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from ksef_sandbox._ids import format_dt, parse_dt
from ksef_sandbox._records import Invoice
from ksef_sandbox._state import SandboxState
from ksef_sandbox._xml import FORMS

from ._grants import nip_of
from ._hwm import stored
from ._input import bad, require

__all__ = ["Query", "date_of", "metadata_json", "parse_filters", "select", "visible_to"]

SUBJECT_TYPES = ("Subject1", "Subject2", "Subject3", "SubjectAuthorized")


@dataclass(frozen=True)
class Query:
    """Parsed ``InvoiceQueryFilters``: the role, the date type and range, whether to stop at the HWM."""

    filters: dict[str, Any]
    subject_type: str
    date_type: str
    lo: datetime
    to: datetime | None  # None: until "now" when the query runs
    restrict_to_hwm: bool

    def hi(self, now: datetime) -> datetime:
        return self.to if self.to is not None else now


def _add_months(dt: datetime, months: int) -> datetime:
    month = dt.month - 1 + months
    year = dt.year + month // 12
    month = month % 12 + 1
    day = min(
        dt.day,
        [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
            month - 1
        ],
    )
    return dt.replace(year=year, month=month, day=day)


def parse_filters(state: SandboxState, filters: Any) -> Query:
    """Check the filters (21405 when malformed); the range ends now when ``to`` is absent."""
    if not isinstance(filters, dict):
        raise bad("filters must be an object.")
    require(filters, "subjectType", "dateRange")
    if filters["subjectType"] not in SUBJECT_TYPES:
        raise bad("subjectType is invalid.")
    dr = filters["dateRange"]
    if (
        not isinstance(dr, dict)
        or dr.get("dateType") not in ("Issue", "Invoicing", "PermanentStorage")
        or not dr.get("from")
    ):
        raise bad("dateRange.dateType and dateRange.from are required.")
    try:
        lo = parse_dt(str(dr["from"]))
        hi = parse_dt(str(dr["to"])) if dr.get("to") else state.now
    except ValueError as exc:
        raise bad(f"dateRange: {exc}") from None
    if hi < lo and dr.get("to"):
        raise bad("dateRange.to is earlier than dateRange.from.")
    if _add_months(lo, 3) < hi:
        raise bad("Zakres dat nie może przekraczać 3 miesięcy.")
    restrict = bool(dr.get("restrictToPermanentStorageHwmDate")) and dr["dateType"] == "PermanentStorage"
    return Query(filters, filters["subjectType"], dr["dateType"], lo, hi if dr.get("to") else None, restrict)


def visible_to(state: SandboxState, inv: Invoice, context: str, subject_type: str | None = None) -> bool:
    """``context`` sees the stored invoice as ``subject_type`` (any role, or the sender, when ``None``)."""
    f = inv.facts
    if f is None or not stored(state, inv):
        return False
    me = {context, nip_of(context)}
    roles = {
        "Subject1": f.seller_nip in me,
        "Subject2": f.buyer_id_value in me,
        "Subject3": any(t["identifier"]["value"] in me for t in f.third_subjects),
        "SubjectAuthorized": f.authorized_nip in me,
    }
    if subject_type is not None:
        return roles[subject_type]
    return any(roles.values()) or state.sessions[inv.session_ref].context_value == context


def date_of(inv: Invoice, date_type: str) -> datetime:
    assert inv.facts is not None and inv.acquisition_date is not None
    if date_type == "Issue":
        return datetime.fromisoformat(inv.facts.issue_date).replace(tzinfo=timezone.utc)
    if date_type == "Invoicing":
        return inv.invoicing_date
    return inv.permanent_storage_date or inv.acquisition_date


def _matches(inv: Invoice, filters: dict[str, Any]) -> bool:
    f = inv.facts
    assert f is not None
    if filters.get("ksefNumber") and inv.ksef_number != filters["ksefNumber"]:
        return False
    if filters.get("invoiceNumber") and filters["invoiceNumber"] != f.invoice_number:
        return False
    if filters.get("sellerNip") and filters["sellerNip"] != f.seller_nip:
        return False
    amount = filters.get("amount")
    if isinstance(amount, dict) and amount.get("type"):
        value = {"Brutto": f.gross, "Netto": f.net, "Vat": f.vat}.get(amount["type"], f.gross)
        if amount.get("from") is not None and value < float(amount["from"]):
            return False
        if amount.get("to") is not None and value > float(amount["to"]):
            return False
    buyer = filters.get("buyerIdentifier")
    if (
        isinstance(buyer, dict)
        and buyer.get("type")
        and (buyer["type"] != f.buyer_id_type or (buyer.get("value") and buyer["value"] != f.buyer_id_value))
    ):
        return False
    if filters.get("currencyCodes") and f.currency not in filters["currencyCodes"]:
        return False
    if filters.get("invoicingMode") and filters["invoicingMode"] != inv.mode:
        return False
    if filters.get("isSelfInvoicing") is not None and bool(filters["isSelfInvoicing"]) != f.self_invoicing:
        return False
    if filters.get("formType") and filters["formType"] != FORMS[inv.form][2]:
        return False
    if filters.get("invoiceTypes") and f.invoice_type not in filters["invoiceTypes"]:
        return False
    return filters.get("hasAttachment") is None or bool(filters["hasAttachment"]) == f.has_attachment


def select(state: SandboxState, context: str, query: Query, hi: datetime | None = None) -> list[Invoice]:
    """The stored invoices ``context`` sees that match, in ascending order of the query's date (ties by number)."""
    lo, top = query.lo, hi if hi is not None else query.hi(state.now)
    result = []
    for inv in state.invoices.values():
        if not visible_to(state, inv, context, query.subject_type):
            continue
        when = date_of(inv, query.date_type)
        if query.date_type == "Issue":
            if not lo.date() <= when.date() <= top.date():
                continue
        elif not lo <= when <= top:
            continue
        if _matches(inv, query.filters):
            result.append(inv)
    result.sort(key=lambda i: (date_of(i, query.date_type), i.ksef_number or ""))
    return result


def metadata_json(inv: Invoice) -> dict[str, Any]:
    f = inv.facts
    assert f is not None and inv.ksef_number and inv.acquisition_date
    seller: dict[str, Any] = {"nip": f.seller_nip}
    if f.seller_name:
        seller["name"] = f.seller_name[:512]
    buyer_id: dict[str, Any] = {"type": f.buyer_id_type}
    if f.buyer_id_value:
        buyer_id["value"] = f.buyer_id_value[:50]
    buyer: dict[str, Any] = {"identifier": buyer_id}
    if f.buyer_name:
        buyer["name"] = f.buyer_name[:512]
    out: dict[str, Any] = {
        "ksefNumber": inv.ksef_number,
        "invoiceNumber": f.invoice_number[:256],
        "issueDate": f.issue_date,
        "invoicingDate": format_dt(inv.invoicing_date),
        "acquisitionDate": format_dt(inv.acquisition_date),
        "permanentStorageDate": format_dt(inv.permanent_storage_date or inv.acquisition_date),
        "seller": seller,
        "buyer": buyer,
        "netAmount": f.net,
        "grossAmount": f.gross,
        "vatAmount": f.vat,
        "currency": f.currency,
        "invoicingMode": inv.mode,
        "invoiceType": f.invoice_type,
        "formCode": {"systemCode": inv.form[0], "schemaVersion": inv.form[1], "value": inv.form[2]},
        "isSelfInvoicing": f.self_invoicing,
        "hasAttachment": f.has_attachment,
        "invoiceHash": inv.invoice_hash,
    }
    if inv.hash_of_corrected:
        out["hashOfCorrectedInvoice"] = inv.hash_of_corrected
    if f.authorized_nip and f.authorized_role is not None:
        authorized: dict[str, Any] = {"nip": f.authorized_nip, "role": f.authorized_role}
        if f.authorized_name:
            authorized["name"] = f.authorized_name[:512]
        out["authorizedSubject"] = authorized
    if f.third_subjects:
        out["thirdSubjects"] = [
            {k: v for k, v in t.items() if v is not None} | {"role": t.get("role") or 0} for t in f.third_subjects
        ]
    return out
