"""Durable delivery: an outbox that survives crashes, shared by every worker of a fleet.

::

    from ksef_sdk.outbox import Outbox

    outbox = Outbox("sqlite:///outbox.db")            # PostgreSQL for many hosts: "postgresql://..."
    outbox.add(invoice_xml)                            # validated locally first; exact bytes stored
    report = outbox.run(client)                        # claim, send (online or batch), record; until settled
    for item in outbox.store.items(state="done"):
        print(item.ksef_number, item.upo_hash)

Every invoice ends with exactly one KSeF number and its UPO, or a true rejection - whatever crashes on the
way: claims are leases in the store; each session is written down before anything is sent; a dead worker's
sessions are closed and reconciled with KSeF's own list by invoice hash, with 440 duplicates resolved to
their ``originalKsefNumber`` (:mod:`ksef_sdk.outbox._collect`). Limits and tokens are shared across
processes through the store or Redis (:mod:`ksef_sdk.stores`). Incremental sync keeps its HWM checkpoint in
the same store (:func:`sync_window`).
"""

from __future__ import annotations

from ksef_sdk.errors import LeaseLostError, OutboxError
from ksef_sdk.outbox._checkpoints import HwmCheckpoint, sync_window
from ksef_sdk.outbox._collect import CollectReport, Decision, collect_flow, decide
from ksef_sdk.outbox._effects import StoreOp, arun, run
from ksef_sdk.outbox._outbox import Outbox, OutboxStatus
from ksef_sdk.outbox._worker import Worker, WorkerOptions, WorkerReport

__all__ = [
    "CollectReport",
    "Decision",
    "HwmCheckpoint",
    "LeaseLostError",
    "Outbox",
    "OutboxError",
    "OutboxStatus",
    "StoreOp",
    "Worker",
    "WorkerOptions",
    "WorkerReport",
    "arun",
    "collect_flow",
    "decide",
    "run",
    "sync_window",
]
