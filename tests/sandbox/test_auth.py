"""Authentication: KSeF tokens, XAdES (RSA and ECDSA), challenges, redeem/refresh, expiry, 401/403."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from ksef_sandbox import SandboxServer
from sandbox_helpers import (
    Client,
    auth_request_xml,
    b64,
    oaep_encrypt,
    random_nip,
    self_signed,
    token_auth_body,
    xades_sign,
)


def test_public_keys_ids(http: httpx.Client) -> None:
    keys = http.get("/security/public-key-certificates").json()
    usages = {u for k in keys for u in k["usage"]}
    assert usages == {"KsefTokenEncryption", "SymmetricKeyEncryption"}
    for k in keys:
        der = __import__("base64").b64decode(k["certificate"])
        cert = x509.load_der_x509_certificate(der)
        from cryptography.hazmat.primitives import serialization

        spki = cert.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        assert k["certificateId"] == b64(hashlib.sha256(der).digest())
        assert k["publicKeyId"] == b64(hashlib.sha256(spki).digest())


def test_token_auth_redeem_once_refresh_and_expiry(sandbox: SandboxServer, http: httpx.Client, nip: str) -> None:
    c = Client(http)
    token = sandbox.control.issue_ksef_token(nip, ["InvoiceRead"])
    assert c.authenticate(nip, token)["status"]["code"] == 200
    assert http.get("/limits/context", headers=c.headers()).status_code == 200
    # redeem works once
    ch = http.post("/auth/challenge").json()
    key = c.public_key("KsefTokenEncryption")
    enc = oaep_encrypt(key["certificate"], f"{token}|{ch['timestampMs']}".encode())
    init = http.post(
        "/auth/ksef-token",
        json=token_auth_body(ch, nip, enc),
    ).json()
    op_token = init["authenticationToken"]["token"]
    c.wait_auth(init["referenceNumber"], op_token)
    assert http.post("/auth/token/redeem", headers=c.headers(op_token)).status_code == 200
    second = http.post("/auth/token/redeem", headers=c.headers(op_token))
    assert second.status_code == 400 and second.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21301
    # the challenge cannot be reused
    again = http.post(
        "/auth/ksef-token",
        json=token_auth_body(ch, nip, enc),
    )
    assert again.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21111
    # permissions from the token: no InvoiceWrite -> 403 problem details
    r = http.post(
        "/sessions/online",
        headers=c.headers(),
        json={
            "formCode": Client.FA3,
            "encryption": c.encryption(__import__("sandbox_helpers").SessionKeys(b"k" * 32, b"i" * 16)),
        },
    )
    assert r.status_code == 403 and r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["reasonCode"] == "missing-permissions"
    # access token expiry crossed by moving the clock; refresh gives a new one
    sandbox.control.advance_time(timedelta(minutes=16))
    expired = http.get("/limits/context", headers=c.headers())
    assert expired.status_code == 401 and expired.headers["content-type"].startswith("application/problem+json")
    refreshed = http.post("/auth/token/refresh", headers=c.headers(c.refresh)).json()
    assert http.get("/limits/context", headers=c.headers(refreshed["accessToken"]["token"])).status_code == 200


def test_short_lifetimes(sandbox: SandboxServer, http: httpx.Client, nip: str) -> None:
    sandbox.control.set_token_lifetimes(access=timedelta(seconds=1))
    c = Client(http)
    c.authenticate(nip, sandbox.control.issue_ksef_token(nip))
    sandbox.control.advance_time(timedelta(seconds=2))
    assert http.get("/limits/context", headers=c.headers()).status_code == 401


def test_challenge_expires_after_10_minutes(sandbox: SandboxServer, http: httpx.Client, nip: str) -> None:
    token = sandbox.control.issue_ksef_token(nip)
    ch = http.post("/auth/challenge").json()
    sandbox.control.advance_time(timedelta(minutes=11))
    key = Client(http).public_key("KsefTokenEncryption")
    enc = oaep_encrypt(key["certificate"], f"{token}|{ch['timestampMs']}".encode())
    r = http.post(
        "/auth/ksef-token",
        json=token_auth_body(ch, nip, enc),
    )
    assert r.status_code == 400 and r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21111


def test_wrong_timestamp_and_revoked_token_give_450(sandbox: SandboxServer, http: httpx.Client, nip: str) -> None:
    c = Client(http)
    token = sandbox.control.issue_ksef_token(nip)
    ch = http.post("/auth/challenge").json()
    key = c.public_key("KsefTokenEncryption")
    enc = oaep_encrypt(key["certificate"], f"{token}|{ch['timestampMs'] + 1}".encode())
    init = http.post(
        "/auth/ksef-token",
        json=token_auth_body(ch, nip, enc),
    ).json()
    st = c.wait_auth(init["referenceNumber"], init["authenticationToken"]["token"])
    assert st["status"]["code"] == 450
    sandbox.control.revoke_ksef_token(token)
    assert c.authenticate(nip, token)["status"]["code"] == 450


def test_token_created_by_api_lists_revokes_and_authenticates(
    sandbox: SandboxServer, client: Client, http: httpx.Client, nip: str
) -> None:
    r = http.post(
        "/tokens", headers=client.headers(), json={"permissions": ["InvoiceRead"], "description": "made by test"}
    )
    assert r.status_code == 202
    created = r.json()
    listed = http.get("/tokens", headers=client.headers()).json()["tokens"]
    assert created["referenceNumber"] in {t["referenceNumber"] for t in listed}
    other = Client(http)
    assert other.authenticate(nip, created["token"])["status"]["code"] == 200
    assert http.delete(f"/tokens/{created['referenceNumber']}", headers=client.headers()).status_code == 204
    assert http.get(f"/tokens/{created['referenceNumber']}", headers=client.headers()).json()["status"] == "Revoked"
    assert Client(http).authenticate(nip, created["token"])["status"]["code"] == 450


def test_unknown_token_key_id_is_21470(http: httpx.Client, nip: str) -> None:
    ch = http.post("/auth/challenge").json()
    r = http.post(
        "/auth/ksef-token",
        json=token_auth_body(ch, nip, b"x" * 256, b64(b"y" * 32)),
    )
    assert r.status_code == 400 and r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21470


def test_missing_bearer_is_401_problem(http: httpx.Client) -> None:
    r = http.get("/sessions", params={"sessionType": "Online"})
    assert r.status_code == 401
    assert r.headers["content-type"].startswith("application/problem+json")


# ------------------------------------------------------------------ XAdES
@pytest.mark.parametrize("kind", ["rsa-seal", "ec-person"])
def test_xades_auth(http: httpx.Client, kind: str) -> None:
    nip = random_nip()
    if kind == "rsa-seal":
        key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = rsa.generate_private_key(
            public_exponent=65537, key_size=2048
        )
        attrs = [
            x509.NameAttribute(NameOID.COMMON_NAME, "Firma"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Firma"),
            x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, f"VATPL-{nip}"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"),
        ]
    else:
        key = ec.generate_private_key(ec.SECP256R1())
        attrs = [
            x509.NameAttribute(NameOID.COMMON_NAME, "Jan Kowalski"),
            x509.NameAttribute(NameOID.GIVEN_NAME, "Jan"),
            x509.NameAttribute(NameOID.SURNAME, "Kowalski"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, f"TINPL-{nip}"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"),
        ]
    cert = self_signed(key, attrs)
    ch = http.post("/auth/challenge").json()["challenge"]
    signed = xades_sign(auth_request_xml(ch, nip), key, cert)
    r = http.post("/auth/xades-signature", content=signed, headers={"Content-Type": "application/xml"})
    assert r.status_code == 202, r.text
    c = Client(http)
    st = c.wait_auth(r.json()["referenceNumber"], r.json()["authenticationToken"]["token"])
    assert st["status"]["code"] == 200
    assert st["authenticationMethodInfo"]["category"] == "XadesSignature"
    # tampering breaks the signature
    ch2 = http.post("/auth/challenge").json()["challenge"]
    tampered = xades_sign(auth_request_xml(ch2, nip), key, cert).replace(nip.encode(), random_nip().encode(), 1)
    bad = http.post("/auth/xades-signature", content=tampered, headers={"Content-Type": "application/xml"})
    assert bad.status_code == 400 and bad.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 9105


def test_xades_fingerprint_without_grant_is_415(sandbox: SandboxServer, http: httpx.Client) -> None:
    nip = random_nip()
    key = ec.generate_private_key(ec.SECP256R1())
    cert = self_signed(key, [x509.NameAttribute(NameOID.COMMON_NAME, "anon")])
    ch = http.post("/auth/challenge").json()["challenge"]
    r = http.post(
        "/auth/xades-signature",
        content=xades_sign(auth_request_xml(ch, nip, "certificateFingerprint"), key, cert),
        headers={"Content-Type": "application/xml"},
    )
    c = Client(http)
    assert c.wait_auth(r.json()["referenceNumber"], r.json()["authenticationToken"]["token"])["status"]["code"] == 415
    from cryptography.hazmat.primitives import serialization

    fingerprint = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()
    sandbox.control.grant(nip, fingerprint, ["InvoiceRead"])
    ch = http.post("/auth/challenge").json()["challenge"]
    r = http.post(
        "/auth/xades-signature",
        content=xades_sign(auth_request_xml(ch, nip, "certificateFingerprint"), key, cert),
        headers={"Content-Type": "application/xml"},
    )
    assert c.wait_auth(r.json()["referenceNumber"], r.json()["authenticationToken"]["token"])["status"]["code"] == 200


def test_authentication_takes_the_configured_time(sandbox: SandboxServer, http: httpx.Client, nip: str) -> None:
    """The operation stays at 100 however often it is read until ``processing_time`` passes; no tokens before."""
    sandbox.control.freeze_time()
    sandbox.control.configure(processing_polls=0, processing_time=timedelta(seconds=20))
    token = sandbox.control.issue_ksef_token(nip)
    ch = http.post("/auth/challenge").json()
    key = Client(http).public_key("KsefTokenEncryption")
    enc = oaep_encrypt(key["certificate"], f"{token}|{ch['timestampMs']}".encode())
    init = http.post("/auth/ksef-token", json=token_auth_body(ch, nip, enc, key["publicKeyId"])).json()
    auth = {"Authorization": f"Bearer {init['authenticationToken']['token']}"}
    for _ in range(5):
        assert http.get(f"/auth/{init['referenceNumber']}", headers=auth).json()["status"]["code"] == 100
    early = http.post("/auth/token/redeem", headers=auth)
    assert early.status_code == 400 and early.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21301
    sandbox.control.advance_time(timedelta(seconds=20))
    assert http.get(f"/auth/{init['referenceNumber']}", headers=auth).json()["status"]["code"] == 200
    assert http.post("/auth/token/redeem", headers=auth).status_code == 200
