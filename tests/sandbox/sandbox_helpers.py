"""A minimal KSeF client for the sandbox tests, written against `cryptography` directly (not ksef_sdk)."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import time
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, ClassVar

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric import padding as asym
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from ksef_sdk import identifiers
from lxml import etree


def shared_dir() -> Path:
    env = os.environ.get("KSEF_SHARED")
    return Path(env) if env else (Path(__file__).resolve().parents[2] / ".." / "shared" / "ksef").resolve()


SAMPLES = shared_dir() / "samples"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


random_nip = identifiers.random_nip  # one NIP checksum: the package's


def sha(data: bytes) -> str:
    return b64(hashlib.sha256(data).digest())


def invoice_xml(nip: str, number: str, template: str = "invoice-template-fa-3.xml", issue: date | None = None) -> bytes:
    text = (SAMPLES / template).read_text(encoding="utf-8")
    text = text.replace("#nip#", nip).replace("#invoice_number#", number).replace("#buyer_nip#", "1111111111")
    text = text.replace("<P_1>2025-09-01</P_1>", f"<P_1>{(issue or date.today()).isoformat()}</P_1>")
    return text.encode("utf-8")


def aes_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(padder.update(data) + padder.finalize()) + enc.finalize()


def aes_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(dec.update(data) + dec.finalize()) + unpadder.finalize()


def oaep_encrypt(cert_b64: str, data: bytes) -> bytes:
    cert = x509.load_der_x509_certificate(base64.b64decode(cert_b64))
    key: Any = cert.public_key()
    return key.encrypt(data, asym.OAEP(mgf=asym.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))


@dataclass
class SessionKeys:
    key: bytes
    iv: bytes


def token_auth_body(
    challenge: dict[str, Any], nip: str, encrypted: bytes, public_key_id: str | None = None
) -> dict[str, Any]:
    """The ``POST /auth/ksef-token`` body for a challenge and an encrypted ``token|timestampMs``."""
    body: dict[str, Any] = {
        "challenge": challenge["challenge"],
        "contextIdentifier": {"type": "Nip", "value": nip},
        "encryptedToken": b64(encrypted),
    }
    if public_key_id is not None:
        body["publicKeyId"] = public_key_id
    return body


class Client:
    """Just enough of a KSeF client to drive the sandbox: auth, sessions, reads."""

    FA3: ClassVar[dict[str, str]] = {"systemCode": "FA (3)", "schemaVersion": "1-0E", "value": "FA"}

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.access: str | None = None
        self.refresh: str | None = None

    def headers(self, token: str | None = None) -> dict[str, str]:
        tok = token or self.access
        return {"Authorization": f"Bearer {tok}"} if tok else {}

    def public_key(self, usage: str) -> dict[str, Any]:
        keys = self.http.get("/security/public-key-certificates").json()
        return next(k for k in keys if usage in k["usage"])

    def authenticate(self, nip: str, ksef_token: str, polls: int = 20) -> dict[str, Any]:
        ch = self.http.post("/auth/challenge").json()
        key = self.public_key("KsefTokenEncryption")
        enc = oaep_encrypt(key["certificate"], f"{ksef_token}|{ch['timestampMs']}".encode())
        r = self.http.post("/auth/ksef-token", json=token_auth_body(ch, nip, enc, key["publicKeyId"]))
        assert r.status_code == 202, r.text
        init = r.json()
        auth_token = init["authenticationToken"]["token"]
        status = self.wait_auth(init["referenceNumber"], auth_token, polls)
        if status["status"]["code"] != 200:
            return status
        r = self.http.post("/auth/token/redeem", headers=self.headers(auth_token))
        assert r.status_code == 200, r.text
        tokens = r.json()
        self.access = tokens["accessToken"]["token"]
        self.refresh = tokens["refreshToken"]["token"]
        return status

    def wait_auth(self, ref: str, auth_token: str, polls: int = 20) -> dict[str, Any]:
        for _ in range(polls):
            st = self.http.get(f"/auth/{ref}", headers=self.headers(auth_token)).json()
            if st["status"]["code"] != 100:
                return st  # type: ignore[no-any-return]
        raise AssertionError("auth did not finish")

    def encryption(self, keys: SessionKeys, usage_key: dict[str, Any] | None = None) -> dict[str, Any]:
        pk = usage_key or self.public_key("SymmetricKeyEncryption")
        return {
            "encryptedSymmetricKey": b64(oaep_encrypt(pk["certificate"], keys.key)),
            "initializationVector": b64(keys.iv),
            "publicKeyId": pk["publicKeyId"],
        }

    def open_online(self, form: dict[str, str] | None = None) -> tuple[str, SessionKeys]:
        keys = SessionKeys(os.urandom(32), os.urandom(16))
        r = self.http.post(
            "/sessions/online",
            headers=self.headers(),
            json={"formCode": form or self.FA3, "encryption": self.encryption(keys)},
        )
        assert r.status_code == 201, r.text
        return r.json()["referenceNumber"], keys

    def send_body(self, keys: SessionKeys, xml: bytes) -> dict[str, Any]:
        enc = aes_encrypt(keys.key, keys.iv, xml)
        return {
            "invoiceHash": sha(xml),
            "invoiceSize": len(xml),
            "encryptedInvoiceHash": sha(enc),
            "encryptedInvoiceSize": len(enc),
            "encryptedInvoiceContent": b64(enc),
        }

    def send(self, session: str, keys: SessionKeys, xml: bytes) -> httpx.Response:
        return self.http.post(
            f"/sessions/online/{session}/invoices", headers=self.headers(), json=self.send_body(keys, xml)
        )

    def wait_session(self, ref: str, polls: int = 50) -> dict[str, Any]:
        for _ in range(polls):
            st = self.http.get(f"/sessions/{ref}", headers=self.headers()).json()
            if st["status"]["code"] >= 200:
                return st  # type: ignore[no-any-return]
            time.sleep(0.01)
        raise AssertionError(f"session did not finish: {st}")

    def invoice_status(self, session: str, inv: str) -> dict[str, Any]:
        r = self.http.get(f"/sessions/{session}/invoices/{inv}", headers=self.headers())
        assert r.status_code == 200, r.text
        return r.json()  # type: ignore[no-any-return]


def self_signed(
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, attrs: list[x509.NameAttribute]
) -> x509.Certificate:
    name = x509.Name(attrs)
    now = datetime.now(timezone.utc)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )


def auth_request_xml(
    challenge: str, nip: str, subject_type: str = "certificateSubject", version: str = "2.0", extra: str = ""
) -> bytes:
    return (
        f'<AuthTokenRequest xmlns="http://ksef.mf.gov.pl/auth/token/{version}"><Challenge>{challenge}</Challenge>'
        f"<ContextIdentifier><Nip>{nip}</Nip></ContextIdentifier><SubjectIdentifierType>{subject_type}</SubjectIdentifierType>"
        f"{extra}</AuthTokenRequest>"
    ).encode()


def xades_sign(xml: bytes, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from signxml.xades import XAdESSigner

    signer = XAdESSigner(
        signature_algorithm="ecdsa-sha256" if isinstance(key, ec.EllipticCurvePrivateKey) else "rsa-sha256"
    )
    pem_key = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    signed = signer.sign(
        etree.fromstring(xml), key=pem_key, cert=[cert.public_bytes(serialization.Encoding.PEM).decode()]
    )
    return etree.tostring(signed)


def settle(sandbox: Any) -> None:
    """Move the sandbox clock past permanent storage and the HWM lag: every accepted invoice is readable."""
    sandbox.control.settle()


def make_zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def open_batch(
    client: Client, archive: bytes, parts: int = 1, compression: str = "Zip"
) -> tuple[str, list[dict[str, Any]], list[bytes]]:
    keys = SessionKeys(os.urandom(32), os.urandom(16))
    step = -(-len(archive) // parts)
    chunks = [archive[i : i + step] for i in range(0, len(archive), step)]
    encrypted = [aes_encrypt(keys.key, keys.iv, c) for c in chunks]
    body = {
        "formCode": Client.FA3,
        "batchFile": {
            "fileSize": len(archive),
            "fileHash": sha(archive),
            "compressionType": compression,
            "fileParts": [
                {"ordinalNumber": n, "fileSize": len(e), "fileHash": sha(e)} for n, e in enumerate(encrypted, 1)
            ],
        },
        "encryption": client.encryption(keys),
    }
    r = client.http.post("/sessions/batch", headers=client.headers(), json=body)
    assert r.status_code == 201, r.text
    return r.json()["referenceNumber"], r.json()["partUploadRequests"], encrypted


def upload(requests: list[dict[str, Any]], encrypted: list[bytes]) -> None:
    for req, data in zip(requests, encrypted, strict=True):
        assert req["method"] == "PUT" and req["headers"] == {"x-ms-blob-type": "BlockBlob"}
        r = httpx.put(req["url"], content=data, headers=req["headers"])  # no bearer
        assert r.status_code == 201, r.text
