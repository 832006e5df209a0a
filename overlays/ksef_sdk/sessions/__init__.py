"""Online (interactive) sessions and the session reads shared with batch sessions."""

from __future__ import annotations

from ksef_sdk.sessions._online import (
    FA_2,
    FA_3,
    FA_RR_1,
    PEF_3,
    PEF_KOR_3,
    AsyncOnlineSession,
    FormCode,
    InvoiceResult,
    OnlineSession,
    PollPolicy,
    SentInvoice,
    SessionError,
    SessionKeyRejectedError,
    SessionResult,
    SessionStatus,
    UpoPageRef,
    invoice_hash,
)

__all__ = [
    "FA_2",
    "FA_3",
    "FA_RR_1",
    "PEF_3",
    "PEF_KOR_3",
    "AsyncOnlineSession",
    "FormCode",
    "InvoiceResult",
    "OnlineSession",
    "PollPolicy",
    "SentInvoice",
    "SessionError",
    "SessionKeyRejectedError",
    "SessionResult",
    "SessionStatus",
    "UpoPageRef",
    "invoice_hash",
]
