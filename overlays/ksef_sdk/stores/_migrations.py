"""Versioned schema migrations of the SQL stores (one list for SQLite and PostgreSQL).

``ksef_meta`` records the schema version. Opening a store applies every migration above that version,
each in its own transaction, under the store's write lock (SQLite ``BEGIN IMMEDIATE``, a PostgreSQL
advisory lock), so processes starting together migrate once. A store whose version is above
:data:`SCHEMA_VERSION` was written by a newer ksef_sdk and is refused
(:class:`~ksef_sdk.errors.StoreVersionError`): nothing is read, claimed or changed.

SQL is written once with three dialect words: ``{id}`` (an auto-increment primary key), ``{blob}`` and
``{real}``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration"]


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "outbox items and attempts, workers, sessions, checkpoints, secrets, shared rate-limit slots",
        (
            """CREATE TABLE ksef_workers (
                owner TEXT PRIMARY KEY,
                host TEXT,
                pid INTEGER,
                lease_until {real} NOT NULL,
                started_at {real} NOT NULL
            )""",
            """CREATE TABLE ksef_outbox (
                id {id},
                invoice_hash TEXT NOT NULL UNIQUE,
                name TEXT,
                form_code TEXT NOT NULL,
                size INTEGER NOT NULL,
                data {blob} NOT NULL,
                state TEXT NOT NULL,
                owner TEXT,
                session_ref TEXT,
                invoice_ref TEXT,
                ksef_number TEXT,
                established TEXT,
                status_code INTEGER,
                status_description TEXT,
                details TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                upo {blob},
                upo_hash TEXT,
                created_at {real} NOT NULL,
                updated_at {real} NOT NULL
            )""",
            "CREATE INDEX ksef_outbox_state ON ksef_outbox (state, id)",
            "CREATE INDEX ksef_outbox_session ON ksef_outbox (session_ref)",
            """CREATE TABLE ksef_attempts (
                item_id BIGINT NOT NULL,
                session_ref TEXT NOT NULL,
                created_at {real} NOT NULL,
                PRIMARY KEY (item_id, session_ref)
            )""",
            """CREATE TABLE ksef_sessions (
                ref TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                status TEXT NOT NULL,
                owner TEXT,
                host TEXT,
                work_dir TEXT,
                state {blob},
                created_at {real} NOT NULL,
                updated_at {real} NOT NULL
            )""",
            """CREATE TABLE ksef_checkpoints (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                version INTEGER NOT NULL,
                updated_at {real} NOT NULL
            )""",
            """CREATE TABLE ksef_secrets (
                name TEXT PRIMARY KEY,
                value {blob} NOT NULL,
                updated_at {real} NOT NULL
            )""",
            """CREATE TABLE ksef_rate_slots (
                grp TEXT PRIMARY KEY,
                slots TEXT NOT NULL
            )""",
        ),
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version
"""The schema version this ksef_sdk writes."""
