"""Online (interactive) sessions (spec tag "Wysyłka interaktywna"): open, send an invoice, close.

See ``sesja-interaktywna.md`` and ``offline/korekta-techniczna.md`` of the official documentation.
"""

from __future__ import annotations

from ksef_sandbox._crypto import CryptoError, aes_cbc_decrypt
from ksef_sandbox._http import ApiError, Request, Response
from ksef_sandbox._ids import b64d, format_dt, reference_number, sha256_b64
from ksef_sandbox._records import Invoice
from ksef_sandbox._state import SandboxState

from ._acceptance import add_invoice, check_correction, process_invoice, session_limits
from ._input import bad, require
from ._principal import access
from ._sessions import close_online, find_session, open_session

__all__ = ["close", "open_online", "send_invoice"]

_WRITERS = ("InvoiceWrite", "PefInvoiceWrite", "EnforcementOperations")


def open_online(state: SandboxState, req: Request) -> Response:
    """``POST /sessions/online``."""
    p = access(state, req, *_WRITERS)
    body = req.json()
    require(body, "formCode", "encryption")
    s = open_session(state, "Online", p, body)
    assert s.valid_until is not None
    return Response.json({"referenceNumber": s.reference, "validUntil": format_dt(s.valid_until)}, 201)


def send_invoice(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``POST /sessions/online/{referenceNumber}/invoices``: sizes and hashes checked now, the invoice later."""
    p = access(state, req, *_WRITERS)
    s = find_session(state, referenceNumber, p, "Online")
    body = req.json()
    require(
        body,
        "invoiceHash",
        "invoiceSize",
        "encryptedInvoiceHash",
        "encryptedInvoiceSize",
        "encryptedInvoiceContent",
    )
    if s.status[0] != 100:
        raise ApiError(400, 21180, "Status sesji nie pozwala na wykonanie operacji.", [f"Status sesji: {s.status[0]}"])
    limit = session_limits(state, s.context_value, "Online").max_invoices
    if len(s.invoices) >= limit:
        raise ApiError(
            400,
            21155,
            "Przekroczono dozwoloną liczbę faktur w sesji.",
            [f"Sesja o numerze referencyjnym {s.reference} osiągnęła dozwolony limit liczby faktur {limit}."],
        )
    corrected = body.get("hashOfCorrectedInvoice")
    if corrected is not None:
        check_correction(state, str(corrected), body.get("offlineMode") is True)
    try:
        encrypted = b64d(str(body["encryptedInvoiceContent"]))
    except ValueError:
        raise bad("encryptedInvoiceContent is not valid base64.") from None
    for field, kind_ in (("invoiceSize", int), ("encryptedInvoiceSize", int)):
        if not isinstance(body[field], kind_) or isinstance(body[field], bool) or body[field] < 1:
            raise bad(f"{field} must be a positive integer.")
    if body["encryptedInvoiceSize"] != len(encrypted):
        raise ApiError(
            400,
            21402,
            "Nieprawidłowy rozmiar pliku.",
            [f"encryptedInvoiceSize {body['encryptedInvoiceSize']} != {len(encrypted)}"],
        )
    if body["encryptedInvoiceHash"] != sha256_b64(encrypted):
        raise ApiError(
            400,
            21403,
            "Nieprawidłowy skrót pliku.",
            ["encryptedInvoiceHash nie zgadza się z zaszyfrowaną treścią."],
        )
    assert s.key is not None
    try:
        plain = aes_cbc_decrypt(s.key, s.iv, encrypted)
    except CryptoError:
        plain = None
    if plain is not None:
        if body["invoiceSize"] != len(plain):
            raise ApiError(
                400, 21402, "Nieprawidłowy rozmiar pliku.", [f"invoiceSize {body['invoiceSize']} != {len(plain)}"]
            )
        if body["invoiceHash"] != sha256_b64(plain):
            raise ApiError(400, 21403, "Nieprawidłowy skrót pliku.", ["invoiceHash nie zgadza się z treścią faktury."])
    now = state.now
    inv = Invoice(
        reference=reference_number("EE", now),
        session_ref=s.reference,
        ordinal=len(s.invoices) + 1,
        invoice_hash=str(body["invoiceHash"]),
        size=int(body["invoiceSize"]),
        invoicing_date=now,
        mode="Offline" if body.get("offlineMode") else "Online",
        hash_of_corrected=body.get("hashOfCorrectedInvoice"),
        form=s.form,
    )
    add_invoice(state, s, inv)
    process_invoice(state, s, inv, plain)
    s.updated = now
    return Response.json({"referenceNumber": inv.reference}, 202)


def close(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``POST /sessions/online/{referenceNumber}/close``."""
    p = access(state, req, *_WRITERS)
    s = find_session(state, referenceNumber, p, "Online")
    if s.status[0] != 100:
        raise ApiError(400, 21180, "Status sesji nie pozwala na wykonanie operacji.", [f"Status sesji: {s.status[0]}"])
    close_online(state, s)
    return Response.empty(204)
