"""Sending claimed items: an online round (a trickle) or a batch round (a queue the online limits would
bind), each writing ahead before anything leaves, then collecting outcomes (:mod:`._collect`).

Write-ahead: right after KSeF opens the session its reference (and sealed resume state) is recorded, and
the claimed items are marked ``sending`` in it *before* the first invoice or part goes out. A worker that
dies at any later instant leaves a session that a live worker reconciles against KSeF's own list.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ksef_sdk.batch._flows import close_flow, open_flow, upload_flow
from ksef_sdk.errors import KsefError, OutcomeUnknownError
from ksef_sdk.flow import PollPolicy
from ksef_sdk.outbox._collect import CollectReport, collect_flow
from ksef_sdk.outbox._effects import StoreOp
from ksef_sdk.stores._model import OutboxItem

if TYPE_CHECKING:
    from ksef_sdk.batch._prepare import PreparedBatch
    from ksef_sdk.crypto._cipher import SessionKey
    from ksef_sdk.sessions._online import _OnlineCore

__all__ = ["RoundOptions", "batch_round_flow", "online_round_flow"]


@dataclass(frozen=True)
class RoundOptions:
    owner: str
    poll_policy: PollPolicy
    resolve_attempts: int = 3
    upload_concurrency: int = 4
    part_retries: int = 3
    upo_concurrency: int = 8


def online_round_flow(
    core: _OnlineCore, items: Sequence[OutboxItem], opts: RoundOptions, state: Any
) -> Generator[Any, Any, CollectReport]:
    """Open an online session, write ahead, send each item (a lost answer is resolved by hash), close, collect.

    ``state(core)`` gives the resume state to record (sealed bytes, or None to keep no key).
    """
    ref = yield from core._open_flow()
    yield StoreOp("save_session", opts.owner, ref, "online", state(core), None)
    owned = set((yield StoreOp("begin_send", opts.owner, [i.id for i in items], ref)))
    refused: list[int] = []
    for index, item in enumerate(items):
        if item.id not in owned:
            continue
        try:
            sent = yield from core._send_flow(item.data, offline_mode=None, hash_of_corrected_invoice=None, name=None)
        except OutcomeUnknownError:
            continue  # stays "sending": the session list settles it
        except KsefError:
            # a definite refusal (429 after retries, 400...): this one and the rest are not in KSeF
            refused = [i.id for i in items[index:] if i.id in owned]
            break
        yield StoreOp("mark_sent", opts.owner, item.id, sent.reference_number)
    if refused:
        yield StoreOp("requeue", opts.owner, refused)
    yield from core._close_flow()
    return (
        yield from collect_flow(
            ref,
            "online",
            opts.owner,
            opts.poll_policy,
            attempts=opts.resolve_attempts,
            concurrency=opts.upo_concurrency,
        )
    )


def batch_round_flow(
    prepared: PreparedBatch, key: SessionKey, items: Sequence[OutboxItem], opts: RoundOptions
) -> Generator[Any, Any, CollectReport]:
    """Open a batch session for a prepared archive of the items, write ahead, upload, close, collect."""
    yield from open_flow(prepared, key, opts.resolve_attempts)
    ref = prepared.reference_number
    assert ref is not None
    yield StoreOp("save_session", opts.owner, ref, "batch", None, str(prepared.work_dir))
    ids = [i.id for i in items]
    owned = yield StoreOp("begin_send", opts.owner, ids, ref)
    if len(owned) < len(ids):
        # this worker lost some claims (its lease expired): never send them; the unused session expires
        yield StoreOp("requeue", opts.owner, owned)
        yield StoreOp("finish_session", opts.owner, ref)
        return CollectReport(ref, requeued=len(owned), finished=True, notes=["lease lost before upload"])
    try:
        yield from upload_flow(
            prepared, concurrency=opts.upload_concurrency, part_retries=opts.part_retries, progress=None
        )
        yield from close_flow(prepared, opts.resolve_attempts)
    except KsefError as exc:
        # parts missing or the close refused: close_if_open tells whether KSeF will ever process it
        report: CollectReport = yield from collect_flow(
            ref, "batch", opts.owner, opts.poll_policy, close=True, attempts=opts.resolve_attempts
        )
        report.notes.append(f"upload or close failed: {exc}")
        return report
    return (
        yield from collect_flow(
            ref, "batch", opts.owner, opts.poll_policy, attempts=opts.resolve_attempts, concurrency=opts.upo_concurrency
        )
    )
