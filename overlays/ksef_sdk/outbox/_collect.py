"""Collecting a session's outcomes into the store - after a normal run and after any crash alike.

One flow ends every session the outbox opened (:func:`collect_flow`): if it is still open (its worker
died), close it - a batch whose parts never all arrived cannot be closed and will never be processed;
then wait for KSeF's final status, read the session's invoice list (paged, once) and match each in-flight
item by its SHA-256 (``invoiceHash``; the core's resolution of unknown outcomes,
:mod:`ksef_sdk.sessions._resolve`). Matched items end as :class:`~ksef_sdk.sessions.InvoiceOutcome` says:

- its own 200: the KSeF number, and the invoice's UPO (pre-signed ``upoDownloadUrl``, hash-verified, and
  checked to name this invoice's hash);
- 440 duplicate: KSeF already holds an invoice with this number (an earlier attempt whose answer was
  lost): ``originalKsefNumber``, with the UPO from ``originalSessionReferenceNumber`` - accepted only when
  that UPO shows *these* bytes; a duplicate of other bytes is a true rejection;
- any other final status: a rejection with its code, description and details.

Items the list does not hold were never in the session: :meth:`~ksef_sdk.stores.Store.finish_session`
returns them to ``pending`` in the same transaction that finishes the session, so every invoice ends with
exactly one KSeF number or a true rejection.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ksef_sdk.errors import BadRequestError, KsefApiError, KsefError, UpoError
from ksef_sdk.flow import Call, Gather, Http, HttpResult, PollPolicy, Sleep
from ksef_sdk.outbox._effects import StoreOp
from ksef_sdk.sessions._reads import invoice_upo_flow, list_invoices_flow, session_status_flow, wait_closed_flow
from ksef_sdk.sessions._resolve import close_resolved_flow
from ksef_sdk.sessions._results import InvoiceOutcome, InvoiceResult, SentInvoice
from ksef_sdk.stores._model import Completion, OutboxItem
from ksef_sdk.upo import Upo, parse_upo

__all__ = ["CollectReport", "Decision", "collect_flow", "decide"]

SESSION_OPEN = 100
UPO_ROUNDS = 3
NEVER_PROCESSED = frozenset({21205, 21180})  # batch parts missing; session no longer open for this operation


@dataclass(frozen=True)
class Decision:
    """What one in-flight item's entry in the session list means (see :func:`decide`)."""

    item: OutboxItem
    result: InvoiceResult | None
    outcome: InvoiceOutcome | None

    @property
    def pending(self) -> bool:
        return self.result is not None and self.result.pending

    @property
    def missing(self) -> bool:
        return self.result is None


@dataclass
class CollectReport:
    session: str
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    pending: int = 0
    requeued: int = 0
    finished: bool = False
    notes: list[str] = field(default_factory=list)


def _rank(result: InvoiceResult) -> int:
    if result.ok and result.ksef_number:
        return 0
    if result.original_ksef_number:
        return 1
    return 3 if not result.pending else 2


def decide(items: Sequence[OutboxItem], invoices: Sequence[InvoiceResult]) -> list[Decision]:
    """Match in-flight items to the session list by hash (the reference number when known breaks ties):
    the best entry per item - its own 200, a 440 duplicate, still pending, a failure - or none."""
    by_hash: dict[str, list[InvoiceResult]] = {}
    for invoice in invoices:
        by_hash.setdefault(invoice.invoice_hash, []).append(invoice)
    decisions = []
    for item in items:
        found = by_hash.get(item.invoice_hash, [])
        if not found:
            decisions.append(Decision(item, None, None))
            continue
        best = min(found, key=lambda r: (_rank(r), r.reference_number != item.invoice_ref, r.ordinal_number))
        sent = SentInvoice(best.reference_number, item.invoice_hash, item.size, item.name, "session-list")
        decisions.append(Decision(item, best, InvoiceOutcome.of(sent, best)))
    return decisions


def _upo_names(upo: Upo, invoice_hash: str, ksef_number: str) -> bool:
    document = upo.by_ksef_number.get(ksef_number)
    return document is not None and document.invoice_hash == invoice_hash


def _rejection(d: Decision, code: int, description: str, details: tuple[str, ...]) -> Completion:
    ref = d.result.reference_number if d.result else None
    return Completion(d.item.id, invoice_ref=ref, status_code=code, status_description=description, details=details)


def _close_call(kind: str, ref: str) -> Callable[[], Generator[Any, Any, None]]:
    from ksef_api.api.batch_session import post_sessions_batch_reference_number_close as batch_close
    from ksef_api.api.online_session import post_sessions_online_reference_number_close as online_close

    op = batch_close if kind == "batch" else online_close

    def close() -> Generator[Any, Any, None]:
        yield Call(op, {"reference_number": ref})

    return close


def close_if_open_flow(ref: str, kind: str, attempts: int) -> Generator[Any, Any, bool]:
    """Close a session its worker left open; False when KSeF will never process it (a batch that cannot be
    closed because its parts never all arrived)."""
    status = yield from session_status_flow(ref)
    if status.code != SESSION_OPEN:
        return True
    try:
        yield from close_resolved_flow(_close_call(kind, ref), session=ref, attempts=attempts)
    except BadRequestError as exc:
        if kind == "batch" and any(exc.has_code(code) for code in NEVER_PROCESSED):
            return False
        raise
    return True


def _accepted_upos_flow(
    decisions: list[Decision], ref: str, concurrency: int, rounds: int = UPO_ROUNDS
) -> Generator[Any, Any, dict[int, Upo | KsefError]]:
    """Each accepted item's UPO: pre-signed URLs concurrently (not rate-limited), then the API for any that
    failed, for a few rounds with growing pauses (a lost UPO is fetched again here rather than by reading the
    whole session, whose list KSeF limits to 200 reads an hour)."""
    upos: dict[int, Upo | KsefError] = {}
    missing = list(decisions)
    for round_ in range(max(1, rounds)):
        if round_:
            yield Sleep(2.0**round_)
        by_url = [(d, d.result.upo_download_url) for d in missing if d.result is not None and d.result.upo_download_url]
        if by_url:
            outcomes = yield Gather([Http("GET", url) for _, url in by_url], concurrency)
            for (d, _), outcome in zip(by_url, outcomes, strict=True):
                if outcome.error is None:
                    result: HttpResult = outcome.value
                    try:
                        upos[d.item.id] = parse_upo(
                            result.content or b"", expected_hash=result.headers.get("x-ms-meta-hash")
                        )
                    except UpoError as exc:
                        upos[d.item.id] = exc
        for d in missing:
            if d.item.id not in upos or isinstance(upos[d.item.id], KsefError):
                assert d.result is not None
                try:
                    upos[d.item.id] = yield from invoice_upo_flow(
                        ref, d.result.ksef_number or d.result.reference_number
                    )
                except KsefError as exc:
                    upos[d.item.id] = exc
        missing = [d for d in missing if not isinstance(upos.get(d.item.id), Upo)]
        if not missing:
            break
    return upos


def _duplicate_flow(d: Decision, ref: str) -> Generator[Any, Any, Completion | None]:
    """A 440: the original's UPO from its session, and whether it holds these very bytes."""
    assert d.result is not None and d.outcome is not None and d.outcome.ksef_number is not None
    number = d.outcome.ksef_number
    original = d.result.extensions.get("originalSessionReferenceNumber")
    sessions = [original] if original else []
    sessions += [s for s in (yield StoreOp("attempt_sessions", d.item.id)) if s not in sessions and s != ref]
    for session in sessions:
        try:
            upo: Upo = yield from invoice_upo_flow(session, number)
        except KsefApiError:
            continue
        if _upo_names(upo, d.item.invoice_hash, number):
            return Completion(
                d.item.id, number, upo.raw, upo.sha256_base64, "duplicate", d.result.reference_number, 200, "duplicate"
            )
        return _rejection(
            d,
            d.result.status_code,
            d.result.status_description,
            (*d.result.details, f"KSeF holds {number} for other bytes with the same invoice number"),
        )
    return None  # the original's UPO is not reachable now: try again later


def collect_flow(
    ref: str,
    kind: str,
    owner: str,
    policy: PollPolicy,
    *,
    close: bool = False,
    attempts: int = 3,
    concurrency: int = 8,
) -> Generator[Any, Any, CollectReport]:
    """Record the outcome of every in-flight item of session ``ref`` (module docstring); with ``close``,
    first close the session if its worker left it open."""
    report = CollectReport(ref)
    if close:
        processable = yield from close_if_open_flow(ref, kind, attempts)
        if not processable:
            report.requeued = yield StoreOp("finish_session", owner, ref)
            report.finished = True
            report.notes.append("the batch's parts never all arrived: KSeF will not process it")
            return report
    yield from wait_closed_flow(ref, policy)
    invoices = yield from list_invoices_flow(ref)
    items: list[OutboxItem] = yield StoreOp("items_in_session", owner, ref)
    decisions = decide(items, invoices)
    accepted = [d for d in decisions if d.outcome is not None and d.outcome.established_by == "status"]
    upos = yield from _accepted_upos_flow(accepted, ref, concurrency)
    completions: list[Completion] = []
    for d in decisions:
        if d.missing:
            continue
        assert d.result is not None and d.outcome is not None
        if d.pending:
            report.pending += 1
        elif d.outcome.established_by == "status":
            upo = upos.get(d.item.id)
            number = d.outcome.ksef_number
            assert number is not None
            if isinstance(upo, Upo) and _upo_names(upo, d.item.invoice_hash, number):
                completions.append(
                    Completion(
                        d.item.id,
                        number,
                        upo.raw,
                        upo.sha256_base64,
                        "status",
                        d.result.reference_number,
                        200,
                        d.result.status_description,
                    )
                )
                report.accepted += 1
            else:
                report.pending += 1  # the number is known, the UPO not yet: keep the item until it is
                report.notes.append(f"item {d.item.id}: no verified UPO yet ({upo})")
        elif d.outcome.established_by == "duplicate":
            completion = yield from _duplicate_flow(d, ref)
            if completion is None:
                report.pending += 1
            else:
                completions.append(completion)
                report.duplicates += completion.accepted
                report.rejected += not completion.accepted
        else:
            completions.append(_rejection(d, d.result.status_code, d.result.status_description, d.result.details))
            report.rejected += 1
    if completions:
        yield StoreOp("finish", owner, completions)
    if report.pending == 0:
        report.requeued = yield StoreOp("finish_session", owner, ref)
        report.finished = True
    return report
