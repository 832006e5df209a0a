"""What a store holds: outbox items, session records, checkpoints - plain values, no I/O."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "FINAL_STATES",
    "IN_FLIGHT_STATES",
    "STATES",
    "AddResult",
    "Checkpoint",
    "Completion",
    "ItemState",
    "OutboxItem",
    "SessionRecord",
]

ItemState = Literal["pending", "claimed", "sending", "sent", "done", "rejected"]
"""The life of an outbox item:

- ``pending``: waiting for a worker (never sent, or known not to be in KSeF);
- ``claimed``: a worker took it (not sent yet: a dead worker's claims simply return to ``pending``);
- ``sending``: written down *before* the send: the item may be in session ``session_ref``;
- ``sent``: KSeF accepted it for processing in ``session_ref`` as ``invoice_ref``;
- ``done``: it has its KSeF number and UPO; ``rejected``: KSeF definitely refused it (``status_code``...).
"""
STATES: tuple[ItemState, ...] = ("pending", "claimed", "sending", "sent", "done", "rejected")
IN_FLIGHT_STATES: tuple[ItemState, ...] = ("sending", "sent")
FINAL_STATES: tuple[ItemState, ...] = ("done", "rejected")

SessionKind = Literal["online", "batch"]


@dataclass(frozen=True)
class AddResult:
    """``id`` of the item; ``created`` is False when these exact bytes were already in the outbox."""

    id: int
    created: bool


@dataclass(frozen=True)
class OutboxItem:
    """One invoice of the outbox. ``data`` (the exact bytes) and ``upo`` are never shown in the repr."""

    id: int
    invoice_hash: str
    state: ItemState
    form_code: str
    name: str | None = None
    size: int = 0
    owner: str | None = None
    session_ref: str | None = None
    invoice_ref: str | None = None
    ksef_number: str | None = None
    established: str | None = None
    status_code: int | None = None
    status_description: str | None = None
    details: tuple[str, ...] = ()
    attempts: int = 0
    upo_hash: str | None = None
    data: bytes = field(default=b"", repr=False)
    upo: bytes | None = field(default=None, repr=False)

    @property
    def final(self) -> bool:
        return self.state in FINAL_STATES

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> OutboxItem:
        details = row.get("details")
        data = row.get("data")
        upo = row.get("upo")
        return cls(
            id=int(row["id"]),
            invoice_hash=row["invoice_hash"],
            state=row["state"],
            form_code=row["form_code"],
            name=row.get("name"),
            size=int(row.get("size") or 0),
            owner=row.get("owner"),
            session_ref=row.get("session_ref"),
            invoice_ref=row.get("invoice_ref"),
            ksef_number=row.get("ksef_number"),
            established=row.get("established"),
            status_code=row.get("status_code"),
            status_description=row.get("status_description"),
            details=tuple(json.loads(details)) if details else (),
            attempts=int(row.get("attempts") or 0),
            upo_hash=row.get("upo_hash"),
            data=bytes(data) if data is not None else b"",
            upo=bytes(upo) if upo is not None else None,
        )


@dataclass(frozen=True)
class Completion:
    """The end of one item: a KSeF number with its UPO, or a definite rejection."""

    item_id: int
    ksef_number: str | None = None
    upo: bytes | None = field(default=None, repr=False)
    upo_hash: str | None = None
    established: str | None = None
    """``status`` (the invoice's own 200) or ``duplicate`` (440: KSeF already held these bytes)."""
    invoice_ref: str | None = None
    status_code: int | None = None
    status_description: str | None = None
    details: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.ksef_number is not None


@dataclass(frozen=True)
class SessionRecord:
    """A KSeF session the outbox opened: who works on it, and its resume state (encrypted or plain,
    see :class:`ksef_sdk.sessions.OnlineSessionState`; never shown in the repr)."""

    reference_number: str
    kind: SessionKind
    status: Literal["open", "finished"]
    owner: str | None = None
    host: str | None = None
    work_dir: str | None = None
    state: bytes | None = field(default=None, repr=False)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> SessionRecord:
        state = row.get("state")
        return cls(
            reference_number=row["ref"],
            kind=row["kind"],
            status=row["status"],
            owner=row.get("owner"),
            host=row.get("host"),
            work_dir=row.get("work_dir"),
            state=bytes(state) if state is not None else None,
        )


@dataclass(frozen=True)
class Checkpoint:
    """A named value with a version: :meth:`~ksef_sdk.stores.Store.put_checkpoint` replaces it only when the
    version is still the one read (compare-and-set), so two syncs never overwrite each other."""

    name: str
    value: str
    version: int
