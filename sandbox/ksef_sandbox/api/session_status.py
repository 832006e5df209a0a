"""Sending status and UPO (spec tag "Status wysyłki i UPO"): sessions list, session status, the invoices of a
session (all or failed), one invoice's status, and the UPO documents.

Reads count down ``Config.processing_polls`` ("in progress" before the final state), so clients exercise their
polling. See ``faktury/sesje/sesja-sprawdzenie-stanu-i-pobranie-upo.md`` of the official documentation.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ksef_sandbox._http import ApiError, Request, Response
from ksef_sandbox._ids import format_dt, parse_dt, sha256_b64
from ksef_sandbox._records import Invoice, Session
from ksef_sandbox._state import SandboxState

from ._hwm import stored
from ._input import bad, page_size
from ._principal import access
from ._sessions import find_session, visible_status
from ._signing import decode_continuation, encode_continuation, sign_url
from ._statuses import INVOICE_STATUSES, status, status_json
from ._upo import invoice_upo as invoice_upo_document

__all__ = [
    "failed_invoices",
    "invoice_status",
    "invoice_upo",
    "invoice_upo_by_ksef_number",
    "invoices",
    "list_sessions",
    "session_status",
    "session_upo",
]

_READERS = ("InvoiceWrite", "Introspection", "PefInvoiceWrite", "EnforcementOperations")


def session_status(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /sessions/{referenceNumber}``: status, counts and (when done) the collective UPO pages."""
    p = access(state, req, *_READERS)
    s = find_session(state, referenceNumber, p)
    st = visible_status(state, s, consume=True)
    out: dict[str, Any] = {
        "status": status_json(st),
        "dateCreated": format_dt(s.created),
        "dateUpdated": format_dt(s.updated),
    }
    if s.valid_until:
        out["validUntil"] = format_dt(s.valid_until)
    if s.upo_pages and st[0] == 200:
        exp = state.now + state.config.url_lifetime
        out["upo"] = {
            "pages": [
                {
                    "referenceNumber": ref,
                    "downloadUrl": sign_url(state, req, f"/blob/upo/{s.reference}/{ref}", exp),
                    "downloadUrlExpirationDate": format_dt(exp),
                }
                for ref, _ in s.upo_pages
            ]
        }
    if not s.processing:
        out["invoiceCount"] = len(s.invoices)
        out["successfulInvoiceCount"] = sum(1 for i in s.invoices if i.status[0] == 200)
        out["failedInvoiceCount"] = sum(1 for i in s.invoices if i.status[0] >= 400)
    return Response.json(out)


def _pending(state: SandboxState, s: Session, inv: Invoice, consume: bool) -> bool:
    """The invoice still shows "in progress" (until its session is final, or its processing is done)."""
    if s.final:
        return False
    return inv.progress.read(state.now) if consume else not inv.progress.done(state.now)


def _invoice_json(state: SandboxState, req: Request, s: Session, inv: Invoice, consume: bool) -> dict[str, Any]:
    st = inv.status
    first_read = inv.progress.polls == state.config.processing_polls > 1
    pending = _pending(state, s, inv, consume)
    if pending:
        st = status(100 if first_read else 150, INVOICE_STATUSES)
    out: dict[str, Any] = {
        "ordinalNumber": inv.ordinal,
        "referenceNumber": inv.reference,
        "invoiceHash": inv.invoice_hash,
        "invoicingDate": format_dt(inv.invoicing_date),
        "status": status_json(st),
    }
    if inv.file_name:
        out["invoiceFileName"] = inv.file_name
    if inv.facts and inv.facts.invoice_number:
        out["invoiceNumber"] = inv.facts.invoice_number[:256]
    if not pending:
        out["invoicingMode"] = inv.mode
        if inv.extensions:
            out["status"]["extensions"] = inv.extensions
        if inv.ksef_number and inv.acquisition_date:
            exp = state.now + state.config.url_lifetime
            out["ksefNumber"] = inv.ksef_number
            out["acquisitionDate"] = format_dt(inv.acquisition_date)
            if inv.permanent_storage_date is not None and stored(state, inv):
                out["permanentStorageDate"] = format_dt(inv.permanent_storage_date)
            out["upoDownloadUrl"] = sign_url(state, req, f"/blob/upo-invoice/{s.reference}/{inv.reference}", exp)
            out["upoDownloadUrlExpirationDate"] = format_dt(exp)
    return out


def invoice_status(state: SandboxState, req: Request, referenceNumber: str, invoiceReferenceNumber: str) -> Response:
    """``GET /sessions/{referenceNumber}/invoices/{invoiceReferenceNumber}``."""
    p = access(state, req, *_READERS)
    s = find_session(state, referenceNumber, p)
    visible_status(state, s, consume=False)
    inv = s.by_ref.get(invoiceReferenceNumber)
    if inv is None:
        raise ApiError(
            400,
            21405,
            "Błąd walidacji danych wejściowych.",
            [f"Faktura {invoiceReferenceNumber} nie istnieje w sesji."],
        )
    return Response.json(_invoice_json(state, req, s, inv, consume=True))


def _list_invoices(state: SandboxState, req: Request, referenceNumber: str, failed: bool) -> Response:
    p = access(state, req, *_READERS)
    s = find_session(state, referenceNumber, p)
    visible_status(state, s, consume=False)
    size = page_size(req, 10, 10, 1000)
    start = decode_continuation(state, req)
    items = [i for i in s.invoices if i.status[0] >= 400] if failed else s.invoices
    if s.processing:
        items = [] if failed else items
    page = items[start : start + size]
    # a listed invoice counts as read: a client that polls the list sees processing end
    out: dict[str, Any] = {"invoices": [_invoice_json(state, req, s, i, consume=True) for i in page]}
    if start + size < len(items):
        out["continuationToken"] = encode_continuation(state, start + size)
    return Response.json(out)


def invoices(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /sessions/{referenceNumber}/invoices``."""
    return _list_invoices(state, req, referenceNumber, failed=False)


def failed_invoices(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /sessions/{referenceNumber}/invoices/failed``."""
    return _list_invoices(state, req, referenceNumber, failed=True)


def _in_range(value: datetime, lo: str | None, hi: str | None) -> bool:
    try:
        if lo and value < parse_dt(lo):
            return False
        return not (hi and value > parse_dt(hi))
    except ValueError:
        raise bad("Invalid date-time filter.") from None


def list_sessions(state: SandboxState, req: Request) -> Response:
    """``GET /sessions``: the context's sessions of one type, newest first (own ones without Introspection)."""
    p = access(state, req, "InvoiceWrite", "Introspection", "EnforcementOperations")
    kind = req.q("sessionType")
    if kind not in ("Online", "Batch"):
        raise bad("sessionType is required (Online | Batch).")
    size = page_size(req, 10, 10, 1000)
    start = decode_continuation(state, req)
    statuses = set(req.q_all("statuses"))
    see_all = bool({"Introspection", "EnforcementOperations"} & set(p.permissions))
    rows = []
    for s in sorted(state.sessions.values(), key=lambda x: x.created, reverse=True):
        if s.kind != kind or s.context_value != p.op.context_value:
            continue
        if not see_all and state.auth_ops[s.auth_ref].subject_value != p.op.subject_value:
            continue
        st = visible_status(state, s, consume=False)
        common = (
            "InProgress"
            if st[0] < 200
            else ("Succeeded" if st[0] == 200 else ("Cancelled" if st[0] == 440 else "Failed"))
        )
        if statuses and common not in statuses:
            continue
        if req.q("referenceNumber") and s.reference != req.q("referenceNumber"):
            continue
        if not _in_range(s.created, req.q("dateCreatedFrom"), req.q("dateCreatedTo")):
            continue
        if (req.q("dateClosedFrom") or req.q("dateClosedTo")) and (
            s.closed is None or not _in_range(s.closed, req.q("dateClosedFrom"), req.q("dateClosedTo"))
        ):
            continue
        if not _in_range(s.updated, req.q("dateModifiedFrom"), req.q("dateModifiedTo")):
            continue
        row: dict[str, Any] = {
            "referenceNumber": s.reference,
            "status": status_json(st),
            "dateCreated": format_dt(s.created),
            "dateUpdated": format_dt(s.updated),
            "totalInvoiceCount": len(s.invoices),
            "successfulInvoiceCount": sum(1 for i in s.invoices if i.status[0] == 200),
            "failedInvoiceCount": sum(1 for i in s.invoices if i.status[0] >= 400),
        }
        if s.valid_until:
            row["validUntil"] = format_dt(s.valid_until)
        rows.append(row)
    out: dict[str, Any] = {"sessions": rows[start : start + size]}
    if start + size < len(rows):
        out["continuationToken"] = encode_continuation(state, start + size)
    return Response.json(out)


def _upo_ready(state: SandboxState, s: Session, inv: Invoice | None) -> Invoice:
    if inv is None or inv.ksef_number is None or (not s.final and not inv.progress.done(state.now)):
        raise ApiError(
            400, 21178, "Nie znaleziono UPO.", ["UPO nie zostało jeszcze wygenerowane lub faktura nie istnieje."]
        )
    return inv


def invoice_upo(state: SandboxState, req: Request, referenceNumber: str, invoiceReferenceNumber: str) -> Response:
    """``GET /sessions/{referenceNumber}/invoices/{invoiceReferenceNumber}/upo``."""
    p = access(state, req, *_READERS)
    s = find_session(state, referenceNumber, p)
    inv = _upo_ready(state, s, s.by_ref.get(invoiceReferenceNumber))
    doc = invoice_upo_document(state, s, inv)
    return Response.xml(doc, sha256_b64(doc))


def invoice_upo_by_ksef_number(state: SandboxState, req: Request, referenceNumber: str, ksefNumber: str) -> Response:
    """``GET /sessions/{referenceNumber}/invoices/ksef/{ksefNumber}/upo``."""
    p = access(state, req, *_READERS)
    s = find_session(state, referenceNumber, p)
    inv = _upo_ready(state, s, s.by_ksef.get(ksefNumber))
    doc = invoice_upo_document(state, s, inv)
    return Response.xml(doc, sha256_b64(doc))


def session_upo(state: SandboxState, req: Request, referenceNumber: str, upoReferenceNumber: str) -> Response:
    """``GET /sessions/{referenceNumber}/upo/{upoReferenceNumber}``: one page of the collective UPO."""
    p = access(state, req, *_READERS)
    s = find_session(state, referenceNumber, p)
    for ref, doc in s.upo_pages:
        if ref == upoReferenceNumber:
            return Response.xml(doc, sha256_b64(doc))
    raise ApiError(400, 21178, "Nie znaleziono UPO.", [f"UPO {upoReferenceNumber} nie istnieje."])
