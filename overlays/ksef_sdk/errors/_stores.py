"""Errors of the durable stores (SQLite, PostgreSQL, Redis) and of the outbox built on them."""

from __future__ import annotations

from ksef_sdk.errors._base import KsefError


class StoreError(KsefError):
    """A durable store cannot be used. Raised at start-up, before anything is claimed or sent."""


class StoreUnavailableError(StoreError):
    """The store's server (PostgreSQL, Redis) or file cannot be reached or opened."""


class StoreCorruptError(StoreError):
    """The store exists but is not a readable ksef_sdk store (a damaged or foreign file or database)."""


class StoreVersionError(StoreError):
    """The store was written by a newer ksef_sdk (``found`` > ``supported`` schema version)."""

    def __init__(self, message: str, *, found: int, supported: int) -> None:
        super().__init__(message)
        self.found = found
        self.supported = supported


class LeaseLostError(StoreError):
    """This worker no longer owns what it was working on (its lease expired and another worker took over)."""


class OutboxError(KsefError):
    """The outbox cannot accept an invoice or run (bad input or options); nothing was stored or sent."""


class CheckpointConflictError(StoreError):
    """Another process updated the checkpoint since it was read (``expected`` and ``found`` versions)."""

    def __init__(self, message: str, *, expected: int | None, found: int | None) -> None:
        super().__init__(message)
        self.expected = expected
        self.found = found
