"""Collective identifiers (spec tag "Identyfikatory zbiorcze"): one number for a group of invoices; create it,
query by date, list its invoices, find it by an invoice's KSeF number.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ksef_sandbox._http import ApiError, Request, Response
from ksef_sandbox._ids import format_dt, parse_dt
from ksef_sandbox._state import SandboxState

from ._input import bad, json_object, lenient_page_size
from ._principal import access
from ._signing import decode_continuation, encode_continuation

__all__ = ["by_ksef_number", "create", "invoices", "query"]

_ALLOWED = ("InvoiceRead", "InvoiceWrite", "CollectiveIdentifierManage")


def create(state: SandboxState, req: Request) -> Response:
    """``POST /collective-identifiers``: every listed invoice must exist."""
    p = access(state, req, *_ALLOWED)
    body = json_object(req, "invoices")
    items = body["invoices"]
    if not isinstance(items, list) or not items:
        raise bad("invoices must be a non-empty list.")
    for item in items:
        if not isinstance(item, dict) or item.get("ksefNumber") not in state.invoices:
            raise ApiError(400, 21164, "Faktura o podanym identyfikatorze nie istnieje.", [str(item)])
    now = state.now
    digest = (
        hashlib.sha256(f"{p.op.context_value}{now.timestamp()}{len(state.collective_ids)}".encode()).hexdigest().upper()
    )
    number = f"{p.op.context_value[:10]}-{now:%Y%m%d}-{digest[:12]}-{digest[12:14]}"
    state.collective_ids.append({"number": number, "context": p.op.context_value, "created": now, "invoices": items})
    return Response.json({"collectiveIdentifierNumber": number}, 201)


def _page(state: SandboxState, req: Request, rows: list[dict[str, Any]], key: str) -> Response:
    size = lenient_page_size(req, 1000)
    start = decode_continuation(state, req)
    out: dict[str, Any] = {key: rows[start : start + size]}
    if start + size < len(rows):
        out["continuationToken"] = encode_continuation(state, start + size)
    return Response.json(out)


def query(state: SandboxState, req: Request) -> Response:
    """``POST /collective-identifiers/query``."""
    p = access(state, req, *_ALLOWED)
    body = json_object(req, "dateCreatedFrom", "dateCreatedTo")
    lo, hi = parse_dt(str(body["dateCreatedFrom"])), parse_dt(str(body["dateCreatedTo"]))
    rows = [
        {
            "collectiveIdentifierNumber": c["number"],
            "dateCreated": format_dt(c["created"]),
            "invoiceCount": len(c["invoices"]),
            "createdInCurrentContext": c["context"] == p.op.context_value,
        }
        for c in state.collective_ids
        if lo <= c["created"] <= hi
        and (not body.get("collectiveIdentifierNumber") or c["number"] == body["collectiveIdentifierNumber"])
    ]
    return _page(state, req, rows, "collectiveIdentifiers")


def invoices(state: SandboxState, req: Request) -> Response:
    """``POST /collective-identifiers/invoices``."""
    access(state, req, *_ALLOWED)
    body = json_object(req, "collectiveIdentifierNumbers")
    wanted = set(body["collectiveIdentifierNumbers"] or [])
    rows = []
    for c in state.collective_ids:
        if c["number"] in wanted:
            for item in c["invoices"]:
                row = {
                    "ksefNumber": item["ksefNumber"],
                    "collectiveIdentifierNumber": c["number"],
                    "detailsHidden": False,
                }
                if item.get("description"):
                    row["description"] = item["description"]
                rows.append(row)
    return _page(state, req, rows, "invoices")


def by_ksef_number(state: SandboxState, req: Request, ksefNumber: str) -> Response:
    """``GET /collective-identifiers/ksef/{ksefNumber}``."""
    p = access(state, req, *_ALLOWED)
    rows = [
        {
            "collectiveIdentifierNumber": c["number"],
            "createdInCurrentContext": c["context"] == p.op.context_value,
            "dateCreated": format_dt(c["created"]),
        }
        for c in state.collective_ids
        if any(i.get("ksefNumber") == ksefNumber for i in c["invoices"])
    ]
    return _page(state, req, rows, "collectiveIdentifiers")
