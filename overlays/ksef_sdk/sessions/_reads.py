"""Reading a session: status, invoice list (paged), one invoice's status, UPOs; opening with a key.

Flows shared by online and batch sessions (``sesja-interaktywna.md``, ``sesja-wsadowa.md``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from ksef_sdk import defaults
from ksef_sdk.crypto._cipher import SessionKey
from ksef_sdk.crypto._keys import KeyUsage, is_unknown_key_error
from ksef_sdk.errors import KsefApiError, SessionError, SessionKeyRejectedError
from ksef_sdk.flow import Call, Flow, GetCertificate, Http, PollPolicy, poll
from ksef_sdk.invoice.checks import InvoiceLimits
from ksef_sdk.sessions._results import InvoiceResult, SessionStatus, UpoPageRef, opt
from ksef_sdk.upo import Upo, parse_upo

__all__ = [
    "check_key_accepted_flow",
    "invoice_status_flow",
    "invoice_upo_flow",
    "limits_flow",
    "list_invoices_flow",
    "open_with_key_flow",
    "session_status_flow",
    "session_upo_api_flow",
    "session_upo_flow",
    "wait_closed_flow",
]

T = TypeVar("T")


def session_status_flow(reference_number: str) -> Flow[SessionStatus]:
    from ksef_api.api.session_status import get_sessions_reference_number as op

    model = yield Call(op, {"reference_number": reference_number})
    return SessionStatus.from_model(model)


def list_invoices_flow(reference_number: str, *, failed_only: bool = False) -> Flow[list[InvoiceResult]]:
    """Every invoice of a session through the paged list (1000 per page; ``x-continuation-token``)."""
    from ksef_api.api.session_status import get_sessions_reference_number_invoices as all_op
    from ksef_api.api.session_status import get_sessions_reference_number_invoices_failed as failed_op
    from ksef_api.types import UNSET

    op = failed_op if failed_only else all_op
    results: list[InvoiceResult] = []
    token: Any = UNSET
    while True:
        page = yield Call(
            op,
            {
                "reference_number": reference_number,
                "page_size": defaults.SESSION_PAGE_SIZE,
                "x_continuation_token": token,
            },
        )
        results.extend(InvoiceResult.from_model(item) for item in page.invoices)
        token = opt(page.continuation_token)
        if not token:
            break
    results.sort(key=lambda r: r.ordinal_number)
    return results


def invoice_status_flow(reference_number: str, invoice_reference_number: str) -> Flow[InvoiceResult]:
    from ksef_api.api.session_status import get_sessions_reference_number_invoices_invoice_reference_number as op

    model = yield Call(op, {"reference_number": reference_number, "invoice_reference_number": invoice_reference_number})
    return InvoiceResult.from_model(model)


def _upo_from_response(response: Any) -> Upo:
    expected = response.headers.get("x-ms-meta-hash")
    return parse_upo(response.content, expected_hash=expected)


def invoice_upo_flow(reference_number: str, invoice: InvoiceResult | str) -> Flow[Upo]:
    """UPO of one invoice: by its pre-signed ``upoDownloadUrl`` when known (no API limit), else the API."""
    if isinstance(invoice, InvoiceResult) and invoice.upo_download_url:
        result = yield Http("GET", invoice.upo_download_url)
        return parse_upo(result.content or b"", expected_hash=result.headers.get("x-ms-meta-hash"))
    if isinstance(invoice, InvoiceResult):
        if invoice.ksef_number is None:
            raise SessionError(f"invoice {invoice.reference_number} has no KSeF number (status {invoice.status_code})")
        invoice = invoice.ksef_number
    if _looks_like_ksef_number(invoice):
        from ksef_api.api.session_status import get_sessions_reference_number_invoices_ksef_ksef_number_upo as k_op

        response = yield Call(k_op, {"reference_number": reference_number, "ksef_number": invoice}, raw=True)
    else:
        from ksef_api.api.session_status import (
            get_sessions_reference_number_invoices_invoice_reference_number_upo as r_op,
        )

        response = yield Call(
            r_op, {"reference_number": reference_number, "invoice_reference_number": invoice}, raw=True
        )
    return _upo_from_response(response)


def _looks_like_ksef_number(value: str) -> bool:
    # KSeF numbers start with a 10-digit NIP; reference numbers start with an 8-digit date.
    return len(value) in (35, 36) and value[:10].isdigit() and value[10] == "-"


def session_upo_flow(reference_number: str, pages: Iterable[UpoPageRef]) -> Flow[list[Upo]]:
    """Every page of the collective UPO through the pre-signed URLs (one request per page)."""
    upos: list[Upo] = []
    for page in pages:
        result = yield Http("GET", page.download_url)
        upos.append(parse_upo(result.content or b"", expected_hash=result.headers.get("x-ms-meta-hash")))
    return upos


def session_upo_api_flow(reference_number: str, upo_reference_number: str) -> Flow[Upo]:
    """One collective-UPO page through ``GET /sessions/{ref}/upo/{upoRef}`` (bearer; rate-limited)."""
    from ksef_api.api.session_status import get_sessions_reference_number_upo_upo_reference_number as op

    response = yield Call(
        op, {"reference_number": reference_number, "upo_reference_number": upo_reference_number}, raw=True
    )
    return _upo_from_response(response)


def wait_closed_flow(reference_number: str, policy: PollPolicy) -> Flow[SessionStatus]:
    """Poll ``GET /sessions/{ref}`` until the session reaches a final code."""
    return poll(
        lambda: session_status_flow(reference_number), lambda s: s.is_final, policy, f"session {reference_number}"
    )


def open_with_key_flow(
    build_request: Any, op: Any, expected: type, key: SessionKey | None = None
) -> Flow[tuple[Any, SessionKey]]:
    """Open a session with an AES key (fresh unless given) wrapped for the current Ministry key.

    On 400/21470 (key id no longer accepted) the certificates are re-fetched and the open is retried once.
    """
    key = key or SessionKey.generate()
    cert = yield GetCertificate(KeyUsage.SYMMETRIC_KEY.value)
    try:
        response = yield Call(op, {"body": build_request(key.encryption_info(cert))}, expected=expected)
    except KsefApiError as exc:
        if not is_unknown_key_error(exc):
            raise
        cert = yield GetCertificate(KeyUsage.SYMMETRIC_KEY.value, force_refresh=True)
        response = yield Call(op, {"body": build_request(key.encryption_info(cert))}, expected=expected)
    return response, key


def check_key_accepted_flow(reference_number: str) -> Flow[SessionStatus]:
    status = yield from session_status_flow(reference_number)
    if status.code == 415:
        raise SessionKeyRejectedError(
            f"session {reference_number}: KSeF could not decrypt the session key (415: {status.description}); "
            "the Ministry key may have rotated - nothing was sent",
            status,
        )
    return status


def limits_flow(batch: bool = False) -> Flow[InvoiceLimits]:
    from ksef_api.api.limits import get_limits_context as op

    model = yield Call(op)
    return InvoiceLimits.from_context_limits(model, batch=batch)
