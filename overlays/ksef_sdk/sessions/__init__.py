"""Online (interactive) sessions and the session reads shared with batch sessions.

Results say how each outcome was established (:class:`SentInvoice.established`,
:class:`InvoiceOutcome.established_by`); an invoice whose answer was lost is resolved, never reported as
failed (:mod:`ksef_sdk.sessions._resolve`).
"""

from __future__ import annotations

from ksef_sdk.errors import SessionError, SessionKeyRejectedError
from ksef_sdk.flow import PollPolicy
from ksef_sdk.invoice.checks import FA_2, FA_3, FA_RR_1, PEF_3, PEF_KOR_3, FormCode
from ksef_sdk.sessions._online import AsyncOnlineSession, OnlineSession, SessionOptions, invoice_hash
from ksef_sdk.sessions._results import (
    Established,
    InvoiceOutcome,
    InvoiceResult,
    SentInvoice,
    SessionResult,
    SessionStatus,
    UpoPageRef,
)
from ksef_sdk.sessions._state import OnlineSessionState

__all__ = [
    "FA_2",
    "FA_3",
    "FA_RR_1",
    "PEF_3",
    "PEF_KOR_3",
    "AsyncOnlineSession",
    "Established",
    "FormCode",
    "InvoiceOutcome",
    "InvoiceResult",
    "OnlineSession",
    "OnlineSessionState",
    "PollPolicy",
    "SentInvoice",
    "SessionError",
    "SessionKeyRejectedError",
    "SessionOptions",
    "SessionResult",
    "SessionStatus",
    "UpoPageRef",
    "invoice_hash",
]
