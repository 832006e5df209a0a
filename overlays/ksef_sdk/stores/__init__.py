"""Durable stores for the outbox: one interface (:class:`Store`), SQLite by default, PostgreSQL for fleets.

::

    from ksef_sdk.stores import open_store

    store = open_store("sqlite:///outbox.db")                 # one file, mode 0600, several processes
    store = open_store("postgresql://ksef@db/ksef")           # extra "postgres": FOR UPDATE SKIP LOCKED claims

A store holds the outbox (invoices, their claims, write-ahead records, outcomes and UPOs), the sessions
the outbox opened (with their sealed resume state), named checkpoints updated by compare-and-set (the
incremental sync's HWM), secrets (shared tokens) and shared rate-limit slots. Its schema is versioned
(:mod:`ksef_sdk.stores._migrations`). Shared limits and tokens can also live in Redis
(:mod:`ksef_sdk.stores.redis`, extra ``redis``).
"""

from __future__ import annotations

from ksef_sdk.errors import (
    CheckpointConflictError,
    LeaseLostError,
    StoreCorruptError,
    StoreError,
    StoreUnavailableError,
    StoreVersionError,
)
from ksef_sdk.stores._base import Store
from ksef_sdk.stores._migrations import SCHEMA_VERSION
from ksef_sdk.stores._model import AddResult, Checkpoint, Completion, ItemState, OutboxItem, SessionRecord
from ksef_sdk.stores._open import open_store

__all__ = [
    "SCHEMA_VERSION",
    "AddResult",
    "Checkpoint",
    "CheckpointConflictError",
    "Completion",
    "ItemState",
    "LeaseLostError",
    "OutboxItem",
    "SessionRecord",
    "Store",
    "StoreCorruptError",
    "StoreError",
    "StoreUnavailableError",
    "StoreVersionError",
    "open_store",
]
