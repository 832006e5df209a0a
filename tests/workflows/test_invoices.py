"""Retrieval against the sandbox: download, metadata queries (paging, truncation), exports, HWM sync.

Invoices are put into KSeF through a batch session first. Where a test needs records that share one
instant, it queries by issue date (a day: several invoices issued on one day share it exactly).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.batch import asend_batch, send_batch
from ksef_sdk.crypto import sha256_b64
from ksef_sdk.errors import BadRequestError, InvalidIdentifierError, KsefError
from ksef_sdk.http import resources_of
from ksef_sdk.identifiers import ksef_number_checksum
from ksef_sdk.retrieval import (
    ExportError,
    ExportPackage,
    HwmState,
    IntegrityError,
    SyncWindow,
    adownload_invoice,
    aexport_invoices,
    aiter_invoice_metadata,
    download_invoice,
    export_invoices,
    iter_invoice_metadata,
    query_filters,
    sync_invoices,
)
from ksef_sdk.retrieval._hwm import _advance

from .conftest import FAST, Ksef, WrongKeyStore

METADATA = "POST /invoices/query/metadata"
TODAY = dt.date.today()


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _named(invoices: list[bytes]) -> list[tuple[str, bytes]]:
    return [(f"p-{i:04d}.xml", xml) for i, xml in enumerate(invoices)]


def _numbers(result: Any, count: int) -> list[str]:
    assert not result.failed and result.missing == ()
    return [result.by_file_name[f"p-{i:04d}.xml"].ksef_number for i in range(count)]


def publish(ksef: Ksef, invoices: list[bytes]) -> list[str]:
    """Put ``invoices`` into KSeF (one batch session) and wait until KSeF lists them; their KSeF numbers, in
    order."""
    numbers = _numbers(send_batch(ksef.client, _named(invoices), poll_policy=FAST, part_retry_delay=0), len(invoices))
    ksef.control.settle()  # KSeF lists it once stored and below the HWM (late arrivals: tests/e2e)
    return numbers


async def apublish(ksef: Ksef, invoices: list[bytes]) -> list[str]:
    numbers = _numbers(
        await asend_batch(ksef.client, _named(invoices), poll_policy=FAST, part_retry_delay=0), len(invoices)
    )
    ksef.control.settle()  # KSeF lists it once stored and below the HWM (late arrivals: tests/e2e)
    return numbers


def _spread(ksef: Ksef, count: int, per_day: int, prefix: str = "FV") -> list[bytes]:
    """``count`` invoices issued ``per_day`` a day, ending today."""
    days = (count - 1) // per_day
    return [
        ksef.invoice(f"{prefix}/{i}", issue_date=TODAY - dt.timedelta(days=days - i // per_day)) for i in range(count)
    ]


# --- download -------------------------------------------------------------------------------------------


def test_download_returns_the_stored_bytes_and_checks_numbers_locally(ksef: Ksef) -> None:
    xml = ksef.invoice("FV/D")
    (number,) = publish(ksef, [xml])
    assert download_invoice(ksef.client, number) == xml
    unknown = f"{ksef.nip}-{TODAY:%Y%m%d}-FFFFFFFFFFFF"
    with pytest.raises(BadRequestError) as info:
        download_invoice(ksef.client, f"{unknown}-{ksef_number_checksum(unknown)}")
    assert info.value.has_code(21164)
    sent = len(ksef.recorder.requests)
    before = ksef.server_counts()
    with pytest.raises(InvalidIdentifierError, match="checksum"):  # checked locally: nothing goes out
        download_invoice(ksef.client, f"{unknown}-00")
    assert len(ksef.recorder.requests) == sent and ksef.server_counts() == before


def test_download_detects_tampering(ksef: Ksef) -> None:
    xml = ksef.invoice("FV/D")
    (number,) = publish(ksef, [xml])
    tampered = xml.replace(b"100.00", b"999.00")
    assert tampered != xml
    ksef.control.inject_fault(
        f"GET /invoices/ksef/{number}",
        status=200,
        body=tampered,
        headers={"content-type": "application/xml", "x-ms-meta-hash": sha256_b64(xml)},
    )
    with pytest.raises(IntegrityError, match="SHA-256"):
        download_invoice(ksef.client, number)
    assert download_invoice(ksef.client, number) == xml  # the fault fired once: the real answer passes


async def test_async_download(aksef: Ksef) -> None:
    xml = aksef.invoice("FV/A")
    (number,) = await apublish(aksef, [xml])
    assert await adownload_invoice(aksef.client, number) == xml


# --- metadata -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_metadata_paging_and_truncation_lose_and_repeat_nothing(ksef: Ksef, descending: bool) -> None:
    # 31 invoices, 3 issued a day; results cut at 11 records: each narrowed query restarts on a day whose
    # invoices were partly delivered, some of them on an earlier page than the one that was cut
    numbers = publish(ksef, _spread(ksef, 31, per_day=3))
    ksef.control.configure(metadata_cap=11)
    filters = query_filters("Subject1", date_from=_midnight(TODAY - dt.timedelta(days=12)), date_type="Issue")
    metas = list(iter_invoice_metadata(ksef.client, filters, page_size=10, descending=descending))
    got = [m.ksef_number for m in metas]
    assert len(got) == len(set(got)) == 31
    assert set(got) == set(numbers)
    issued = [m.issue_date for m in metas]
    assert issued == sorted(issued, reverse=descending)
    queries = ksef.requests("POST", "/invoices/query/metadata")
    assert len(queries) > 31 // 10 + 1  # truncation forced narrowed queries
    bodies = [json.loads(r.content) for r in queries]
    bound = "to" if descending else "from"
    assert len({b["dateRange"].get(bound) for b in bodies}) > 2  # the range really was narrowed, more than once


def test_metadata_simple_paging(ksef: Ksef) -> None:
    numbers = publish(ksef, [ksef.invoice(f"FV/{i}") for i in range(23)])
    filters = query_filters("Subject1", date_from=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1))
    got = list(iter_invoice_metadata(ksef.client, filters, page_size=10))
    assert [m.ksef_number for m in got] == sorted(numbers, key=lambda n: ksef.control.invoice(n).acquisition_date)
    queries = ksef.requests("POST", "/invoices/query/metadata")
    assert [q.url.params["pageOffset"] for q in queries] == ["0", "1", "2"]
    assert all(q.url.params["pageSize"] == "10" for q in queries)


def test_metadata_more_records_on_one_instant_than_one_query_returns_is_an_error(ksef: Ksef) -> None:
    publish(ksef, [ksef.invoice(f"FV/{i}") for i in range(16)])  # all issued today
    ksef.control.configure(metadata_cap=15)
    filters = query_filters("Subject1", date_from=_midnight(TODAY), date_type="Issue")
    delivered: list[str] = []
    with pytest.raises(KsefError, match="share the instant"):
        delivered.extend(m.ksef_number for m in iter_invoice_metadata(ksef.client, filters, page_size=10))
    assert len(delivered) == len(set(delivered)) == 15  # what one query returns, nothing repeated
    assert len(ksef.requests("POST", "/invoices/query/metadata")) <= 4  # gave up at once, no loop


async def test_async_metadata(aksef: Ksef) -> None:
    numbers = await apublish(aksef, _spread(aksef, 17, per_day=2))
    aksef.control.configure(metadata_cap=10)
    filters = query_filters("Subject1", date_from=_midnight(TODAY - dt.timedelta(days=12)), date_type="Issue")
    got = [m.ksef_number async for m in aiter_invoice_metadata(aksef.client, filters, page_size=10)]
    assert len(got) == len(set(got)) == 17 and set(got) == set(numbers)


def test_naive_dates_are_refused() -> None:
    with pytest.raises(KsefError, match="timezone-aware"):
        query_filters("Subject1", date_from=dt.datetime(2026, 1, 1))


# --- exports --------------------------------------------------------------------------------------------


def test_export_multi_part(ksef: Ksef) -> None:
    invoices = [ksef.invoice(f"FV/{i}") for i in range(30)]
    numbers = publish(ksef, invoices)
    ksef.control.configure(export_part_size=2000)
    filters = query_filters("Subject1", date_from=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1))
    with export_invoices(ksef.client, filters, poll_policy=FAST) as package:
        files = list(package.files())
        workdir = package._cleanup
        assert workdir is not None and workdir.exists()
    assert not workdir.exists()
    parts = ksef.control.core.state.exports[package.reference_number].parts
    assert len(parts) > 2 and package.invoice_count == 30 and not package.is_truncated
    xmls = {f.ksef_number: f.data for f in files if not f.is_metadata}
    assert xmls == dict(zip(numbers, invoices, strict=True))  # every invoice, exactly as sent
    (meta,) = (f for f in files if f.is_metadata)
    assert {m["ksefNumber"] for m in meta.metadata()} == set(numbers)
    downloads = ksef.requests("GET", "/blob/export/")
    assert len(downloads) == len(parts) and all("authorization" not in r.headers for r in downloads)
    assert len(ksef.requests("GET", f"/invoices/exports/{package.reference_number}")) >= 2  # polled until done


@pytest.mark.parametrize("damage", ["substituted", "cut-short"])
def test_a_corrupt_export_part_is_detected(ksef: Ksef, damage: str, private_tmp: Path) -> None:
    publish(ksef, [ksef.invoice(f"FV/{i}") for i in range(3)])
    if damage == "substituted":  # other bytes, with a transport hash that matches them: only the package can tell
        body = os.urandom(4096)
        ksef.control.inject_fault(
            "GET /blob/export/*",
            status=200,
            body=body,
            headers={"content-type": "application/octet-stream", "x-ms-meta-hash": sha256_b64(body)},
        )
    else:
        ksef.control.inject_fault("GET /blob/export/*", truncate=64)
    filters = query_filters("Subject1", date_from=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1))
    with pytest.raises(IntegrityError, match="export part 1"):
        export_invoices(ksef.client, filters, poll_policy=FAST)
    assert list(private_tmp.iterdir()) == []  # the temporary directory went with the failure


def test_an_export_ksef_cannot_decrypt_ends_in_its_failure_status(ksef: Ksef) -> None:
    publish(ksef, [ksef.invoice("FV/1")])
    store = WrongKeyStore(resources_of(ksef.client).key_store())
    filters = query_filters("Subject1", date_from=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1))
    with pytest.raises(ExportError) as info:
        export_invoices(ksef.client, filters, poll_policy=FAST, key_store=store)
    assert info.value.code == 415
    assert ksef.requests("GET", "/blob/export/") == []


async def test_async_export(aksef: Ksef) -> None:
    invoices = [aksef.invoice(f"FV/{i}") for i in range(5)]
    numbers = await apublish(aksef, invoices)
    filters = query_filters("Subject1", date_from=dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1))
    package = await aexport_invoices(aksef.client, filters, poll_policy=FAST, compression="targz")
    with package:
        assert {f.ksef_number: f.data for f in package.files() if not f.is_metadata} == dict(
            zip(numbers, invoices, strict=True)
        )


# --- incremental sync by the high-water mark ------------------------------------------------------------


def _stored_at(ksef: Ksef, number: str) -> dt.datetime:
    """The permanent-storage instant KSeF reports for an invoice (milliseconds)."""
    when = ksef.control.invoice(number).acquisition_date
    return when.replace(microsecond=when.microsecond // 1000 * 1000)


def test_hwm_sync_windows_are_adjacent_and_deduplicated(ksef: Ksef) -> None:
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
    numbers = publish(ksef, [ksef.invoice(f"FV/{i}", lines=3) for i in range(26)])
    ksef.control.configure(export_max_invoices=10)  # export windows are cut at 10 records
    state = HwmState()
    delivered: list[str] = []
    starts = [start.isoformat()]
    while len(starts) <= 10:
        with sync_invoices(ksef.client, state, "Subject1", start=start, poll_policy=FAST) as window:
            delivered.extend(f.ksef_number or "" for f in window.invoices())
        package = window.package
        boundary = package.last_permanent_storage_date if package.is_truncated else package.permanent_storage_hwm_date
        assert boundary is not None
        assert window.next_state.next_from["Subject1"] == boundary.isoformat()
        assert HwmState.from_json(window.next_state.to_json()) == window.next_state  # JSON round trip
        state = window.next_state
        starts.append(state.next_from["Subject1"])
        if not package.is_truncated:
            break
    assert len(starts) >= 4  # really several windows
    assert len(delivered) == len(set(delivered)) == 26 and set(delivered) == set(numbers)
    # adjacent: each window started exactly where the previous one ended, and never past the HWM
    ranges = [json.loads(r.content)["filters"]["dateRange"] for r in ksef.requests("POST", "/invoices/exports")]
    assert [r["from"] for r in ranges] == starts[:-1]
    assert all(r["restrictToPermanentStorageHwmDate"] is True for r in ranges)
    old_hwm = dt.datetime.fromisoformat(state.next_from["Subject1"])

    # the HWM moves on: the next window starts exactly at the old HWM and brings only the new records
    later = publish(ksef, [ksef.invoice(f"FV/N{i}") for i in range(4)])
    with sync_invoices(ksef.client, state, "Subject1", poll_policy=FAST) as window:
        more = [f.ksef_number or "" for f in window.invoices()]
    last_range = json.loads(ksef.requests("POST", "/invoices/exports")[-1].content)["filters"]["dateRange"]
    assert last_range["from"] == old_hwm.isoformat()
    assert set(later) <= set(more)
    assert all(_stored_at(ksef, n) == old_hwm for n in set(more) - set(later))  # only records at the old HWM


def _package(tmp_path: Path, name: str, records: list[tuple[str, dt.datetime]], **fields: Any) -> ExportPackage:
    archive = tmp_path / f"{name}.zip"
    metadata = [{"ksefNumber": n, "permanentStorageDate": when.isoformat()} for n, when in records]
    with zipfile.ZipFile(archive, "w") as zf:
        for number, _ in records:
            zf.writestr(f"{number}.xml", f"<Faktura>{number}</Faktura>")
        zf.writestr("_metadata.json", json.dumps({"invoices": metadata}))
    return ExportPackage(name, len(records), archive=archive, compression="zip", **fields)


def test_an_instant_split_between_two_windows_is_delivered_once(tmp_path: Path) -> None:
    """Window 1 is cut in the middle of instant T (a and b delivered, c not); window 2 starts at T."""
    t0 = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone.utc)
    t = t0 + dt.timedelta(seconds=1)
    first = _package(tmp_path, "w1", [("x", t0), ("a", t), ("b", t)], is_truncated=True, last_permanent_storage_date=t)
    state = _advance(HwmState(), "Subject1", first)
    assert state.next_from == {"Subject1": t.isoformat()} and sorted(state.seen["Subject1"]) == ["a", "b"]
    hwm = t + dt.timedelta(seconds=5)
    second = _package(
        tmp_path, "w2", [("a", t), ("b", t), ("c", t), ("d", hwm)], is_truncated=False, permanent_storage_hwm_date=hwm
    )
    window = SyncWindow("Subject1", second, state, _advance(state, "Subject1", second))
    assert [f.ksef_number for f in window.invoices()] == ["c", "d"]
    assert window.next_state.next_from == {"Subject1": hwm.isoformat()} and window.next_state.seen["Subject1"] == []


def test_the_first_hwm_window_needs_a_start(offline_client: Any) -> None:
    with pytest.raises(KsefError, match="start="):
        sync_invoices(offline_client, HwmState(), "Subject2")
