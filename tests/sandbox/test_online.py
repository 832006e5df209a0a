"""Online session flow against the sandbox over loopback HTTP."""

from __future__ import annotations

import base64
from pathlib import Path

from ksef_sandbox import SandboxServer
from ksef_sandbox._ids import crc8, is_valid_ksef_number
from lxml import etree
from sandbox_helpers import Client, aes_encrypt, b64, invoice_xml, settle, sha, shared_dir


def test_online_session_happy_path(sandbox: SandboxServer, client: Client, nip: str) -> None:
    session, keys = client.open_online()
    r = client.send(session, keys, invoice_xml(nip, "FV/1"))
    assert r.status_code == 202, r.text
    inv_ref = r.json()["referenceNumber"]

    first = client.invoice_status(session, inv_ref)
    assert first["status"]["code"] in (100, 150)
    assert "ksefNumber" not in first
    final = client.invoice_status(session, inv_ref)
    assert final["status"]["code"] == 200, final
    ksef = final["ksefNumber"]
    assert is_valid_ksef_number(ksef)
    assert ksef.startswith(nip + "-")
    assert f"{crc8(ksef[:32].encode()):02X}" == ksef[-2:]

    upo = client.http.get(f"/sessions/{session}/invoices/{inv_ref}/upo", headers=client.headers())
    assert upo.status_code == 200
    assert upo.headers["x-ms-meta-hash"] == sha(upo.content)
    root = etree.fromstring(upo.content)
    ns = {"u": "http://upo.schematy.mf.gov.pl/KSeF/v4-3"}
    assert root.findtext("u:Dokument/u:NumerKSeFDokumentu", namespaces=ns) == ksef
    schema = etree.XMLSchema(etree.parse(str(shared_dir() / "faktury/upo/schemy/upo-v4-3.xsd")))
    assert schema.validate(root), schema.error_log

    # the pre-signed URL works without a bearer token and gives the same document
    pre = client.http.get(final["upoDownloadUrl"])
    assert pre.status_code == 200 and pre.content == upo.content
    by_ksef = client.http.get(f"/sessions/{session}/invoices/ksef/{ksef}/upo", headers=client.headers())
    assert by_ksef.content == upo.content

    assert client.http.post(f"/sessions/online/{session}/close", headers=client.headers()).status_code == 204
    st = client.http.get(f"/sessions/{session}", headers=client.headers()).json()
    assert st["status"]["code"] == 170
    st = client.wait_session(session)
    assert st["status"]["code"] == 200
    assert (st["invoiceCount"], st["successfulInvoiceCount"], st["failedInvoiceCount"]) == (1, 1, 0)
    page = st["upo"]["pages"][0]
    doc = client.http.get(page["downloadUrl"])
    assert doc.status_code == 200 and doc.headers["x-ms-meta-hash"] == sha(doc.content)
    assert schema.validate(etree.fromstring(doc.content)), schema.error_log
    again = client.http.get(f"/sessions/{session}/upo/{page['referenceNumber']}", headers=client.headers())
    assert again.content == doc.content

    # not yet in permanent storage: 21165 "try again later"; once stored it comes back byte for byte
    early = client.http.get(f"/invoices/ksef/{ksef}", headers=client.headers())
    assert early.status_code == 400
    assert early.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21165
    settle(sandbox)
    got = client.http.get(f"/invoices/ksef/{ksef}", headers=client.headers())
    assert got.status_code == 200
    assert got.content == invoice_xml(nip, "FV/1")
    assert got.headers["x-ms-meta-hash"] == sha(got.content)


def test_size_and_hash_checks(client: Client, nip: str) -> None:
    session, keys = client.open_online()
    body = client.send_body(keys, invoice_xml(nip, "FV/2"))
    bad_size = dict(body, encryptedInvoiceSize=body["encryptedInvoiceSize"] + 16)
    r = client.http.post(f"/sessions/online/{session}/invoices", headers=client.headers(), json=bad_size)
    assert r.status_code == 400
    assert r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21402
    bad_hash = dict(body, invoiceHash=sha(b"other"))
    r = client.http.post(
        f"/sessions/online/{session}/invoices",
        headers={**client.headers(), "X-Error-Format": "problem-details"},
        json=bad_hash,
    )
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["errors"][0]["code"] == 21403


def test_schema_violation_gives_450(client: Client, nip: str) -> None:
    session, keys = client.open_online()
    xml = invoice_xml(nip, "FV/3").replace(b"<KodWaluty>PLN</KodWaluty>", b"<KodWaluty>PLN</KodWaluty><Bogus>1</Bogus>")
    inv = client.send(session, keys, xml).json()["referenceNumber"]
    client.invoice_status(session, inv)
    st = client.invoice_status(session, inv)
    assert st["status"]["code"] == 450
    assert "Bogus" in " ".join(st["status"]["details"])
    failed = client.http.get(f"/sessions/{session}/invoices/failed", headers=client.headers()).json()
    assert [i["referenceNumber"] for i in failed["invoices"]] == [inv]
    client.http.post(f"/sessions/online/{session}/close", headers=client.headers())
    assert client.wait_session(session)["status"]["code"] == 445


def test_duplicate_gives_440_with_original(sandbox: SandboxServer, client: Client, nip: str) -> None:
    sandbox.control.set_processing_polls(0)
    session, keys = client.open_online()
    first = client.send(session, keys, invoice_xml(nip, "FV/DUP")).json()["referenceNumber"]
    original = client.invoice_status(session, first)["ksefNumber"]
    other, keys2 = client.open_online()
    second = client.send(other, keys2, invoice_xml(nip, "FV/DUP")).json()["referenceNumber"]
    st = client.invoice_status(other, second)
    assert st["status"]["code"] == 440
    assert st["status"]["extensions"] == {"originalSessionReferenceNumber": session, "originalKsefNumber": original}


def test_undecryptable_key_gives_session_415(client: Client) -> None:
    enc = {"encryptedSymmetricKey": b64(b"\x01" * 256), "initializationVector": b64(b"\x00" * 16)}
    r = client.http.post("/sessions/online", headers=client.headers(), json={"formCode": Client.FA3, "encryption": enc})
    assert r.status_code == 201
    ref = r.json()["referenceNumber"]
    st = client.http.get(f"/sessions/{ref}", headers=client.headers()).json()
    assert st["status"]["code"] == 415


def test_unknown_public_key_id_is_21470(client: Client) -> None:
    from sandbox_helpers import SessionKeys

    enc = client.encryption(SessionKeys(b"k" * 32, b"i" * 16))
    enc["publicKeyId"] = base64.b64encode(b"x" * 32).decode()
    r = client.http.post("/sessions/online", headers=client.headers(), json={"formCode": Client.FA3, "encryption": enc})
    assert r.status_code == 400
    assert r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21470


def test_invoice_list_paging(sandbox: SandboxServer, client: Client, nip: str) -> None:
    sandbox.control.set_processing_polls(0)
    sandbox.control.set_rate_limits(False)  # a burst of 12 sends
    session, keys = client.open_online()
    refs = [client.send(session, keys, invoice_xml(nip, f"FV/P/{i}")).json()["referenceNumber"] for i in range(12)]
    seen: list[str] = []
    headers = client.headers()
    while True:
        page = client.http.get(f"/sessions/{session}/invoices", params={"pageSize": 10}, headers=headers).json()
        seen += [i["referenceNumber"] for i in page["invoices"]]
        if not page.get("continuationToken"):
            break
        headers = {**client.headers(), "x-continuation-token": page["continuationToken"]}
    assert seen == refs
    bad = client.http.get(
        f"/sessions/{session}/invoices", headers={**client.headers(), "x-continuation-token": "nonsense"}
    )
    assert bad.status_code == 400


def test_encrypted_content_really_decrypted(client: Client, nip: str) -> None:
    """A ciphertext made with a different key decrypts to garbage: the sandbox must not accept it."""
    session, keys = client.open_online()
    xml = invoice_xml(nip, "FV/K")
    enc = aes_encrypt(b"\x07" * 32, keys.iv, xml)
    body = {
        "invoiceHash": sha(xml),
        "invoiceSize": len(xml),
        "encryptedInvoiceHash": sha(enc),
        "encryptedInvoiceSize": len(enc),
        "encryptedInvoiceContent": b64(enc),
    }
    r = client.http.post(f"/sessions/online/{session}/invoices", headers=client.headers(), json=body)
    # wrong key: either padding fails (435 status) or plaintext hash mismatches (21403)
    if r.status_code == 202:
        ref = r.json()["referenceNumber"]
        client.invoice_status(session, ref)
        assert client.invoice_status(session, ref)["status"]["code"] == 435
    else:
        assert r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] in (21402, 21403)


def test_samples_dir_exists() -> None:
    assert Path(shared_dir() / "samples").is_dir()
