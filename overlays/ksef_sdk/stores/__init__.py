"""Durable stores for the outbox: one interface (:class:`Store`), SQLite by default, PostgreSQL for fleets.

::

    from ksef_sdk.stores import open_store

    store = open_store("sqlite:///outbox.db")                 # one file, mode 0600, several processes
    store = open_store("postgresql://ksef@db/ksef")           # extra "postgres": FOR UPDATE SKIP LOCKED claims

A store holds the outbox (invoices, their claims, write-ahead records, outcomes and UPOs), the sessions
the outbox opened (with their sealed resume state), named checkpoints updated by compare-and-set (the
incremental sync's HWM), secrets (shared tokens) and shared rate-limit slots. Its schema is versioned
(:mod:`ksef_sdk.stores._migrations`). Shared limits and tokens can also live in Redis
(:class:`RedisSlots`, :class:`RedisTokenStore`; extra ``redis``)::

    limiter = SharedRateLimiter(RedisSlots("redis://cache:6379/0"), namespace=nip)   # or the store itself
    tokens = RedisTokenStore("redis://cache:6379/0", nip, secret=my_secret)
    client = build_client(env, authenticator=auth, rate_limits=limiter, token_store=tokens)
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
from ksef_sdk.stores._redis import RedisSlots, RedisTokenStore
from ksef_sdk.stores._shared import SharedRateLimiter, SlotBackend, StoreTokenStore, context_limits

__all__ = [
    "SCHEMA_VERSION",
    "AddResult",
    "Checkpoint",
    "CheckpointConflictError",
    "Completion",
    "ItemState",
    "LeaseLostError",
    "OutboxItem",
    "RedisSlots",
    "RedisTokenStore",
    "SessionRecord",
    "SharedRateLimiter",
    "SlotBackend",
    "Store",
    "StoreCorruptError",
    "StoreError",
    "StoreTokenStore",
    "StoreUnavailableError",
    "StoreVersionError",
    "context_limits",
    "open_store",
]
