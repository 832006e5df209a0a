"""Retrieving invoices (spec tag "Pobieranie faktur"): download by KSeF number, the metadata query, exports
(encrypted packages of invoices and ``_metadata.json``), all over the permanent repository and its High Water
Mark (``_hwm``).

See ``pobieranie-faktur/pobieranie-faktur.md``, ``pobieranie-faktur/przyrostowe-pobieranie-faktur.md`` and
``pobieranie-faktur/hwm.md`` of the official documentation.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ksef_sandbox._crypto import USAGE_SYMMETRIC, CryptoError
from ksef_sandbox._http import ApiError, Gone, Request, Response
from ksef_sandbox._ids import b64d, format_dt, reference_number
from ksef_sandbox._records import Export
from ksef_sandbox._state import SandboxState

from ._encryption import unwrap_key
from ._exports import complete
from ._hwm import hwm, stored
from ._input import bad, int_query, page_size, require
from ._principal import access
from ._queries import metadata_json, parse_filters, select, visible_to
from ._signing import sign_url
from ._statuses import status_json

__all__ = ["download", "export_status", "query_metadata", "start_export"]


def download(state: SandboxState, req: Request, ksefNumber: str) -> Response:
    """``GET /invoices/ksef/{ksefNumber}``: the stored invoice XML for its seller, buyer, third subjects,
    authorized subject or sender; 21165 while it is not yet in permanent storage."""
    p = access(state, req, "InvoiceRead")
    inv = state.invoices.get(ksefNumber)
    ctx = p.op.context_value
    if inv is not None and inv.facts is not None and not stored(state, inv):
        raise ApiError(
            400,
            21165,
            "Faktura o podanym numerze KSeF nie jest jeszcze dostępna.",
            [
                f"Faktura o numerze KSeF {ksefNumber} została przetworzona, ale nie jest jeszcze dostępna do "
                "pobrania. Spróbuj ponownie później."
            ],
        )
    if inv is None or not visible_to(state, inv, ctx):
        raise ApiError(
            400,
            21164,
            "Faktura o podanym identyfikatorze nie istnieje.",
            [f"Faktura o numerze KSeF {ksefNumber} nie została znaleziona."],
        )
    assert inv.content is not None
    return Response.xml(inv.content, inv.invoice_hash)


def query_metadata(state: SandboxState, req: Request) -> Response:
    """``POST /invoices/query/metadata``: pages over at most ``Config.metadata_cap`` results; with
    ``restrictToPermanentStorageHwmDate`` the range stops at the HWM (21183 when it starts after it)."""
    p = access(state, req, "InvoiceRead")
    size = page_size(req, 10, 10, 250)
    offset = int_query(req, "pageOffset", 0)
    order = req.q("sortOrder") or "Asc"
    if order not in ("Asc", "Desc"):
        raise bad("sortOrder must be Asc or Desc.")
    query = parse_filters(state, req.json())
    mark = hwm(state)
    top = query.hi(state.now)
    if query.restrict_to_hwm:
        if query.lo > mark:
            raise ApiError(
                400,
                21183,
                "Zakres filtrowania wykracza poza dostępny zakres danych.",
                [
                    "Parametr dateRange.from jest późniejszy niż PermanentStorageHwmDate przy włączonym "
                    "restrictToPermanentStorageHwmDate."
                ],
            )
        top = min(top, mark)
    result = select(state, p.op.context_value, query, top)
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
        "invoices": [metadata_json(i) for i in page],
    }
    if query.date_type == "PermanentStorage":
        out["permanentStorageHwmDate"] = format_dt(min(mark, top) if query.to is not None else mark)
    return Response.json(out)


def start_export(state: SandboxState, req: Request) -> Response:
    """``POST /invoices/exports``: checks the request now; the package is built when the processing completes
    (``_exports``), so a range past the HWM ends with status 420, a key that cannot be unwrapped with 415."""
    p = access(state, req, "InvoiceRead")
    body = req.json()
    require(body, "encryption", "filters")
    active = [e for e in state.exports.values() if e.context_value == p.op.context_value and e.completed is None]
    if len(active) >= 10:
        raise ApiError(
            400,
            21182,
            "Osiągnięto limit trwających eksportów.",
            [
                "Dla uwierzytelnionego podmiotu w bieżącym kontekście osiągnięto maksymalny limit 10 równoczesnych "
                "eksportów faktur. Spróbuj ponownie później."
            ],
        )
    enc = body["encryption"]
    if not isinstance(enc, dict) or not enc.get("encryptedSymmetricKey") or not enc.get("initializationVector"):
        raise bad("encryption is required.")
    try:
        iv = b64d(str(enc["initializationVector"]))
    except ValueError:
        raise bad("initializationVector is not valid base64.") from None
    if body.get("compressionType") not in (None, "Zip", "TarGz"):
        raise bad("compressionType must be Zip or TarGz.")
    query = parse_filters(state, body["filters"])
    try:
        key: bytes | None = unwrap_key(
            state, USAGE_SYMMETRIC, str(enc["encryptedSymmetricKey"]), enc.get("publicKeyId")
        )
    except CryptoError:
        key = None
    now = state.now
    exp = Export(
        reference_number("EH", now),
        p.op.context_type,
        p.op.context_value,
        now,
        (100, "Eksport faktur w toku", []),
        state.progress(),
        request={
            "query": query,
            "key": key,
            "iv": iv,
            "compressionType": body.get("compressionType"),
            "onlyMetadata": body.get("onlyMetadata"),
        },
    )
    state.exports[exp.reference] = exp
    return Response.json({"referenceNumber": exp.reference}, 201)


def export_status(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /invoices/exports/{referenceNumber}``: in progress, then the result (built at that moment) with
    pre-signed part URLs generated on each read."""
    p = access(state, req, "InvoiceRead")
    exp = state.exports.get(referenceNumber)
    if exp is None or exp.context_value != p.op.context_value:
        raise ApiError(400, 21175, "Wynik zapytania o podanym identyfikatorze nie istnieje.", [])
    if state.now - exp.created > timedelta(days=7):
        raise Gone("Operacja wygasła i nie jest już dostępna.")
    if exp.completed is None:
        if exp.progress.read(state.now):
            return Response.json({"status": {"code": 100, "description": "Eksport faktur w toku"}})
        complete(state, exp)
        exp.request.pop("key", None)  # the package is encrypted; the key is not kept
    out: dict[str, Any] = {"status": status_json(exp.status)}
    if exp.completed is not None:
        out["completedDate"] = format_dt(exp.completed)
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
        out["packageExpirationDate"] = format_dt(exp.created + timedelta(days=7))
    return Response.json(out)
