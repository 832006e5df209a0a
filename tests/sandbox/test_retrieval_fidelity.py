"""Permanent storage, the High Water Mark and exports as KSeF does them (``pobieranie-faktur/hwm.md``,
``przyrostowe-pobieranie-faktur.md``, the export operations of the spec)."""

from __future__ import annotations

import io
import os
import zipfile
from datetime import datetime, timedelta
from typing import Any

import httpx
from ksef_sandbox import SandboxServer
from ksef_sandbox._ids import parse_dt
from sandbox_helpers import Client, SessionKeys, aes_decrypt, invoice_xml, settle


def _send(sandbox: SandboxServer, client: Client, nip: str, n: int, prefix: str = "S") -> list[str]:
    """``n`` accepted invoices (a burst: the sandbox's rate limits are switched off by the caller's test)."""
    session, keys = client.open_online()
    refs = [client.send(session, keys, invoice_xml(nip, f"{prefix}/{i}")).json()["referenceNumber"] for i in range(n)]
    s = sandbox.control.session(session)
    return [inv.ksef_number for inv in s.invoices if inv.reference in refs and inv.ksef_number]


def _filters(since: datetime, *, restrict: bool | None = None, date_type: str = "PermanentStorage") -> dict[str, Any]:
    dr: dict[str, Any] = {"dateType": date_type, "from": since.isoformat()}
    if restrict is not None:
        dr["restrictToPermanentStorageHwmDate"] = restrict
    return {"subjectType": "Subject1", "dateRange": dr}


def _query(client: Client, filters: dict[str, Any]) -> dict[str, Any]:
    r = client.http.post("/invoices/query/metadata", params={"pageSize": 100}, headers=client.headers(), json=filters)
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _export(client: Client, filters: dict[str, Any], keys: SessionKeys | None = None) -> str:
    body = {"encryption": client.encryption(keys or SessionKeys(os.urandom(32), os.urandom(16))), "filters": filters}
    r = client.http.post("/invoices/exports", headers=client.headers(), json=body)
    assert r.status_code == 201, r.text
    return str(r.json()["referenceNumber"])


def _export_result(client: Client, ref: str, reads: int = 10) -> dict[str, Any]:
    for _ in range(reads):
        st = client.http.get(f"/invoices/exports/{ref}", headers=client.headers()).json()
        if st["status"]["code"] != 100:
            return st  # type: ignore[no-any-return]
    raise AssertionError("export still in progress")


def test_invoice_reaches_permanent_storage_after_its_ksef_number(
    sandbox: SandboxServer, client: Client, nip: str
) -> None:
    sandbox.control.set_processing_polls(0)
    session, keys = client.open_online()
    ref = client.send(session, keys, invoice_xml(nip, "PS/1")).json()["referenceNumber"]
    status = client.invoice_status(session, ref)
    assert status["status"]["code"] == 200 and "permanentStorageDate" not in status  # filled in asynchronously
    since = parse_dt(status["acquisitionDate"]) - timedelta(minutes=1)
    assert _query(client, _filters(since))["invoices"] == []  # not in the repository yet
    settle(sandbox)
    status = client.invoice_status(session, ref)
    assert parse_dt(status["permanentStorageDate"]) > parse_dt(status["acquisitionDate"])  # "always later"
    [meta] = _query(client, _filters(since))["invoices"]
    assert meta["permanentStorageDate"] == status["permanentStorageDate"]
    assert client.http.get(f"/invoices/ksef/{status['ksefNumber']}", headers=client.headers()).status_code == 200


def test_hwm_lags_behind_now_and_late_arrivals_stay_above_it(sandbox: SandboxServer, client: Client, nip: str) -> None:
    """Storage is asynchronous: invoices appear in (HWM, now] late, never at or below a HWM once reported."""
    sandbox.control.set_rate_limits(False)  # 12 sends and a dozen queries in a burst
    sandbox.control.set_processing_polls(0)
    sandbox.control.seed(5)
    sandbox.control.configure(permanent_storage_delay=timedelta(seconds=1), hwm_lag=timedelta(seconds=60))
    started = sandbox.control.now() - timedelta(minutes=1)
    numbers = set(_send(sandbox, client, nip, 12))
    marks: list[tuple[datetime, set[str], datetime, set[str]]] = []  # HWM, below it, "now", everything seen
    late = 0
    for _ in range(8):
        sandbox.control.advance_time(timedelta(seconds=10))
        now = sandbox.control.now()
        everything = _query(client, _filters(started, restrict=False))
        final = _query(client, _filters(started, restrict=True))
        hwm = parse_dt(final["permanentStorageHwmDate"])
        assert hwm < now - timedelta(seconds=59)  # the HWM lags "now" by hwm_lag
        below = {m["ksefNumber"] for m in final["invoices"]}
        seen = {m["ksefNumber"] for m in everything["invoices"]}
        assert all(parse_dt(m["permanentStorageDate"]) <= hwm for m in final["invoices"])
        assert below <= seen
        for m in everything["invoices"]:
            stored_at = parse_dt(m["permanentStorageDate"])
            # the guarantee: nothing ever appears at or below a HWM reported before
            assert all(stored_at > old_hwm or m["ksefNumber"] in old_below for old_hwm, old_below, _, _ in marks)
            # a late arrival: its date had already passed when an earlier query did not see it
            if any(stored_at <= old_now and m["ksefNumber"] not in old_seen for _, _, old_now, old_seen in marks):
                late += 1
        marks.append((hwm, below, now, seen))
    assert late > 0  # the lag is real: some invoices showed up after their date had been looked at
    settle(sandbox)
    sandbox.control.advance_time(timedelta(seconds=60))
    assert {m["ksefNumber"] for m in _query(client, _filters(started, restrict=True))["invoices"]} == numbers


def test_restrict_to_hwm_changes_results_and_refuses_a_range_after_it(
    sandbox: SandboxServer, client: Client, nip: str
) -> None:
    sandbox.control.set_processing_polls(0)
    sandbox.control.seed(1)
    sandbox.control.configure(hwm_lag=timedelta(seconds=30))
    started = sandbox.control.now() - timedelta(minutes=1)
    [number] = _send(sandbox, client, nip, 1)
    # 30 s on: stored (its date + a random share of the lag, seeded), the date 29 s ago - above the HWM (now - 30 s)
    sandbox.control.advance_time(timedelta(seconds=30))
    assert [m["ksefNumber"] for m in _query(client, _filters(started))["invoices"]] == [number]
    restricted = _query(client, _filters(started, restrict=True))
    assert restricted["invoices"] == []
    assert parse_dt(restricted["permanentStorageHwmDate"]) < parse_dt(
        _query(client, _filters(started))["invoices"][0]["permanentStorageDate"]
    )
    after_hwm = _filters(sandbox.control.now() - timedelta(seconds=5), restrict=True)
    r = client.http.post("/invoices/query/metadata", headers=client.headers(), json=after_hwm)
    assert r.status_code == 400 and r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21183
    # an export of that range is accepted and ends with the documented status, not a synchronous 400
    st = _export_result(client, _export(client, after_hwm))
    assert st["status"]["code"] == 420 and "package" not in st
    # without the restriction the same export succeeds
    assert (
        _export_result(client, _export(client, _filters(sandbox.control.now() - timedelta(seconds=5))))["status"][
            "code"
        ]
        == 200
    )


def test_export_package_is_built_when_the_export_completes(sandbox: SandboxServer, client: Client, nip: str) -> None:
    sandbox.control.set_rate_limits(False)
    sandbox.control.set_processing_polls(0)
    started = sandbox.control.now() - timedelta(minutes=1)
    _send(sandbox, client, nip, 1, "EARLY")
    settle(sandbox)
    sandbox.control.configure(processing_time=timedelta(minutes=2))
    ref = _export(client, _filters(started, date_type="Invoicing"))
    assert client.http.get(f"/invoices/exports/{ref}", headers=client.headers()).json()["status"]["code"] == 100
    sandbox.control.configure(processing_time=timedelta(0))
    _send(sandbox, client, nip, 1, "LATE")  # accepted while the export is still being processed
    settle(sandbox)
    sandbox.control.advance_time(timedelta(minutes=2))
    st = _export_result(client, ref)
    assert st["status"]["code"] == 200 and st["package"]["invoiceCount"] == 2


def _package_numbers(st: dict[str, Any], keys: SessionKeys) -> list[str]:
    plain = b"".join(
        aes_decrypt(keys.key, keys.iv, httpx.get(p["url"]).content)
        for p in sorted(st["package"]["parts"], key=lambda p: p["ordinalNumber"])
    )
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        return sorted(n.removesuffix(".xml") for n in zf.namelist() if n != "_metadata.json")


def test_export_cut_at_the_invoice_limit_continues_from_the_last_date(
    sandbox: SandboxServer, client: Client, nip: str
) -> None:
    sandbox.control.set_rate_limits(False)
    sandbox.control.set_processing_polls(0)
    started = sandbox.control.now() - timedelta(minutes=1)
    numbers = _send(sandbox, client, nip, 5)
    settle(sandbox)
    sandbox.control.configure(export_max_invoices=3)
    keys = SessionKeys(os.urandom(32), os.urandom(16))
    first = _export_result(client, _export(client, _filters(started, restrict=True), keys))
    package = first["package"]
    assert package["isTruncated"] is True and package["invoiceCount"] == 3
    got = _package_numbers(first, keys)
    last = parse_dt(package["lastPermanentStorageDate"])
    rest = _export_result(client, _export(client, _filters(last, restrict=True), keys))
    assert rest["package"]["isTruncated"] is False
    assert set(got) | set(_package_numbers(rest, keys)) == set(numbers)


def test_export_cut_at_the_compressed_size_limit(sandbox: SandboxServer, client: Client, nip: str) -> None:
    sandbox.control.set_rate_limits(False)
    sandbox.control.set_processing_polls(0)
    started = sandbox.control.now() - timedelta(minutes=1)
    _send(sandbox, client, nip, 4)
    settle(sandbox)
    one = len(sandbox.control.invoices(seller_nip=nip)[0].content or b"")
    sandbox.control.configure(export_max_compressed_size=one)  # room for about one compressed invoice... or two
    keys = SessionKeys(os.urandom(32), os.urandom(16))
    st = _export_result(client, _export(client, _filters(started), keys))
    assert st["package"]["isTruncated"] is True and 1 <= st["package"]["invoiceCount"] < 4
    assert len(_package_numbers(st, keys)) == st["package"]["invoiceCount"]


def test_processing_takes_configured_time(sandbox: SandboxServer, client: Client, nip: str) -> None:
    """Exports, invoices and session closing stay in progress until the configured time passes, however often
    the client asks (its polling and timeouts meet real waiting)."""
    sandbox.control.set_rate_limits(False)
    sandbox.control.configure(processing_polls=0, processing_time=timedelta(seconds=30))
    session, keys = client.open_online()
    ref = client.send(session, keys, invoice_xml(nip, "T/1")).json()["referenceNumber"]
    export = _export(client, _filters(sandbox.control.now() - timedelta(minutes=1), date_type="Invoicing"))
    for _ in range(5):
        assert client.invoice_status(session, ref)["status"]["code"] in (100, 150)
        assert client.http.get(f"/invoices/exports/{export}", headers=client.headers()).json()["status"]["code"] == 100
    sandbox.control.advance_time(timedelta(seconds=31))
    assert client.invoice_status(session, ref)["status"]["code"] == 200
    assert _export_result(client, export, reads=1)["status"]["code"] == 200
    client.http.post(f"/sessions/online/{session}/close", headers=client.headers())
    for _ in range(3):
        assert client.http.get(f"/sessions/{session}", headers=client.headers()).json()["status"]["code"] == 170
    sandbox.control.advance_time(timedelta(seconds=31))
    assert client.http.get(f"/sessions/{session}", headers=client.headers()).json()["status"]["code"] == 200
