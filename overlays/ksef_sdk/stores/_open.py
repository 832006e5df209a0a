"""Opening a store from a URL: ``sqlite:///outbox.db`` (or a plain path), ``postgresql://user@host/db``."""

from __future__ import annotations

import os

from ksef_sdk.errors import ConfigurationError, StoreError
from ksef_sdk.stores._base import Store

__all__ = ["open_store"]


def open_store(url: str | os.PathLike[str], *, migrate: bool = True) -> Store:
    """Open (and create or migrate) the store at ``url``.

    - ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db`` or a plain file path: SQLite (no extra);
    - ``postgresql://user:password@host:port/database`` (or ``postgres://``): PostgreSQL (extra ``postgres``).

    Everything is checked before the store is returned: a file that is not a store or is damaged
    (:class:`~ksef_sdk.errors.StoreCorruptError`), a store of a newer schema
    (:class:`~ksef_sdk.errors.StoreVersionError`), a server that cannot be reached
    (:class:`~ksef_sdk.errors.StoreUnavailableError`) - and then nothing was claimed or changed.
    """
    text = os.fspath(url)
    if not text:
        raise ConfigurationError("empty store URL")
    store: Store
    if text.startswith(("postgresql://", "postgres://")):
        from ksef_sdk.stores._postgres import PostgresStore

        store = PostgresStore(text)
    elif text.startswith("sqlite://"):
        if not text.startswith("sqlite:///") or len(text) == len("sqlite:///"):
            raise ConfigurationError(f"a SQLite store URL is sqlite:///path (got {text!r})")
        from ksef_sdk.stores._sqlite import SqliteStore

        store = SqliteStore(text[len("sqlite:///") :])
    elif "://" in text:
        raise ConfigurationError(
            f"unknown store URL scheme in {text.split('://', 1)[0]!r}: use sqlite:/// or postgresql://"
        )
    else:
        from ksef_sdk.stores._sqlite import SqliteStore

        store = SqliteStore(text)
    if migrate:
        try:
            store.migrate()
        except StoreError:
            store.close()
            raise
    return store
