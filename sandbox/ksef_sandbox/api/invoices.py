"""Retrieving invoices (spec tag "Pobieranie faktur"): download by KSeF number, the metadata query, exports
(encrypted packages of invoices and ``_metadata.json``), and the permanent-storage high-water mark (HWM).

See ``pobieranie-faktur/pobieranie-faktur.md``, ``pobieranie-faktur/przyrostowe-pobieranie-faktur.md`` and
``pobieranie-faktur/hwm.md`` of the official documentation.
"""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from datetime import datetime, timedelta, timezone
from typing import Any

from ksef_sandbox._crypto import USAGE_SYMMETRIC, CryptoError, aes_cbc_encrypt
from ksef_sandbox._http import ApiError, Gone, Request, Response
from ksef_sandbox._ids import b64d, format_dt, parse_dt, reference_number, sha256_b64
from ksef_sandbox._records import Export, Invoice
from ksef_sandbox._state import SandboxState
from ksef_sandbox._xml import FORMS

from ._encryption import unwrap_key
from ._input import bad, int_query, page_size, require
from ._principal import Principal, access
from ._signing import sign_url
from ._statuses import status_json

__all__ = ["download", "export_status", "hwm", "query_metadata", "start_export"]


def download(state: SandboxState, req: Request, ksefNumber: str) -> Response:
    """``GET /invoices/ksef/{ksefNumber}``: the invoice XML for its seller, buyer, third subjects or sender."""
    p = access(state, req, "InvoiceRead")
    inv = state.invoices.get(ksefNumber)
    ctx = p.op.context_value
    if (
        inv is None
        or inv.facts is None
        or ctx
        not in (
            inv.facts.seller_nip,
            inv.facts.buyer_id_value,
            state.sessions[inv.session_ref].context_value,
            *(t["identifier"]["value"] for t in inv.facts.third_subjects),
        )
    ):
        raise ApiError(
            400, 21164, "Faktura o podanym identyfikatorze nie istnieje.", [f"Nie znaleziono faktury {ksefNumber}."]
        )
    assert inv.content is not None
    return Response.xml(inv.content, inv.invoice_hash)


def hwm(state: SandboxState) -> datetime:
    """The permanent-storage high-water mark: everything stored before it is final (here: at once)."""
    return state.now


def _visible_invoices(state: SandboxState, p: Principal, subject_type: str) -> list[Invoice]:
    ctx = p.op.context_value
    out = []
    for inv in state.invoices.values():
        f = inv.facts
        if f is None:
            continue
        if _visible_as(state, inv, subject_type, ctx):
            out.append(inv)
    return out


def _visible_as(state: SandboxState, inv: Invoice, subject_type: str, ctx: str) -> bool:
    f = inv.facts
    assert f is not None
    if subject_type == "Subject1":
        return f.seller_nip == ctx
    if subject_type == "Subject2":
        return f.buyer_id_value == ctx
    if subject_type == "Subject3":
        return any(t["identifier"]["value"] == ctx for t in f.third_subjects)
    return f.seller_nip != ctx and state.sessions[inv.session_ref].context_value == ctx


def _date_of(inv: Invoice, date_type: str) -> datetime:
    assert inv.facts is not None and inv.acquisition_date is not None
    if date_type == "Issue":
        return datetime.fromisoformat(inv.facts.issue_date).replace(tzinfo=timezone.utc)
    if date_type == "Invoicing":
        return inv.invoicing_date
    return inv.acquisition_date


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


def _query(state: SandboxState, p: Principal, filters: Any) -> tuple[list[Invoice], str, datetime, datetime]:
    """The invoices matching the query ``filters`` sorted by the date type; with the date type, from, HWM."""
    if not isinstance(filters, dict):
        raise bad("filters must be an object.")
    require(filters, "subjectType", "dateRange")
    subject_type = filters["subjectType"]
    if subject_type not in ("Subject1", "Subject2", "Subject3", "SubjectAuthorized"):
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
    if hi < lo:
        raise bad("dateRange.to is earlier than dateRange.from.")
    if _add_months(lo, 3) < hi:
        raise bad("Zakres dat nie może przekraczać 3 miesięcy.")
    mark = hwm(state)
    if dr.get("restrictToPermanentStorageHwmDate") and dr["dateType"] == "PermanentStorage":
        if lo > mark:
            raise ApiError(
                400, 21183, "Zakres filtrowania wykracza poza dostępny zakres danych.", ["dateRange.from > HWM"]
            )
        hi = min(hi, mark)
    date_type = dr["dateType"]
    result = []
    for inv in _visible_invoices(state, p, subject_type):
        f = inv.facts
        assert f is not None
        when = _date_of(inv, date_type)
        if date_type == "Issue":
            if not lo.date() <= when.date() <= hi.date():
                continue
        elif not lo <= when <= hi:
            continue
        if filters.get("ksefNumber") and inv.ksef_number != filters["ksefNumber"]:
            continue
        if filters.get("invoiceNumber") and filters["invoiceNumber"] != f.invoice_number:
            continue
        if filters.get("sellerNip") and filters["sellerNip"] != f.seller_nip:
            continue
        amount = filters.get("amount")
        if isinstance(amount, dict) and amount.get("type"):
            value = {"Brutto": f.gross, "Netto": f.net, "Vat": f.vat}.get(amount["type"], f.gross)
            if amount.get("from") is not None and value < float(amount["from"]):
                continue
            if amount.get("to") is not None and value > float(amount["to"]):
                continue
        buyer = filters.get("buyerIdentifier")
        if (
            isinstance(buyer, dict)
            and buyer.get("type")
            and (buyer["type"] != f.buyer_id_type or (buyer.get("value") and buyer["value"] != f.buyer_id_value))
        ):
            continue
        if filters.get("currencyCodes") and f.currency not in filters["currencyCodes"]:
            continue
        if filters.get("invoicingMode") and filters["invoicingMode"] != inv.mode:
            continue
        if filters.get("isSelfInvoicing") is not None and filters["isSelfInvoicing"] is not False:
            continue
        if filters.get("formType") and filters["formType"] != FORMS[inv.form][2]:
            continue
        if filters.get("invoiceTypes") and f.invoice_type not in filters["invoiceTypes"]:
            continue
        if filters.get("hasAttachment") is not None and bool(filters["hasAttachment"]) != f.has_attachment:
            continue
        result.append(inv)
    result.sort(key=lambda i: (_date_of(i, date_type), i.ksef_number or ""))
    return result, date_type, lo, mark


def _metadata_json(inv: Invoice) -> dict[str, Any]:
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
        "permanentStorageDate": format_dt(inv.acquisition_date),
        "seller": seller,
        "buyer": buyer,
        "netAmount": f.net,
        "grossAmount": f.gross,
        "vatAmount": f.vat,
        "currency": f.currency,
        "invoicingMode": inv.mode,
        "invoiceType": f.invoice_type,
        "formCode": {"systemCode": inv.form[0], "schemaVersion": inv.form[1], "value": inv.form[2]},
        "isSelfInvoicing": False,
        "hasAttachment": f.has_attachment,
        "invoiceHash": inv.invoice_hash,
    }
    if inv.hash_of_corrected:
        out["hashOfCorrectedInvoice"] = inv.hash_of_corrected
    if f.third_subjects:
        out["thirdSubjects"] = [
            {k: v for k, v in t.items() if v is not None} | {"role": t.get("role") or 0} for t in f.third_subjects
        ]
    return out


def query_metadata(state: SandboxState, req: Request) -> Response:
    """``POST /invoices/query/metadata``: pages over at most ``Config.metadata_cap`` results."""
    p = access(state, req, "InvoiceRead")
    size = page_size(req, 10, 10, 250)
    offset = int_query(req, "pageOffset", 0)
    order = req.q("sortOrder") or "Asc"
    if order not in ("Asc", "Desc"):
        raise bad("sortOrder must be Asc or Desc.")
    result, date_type, _, mark = _query(state, p, req.json())
    if order == "Desc":
        result.reverse()
    cap = state.config.metadata_cap
    window = result[:cap]
    start = offset * size
    page = window[start : start + size]
    has_more = start + len(page) < len(result)  # records remain after this page (also beyond a cut window)
    out: dict[str, Any] = {
        "hasMore": has_more,
        "isTruncated": len(result) > cap and start + size >= cap,
        "invoices": [_metadata_json(i) for i in page],
    }
    if date_type == "PermanentStorage":
        out["permanentStorageHwmDate"] = format_dt(mark)
    return Response.json(out)


def start_export(state: SandboxState, req: Request) -> Response:
    """``POST /invoices/exports``: builds the encrypted package at once (Zip or TarGz, split into parts)."""
    p = access(state, req, "InvoiceRead")
    body = req.json()
    require(body, "encryption", "filters")
    active = [e for e in state.exports.values() if e.context_value == p.op.context_value and e.status[0] == 100]
    if len(active) >= 10:
        raise ApiError(400, 21182, "Osiągnięto limit równoczesnych eksportów.")
    enc = body["encryption"]
    if not isinstance(enc, dict) or not enc.get("encryptedSymmetricKey") or not enc.get("initializationVector"):
        raise bad("encryption is required.")
    try:
        iv = b64d(str(enc["initializationVector"]))
    except ValueError:
        raise bad("initializationVector is not valid base64.") from None
    try:
        key: bytes | None = unwrap_key(
            state, USAGE_SYMMETRIC, str(enc["encryptedSymmetricKey"]), enc.get("publicKeyId")
        )
    except CryptoError:
        key = None
    result, date_type, _, mark = _query(state, p, body["filters"])
    now = state.now
    exp = Export(
        reference_number("EH", now),
        p.op.context_value,
        now,
        (100, "Eksport w toku", []),
        state.config.processing_polls,
    )
    state.exports[exp.reference] = exp
    if key is None or len(key) != 32 or len(iv) != 16:
        exp.status = (415, "Błąd odszyfrowania dostarczonego klucza", [])
        return Response.json({"referenceNumber": exp.reference}, 201)
    cap = min(state.config.metadata_cap, 10_000)
    chosen = result[:cap]
    truncated = len(result) > cap
    buf = io.BytesIO()
    compression = body.get("compressionType") or "Zip"
    metadata = json.dumps({"invoices": [_metadata_json(i) for i in chosen]}, ensure_ascii=False).encode()
    files = [] if body.get("onlyMetadata") else [(f"{i.ksef_number}.xml", i.content or b"") for i in chosen]
    files.append(("_metadata.json", metadata))
    if compression == "TarGz":
        with tarfile.open(fileobj=buf, mode="w:gz") as tar:
            for name, data in files:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                info.mtime = int(now.timestamp())
                tar.addfile(info, io.BytesIO(data))
    else:
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files:
                zf.writestr(name, data)
    archive = buf.getvalue()
    part_size = max(16, state.config.export_part_size)
    plain_parts = [archive[i : i + part_size] for i in range(0, len(archive), part_size)] or [b""]
    exp.parts = [aes_cbc_encrypt(key, iv, part) for part in plain_parts]
    ext = "tar.gz" if compression == "TarGz" else "zip"
    package: dict[str, Any] = {
        "invoiceCount": len(chosen),
        "size": len(archive),
        "isTruncated": truncated,
        "_parts": [
            {
                "ordinalNumber": n,
                "partName": f"{exp.reference}-{n:03d}.{ext}.aes",
                "method": "GET",
                "partSize": max(1, len(plain)),
                "partHash": sha256_b64(plain),
                "encryptedPartSize": len(enc_part),
                "encryptedPartHash": sha256_b64(enc_part),
            }
            for n, (plain, enc_part) in enumerate(zip(plain_parts, exp.parts, strict=True), 1)
        ],
    }
    if date_type == "PermanentStorage":
        package["permanentStorageHwmDate"] = format_dt(mark)
    if truncated and chosen:
        last = chosen[-1]
        assert last.facts is not None
        if date_type == "Issue":
            package["lastIssueDate"] = last.facts.issue_date
        elif date_type == "Invoicing":
            package["lastInvoicingDate"] = format_dt(last.invoicing_date)
        else:
            package["lastPermanentStorageDate"] = format_dt(_date_of(last, date_type))
    exp.package = package
    exp.status = (200, "Eksport zakończony sukcesem", [])
    return Response.json({"referenceNumber": exp.reference}, 201)


def export_status(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /invoices/exports/{referenceNumber}``: the package with pre-signed part URLs, once ready."""
    p = access(state, req, "InvoiceRead")
    exp = state.exports.get(referenceNumber)
    if exp is None or exp.context_value != p.op.context_value:
        raise ApiError(400, 21175, "Nie znaleziono wyniku eksportu.", [f"Eksport {referenceNumber} nie istnieje."])
    if state.now - exp.created > timedelta(days=7):
        raise Gone("Wynik eksportu wygasł.")
    if exp.polls_left > 0:
        exp.polls_left -= 1
        return Response.json({"status": {"code": 100, "description": "Eksport w toku"}})
    out: dict[str, Any] = {"status": status_json(exp.status)}
    if exp.package is not None:
        expires = state.now + state.config.url_lifetime
        package = {k: v for k, v in exp.package.items() if k != "_parts"}
        package["parts"] = [
            dict(
                part,
                url=sign_url(state, req, f"/blob/export/{exp.reference}/{part['ordinalNumber']}", expires),
                expirationDate=format_dt(expires),
            )
            for part in exp.package["_parts"]
        ]
        out["package"] = package
        out["completedDate"] = format_dt(exp.created)
        out["packageExpirationDate"] = format_dt(exp.created + timedelta(days=7))
    return Response.json(out)
