"""One store interface, one suite: every test runs against SQLite and against PostgreSQL."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest
from ksef_sdk.errors import (
    CheckpointConflictError,
    ConfigurationError,
    StoreCorruptError,
    StoreUnavailableError,
    StoreVersionError,
)
from ksef_sdk.stores import SCHEMA_VERSION, Completion, Store, open_store


def _add(store: Store, n: int, tag: str = "") -> list[int]:
    return [store.add(f"<x>{tag}{i}</x>".encode(), invoice_hash=f"h{tag}{i}", form_code="FA (3)").id for i in range(n)]


def test_add_is_idempotent_on_the_exact_bytes(store: Store) -> None:
    first = store.add(b"<a/>", invoice_hash="H", form_code="FA (3)", name="a.xml")
    again = store.add(b"<a/>", invoice_hash="H", form_code="FA (3)", name="other.xml")
    assert first.created and not again.created and first.id == again.id
    item = store.get(first.id)
    assert item is not None and item.data == b"<a/>" and item.state == "pending" and item.name == "a.xml"
    assert "<a/>" not in repr(item)
    assert store.counts()["pending"] == 1


def test_claims_are_exclusive_under_concurrency(store_url: str) -> None:
    with open_store(store_url) as setup:
        _add(setup, 200)
    claimed: dict[str, list[int]] = {}
    start = threading.Barrier(4)

    def worker(name: str) -> None:
        with open_store(store_url) as store:
            store.heartbeat(name, 30)
            start.wait()
            mine: list[int] = []
            while batch := store.claim(name, 7):
                mine += [i.id for i in batch]
            claimed[name] = mine

    threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = [i for ids in claimed.values() for i in ids]
    assert sorted(everything) == sorted(set(everything)) and len(everything) == 200  # each item claimed once


def test_a_dead_workers_unsent_claims_return_to_pending(store: Store) -> None:
    ids = _add(store, 3)
    store.heartbeat("dead", 1.0)
    assert [i.id for i in store.claim("dead", 10)] == ids
    store.heartbeat("alive", 30)
    assert store.claim("alive", 10) == []  # the lease still holds
    time.sleep(1.2)
    assert [i.id for i in store.claim("alive", 10)] == ids


def test_writes_are_fenced_by_the_owner(store: Store) -> None:
    ids = _add(store, 2)
    store.heartbeat("w1", 1.0)
    store.claim("w1", 10)
    time.sleep(1.2)
    store.heartbeat("w2", 30)
    taken = store.claim("w2", 10)
    assert [i.id for i in taken] == ids
    store.save_session("w1", "S1", "online")
    store.save_session("w2", "S2", "online")
    assert store.begin_send("w1", ids, "S1") == []  # w1 lost them: it must not send
    assert store.begin_send("w2", ids, "S2") == ids
    assert not store.mark_sent("w1", ids[0], "R")
    assert store.finish("w1", [Completion(ids[0], "NUM", b"upo", "h", "status")]) == 0
    assert store.finish("w2", [Completion(ids[0], "NUM", b"upo", "h", "status")]) == 1
    assert store.get(ids[0]).state == "done"  # type: ignore[union-attr]


def test_finish_session_requeues_what_the_session_never_held(store: Store) -> None:
    ids = _add(store, 3)
    store.heartbeat("w", 30)
    store.claim("w", 10)
    store.save_session("w", "S", "online", b"state")
    assert store.begin_send("w", ids, "S") == ids
    assert store.mark_sent("w", ids[0], "R0")
    store.finish("w", [Completion(ids[0], "N0", b"u", "h", "status"), Completion(ids[1], status_code=450)])
    assert store.finish_session("w", "S") == 1
    states = {i.id: i.state for i in store.items()}
    assert states == {ids[0]: "done", ids[1]: "rejected", ids[2]: "pending"}
    assert store.sessions(status="open") == []
    assert store.attempt_sessions(ids[2]) == ["S"]


def test_orphan_sessions_move_to_a_live_worker_with_their_items(store: Store) -> None:
    ids = _add(store, 2)
    store.heartbeat("dead", 1.0)
    store.claim("dead", 10)
    store.save_session("dead", "S", "batch", None, "/tmp/x")
    store.begin_send("dead", ids, "S")
    store.heartbeat("live", 30)
    assert store.claim_orphan_sessions("live") == []
    time.sleep(1.2)
    assert store.claim("live", 10) == []  # in flight in an open session: not simply re-sent
    [record] = store.claim_orphan_sessions("live")
    assert (record.reference_number, record.kind, record.work_dir, record.owner) == ("S", "batch", "/tmp/x", "live")
    assert [i.id for i in store.items_in_session("live", "S")] == ids
    assert store.claim_orphan_sessions("other") == []  # taken once


def test_nothing_goes_in_flight_in_a_session_taken_over(store: Store) -> None:
    """A worker that lost its lease after opening a session must not send into it: the session's new owner
    reconciles it without knowing of those items."""
    ids = _add(store, 2)
    store.heartbeat("slow", 1.0)
    store.claim("slow", 10)
    store.save_session("slow", "S", "batch")
    time.sleep(1.2)
    store.heartbeat("live", 30)
    assert [r.reference_number for r in store.claim_orphan_sessions("live")] == ["S"]
    store.heartbeat("slow", 30)  # back to life, still holding its claims
    assert store.begin_send("slow", ids, "S") == []
    assert store.items_in_session("live", "S") == [] and store.finish_session("live", "S") == 0
    assert store.release("slow", ids) == 2 and store.counts()["pending"] == 2


def test_checkpoints_compare_and_set(store: Store) -> None:
    assert store.get_checkpoint("hwm") is None
    first = store.put_checkpoint("hwm", "a", expected_version=None)
    assert first.version == 1
    with pytest.raises(CheckpointConflictError):
        store.put_checkpoint("hwm", "b", expected_version=None)
    second = store.put_checkpoint("hwm", "b", expected_version=1)
    with pytest.raises(CheckpointConflictError) as info:
        store.put_checkpoint("hwm", "c", expected_version=1)
    assert (info.value.expected, info.value.found) == (1, 2)
    assert store.get_checkpoint("hwm") == second and second.value == "b"


def test_shared_slots_keep_every_window(store: Store) -> None:
    windows = ((3, 1.0), (5, 60.0))
    started = time.monotonic()
    delays = [store.reserve_slot("ctx:g", windows, 0.0) for _ in range(6)]
    # the waits count from each booking's own "now" (the store's wall clock, shared by processes and hosts;
    # 10 ms of slack for that clock and the monotonic one measured here ticking apart)
    elapsed = time.monotonic() - started + 0.01
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert 1.0 - elapsed <= delays[3] <= 1.0 and 1.0 - elapsed <= delays[4] <= 1.0  # the 1 s window
    assert 60.0 - elapsed <= delays[5] <= 60.0  # the minute window: the 6th waits for the 1st to leave it


def test_the_schema_is_versioned_and_a_newer_one_is_refused(store_url: str) -> None:
    with open_store(store_url) as store:
        with store.transaction() as tx:
            assert store.schema_version(tx) == SCHEMA_VERSION
            tx.run("UPDATE ksef_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
        store.add(b"<a/>", invoice_hash="H", form_code="FA (3)")
    with pytest.raises(StoreVersionError) as info:
        open_store(store_url)
    assert (info.value.found, info.value.supported) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)
    with open_store(store_url, migrate=False) as raw:
        assert raw.counts()["pending"] == 1  # nothing was changed


def test_the_sqlite_file_is_private(tmp_path: Path) -> None:
    with open_store(tmp_path / "o.db"):
        pass
    assert stat.S_IMODE(os.stat(tmp_path / "o.db").st_mode) == 0o600


@pytest.mark.parametrize(
    "content", [b"not a database at all, just text" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_corrupt_sqlite_file_is_a_typed_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    with pytest.raises(StoreCorruptError):
        open_store(path)
    assert path.read_bytes() == content  # nothing written


def test_unreachable_servers_are_typed_errors(tmp_path: Path) -> None:
    from ksef_sdk.stores import RedisSlots

    from benchmarks.servers import free_port

    port = free_port()
    with pytest.raises(StoreUnavailableError) as info:
        open_store(f"postgresql://ksef:s3cret@127.0.0.1:{port}/ksef")
    assert "s3cret" not in str(info.value)
    with pytest.raises(StoreUnavailableError):
        RedisSlots(f"redis://127.0.0.1:{port}/0")
    with pytest.raises(StoreUnavailableError):
        open_store(tmp_path / "missing-dir" / "o.db")
    with pytest.raises(ConfigurationError):
        open_store("mysql://x/y")
