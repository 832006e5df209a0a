"""Unknown outcomes, resolved: a request whose answer was lost is never reported as failed.

When the connection drops or the answer is cut short *after* KSeF may have acted, the client does not
guess. For an invoice it looks the invoice up in the session by its SHA-256 (``invoiceHash`` of the
session invoice list): found, it has its reference number; not found (twice, a moment apart), it sends
the same encrypted invoice again - and should the first copy surface after all, KSeF answers the second
with 440 "duplicate" and ``originalKsefNumber``, which the session result reports as the invoice's number
(:class:`~ksef_sdk.sessions.InvoiceOutcome`). Closing a session is resolved by reading its status;
opening one is simply repeated (an unused session expires on its own and holds no invoice).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, TypeVar

from ksef_sdk.errors import BadRequestError, Code, KsefApiError, OutcomeUnknownError, RateLimitError
from ksef_sdk.flow import Flow, Sleep
from ksef_sdk.sessions._reads import list_invoices_flow, session_status_flow
from ksef_sdk.sessions._results import Established

__all__ = ["close_resolved_flow", "find_by_hash_flow", "is_ambiguous", "repeat_ambiguous_flow", "send_resolved_flow"]

T = TypeVar("T")
SESSION_OPEN = 100


def is_ambiguous(error: BaseException) -> bool:
    """True when KSeF may have acted on a request although the client did not get its success: the answer
    was lost or cut short, a 5xx came back, or a 2xx whose body is not what the spec promises."""
    if isinstance(error, OutcomeUnknownError):
        return True
    if isinstance(error, KsefApiError) and not isinstance(error, RateLimitError):
        return error.status_code >= 500 or 200 <= error.status_code < 300
    return False


def find_by_hash_flow(
    reference_number: str, invoice_hash: str, known: Collection[str], *, lookups: int, delay: float
) -> Flow[str | None]:
    """The reference number of an invoice of the session with this hash that is not one of ``known``
    (already attributed to another send), looking ``lookups`` times ``delay`` seconds apart."""
    for lookup in range(lookups):
        if lookup:
            yield Sleep(delay)
        invoices = yield from list_invoices_flow(reference_number)
        for invoice in invoices:
            if invoice.invoice_hash == invoice_hash and invoice.reference_number not in known:
                return invoice.reference_number
    return None


def send_resolved_flow(
    send: Callable[[], Flow[str]],
    *,
    session: str,
    invoice_hash: str,
    known: Collection[str],
    attempts: int,
    delay: float,
) -> Flow[tuple[str, Established]]:
    """Send an invoice (``send`` yields the call and returns the reference number) until its outcome is
    known: ``(reference number, how it was established)``. Raises the send's own error when it is a
    definite answer, :class:`OutcomeUnknownError` when the outcome stays unknown after ``attempts``."""
    last: BaseException | None = None
    for attempt in range(max(1, attempts)):
        try:
            reference = yield from send()
        except Exception as exc:
            if not is_ambiguous(exc):
                raise
            last = exc
        else:
            return reference, ("response" if attempt == 0 else "resent")
        try:
            found = yield from find_by_hash_flow(session, invoice_hash, known, lookups=2, delay=delay)
        except Exception as exc:
            raise OutcomeUnknownError(
                f"session {session}: the invoice {invoice_hash} may or may not have been accepted ({last}); "
                f"looking it up in the session failed too ({exc})",
                cause=exc,
            ) from exc
        if found is not None:
            return found, "session-list"
    raise OutcomeUnknownError(
        f"session {session}: no answer for the invoice {invoice_hash} after {attempts} attempts, and it is not in "
        f"the session ({last}); send it again later - KSeF reports a duplicate if it arrived after all",
        cause=last,
    )


def close_resolved_flow(close: Callable[[], Flow[Any]], *, session: str, attempts: int) -> Flow[None]:
    """Close a session until its status shows it closed (an answer lost on the way is not a failure)."""
    last: BaseException | None = None
    for _ in range(max(1, attempts)):
        try:
            yield from close()
            return
        except Exception as exc:
            already = isinstance(exc, BadRequestError) and exc.has_code(Code.SESSION_STATUS) and last is not None
            if not (is_ambiguous(exc) or already):
                raise
            last = exc
        status = yield from session_status_flow(session)
        if status.code != SESSION_OPEN:
            return  # KSeF took the close
    raise OutcomeUnknownError(f"session {session}: could not close it ({last})", cause=last)


def repeat_ambiguous_flow(step: Callable[[], Flow[T]], *, attempts: int, what: str) -> Flow[T]:
    """Repeat a step that is harmless to repeat (opening a session) while its outcome is unknown."""
    last: BaseException | None = None
    for _ in range(max(1, attempts)):
        try:
            return (yield from step())
        except Exception as exc:
            if not is_ambiguous(exc):
                raise
            last = exc
    raise OutcomeUnknownError(f"{what}: no answer after {attempts} attempts ({last})", cause=last)
