"""The PostgreSQL store (psycopg 3, extra ``postgres``): for fleets of workers on many hosts.

Claims are ``UPDATE ... WHERE id IN (SELECT ... FOR UPDATE SKIP LOCKED) RETURNING``: concurrent workers
never wait for, nor take, each other's rows. Lease times use the database server's clock, so the hosts'
clocks do not matter. Migrations are serialised with a transaction-level advisory lock, and the named lock
of :meth:`PostgresStore.lock` is a session-level advisory lock on its own connection (released by the
server when its holder dies).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar

from ksef_sdk.errors import StoreCorruptError, StoreError, StoreUnavailableError
from ksef_sdk.stores._base import Store, Tx

__all__ = ["PostgresStore", "safe_url"]

_MIGRATION_LOCK = 0x6B736566  # "ksef"


def safe_url(url: str) -> str:
    """The URL without its password."""
    try:
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(url)
        if parts.password:
            host = parts.hostname or ""
            netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
            return urlunsplit(parts._replace(netloc=netloc))
    except ValueError:
        return "postgresql://<unparsable url>"
    return url


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise StoreUnavailableError('the PostgreSQL store needs psycopg: pip install "ksef-sdk[postgres]"') from None
    return psycopg


def _lock_id(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class _PgTx(Tx):
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql.replace("?", "%s"), tuple(params))
        return list(cur.fetchall()) if cur.description is not None else []

    def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self.conn.execute(sql.replace("?", "%s"), tuple(params)).rowcount)


class PostgresStore(Store):
    """A store in a PostgreSQL database (tables ``ksef_*``). Use :func:`~ksef_sdk.stores.open_store`."""

    words: ClassVar[dict[str, str]] = {
        "id": "BIGSERIAL PRIMARY KEY",
        "blob": "BYTEA",
        "real": "DOUBLE PRECISION",
        "now": "(EXTRACT(EPOCH FROM clock_timestamp())::double precision)",
        "skip_locked": " FOR UPDATE SKIP LOCKED",
        "for_update": " FOR UPDATE",
    }

    def __init__(self, url: str, *, connect_timeout: float = 10.0) -> None:
        super().__init__()
        self._dsn = url
        self.url = safe_url(url)
        self._connect_timeout = connect_timeout
        self._lock = threading.RLock()
        self._conn = self._connect()

    def _connect(self) -> Any:
        psycopg = _psycopg()
        from psycopg.rows import dict_row

        try:
            return psycopg.connect(
                self._dsn, autocommit=True, row_factory=dict_row, connect_timeout=max(1, int(self._connect_timeout))
            )
        except psycopg.Error as exc:
            raise StoreUnavailableError(
                f"cannot connect to the PostgreSQL store {self.url}: {_first_line(exc)}"
            ) from None

    def _error(self, exc: Exception) -> StoreError:
        psycopg = _psycopg()
        if isinstance(exc, psycopg.OperationalError):
            return StoreUnavailableError(f"{self.url}: {_first_line(exc)}")
        if isinstance(exc, (psycopg.errors.DataCorrupted, psycopg.errors.IndexCorrupted)):
            return StoreCorruptError(f"{self.url}: {_first_line(exc)}")
        return StoreError(f"{self.url}: {type(exc).__name__}: {_first_line(exc)}")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        psycopg = _psycopg()
        with self._lock:
            if self._conn.closed or self._conn.broken:
                self._conn = self._connect()
            try:
                with self._conn.transaction():
                    yield _PgTx(self._conn)
            except psycopg.Error as exc:
                raise self._error(exc) from None

    def _migration_lock(self, tx: Tx) -> None:
        tx.rows("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    @contextlib.contextmanager
    def lock(self, name: str, *, timeout: float = 60.0) -> Iterator[None]:
        psycopg = _psycopg()
        conn = self._connect()
        key = _lock_id(name)
        try:
            deadline = time.monotonic() + timeout
            while not conn.execute("SELECT pg_try_advisory_lock(%s) AS ok", (key,)).fetchone()["ok"]:
                if time.monotonic() > deadline:
                    raise StoreUnavailableError(f"lock {name!r} of {self.url} not free after {timeout:g} s")
                time.sleep(0.01)
            try:
                yield
            finally:
                with contextlib.suppress(psycopg.Error):
                    conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
        except psycopg.Error as exc:
            raise self._error(exc) from None
        finally:
            conn.close()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
