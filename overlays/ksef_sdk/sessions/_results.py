"""What a session reports: its status, each invoice's result, and how each outcome was established."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "INVOICE_PENDING",
    "SESSION_FINAL",
    "Established",
    "InvoiceOutcome",
    "InvoiceResult",
    "SentInvoice",
    "SessionResult",
    "SessionStatus",
    "UpoPageRef",
    "opt",
]

SESSION_FINAL = frozenset({200, 405, 415, 420, 430, 435, 440, 445, 500})
"""Terminal session codes (``sesja-interaktywna.md``, ``sesja-wsadowa.md``); 100 open, 150 processing and
170 closed are not final."""
INVOICE_PENDING = frozenset({100, 150})
DUPLICATE = 440

Established = Literal["response", "session-list", "resent"]
"""How the client knows KSeF has an invoice: the send's own 202 ``response``; the ``session-list`` (the
answer was lost, the invoice was found in the session by its hash); ``resent`` (not found, sent again
and answered)."""


def opt(value: Any) -> Any:
    """``None`` for the generated models' ``UNSET``."""
    from ksef_api.types import Unset

    return None if isinstance(value, Unset) else value


@dataclass(frozen=True)
class UpoPageRef:
    """One page of the collective UPO: reference number and a pre-signed download URL."""

    reference_number: str
    download_url: str = field(repr=False)
    download_url_expires: dt.datetime


@dataclass(frozen=True)
class SessionStatus:
    """``GET /sessions/{ref}``: code (§4.4), counts and, after close, the collective UPO pages."""

    code: int
    description: str
    details: tuple[str, ...] = ()
    invoice_count: int | None = None
    successful_invoice_count: int | None = None
    failed_invoice_count: int | None = None
    upo_pages: tuple[UpoPageRef, ...] = ()
    date_created: dt.datetime | None = None
    valid_until: dt.datetime | None = None

    @property
    def is_final(self) -> bool:
        return self.code in SESSION_FINAL

    @classmethod
    def from_model(cls, m: Any) -> SessionStatus:
        upo = opt(m.upo)
        return cls(
            code=m.status.code,
            description=m.status.description,
            details=tuple(opt(m.status.details) or ()),
            invoice_count=opt(m.invoice_count),
            successful_invoice_count=opt(m.successful_invoice_count),
            failed_invoice_count=opt(m.failed_invoice_count),
            upo_pages=tuple(
                UpoPageRef(p.reference_number, p.download_url, p.download_url_expiration_date) for p in upo.pages
            )
            if upo
            else (),
            date_created=m.date_created,
            valid_until=opt(m.valid_until),
        )


@dataclass(frozen=True)
class InvoiceResult:
    """One invoice's outcome in a session: the KSeF number, or the failure code with details/extensions."""

    reference_number: str
    ordinal_number: int
    status_code: int
    status_description: str
    invoice_hash: str
    details: tuple[str, ...] = ()
    extensions: Mapping[str, str | None] = field(default_factory=dict)
    ksef_number: str | None = None
    invoice_number: str | None = None
    file_name: str | None = None
    acquisition_date: dt.datetime | None = None
    invoicing_mode: str | None = None
    upo_download_url: str | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.status_code == 200

    @property
    def pending(self) -> bool:
        return self.status_code in INVOICE_PENDING

    @property
    def original_ksef_number(self) -> str | None:
        """For a duplicate (440): the KSeF number the invoice already has (``originalKsefNumber``)."""
        value = self.extensions.get("originalKsefNumber")
        return value if self.status_code == DUPLICATE and value else None

    @classmethod
    def from_model(cls, m: Any) -> InvoiceResult:
        ext = opt(m.status.extensions)
        mode = opt(m.invoicing_mode)
        return cls(
            reference_number=m.reference_number,
            ordinal_number=m.ordinal_number,
            status_code=m.status.code,
            status_description=m.status.description,
            invoice_hash=m.invoice_hash,
            details=tuple(opt(m.status.details) or ()),
            extensions=dict(ext.additional_properties) if ext is not None else {},
            ksef_number=opt(m.ksef_number),
            invoice_number=opt(m.invoice_number),
            file_name=opt(m.invoice_file_name),
            acquisition_date=opt(m.acquisition_date),
            invoicing_mode=str(mode.value if hasattr(mode, "value") else mode) if mode is not None else None,
            upo_download_url=opt(m.upo_download_url),
        )


@dataclass(frozen=True)
class SentInvoice:
    """An invoice KSeF accepted for processing: its reference number, the hash of what was sent, and how
    that was established (:data:`Established`)."""

    reference_number: str
    invoice_hash: str
    invoice_size: int
    name: str | None = None
    established: Established = "response"


@dataclass(frozen=True)
class InvoiceOutcome:
    """The end of one invoice this client sent: its KSeF number, or the rejection KSeF gave.

    ``established_by`` says how the number was established: ``"status"`` (the invoice's own status is
    200) or ``"duplicate"`` (440: KSeF already holds this invoice - from an earlier attempt whose answer
    was lost, or an earlier session - and ``ksef_number`` is its ``originalKsefNumber``).
    """

    sent: SentInvoice
    result: InvoiceResult
    ksef_number: str | None
    established_by: Literal["status", "duplicate"] | None

    @property
    def ok(self) -> bool:
        """KSeF holds this invoice under :attr:`ksef_number`."""
        return self.ksef_number is not None

    @property
    def rejected(self) -> bool:
        """KSeF definitely refused it (a final failure that is not a duplicate)."""
        return self.ksef_number is None and not self.result.pending

    @classmethod
    def of(cls, sent: SentInvoice, result: InvoiceResult) -> InvoiceOutcome:
        if result.ok and result.ksef_number:
            return cls(sent, result, result.ksef_number, "status")
        if result.original_ksef_number:
            return cls(sent, result, result.original_ksef_number, "duplicate")
        return cls(sent, result, None, None)


@dataclass(frozen=True)
class SessionResult:
    """The final state of a session, every invoice's result (in ordinal order) and, for the invoices
    this client sent, their outcomes (in the order sent)."""

    reference_number: str
    status: SessionStatus
    invoices: tuple[InvoiceResult, ...]
    outcomes: tuple[InvoiceOutcome, ...] = ()

    @property
    def succeeded(self) -> tuple[InvoiceResult, ...]:
        return tuple(i for i in self.invoices if i.ok)

    @property
    def failed(self) -> tuple[InvoiceResult, ...]:
        return tuple(i for i in self.invoices if not i.ok and not i.pending)

    def outcome_of(self, sent: SentInvoice | str) -> InvoiceOutcome:
        """The outcome of one sent invoice (or its reference number)."""
        ref = sent.reference_number if isinstance(sent, SentInvoice) else sent
        for outcome in self.outcomes:
            if outcome.sent.reference_number == ref:
                return outcome
        raise KeyError(ref)

    @staticmethod
    def match(sent: list[SentInvoice], invoices: list[InvoiceResult]) -> tuple[InvoiceOutcome, ...]:
        by_ref = {i.reference_number: i for i in invoices}
        return tuple(InvoiceOutcome.of(s, by_ref[s.reference_number]) for s in sent if s.reference_number in by_ref)
