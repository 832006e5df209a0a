"""Incremental purchase-invoice sync with its HWM checkpoint in the store, updated atomically.

:func:`sync_window` reads the checkpoint, exports the next window (:func:`ksef_sdk.retrieval.sync_invoices`)
and, only when the caller's block finished without an error, moves the checkpoint by compare-and-set: a
crash or an exception leaves it where it was (the window is simply fetched again), and two processes that
sync the same subject never both advance it (:class:`~ksef_sdk.errors.CheckpointConflictError`)::

    with sync_window(client, store, "Subject2", start=first_day) as window:
        for f in window.invoices():
            save(f)          # idempotently: a repeated window delivers the same invoices again
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ksef_sdk.errors import KsefError, StoreCorruptError
from ksef_sdk.retrieval._hwm import HwmState, SyncWindow, sync_invoices
from ksef_sdk.retrieval._metadata import SubjectType

if TYPE_CHECKING:
    from ksef_sdk.stores._base import Store

__all__ = ["HwmCheckpoint", "sync_window"]


class HwmCheckpoint:
    """The HWM state of one incremental sync, kept in a store under ``name`` (default ``hwm:<subject>``)."""

    def __init__(self, store: Store, name: str) -> None:
        self.store = store
        self.name = name
        self.version: int | None = None

    def __repr__(self) -> str:
        return f"HwmCheckpoint({self.name!r}, version={self.version})"

    def load(self) -> HwmState:
        """The stored state (empty when there is none yet); remembers its version for :meth:`save`."""
        found = self.store.get_checkpoint(self.name)
        self.version = found.version if found else None
        if found is None:
            return HwmState()
        try:
            return HwmState.from_json(found.value)
        except (KsefError, ValueError) as exc:
            raise StoreCorruptError(f"checkpoint {self.name!r} is not an HWM state ({exc})") from None

    def save(self, state: HwmState) -> None:
        """Replace the state read by :meth:`load` (compare-and-set on its version)."""
        saved = self.store.put_checkpoint(self.name, state.to_json(), expected_version=self.version)
        self.version = saved.version


@contextmanager
def sync_window(
    client: Any,
    store: Store,
    subject_type: SubjectType = "Subject2",
    *,
    start: dt.datetime | None = None,
    name: str | None = None,
    **options: Any,
) -> Iterator[SyncWindow]:
    """The next HWM window of ``subject_type``; its checkpoint advances when the block ends without error.
    ``start`` is needed for the first window only; ``options`` go to :func:`~ksef_sdk.retrieval.sync_invoices`."""
    checkpoint = HwmCheckpoint(store, name or f"hwm:{subject_type}")
    state = checkpoint.load()
    with sync_invoices(client, state, subject_type, start=start, **options) as window:
        yield window
    checkpoint.save(window.next_state)
