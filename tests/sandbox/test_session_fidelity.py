"""Sending as KSeF does it: who may send an invoice (410), the other invoice statuses (405, 550), technical
corrections (21166/21167), the automatic offline mode, attachments, per-context limits, and the batch
session's time limits and pre-signed uploads."""

from __future__ import annotations

import os
import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from ksef_sandbox import SandboxServer
from sandbox_helpers import Client, SessionKeys, invoice_xml, make_zip, open_batch, random_nip, sha, upload


def _status(client: Client, session: str, xml: bytes, **extra: Any) -> dict[str, Any]:
    body = {**client.send_body(_keys(client, session), xml), **extra}
    r = client.http.post(f"/sessions/online/{session}/invoices", headers=client.headers(), json=body)
    assert r.status_code == 202, r.text
    return client.invoice_status(session, r.json()["referenceNumber"])


_KEYS: dict[str, SessionKeys] = {}


def _keys(client: Client, session: str) -> SessionKeys:
    return _KEYS[session]


def _open(client: Client) -> str:
    session, keys = client.open_online()
    _KEYS[session] = keys
    return session


def _code(r: httpx.Response) -> int:
    assert r.status_code == 400, r.text
    return int(r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"])


def _between(seller: str, buyer: str, number: str, **kw: Any) -> bytes:
    return invoice_xml(seller, number, **kw).replace(b"<NIP>1111111111</NIP>", f"<NIP>{buyer}</NIP>".encode())


@pytest.fixture(autouse=True)
def immediate(sandbox: SandboxServer) -> None:
    sandbox.control.set_processing_polls(0)


# ------------------------------------------------------------------------------ who may send the invoice


def test_invoice_of_another_seller_ends_with_410(sandbox: SandboxServer, client: Client, nip: str) -> None:
    session = _open(client)
    other = random_nip()
    st = _status(client, session, invoice_xml(other, "FOREIGN/1"))
    assert st["status"]["code"] == 410 and "ksefNumber" not in st
    assert other in st["status"]["details"][0]
    assert _status(client, session, invoice_xml(nip, "OWN/1"))["status"]["code"] == 200
    # the lenient switch for users' own fixtures
    sandbox.control.configure(check_invoice_permissions=False)
    assert _status(client, session, invoice_xml(other, "FOREIGN/2"))["status"]["code"] == 200


def test_self_invoicing_needs_the_sellers_authorization(sandbox: SandboxServer, client: Client, nip: str) -> None:
    seller = random_nip()
    session = _open(client)
    assert _status(client, session, _between(seller, nip, "SELF/1"))["status"]["code"] == 410
    sandbox.control.authorize(seller, nip, "SelfInvoicing")
    assert _status(client, session, _between(seller, nip, "SELF/2"))["status"]["code"] == 200
    # the authorization covers invoices where this context is the buyer, not any invoice of the seller
    assert _status(client, session, _between(seller, random_nip(), "SELF/3"))["status"]["code"] == 410


def test_tax_representative_and_vat_group_member_may_send_for_the_seller(
    sandbox: SandboxServer, client: Client, nip: str
) -> None:
    represented, group = random_nip(), random_nip()
    session = _open(client)
    sandbox.control.authorize(represented, nip, "TaxRepresentative")
    assert _status(client, session, invoice_xml(represented, "TAXREP/1"))["status"]["code"] == 200
    assert _status(client, session, invoice_xml(group, "GROUP/1"))["status"]["code"] == 410
    r = client.http.post(
        "/testdata/subject",
        json={
            "subjectNip": group,
            "subjectType": "VatGroup",
            "description": "Grupa VAT",
            "subunits": [{"subjectNip": nip, "description": "Członek grupy"}],
        },
    )
    assert r.status_code == 200
    assert _status(client, session, invoice_xml(group, "GROUP/2"))["status"]["code"] == 200


def test_session_error_and_system_cancellation_statuses(sandbox: SandboxServer, client: Client, nip: str) -> None:
    sandbox.control.set_processing_polls(3)
    session = _open(client)
    body = client.send_body(_keys(client, session), invoice_xml(nip, "CANCEL/1"))
    first = client.http.post(f"/sessions/online/{session}/invoices", headers=client.headers(), json=body).json()
    sandbox.control.cancel_by_system(session)
    st = client.invoice_status(session, first["referenceNumber"])
    assert st["status"]["code"] == 550 and "ksefNumber" not in st
    assert st["status"]["details"] == [
        "Przetwarzanie zostało przerwane z przyczyn wewnętrznych systemu. Spróbuj ponownie"
    ]
    # the same invoice again is no duplicate: the cancelled one never got its number
    again = client.http.post(f"/sessions/online/{session}/invoices", headers=client.headers(), json=body).json()
    sandbox.control.fail_session(session, 500, ["Nieznany błąd"])
    st = client.invoice_status(session, again["referenceNumber"])
    assert st["status"]["code"] == 405
    assert client.http.get(f"/sessions/{session}", headers=client.headers()).json()["status"]["code"] == 500


# -------------------------------------------------------------------------------- technical correction


def test_technical_correction_rules(client: Client, nip: str) -> None:
    session = _open(client)
    broken = invoice_xml(nip, "TC/1").replace(b"<KodWaluty>PLN</KodWaluty>", b"<KodWaluty>PLN</KodWaluty><X/>")
    original = _status(client, session, broken, offlineMode=True)
    assert original["status"]["code"] == 450
    fixed = invoice_xml(nip, "TC/1")
    keys = _keys(client, session)
    body = {**client.send_body(keys, fixed), "offlineMode": False, "hashOfCorrectedInvoice": sha(broken)}
    url = f"/sessions/online/{session}/invoices"
    assert _code(client.http.post(url, headers=client.headers(), json=body)) == 21405  # needs offlineMode
    corrected = _status(client, session, fixed, offlineMode=True, hashOfCorrectedInvoice=sha(broken))
    assert corrected["status"]["code"] == 200 and corrected["invoicingMode"] == "Offline"
    again = {
        **client.send_body(keys, invoice_xml(nip, "TC/1b")),
        "offlineMode": True,
        "hashOfCorrectedInvoice": sha(broken),
    }
    assert _code(client.http.post(url, headers=client.headers(), json=again)) == 21166  # already corrected
    good = invoice_xml(nip, "TC/2")
    assert _status(client, session, good)["status"]["code"] == 200
    of_good = {
        **client.send_body(keys, invoice_xml(nip, "TC/2b")),
        "offlineMode": True,
        "hashOfCorrectedInvoice": sha(good),
    }
    assert _code(client.http.post(url, headers=client.headers(), json=of_good)) == 21167  # accepted: nothing to fix


# ----------------------------------------------------------------------------- automatic offline mode


def _place_clock(sandbox: SandboxServer, when: datetime) -> None:
    now = sandbox.control.now()
    assert when > now
    sandbox.control.advance_time(when - now)


def test_offline_mode_follows_the_polish_calendar_day(sandbox: SandboxServer, http: httpx.Client, nip: str) -> None:
    """automatyczne-okreslanie-trybu-offline.md: an issue day before the day of acceptance (in Poland) makes an
    online-declared invoice Offline; for batch the day the session was opened counts."""
    day = sandbox.control.now().date() + timedelta(days=1)
    token = sandbox.control.issue_ksef_token(nip)
    sandbox.control.set_token_lifetimes(access=timedelta(hours=2))
    # a batch opened at 23:59 Warsaw time on `day` (still `day` in UTC as well), processed after midnight
    warsaw = ZoneInfo("Europe/Warsaw")
    _place_clock(sandbox, datetime.combine(day, time(23, 59), warsaw).astimezone(timezone.utc))
    client = Client(http)
    client.authenticate(nip, token)
    ref, reqs, enc = open_batch(client, make_zip({"a.xml": invoice_xml(nip, "BOFF/1", issue=day)}))
    upload(reqs, enc)
    sandbox.control.advance_time(timedelta(minutes=2))  # 00:01 in Warsaw, `day` + 1; in UTC still `day`
    assert client.http.post(f"/sessions/batch/{ref}/close", headers=client.headers()).status_code == 204
    client.wait_session(ref)
    [batch_invoice] = client.http.get(f"/sessions/{ref}/invoices", headers=client.headers()).json()["invoices"]
    assert batch_invoice["invoicingMode"] == "Online"
    # online invoices sent at 00:01 Warsaw time
    session = _open(client)
    same_utc_day = _status(client, session, invoice_xml(nip, "OFF/1", issue=day))
    assert same_utc_day["status"]["code"] == 200 and same_utc_day["invoicingMode"] == "Offline"
    today_in_poland = _status(client, session, invoice_xml(nip, "OFF/2", issue=day + timedelta(days=1)))
    assert today_in_poland["status"]["code"] == 200 and today_in_poland["invoicingMode"] == "Online"
    assert today_in_poland["ksefNumber"].split("-")[1] == (day + timedelta(days=1)).strftime("%Y%m%d")


# ----------------------------------------------------------------------------------- attachments, limits


def test_attachments_need_the_consent(sandbox: SandboxServer, client: Client, nip: str) -> None:
    xml = invoice_xml(nip, "ATT/1", template="invoice-template-fa-3-with-attachment.xml")
    ref, reqs, enc = open_batch(client, make_zip({"att.xml": xml}))
    upload(reqs, enc)
    client.http.post(f"/sessions/batch/{ref}/close", headers=client.headers())
    client.wait_session(ref)
    [inv] = client.http.get(f"/sessions/{ref}/invoices", headers=client.headers()).json()["invoices"]
    assert inv["status"]["code"] == 415
    assert client.http.post("/testdata/attachment", json={"nip": nip}).status_code == 200
    xml2 = invoice_xml(nip, "ATT/2", template="invoice-template-fa-3-with-attachment.xml")
    ref, reqs, enc = open_batch(client, make_zip({"att.xml": xml2}))
    upload(reqs, enc)
    client.http.post(f"/sessions/batch/{ref}/close", headers=client.headers())
    client.wait_session(ref)
    [inv] = client.http.get(f"/sessions/{ref}/invoices", headers=client.headers()).json()["invoices"]
    assert inv["status"]["code"] == 200
    # online sessions refuse attachments whatever the consent
    session = _open(client)
    online = invoice_xml(nip, "ATT/3", template="invoice-template-fa-3-with-attachment.xml")
    assert _status(client, session, online)["status"]["code"] == 415


def test_context_session_limits_apply(client: Client, nip: str) -> None:
    limits = {"maxInvoiceSizeInMB": 1, "maxInvoiceWithAttachmentSizeInMB": 3, "maxInvoices": 2}
    r = client.http.post(
        "/testdata/limits/context/session",
        headers=client.headers(),
        json={"onlineSession": limits, "batchSession": limits},
    )
    assert r.status_code == 200
    session = _open(client)
    for i in range(2):
        assert _status(client, session, invoice_xml(nip, f"LIM/{i}"))["status"]["code"] == 200
    body = client.send_body(_keys(client, session), invoice_xml(nip, "LIM/3"))
    assert _code(client.http.post(f"/sessions/online/{session}/invoices", headers=client.headers(), json=body)) == 21155


# ------------------------------------------------------------------------ batch windows and uploads


def _close(client: Client, ref: str) -> httpx.Response:
    return client.http.post(f"/sessions/batch/{ref}/close", headers=client.headers())


def test_each_part_may_be_uploaded_for_parts_times_20_minutes(sandbox: SandboxServer, client: Client, nip: str) -> None:
    sandbox.control.set_token_lifetimes(access=timedelta(hours=24))
    client.authenticate(nip, sandbox.control.issue_ksef_token(nip))
    archive = make_zip({f"w{i}.xml": invoice_xml(nip, f"W/{i}") for i in range(3)})
    ref, reqs, enc = open_batch(client, archive, parts=2)  # 2 parts: 40 minutes for each
    sandbox.control.advance_time(timedelta(minutes=30))
    upload(reqs[:1], enc[:1])  # past 20 minutes, within 40
    sandbox.control.advance_time(timedelta(minutes=11))
    late = httpx.put(reqs[1]["url"], content=enc[1], headers=reqs[1]["headers"])
    assert late.status_code == 403 and late.headers["x-ms-error-code"] == "AuthenticationFailed"
    assert _code(_close(client, ref)) == 21208
    st = client.http.get(f"/sessions/{ref}", headers=client.headers()).json()
    assert st["status"] == {"code": 440, "description": "Sesja anulowana", "details": ["Przekroczono czas wysyłki"]}


def test_a_batch_not_closed_in_12_hours_is_cancelled(sandbox: SandboxServer, client: Client, nip: str) -> None:
    sandbox.control.set_token_lifetimes(access=timedelta(hours=24))
    client.authenticate(nip, sandbox.control.issue_ksef_token(nip))
    ref, reqs, enc = open_batch(client, make_zip({"a.xml": invoice_xml(nip, "12H/1")}))
    idle, _, _ = open_batch(client, make_zip({"b.xml": invoice_xml(nip, "12H/2")}))
    upload(reqs, enc)
    sandbox.control.advance_time(timedelta(hours=12, minutes=1))
    assert _code(_close(client, ref)) == 21208
    assert client.http.get(f"/sessions/{ref}", headers=client.headers()).json()["status"]["code"] == 440
    st = client.http.get(f"/sessions/{idle}", headers=client.headers()).json()["status"]
    assert st["code"] == 440 and st["details"] == ["Nie przesłano faktur"]


def test_part_uploads_are_checked_like_the_storage_does(sandbox: SandboxServer, client: Client, nip: str) -> None:
    ref, reqs, enc = open_batch(client, make_zip({"a.xml": invoice_xml(nip, "UP/1")}))
    url, data = reqs[0]["url"], enc[0]
    missing = httpx.put(url, content=data)
    assert missing.status_code == 400 and missing.headers["x-ms-error-code"] == "MissingRequiredHeader"
    wrong = httpx.put(url, content=data, headers={"x-ms-blob-type": "AppendBlob"})
    assert wrong.status_code == 400 and wrong.headers["x-ms-error-code"] == "InvalidHeaderValue"
    with_token = httpx.put(
        url, content=data, headers={**reqs[0]["headers"], "Authorization": f"Bearer {client.access}"}
    )
    assert with_token.status_code == 401 and b"<Code>InvalidAuthenticationInfo</Code>" in with_token.content
    assert _code(_close(client, ref)) == 21205  # none of those was stored
    assert httpx.put(url, content=data, headers=reqs[0]["headers"]).status_code == 201
    assert _close(client, ref).status_code == 204
    st = client.wait_session(ref)
    page = st["upo"]["pages"][0]
    refused = httpx.get(page["downloadUrl"], headers={"Authorization": f"Bearer {client.access}"})
    assert refused.status_code == 401
    assert httpx.get(page["downloadUrl"]).status_code == 200


def test_an_upload_accepted_in_time_completes_after_the_window(
    sandbox: SandboxServer, client: Client, nip: str
) -> None:
    """The window is checked when the request starts (sesja-wsadowa.md): an upload that began in time is kept."""
    _, reqs, enc = open_batch(client, make_zip({"a.xml": invoice_xml(nip, "SLOW/1")}))
    split = httpx.URL(reqs[0]["url"])
    started = sandbox.control.now()
    sandbox.control.advance_time(timedelta(minutes=21))  # the body arrived after the window closed
    with tempfile.NamedTemporaryFile(dir=sandbox.core.tmpdir, delete=False) as fh:
        fh.write(enc[0])
    args = (split.path, split.params.get("se"), split.params.get("sig"), Path(fh.name))
    kept = sandbox.core.store_part(*args, size=len(enc[0]), digest=sha(enc[0]), started=started)
    assert kept.status == 201
    with tempfile.NamedTemporaryFile(dir=sandbox.core.tmpdir, delete=False) as fh2:
        fh2.write(enc[0])
    late = sandbox.core.store_part(*args[:3], Path(fh2.name), size=len(enc[0]), digest=sha(enc[0]))
    assert late.status == 403


def test_undeclared_part_size_over_100_mb_is_21157(client: Client) -> None:
    keys = SessionKeys(os.urandom(32), os.urandom(16))
    body = {
        "formCode": Client.FA3,
        "batchFile": {
            "fileSize": 100_000_001,
            "fileHash": sha(b"x"),
            "fileParts": [{"ordinalNumber": 1, "fileSize": 100_000_032, "fileHash": sha(b"x")}],
        },
        "encryption": client.encryption(keys),
    }
    assert _code(client.http.post("/sessions/batch", headers=client.headers(), json=body)) == 21157
    body["batchFile"]["fileParts"][0]["fileSize"] = 100_000_016  # 100,000,000 B before encryption: allowed
    assert client.http.post("/sessions/batch", headers=client.headers(), json=body).status_code == 201


def test_batch_invoice_dates_follow_the_session_opening(client: Client, nip: str) -> None:
    ref, reqs, enc = open_batch(client, make_zip({"d.xml": invoice_xml(nip, "DATE/1", issue=date.today())}))
    upload(reqs, enc)
    _close(client, ref)
    st = client.wait_session(ref)
    [inv] = client.http.get(f"/sessions/{ref}/invoices", headers=client.headers()).json()["invoices"]
    assert inv["invoicingDate"] == st["dateCreated"]
