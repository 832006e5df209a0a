"""The SQLite store: one file (mode 0600), safe for several processes on one host.

Write transactions are ``BEGIN IMMEDIATE`` (one writer at a time, others wait up to ``busy_timeout``), the
journal is WAL (readers never block the writer) and commits are ``synchronous=FULL``: a committed claim,
write-ahead or outcome survives a killed process and a power cut. The named lock of :meth:`SqliteStore.lock`
is an ``flock`` on a file beside the database, released by the kernel when its holder dies.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar

from ksef_sdk.errors import StoreCorruptError, StoreError, StoreUnavailableError
from ksef_sdk.stores._base import Store, Tx

__all__ = ["SqliteStore"]

MIN_SQLITE = (3, 35, 0)  # UPDATE ... RETURNING
_CORRUPT = ("not a database", "malformed", "corrupt", "encrypted")


def _error(exc: sqlite3.Error, where: str) -> StoreError:
    text = str(exc)
    if isinstance(exc, sqlite3.DatabaseError) and any(word in text for word in _CORRUPT):
        return StoreCorruptError(f"{where} is not a readable ksef_sdk store: {text}")
    if isinstance(exc, sqlite3.OperationalError):
        return StoreUnavailableError(f"{where}: {text}")
    return StoreError(f"{where}: {type(exc).__name__}: {text}")


class _SqliteTx(Tx):
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, tuple(params)).fetchall()]

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self.conn.execute(sql, tuple(params)).rowcount


class SqliteStore(Store):
    """A store in one SQLite file (created with mode 0600). Use :func:`~ksef_sdk.stores.open_store`."""

    words: ClassVar[dict[str, str]] = {
        "id": "INTEGER PRIMARY KEY AUTOINCREMENT",
        "blob": "BLOB",
        "real": "REAL",
        "now": "((julianday('now') - 2440587.5) * 86400.0)",
        "skip_locked": "",
        "for_update": "",
    }

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout: float = 60.0, check: bool = True) -> None:
        super().__init__()
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            raise StoreUnavailableError(
                f"SQLite {sqlite3.sqlite_version} is too old for the outbox store (needs 3.35 or newer)"
            )
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        self._lock = threading.RLock()
        try:
            if not self.path.exists():
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
            self._conn = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
        except FileExistsError:
            self._conn = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailableError(f"cannot open the SQLite store {self.path}: {exc}") from None
        self._conn.row_factory = sqlite3.Row
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreUnavailableError(f"{self.path}: cannot switch the journal to WAL (got {mode})")
            self._conn.execute("PRAGMA synchronous = FULL")
            if check:
                result = self._conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise StoreCorruptError(f"{self.path} is damaged (SQLite quick_check: {result})")
        except sqlite3.Error as exc:
            self._conn.close()
            raise _error(exc, str(self.path)) from None
        except StoreError:
            self._conn.close()
            raise

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise _error(exc, str(self.path)) from None
            try:
                yield _SqliteTx(self._conn)
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise _error(exc, str(self.path)) from None
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise _error(exc, str(self.path)) from None

    @contextlib.contextmanager
    def lock(self, name: str, *, timeout: float = 60.0) -> Iterator[None]:
        import fcntl

        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
        path = self.path.with_name(f"{self.path.name}.{safe}.lock")
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StoreUnavailableError(
                            f"lock {name!r} of {self.path} not free after {timeout:g} s"
                        ) from None
                    time.sleep(0.01)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
