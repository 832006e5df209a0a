from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from ksef_sdk.errors import BadRequestError, InvalidIdentifierError, KsefError
from ksef_sdk.flow import PollPolicy
from ksef_sdk.identifiers import ksef_number_checksum
from ksef_sdk.retrieval import (
    ExportError,
    HwmState,
    IntegrityError,
    adownload_invoice,
    aexport_invoices,
    aiter_invoice_metadata,
    download_invoice,
    export_invoices,
    iter_invoice_metadata,
    query_filters,
    sync_invoices,
)

from .conftest import make_invoice

T0 = dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.timezone.utc)
FAST = PollPolicy(initial=0.0, factor=1.0, max_delay=0.0, timeout=1.0)


def _fill(fake: Any, n: int, *, same_instant_every: int = 0) -> list[str]:
    numbers = []
    for i in range(n):
        minute = i // same_instant_every if same_instant_every else i
        numbers.append(fake.store(make_invoice(f"FV/{i}"), T0 + dt.timedelta(minutes=minute)))
    return numbers


def test_download_verifies_hash(fake: Any, client: Any) -> None:
    number = fake.store(make_invoice("FV/D"), T0)
    assert download_invoice(client, number) == make_invoice("FV/D")
    unknown = "5265877635-20260504-FFFFFFFFFFFF"
    with pytest.raises(BadRequestError):
        download_invoice(client, f"{unknown}-{ksef_number_checksum(unknown)}")
    sent = len(fake.calls)
    with pytest.raises(InvalidIdentifierError, match="checksum"):  # checked locally: nothing goes out
        download_invoice(client, f"{unknown}-00")
    assert len(fake.calls) == sent


def test_download_detects_tampering(fake: Any, client: Any) -> None:
    number = fake.store(make_invoice("FV/D"), T0)
    original = fake.handler

    def tamper(request: Any) -> Any:
        response = original(request)
        if "/invoices/ksef/" in str(request.url):
            response.headers["x-ms-meta-hash"] = "A" * 43 + "="
        return response

    import httpx
    from ksef_sdk.http import build_client

    from .conftest import _tokens
    from .fake_ksef import ENV

    transport = httpx.MockTransport(tamper)
    with build_client(ENV, tokens=_tokens(), transport=transport, retry=False) as c, pytest.raises(IntegrityError):
        download_invoice(c, number)


async def test_async_download(fake: Any, aclient: Any) -> None:
    number = fake.store(make_invoice("FV/A"), T0)
    assert await adownload_invoice(aclient, number) == make_invoice("FV/A")


@pytest.mark.parametrize("descending", [False, True])
def test_metadata_pages_and_truncation_lose_and_repeat_nothing(fake: Any, client: Any, descending: bool) -> None:
    # 137 records, 3 per instant (so narrowing restarts on an instant that was partly delivered), cap 25
    numbers = _fill(fake, 137, same_instant_every=3)
    fake.metadata_cap = 25
    filters = query_filters("Subject1", date_from=T0 - dt.timedelta(days=1), date_to=T0 + dt.timedelta(days=1))
    got = [m.ksef_number for m in iter_invoice_metadata(client, filters, page_size=10, descending=descending)]
    assert len(got) == len(set(got)) == 137
    assert set(got) == set(numbers)
    assert fake.calls["POST /invoices/query/metadata"] > 137 // 10  # truncation forced extra queries


def test_metadata_simple_paging(fake: Any, client: Any) -> None:
    _fill(fake, 23)
    filters = query_filters("Subject1", date_from=T0)
    got = list(iter_invoice_metadata(client, filters, page_size=10))
    assert len(got) == 23
    assert fake.calls["POST /invoices/query/metadata"] == 3


def test_metadata_stuck_instant_is_an_error(fake: Any, client: Any) -> None:
    _fill(fake, 40, same_instant_every=40)  # 40 records at one instant, cap 15: cannot be narrowed
    fake.metadata_cap = 15
    filters = query_filters("Subject1", date_from=T0)
    with pytest.raises(KsefError, match="share the instant"):
        list(iter_invoice_metadata(client, filters, page_size=10))


async def test_async_metadata(fake: Any, aclient: Any) -> None:
    _fill(fake, 31, same_instant_every=2)
    fake.metadata_cap = 20
    filters = query_filters("Subject1", date_from=T0)
    got = [m.ksef_number async for m in aiter_invoice_metadata(aclient, filters, page_size=10)]
    assert len(got) == len(set(got)) == 31


def test_naive_dates_are_refused() -> None:
    with pytest.raises(KsefError, match="timezone-aware"):
        query_filters("Subject1", date_from=dt.datetime(2026, 1, 1))


def test_export_multi_part(fake: Any, client: Any, storage: Any) -> None:
    numbers = _fill(fake, 30)
    fake.export_part_size = 2000
    filters = query_filters("Subject2", date_from=T0)
    with export_invoices(client, filters, poll_policy=FAST) as package:
        files = list(package.files())
        workdir = package._cleanup
        assert workdir is not None and workdir.exists()
    assert not workdir.exists()
    assert len(fake.exports[package.reference_number]["parts"]) > 2
    xmls = {f.ksef_number: f.data for f in files if not f.is_metadata}
    assert set(xmls) == set(numbers)
    assert xmls[numbers[3]] == make_invoice("FV/3")
    meta = next(f for f in files if f.is_metadata)
    assert {m["ksefNumber"] for m in meta.metadata()} == set(numbers)
    storage_gets = [h for m, u, h in fake.log if "/exports/" in u and u.startswith("https://storage.test")]
    assert storage_gets and all("authorization" not in h for h in storage_gets)
    assert fake.calls["GET /invoices/exports/{x}"] == 2  # polled until done


def test_export_corrupt_part_is_detected(fake: Any, client: Any, storage: Any) -> None:
    _fill(fake, 3)
    fake.corrupt_export_part = True
    with pytest.raises(IntegrityError):
        export_invoices(client, query_filters("Subject1", date_from=T0), poll_policy=FAST)


def test_export_failure_status(fake: Any, client: Any, storage: Any) -> None:
    _fill(fake, 1)
    original = fake._json

    def fail(status: int, body: Any, headers: Any = None) -> Any:
        if isinstance(body, dict) and body.get("status", {}).get("code") == 200 and "package" in body:
            body = {"status": {"code": 415, "description": "key decryption error"}}
        return original(status, body, headers)

    fake._json = fail
    with pytest.raises(ExportError) as info:
        export_invoices(client, query_filters("Subject1", date_from=T0), poll_policy=FAST)
    assert info.value.code == 415


async def test_async_export(fake: Any, aclient: Any, astorage: Any) -> None:
    numbers = _fill(fake, 5)
    package = await aexport_invoices(aclient, query_filters("Subject1", date_from=T0), poll_policy=FAST)
    with package:
        assert {f.ksef_number for f in package.files() if not f.is_metadata} == set(numbers)


def test_hwm_sync_windows_are_adjacent_and_deduplicated(fake: Any, client: Any, storage: Any) -> None:
    numbers = _fill(fake, 20, same_instant_every=2)
    fake.export_cap = 7  # truncated windows: the boundary instant is split across windows
    fake.hwm = T0 + dt.timedelta(minutes=8)  # records after minute 8 are not yet "stored for good"
    state = HwmState()
    delivered: list[str] = []
    for _ in range(10):
        with sync_invoices(client, state, "Subject1", start=T0, poll_policy=FAST) as window:
            delivered.extend(f.ksef_number or "" for f in window.invoices())
        assert json.loads(window.next_state.to_json())  # JSON-serialisable
        state = HwmState.from_json(window.next_state.to_json())
        if not window.package.is_truncated:
            break
    assert len(delivered) == len(set(delivered)) == 18  # minutes 0..8, two per minute
    assert set(delivered) == set(numbers[:18])
    assert state.next_from["Subject1"] == fake.hwm.isoformat()
    # the HWM moves on: the next window starts exactly at the old HWM and brings only the new records
    fake.hwm = T0 + dt.timedelta(minutes=20)
    with sync_invoices(client, state, "Subject1", poll_policy=FAST) as window:
        more = [f.ksef_number for f in window.invoices()]
    assert set(more) | set(delivered) == set(numbers)
    assert len(set(more) & set(delivered)) <= 2  # only the records at the old HWM instant may come again


def test_hwm_first_window_needs_start(client: Any) -> None:
    with pytest.raises(KsefError, match="start="):
        sync_invoices(client, HwmState(), "Subject2")
