"""The one store interface, written once in SQL for SQLite and PostgreSQL.

Claims, leases and completion live in the database, not in memory (the transactional-outbox pattern of
PostgreSQL job queues): a worker heartbeats a lease (:meth:`Store.heartbeat`); a claim takes pending items
(``FOR UPDATE SKIP LOCKED`` on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite); every later write names the
worker and changes nothing it no longer owns (fencing), so a worker that lost its lease cannot undo the
one that took over. What a dead worker claimed but never sent returns to ``pending``; what it may have
sent stays with its session until a live worker reconciles that session with KSeF
(:meth:`claim_orphan_sessions`, :mod:`ksef_sdk.outbox`).

Backends supply a connection, a write transaction and a named cross-process lock; the SQL is shared. Only
:class:`~ksef_sdk.errors.StoreError` subclasses escape.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, ClassVar

from ksef_sdk.errors import CheckpointConflictError, ConfigurationError, StoreCorruptError, StoreVersionError
from ksef_sdk.stores import _slots
from ksef_sdk.stores._migrations import MIGRATIONS, SCHEMA_VERSION
from ksef_sdk.stores._model import (
    IN_FLIGHT_STATES,
    STATES,
    AddResult,
    Checkpoint,
    Completion,
    ItemState,
    OutboxItem,
    SessionKind,
    SessionRecord,
)

__all__ = ["Store", "Tx"]

logger = logging.getLogger("ksef_sdk.stores")

_ITEM_COLUMNS = (
    "id, invoice_hash, name, form_code, size, state, owner, session_ref, invoice_ref, ksef_number, established, "
    "status_code, status_description, details, attempts, upo_hash"
)
_LIVE = "SELECT owner FROM ksef_workers WHERE lease_until >= {now}"


class Tx(ABC):
    """One transaction of a backend: statements with ``?`` placeholders (already in the dialect)."""

    @abstractmethod
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    @abstractmethod
    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Execute; the number of rows changed."""

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None


class Store(ABC):
    """A durable outbox store (see the module docstring). Thread-safe; one per process is enough.

    Open one with :func:`ksef_sdk.stores.open_store`; ``with store:`` closes it.
    """

    #: dialect words used in the SQL and the migrations
    words: ClassVar[dict[str, str]] = {}
    url: str = ""

    def __init__(self) -> None:
        self.host = socket.gethostname()
        self.pid = os.getpid()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.url!r})"

    # --- backend hooks ----------------------------------------------------------------------------

    @abstractmethod
    def transaction(self) -> AbstractContextManager[Tx]:
        """A write transaction (serialised with other writers where it matters)."""

    @abstractmethod
    def lock(self, name: str, *, timeout: float = 60.0) -> AbstractContextManager[None]:
        """A named lock held across processes (and hosts for a server store) until the block ends."""

    @abstractmethod
    def close(self) -> None: ...

    def _migration_lock(self, tx: Tx) -> None:
        """Serialise migrations of processes starting together (the write transaction may already do it)."""
        return None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sql(self, text: str) -> str:
        return text.format(**self.words)

    # --- schema -------------------------------------------------------------------------------------

    def schema_version(self, tx: Tx) -> int:
        row = tx.one("SELECT value FROM ksef_meta WHERE key = 'schema_version'")
        if row is None:
            return 0
        try:
            return int(row["value"])
        except (TypeError, ValueError):
            raise StoreCorruptError(f"{self.url}: the schema version {row['value']!r} is not a number") from None

    def migrate(self) -> int:
        """Bring the schema to :data:`SCHEMA_VERSION` (each migration in its own transaction); the version."""
        with self.transaction() as tx:
            tx.run("CREATE TABLE IF NOT EXISTS ksef_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        version = 0
        for migration in MIGRATIONS:
            with self.transaction() as tx:
                self._migration_lock(tx)
                version = self.schema_version(tx)
                if version > SCHEMA_VERSION:
                    raise StoreVersionError(
                        f"{self.url} has schema version {version}, written by a newer ksef_sdk; this one reads "
                        f"up to {SCHEMA_VERSION} - upgrade ksef-sdk (nothing was changed)",
                        found=version,
                        supported=SCHEMA_VERSION,
                    )
                if version >= migration.version:
                    continue
                for statement in migration.statements:
                    tx.run(self.sql(statement))
                tx.run("DELETE FROM ksef_meta WHERE key = 'schema_version'")
                tx.run("INSERT INTO ksef_meta (key, value) VALUES ('schema_version', ?)", (str(migration.version),))
                logger.info(
                    "ksef_sdk: %s migrated to schema %d (%s)", self.url, migration.version, migration.description
                )
                version = migration.version
        return version

    # --- workers ------------------------------------------------------------------------------------

    def heartbeat(self, owner: str, lease: float) -> None:
        """Keep ``owner`` alive for ``lease`` more seconds (register it on the first call)."""
        with self.transaction() as tx:
            tx.run(
                self.sql(
                    "INSERT INTO ksef_workers (owner, host, pid, lease_until, started_at) VALUES (?, ?, ?, {now} + ?, "
                    "{now}) ON CONFLICT (owner) DO UPDATE SET lease_until = excluded.lease_until"
                ),
                (owner, self.host, self.pid, float(lease)),
            )

    def retire(self, owner: str) -> None:
        """A clean stop: ``owner``'s unsent claims return to ``pending`` and it leaves the worker list (what it
        may have sent stays with its sessions for reconciliation)."""
        with self.transaction() as tx:
            tx.run(
                self.sql(
                    "UPDATE ksef_outbox SET state = 'pending', owner = NULL, updated_at = {now} "
                    "WHERE owner = ? AND state = 'claimed'"
                ),
                (owner,),
            )
            tx.run("DELETE FROM ksef_workers WHERE owner = ?", (owner,))

    def workers(self) -> list[dict[str, Any]]:
        """The registered workers with ``alive`` (lease not expired)."""
        with self.transaction() as tx:
            return tx.rows(
                self.sql(
                    "SELECT owner, host, pid, lease_until, started_at, lease_until >= {now} AS alive FROM ksef_workers "
                    "ORDER BY started_at"
                )
            )

    # --- the outbox ---------------------------------------------------------------------------------

    def add(self, data: bytes, *, invoice_hash: str, form_code: str, name: str | None = None) -> AddResult:
        """Store an invoice's exact bytes as ``pending``; the same bytes again are the same item."""
        with self.transaction() as tx:
            existing = tx.one("SELECT id FROM ksef_outbox WHERE invoice_hash = ?", (invoice_hash,))
            if existing is not None:
                return AddResult(int(existing["id"]), False)
            row = tx.one(
                self.sql(
                    "INSERT INTO ksef_outbox (invoice_hash, name, form_code, size, data, state, created_at, "
                    "updated_at) "
                    "VALUES (?, ?, ?, ?, ?, 'pending', {now}, {now}) RETURNING id"
                ),
                (invoice_hash, name, form_code, len(data), data),
            )
            assert row is not None
            return AddResult(int(row["id"]), True)

    def claim(self, owner: str, limit: int) -> list[OutboxItem]:
        """Take up to ``limit`` pending items (oldest first) for ``owner``; dead workers' unsent claims first
        return to ``pending``."""
        with self.transaction() as tx:
            self._release_orphans(tx)
            rows = tx.rows(
                self.sql(
                    "UPDATE ksef_outbox SET state = 'claimed', owner = ?, updated_at = {now} WHERE id IN ("
                    "SELECT id FROM ksef_outbox WHERE state = 'pending' ORDER BY id LIMIT ?{skip_locked}) "
                    f"RETURNING {_ITEM_COLUMNS}, data"
                ),
                (owner, int(limit)),
            )
        return sorted((OutboxItem.from_row(r) for r in rows), key=lambda i: i.id)

    def _release_orphans(self, tx: Tx) -> None:
        live = self.sql(_LIVE)
        tx.run(
            self.sql(
                "UPDATE ksef_outbox SET state = 'pending', owner = NULL, updated_at = {now} "
                "WHERE id IN (SELECT id FROM "
                f"ksef_outbox WHERE state = 'claimed' AND (owner IS NULL OR owner NOT IN ({live})){{skip_locked}})"
            )
        )
        # in flight, owner dead and no open session to reconcile: KSeF's answer for its session was complete
        tx.run(
            self.sql(
                "UPDATE ksef_outbox SET state = 'pending', owner = NULL, updated_at = {now} "
                "WHERE id IN (SELECT id FROM "
                "ksef_outbox WHERE state IN ('sending', 'sent') AND (owner IS NULL OR owner NOT IN "
                f"({live})) AND session_ref NOT IN (SELECT ref FROM ksef_sessions WHERE status = 'open')"
                "{skip_locked})"
            )
        )

    def pending_count(self) -> int:
        with self.transaction() as tx:
            row = tx.one("SELECT COUNT(*) AS n FROM ksef_outbox WHERE state = 'pending'")
        return int(row["n"]) if row else 0

    def release(self, owner: str, ids: Sequence[int]) -> int:
        """Give claimed (unsent) items back to ``pending``."""
        if not ids:
            return 0
        with self.transaction() as tx:
            return tx.run(
                self.sql(
                    "UPDATE ksef_outbox SET state = 'pending', owner = NULL, updated_at = {now} "
                    f"WHERE owner = ? AND state = 'claimed' AND id IN ({_marks(ids)})"
                ),
                (owner, *ids),
            )

    def begin_send(self, owner: str, ids: Sequence[int], session_ref: str) -> list[int]:
        """Write down, *before* sending, that these items may end up in ``session_ref`` (the write-ahead that
        lets a crash be reconciled). Returns the ids still owned by ``owner`` (the others must not be sent);
        none when the session itself is no longer ``owner``'s (a live worker took it over): in-flight items
        always belong to their session's owner, who alone reconciles them."""
        if not ids:
            return []
        with self.transaction() as tx:
            # the session row is locked first: a concurrent takeover either happened (no row) or waits
            session = tx.one(
                self.sql("SELECT ref FROM ksef_sessions WHERE ref = ? AND owner = ? AND status = 'open'{for_update}"),
                (session_ref, owner),
            )
            if session is None:
                return []
            rows = tx.rows(
                self.sql(
                    "UPDATE ksef_outbox SET state = 'sending', session_ref = ?, invoice_ref = NULL, "
                    "attempts = attempts + 1, "
                    "updated_at = {now} WHERE owner = ? AND state IN ('claimed', 'sending') "
                    f"AND id IN ({_marks(ids)}) "
                    "RETURNING id"
                ),
                (session_ref, owner, *ids),
            )
            owned = sorted(int(r["id"]) for r in rows)
            for item_id in owned:
                tx.run(
                    self.sql(
                        "INSERT INTO ksef_attempts (item_id, session_ref, created_at) VALUES (?, ?, {now}) "
                        "ON CONFLICT DO NOTHING"
                    ),
                    (item_id, session_ref),
                )
        return owned

    def mark_sent(self, owner: str, item_id: int, invoice_ref: str) -> bool:
        """KSeF accepted the item for processing as ``invoice_ref``; False when ``owner`` lost it."""
        with self.transaction() as tx:
            return (
                tx.run(
                    self.sql(
                        "UPDATE ksef_outbox SET state = 'sent', invoice_ref = ?, updated_at = {now} "
                        "WHERE id = ? AND owner = ? AND state IN ('sending', 'sent')"
                    ),
                    (invoice_ref, item_id, owner),
                )
                == 1
            )

    def finish(self, owner: str, completions: Sequence[Completion]) -> int:
        """Record final outcomes (KSeF number + UPO, or a rejection) in one transaction; items ``owner`` no
        longer holds are skipped (their new owner records the same outcome). Returns how many were recorded."""
        done = 0
        with self.transaction() as tx:
            for c in completions:
                state: ItemState = "done" if c.accepted else "rejected"
                done += tx.run(
                    self.sql(
                        "UPDATE ksef_outbox SET state = ?, ksef_number = ?, upo = ?, upo_hash = ?, established = ?, "
                        "invoice_ref = COALESCE(?, invoice_ref), status_code = ?, status_description = ?, details = ?, "
                        "owner = NULL, updated_at = {now} WHERE id = ? AND owner = ? AND state IN ('sending', 'sent')"
                    ),
                    (
                        state,
                        c.ksef_number,
                        c.upo,
                        c.upo_hash,
                        c.established,
                        c.invoice_ref,
                        c.status_code,
                        c.status_description,
                        json.dumps(list(c.details)) if c.details else None,
                        c.item_id,
                        owner,
                    ),
                )
        if done < len(completions):
            logger.info(
                "ksef_sdk: %d outcome(s) skipped: their items are no longer this worker's", len(completions) - done
            )
        return done

    def requeue(self, owner: str, ids: Sequence[int]) -> int:
        """In-flight items known not to be in KSeF (a definite refusal of the send) go back to ``pending``."""
        if not ids:
            return 0
        with self.transaction() as tx:
            return tx.run(
                self.sql(
                    "UPDATE ksef_outbox SET state = 'pending', owner = NULL, session_ref = NULL, invoice_ref = NULL, "
                    "updated_at = {now} WHERE owner = ? AND state IN ('claimed', 'sending', 'sent') "
                    f"AND id IN ({_marks(ids)})"
                ),
                (owner, *ids),
            )

    def get(self, item_id: int) -> OutboxItem | None:
        """One item with its bytes and UPO."""
        with self.transaction() as tx:
            row = tx.one(f"SELECT {_ITEM_COLUMNS}, data, upo FROM ksef_outbox WHERE id = ?", (int(item_id),))
        return OutboxItem.from_row(row) if row else None

    def find(self, invoice_hash: str) -> OutboxItem | None:
        """The item holding these bytes (by their Base64 SHA-256), without its bytes."""
        with self.transaction() as tx:
            row = tx.one(f"SELECT {_ITEM_COLUMNS} FROM ksef_outbox WHERE invoice_hash = ?", (invoice_hash,))
        return OutboxItem.from_row(row) if row else None

    def items(
        self, *, state: ItemState | None = None, after_id: int = 0, limit: int = 1000, with_upo: bool = False
    ) -> list[OutboxItem]:
        """Items in id order (without their bytes; with the UPO when asked), optionally of one state."""
        if state is not None and state not in STATES:
            raise ConfigurationError(f"unknown item state {state!r}; one of {STATES}")
        where = "id > ?"
        params: list[Any] = [int(after_id)]
        if state is not None:
            where += " AND state = ?"
            params.append(state)
        extra = ", upo" if with_upo else ""
        with self.transaction() as tx:
            rows = tx.rows(
                f"SELECT {_ITEM_COLUMNS}{extra} FROM ksef_outbox WHERE {where} ORDER BY id LIMIT ?",
                (*params, int(limit)),
            )
        return [OutboxItem.from_row(r) for r in rows]

    def items_in_session(self, owner: str, session_ref: str) -> list[OutboxItem]:
        """The in-flight items of a session that ``owner`` works on (with their bytes)."""
        with self.transaction() as tx:
            rows = tx.rows(
                f"SELECT {_ITEM_COLUMNS}, data FROM ksef_outbox WHERE session_ref = ? AND owner = ? AND state IN "
                "('sending', 'sent') ORDER BY id",
                (session_ref, owner),
            )
        return [OutboxItem.from_row(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """How many items are in each state (every state listed)."""
        with self.transaction() as tx:
            rows = tx.rows("SELECT state, COUNT(*) AS n FROM ksef_outbox GROUP BY state")
        found = {str(r["state"]): int(r["n"]) for r in rows}
        return {state: found.get(state, 0) for state in STATES}

    def attempt_sessions(self, item_id: int) -> list[str]:
        """Every session an item was (maybe) sent to, oldest first."""
        with self.transaction() as tx:
            rows = tx.rows(
                "SELECT session_ref FROM ksef_attempts WHERE item_id = ? ORDER BY created_at", (int(item_id),)
            )
        return [str(r["session_ref"]) for r in rows]

    # --- sessions -------------------------------------------------------------------------------------

    def save_session(
        self,
        owner: str,
        reference_number: str,
        kind: SessionKind,
        state: bytes | None = None,
        work_dir: str | None = None,
    ) -> None:
        """Record (or update the resume state of) a session ``owner`` opened."""
        with self.transaction() as tx:
            tx.run(
                self.sql(
                    "INSERT INTO ksef_sessions (ref, kind, status, owner, host, work_dir, state, created_at, "
                    "updated_at) "
                    "VALUES (?, ?, 'open', ?, ?, ?, ?, {now}, {now}) ON CONFLICT (ref) DO UPDATE SET "
                    "state = excluded.state, work_dir = excluded.work_dir, updated_at = excluded.updated_at"
                ),
                (reference_number, kind, owner, self.host, work_dir, state),
            )

    def finish_session(self, owner: str, reference_number: str) -> int:
        """KSeF's final answer for the session is recorded: its in-flight items that are still here were never
        in it and go back to ``pending`` (their number), and the session is finished."""
        with self.transaction() as tx:
            requeued = tx.run(
                self.sql(
                    "UPDATE ksef_outbox SET state = 'pending', owner = NULL, session_ref = NULL, invoice_ref = NULL, "
                    "updated_at = {now} WHERE session_ref = ? AND owner = ? AND state IN ('sending', 'sent')"
                ),
                (reference_number, owner),
            )
            tx.run(
                self.sql(
                    "UPDATE ksef_sessions SET status = 'finished', updated_at = {now} WHERE ref = ? AND owner = ?"
                ),
                (reference_number, owner),
            )
        return requeued

    def claim_orphan_sessions(self, owner: str, limit: int = 10) -> list[SessionRecord]:
        """Take over open sessions whose worker died, with their in-flight items, for reconciliation."""
        live = self.sql(_LIVE)
        with self.transaction() as tx:
            rows = tx.rows(
                self.sql(
                    "UPDATE ksef_sessions SET owner = ?, updated_at = {now} "
                    "WHERE ref IN (SELECT ref FROM ksef_sessions "
                    f"WHERE status = 'open' AND (owner IS NULL OR owner NOT IN ({live})) ORDER BY created_at LIMIT ?"
                    "{skip_locked}) RETURNING ref, kind, status, owner, host, work_dir, state"
                ),
                (owner, int(limit)),
            )
            refs = [str(r["ref"]) for r in rows]
            if refs:
                tx.run(
                    self.sql(
                        "UPDATE ksef_outbox SET owner = ?, updated_at = {now} "
                        f"WHERE session_ref IN ({_marks(refs)}) AND state IN {_tuple(IN_FLIGHT_STATES)}"
                    ),
                    (owner, *refs),
                )
        return [SessionRecord.from_row(r) for r in rows]

    def sessions(self, *, status: str | None = None) -> list[SessionRecord]:
        where, params = ("WHERE status = ?", (status,)) if status else ("", ())
        with self.transaction() as tx:
            rows = tx.rows(
                "SELECT ref, kind, status, owner, host, work_dir, state FROM ksef_sessions "
                f"{where} ORDER BY created_at",
                params,
            )
        return [SessionRecord.from_row(r) for r in rows]

    # --- checkpoints (incremental sync) -----------------------------------------------------------------

    def get_checkpoint(self, name: str) -> Checkpoint | None:
        with self.transaction() as tx:
            row = tx.one("SELECT name, value, version FROM ksef_checkpoints WHERE name = ?", (name,))
        return Checkpoint(str(row["name"]), str(row["value"]), int(row["version"])) if row else None

    def put_checkpoint(self, name: str, value: str, *, expected_version: int | None) -> Checkpoint:
        """Replace the checkpoint atomically if it is still at ``expected_version`` (``None``: it must not exist
        yet); :class:`~ksef_sdk.errors.CheckpointConflictError` otherwise."""
        with self.transaction() as tx:
            row = tx.one("SELECT version FROM ksef_checkpoints WHERE name = ?", (name,))
            found = int(row["version"]) if row else None
            if found != expected_version:
                raise CheckpointConflictError(
                    f"checkpoint {name!r} is at version {found}, not {expected_version}: another process moved it",
                    expected=expected_version,
                    found=found,
                )
            if found is None:
                tx.run(
                    self.sql("INSERT INTO ksef_checkpoints (name, value, version, updated_at) VALUES (?, ?, 1, {now})"),
                    (name, value),
                )
            else:
                tx.run(
                    self.sql("UPDATE ksef_checkpoints SET value = ?, version = ?, updated_at = {now} WHERE name = ?"),
                    (value, found + 1, name),
                )
        return Checkpoint(name, value, (found or 0) + 1)

    # --- secrets (tokens, sealed or protected by the store) -------------------------------------------------

    def get_secret(self, name: str) -> bytes | None:
        with self.transaction() as tx:
            row = tx.one("SELECT value FROM ksef_secrets WHERE name = ?", (name,))
        return bytes(row["value"]) if row else None

    def put_secret(self, name: str, value: bytes) -> None:
        with self.transaction() as tx:
            tx.run(
                self.sql(
                    "INSERT INTO ksef_secrets (name, value, updated_at) VALUES (?, ?, {now}) "
                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
                ),
                (name, value),
            )

    # --- shared rate limits ----------------------------------------------------------------------------------

    def reserve_slot(self, group: str, windows: _slots.Windows, margin: float) -> float:
        """Book the next request slot of ``group`` for every process of this store; seconds to wait."""
        with self.transaction() as tx:
            tx.run("INSERT INTO ksef_rate_slots (grp, slots) VALUES (?, '[]') ON CONFLICT DO NOTHING", (group,))
            row = tx.one(
                self.sql("SELECT slots, {now} AS now FROM ksef_rate_slots WHERE grp = ?{for_update}"), (group,)
            )
            assert row is not None
            now = float(row["now"])
            slot, kept = _slots.reserve(json.loads(row["slots"]), now, windows, margin)
            tx.run("UPDATE ksef_rate_slots SET slots = ? WHERE grp = ?", (json.dumps(kept), group))
        return max(0.0, slot - now)


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def _tuple(values: Sequence[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


@contextmanager
def guarded(lock: threading.RLock) -> Iterator[None]:
    with lock:
        yield
