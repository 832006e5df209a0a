"""Batch sessions (ZIP and tar.gz), invoice metadata queries and encrypted exports."""

from __future__ import annotations

import io
import json
import os
import tarfile
import zipfile
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from ksef_sandbox import SandboxServer
from sandbox_helpers import (
    Client,
    SessionKeys,
    aes_decrypt,
    aes_encrypt,
    invoice_xml,
    make_zip,
    open_batch,
    settle,
    sha,
    upload,
)


def test_batch_zip_two_parts(sandbox: SandboxServer, client: Client, nip: str) -> None:
    files = {f"inv{i}.xml": invoice_xml(nip, f"B/{i}") for i in range(5)}
    files["broken.xml"] = b"<Faktura>"
    ref, reqs, enc = open_batch(client, make_zip(files), parts=2)
    upload(reqs, enc)
    assert client.http.post(f"/sessions/batch/{ref}/close", headers=client.headers()).status_code == 204
    st = client.wait_session(ref)
    assert st["status"]["code"] == 200, st
    assert (st["invoiceCount"], st["successfulInvoiceCount"], st["failedInvoiceCount"]) == (6, 5, 1)
    invoices = client.http.get(f"/sessions/{ref}/invoices", params={"pageSize": 100}, headers=client.headers()).json()[
        "invoices"
    ]
    names = {i["invoiceFileName"]: i for i in invoices}
    assert names["broken.xml"]["status"]["code"] == 450
    assert all(names[f"inv{i}.xml"]["status"]["code"] == 200 for i in range(5))
    assert names["inv0.xml"]["invoiceHash"] == sha(files["inv0.xml"])


def test_batch_tar_gz(client: Client, nip: str) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        data = invoice_xml(nip, "T/1")
        info = tarfile.TarInfo("a.xml")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    ref, reqs, enc = open_batch(client, buf.getvalue(), compression="TarGz")
    upload(reqs, enc)
    client.http.post(f"/sessions/batch/{ref}/close", headers=client.headers())
    assert client.wait_session(ref)["successfulInvoiceCount"] == 1


def test_batch_close_checks_parts(client: Client, nip: str) -> None:
    archive = make_zip({"a.xml": invoice_xml(nip, "M/1"), "b.xml": invoice_xml(nip, "M/2")})
    ref, reqs, enc = open_batch(client, archive, parts=2)
    upload(reqs[:1], enc[:1])
    r = client.http.post(f"/sessions/batch/{ref}/close", headers=client.headers())
    assert r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21205
    httpx.put(reqs[1]["url"], content=enc[1][:-16], headers=reqs[1]["headers"])
    r = client.http.post(f"/sessions/batch/{ref}/close", headers=client.headers())
    assert r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21157
    bad_sig = httpx.put(reqs[1]["url"].replace("sig=", "sig=0"), content=enc[1])
    assert bad_sig.status_code == 403


def test_batch_whole_archive_hash_checked(client: Client, nip: str) -> None:
    archive = make_zip({"a.xml": invoice_xml(nip, "H/1")})
    keys = SessionKeys(os.urandom(32), os.urandom(16))
    enc = aes_encrypt(keys.key, keys.iv, archive)
    body = {
        "formCode": Client.FA3,
        "batchFile": {
            "fileSize": len(archive),
            "fileHash": sha(b"not the archive"),
            "fileParts": [{"ordinalNumber": 1, "fileSize": len(enc), "fileHash": sha(enc)}],
        },
        "encryption": client.encryption(keys),
    }
    r = client.http.post("/sessions/batch", headers=client.headers(), json=body).json()
    upload(r["partUploadRequests"], [enc])
    client.http.post(f"/sessions/batch/{r['referenceNumber']}/close", headers=client.headers())
    assert client.wait_session(r["referenceNumber"])["status"]["code"] == 405


def _send_online(sandbox: SandboxServer, client: Client, nip: str, n: int) -> list[str]:
    """``n`` invoices in permanent storage (a burst of sends: rate limits off; the clock moved past the HWM)."""
    sandbox.control.set_processing_polls(0)
    sandbox.control.set_rate_limits(False)
    session, keys = client.open_online()
    for i in range(n):
        assert client.send(session, keys, invoice_xml(nip, f"Q/{i}")).status_code == 202
    settle(sandbox)
    return [i.ksef_number for i in sandbox.control.invoices(seller_nip=nip) if i.ksef_number]


def test_metadata_query_filters_and_paging(sandbox: SandboxServer, client: Client, nip: str) -> None:
    numbers = _send_online(sandbox, client, nip, 12)
    now = datetime.now(timezone.utc)
    filters = {
        "subjectType": "Subject1",
        "dateRange": {"dateType": "Invoicing", "from": (now - timedelta(days=1)).isoformat()},
    }
    seen: list[str] = []
    for offset in range(5):
        r = client.http.post(
            "/invoices/query/metadata",
            params={"pageSize": 10, "pageOffset": offset},
            headers=client.headers(),
            json=filters,
        )
        assert r.status_code == 200, r.text
        page = r.json()
        seen += [i["ksefNumber"] for i in page["invoices"]]
        if not page["hasMore"]:
            break
    assert sorted(seen) == sorted(numbers) and len(seen) == 12
    one = client.http.post(
        "/invoices/query/metadata", headers=client.headers(), json={**filters, "invoiceNumber": "FA/GRQMB-Q/3/05/2025"}
    ).json()
    assert len(one["invoices"]) == 1 and one["invoices"][0]["grossAmount"] > 0
    as_buyer = client.http.post(
        "/invoices/query/metadata", headers=client.headers(), json={**filters, "subjectType": "Subject2"}
    ).json()
    assert as_buyer["invoices"] == []
    too_wide = dict(filters, dateRange={"dateType": "Invoicing", "from": (now - timedelta(days=120)).isoformat()})
    assert client.http.post("/invoices/query/metadata", headers=client.headers(), json=too_wide).status_code == 400
    r = client.http.post("/invoices/query/metadata", params={"pageSize": 5}, headers=client.headers(), json=filters)
    assert r.status_code == 400


def test_metadata_truncation(sandbox: SandboxServer, client: Client, nip: str) -> None:
    _send_online(sandbox, client, nip, 12)
    sandbox.control.configure(metadata_cap=10)
    now = datetime.now(timezone.utc)
    filters = {
        "subjectType": "Subject1",
        "dateRange": {"dateType": "PermanentStorage", "from": (now - timedelta(days=1)).isoformat()},
    }
    page = client.http.post(
        "/invoices/query/metadata", params={"pageSize": 10}, headers=client.headers(), json=filters
    ).json()
    assert page["hasMore"] is True and page["isTruncated"] is True
    assert "permanentStorageHwmDate" in page
    # a cut inside a page: offset 1 holds the one record left of 11, and one more lies beyond the cut
    sandbox.control.configure(metadata_cap=11)
    page = client.http.post(
        "/invoices/query/metadata", params={"pageSize": 10, "pageOffset": 1}, headers=client.headers(), json=filters
    ).json()
    assert len(page["invoices"]) == 1 and page["isTruncated"] is True
    assert page["hasMore"] is True


@pytest.mark.parametrize("compression", ["Zip", "TarGz"])
def test_export_encrypted_parts(sandbox: SandboxServer, client: Client, nip: str, compression: str) -> None:
    numbers = _send_online(sandbox, client, nip, 3)
    sandbox.control.configure(export_part_size=2000, processing_polls=1)
    keys = SessionKeys(os.urandom(32), os.urandom(16))
    now = datetime.now(timezone.utc)
    body = {
        "encryption": client.encryption(keys),
        "compressionType": compression,
        "filters": {
            "subjectType": "Subject1",
            "dateRange": {
                "dateType": "PermanentStorage",
                "from": (now - timedelta(hours=1)).isoformat(),
                "restrictToPermanentStorageHwmDate": True,
            },
        },
    }
    r = client.http.post("/invoices/exports", headers=client.headers(), json=body)
    assert r.status_code == 201, r.text
    ref = r.json()["referenceNumber"]
    assert client.http.get(f"/invoices/exports/{ref}", headers=client.headers()).json()["status"]["code"] == 100
    st = client.http.get(f"/invoices/exports/{ref}", headers=client.headers()).json()
    assert st["status"]["code"] == 200
    parts = st["package"]["parts"]
    assert len(parts) > 1
    plain = b""
    for part in sorted(parts, key=lambda p: p["ordinalNumber"]):
        blob = httpx.get(part["url"])
        assert (
            blob.status_code == 200 and sha(blob.content) == part["encryptedPartHash"] == blob.headers["x-ms-meta-hash"]
        )
        chunk = aes_decrypt(keys.key, keys.iv, blob.content)
        assert sha(chunk) == part["partHash"]
        plain += chunk
    if compression == "Zip":
        with zipfile.ZipFile(io.BytesIO(plain)) as zf:
            names = set(zf.namelist())
            meta = json.loads(zf.read("_metadata.json"))
            content = zf.read(f"{numbers[0]}.xml")
    else:
        with tarfile.open(fileobj=io.BytesIO(plain), mode="r:gz") as tar:
            names = set(tar.getnames())
            meta = json.loads(tar.extractfile("_metadata.json").read())  # type: ignore[union-attr]
            content = tar.extractfile(f"{numbers[0]}.xml").read()  # type: ignore[union-attr]
    assert names == {f"{n}.xml" for n in numbers} | {"_metadata.json"}
    assert {i["ksefNumber"] for i in meta["invoices"]} == set(numbers)
    assert content == sandbox.control.invoice(numbers[0]).content
    assert st["package"]["invoiceCount"] == 3 and st["package"]["permanentStorageHwmDate"]


def test_download_unknown_invoice_is_21164(client: Client, nip: str) -> None:
    r = client.http.get(f"/invoices/ksef/{nip}-20260101-000000000000-00", headers=client.headers())
    assert r.status_code == 400
    assert r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21164


def test_undecryptable_batch_part_gives_435(client: Client, nip: str) -> None:
    archive = make_zip({"a.xml": invoice_xml(nip, "D/1")})
    keys = SessionKeys(os.urandom(32), os.urandom(16))
    garbage = os.urandom(17)  # not a whole number of AES blocks: cannot be decrypted
    body = {
        "formCode": Client.FA3,
        "batchFile": {
            "fileSize": len(archive),
            "fileHash": sha(archive),
            "fileParts": [{"ordinalNumber": 1, "fileSize": 17, "fileHash": sha(garbage)}],
        },
        "encryption": client.encryption(keys),
    }
    r = client.http.post("/sessions/batch", headers=client.headers(), json=body).json()
    upload(r["partUploadRequests"], [garbage])
    assert (
        client.http.post(f"/sessions/batch/{r['referenceNumber']}/close", headers=client.headers()).status_code == 204
    )
    assert client.wait_session(r["referenceNumber"])["status"]["code"] == 435
