"""The sandbox as the Ministry's CA, over raw HTTP (every response checked against openapi.yaml): enrollment
data from the login certificate, CSR checks, asynchronous issuing, limits and their test-data overrides,
queries, retrieval, and which KSeF certificates may log in."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from ksef_sandbox import SandboxServer
from ksef_sdk.crypto import XadesSigner, build_auth_token_request
from ksef_sdk.crypto.testcerts import company_seal_certificate
from sandbox_helpers import Client, random_nip


def _login(
    http: httpx.Client, signer: XadesSigner, nip: str, subject: str = "certificateSubject"
) -> tuple[Client, dict[str, Any]]:
    challenge = http.post("/auth/challenge").json()["challenge"]
    signed = signer.sign(build_auth_token_request(challenge, nip, subject_identifier_type=subject))
    r = http.post("/auth/xades-signature", content=signed, headers={"Content-Type": "application/xml"})
    assert r.status_code == 202, r.text
    c = Client(http)
    token = r.json()["authenticationToken"]["token"]
    status = c.wait_auth(r.json()["referenceNumber"], token)
    if status["status"]["code"] == 200:
        tokens = http.post("/auth/token/redeem", headers=c.headers(token)).json()
        c.access = tokens["accessToken"]["token"]
    return c, status


def _csr(subject: x509.Name, key: Any | None = None, algorithm: Any = None) -> tuple[str, Any]:
    key = key or ec.generate_private_key(ec.SECP256R1())
    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, algorithm or hashes.SHA256())
    return base64.b64encode(csr.public_bytes(serialization.Encoding.DER)).decode(), key


def _subject(data: dict[str, str]) -> x509.Name:
    oids = {
        "commonName": NameOID.COMMON_NAME,
        "countryName": NameOID.COUNTRY_NAME,
        "organizationName": NameOID.ORGANIZATION_NAME,
        "organizationIdentifier": NameOID.ORGANIZATION_IDENTIFIER,
        "givenName": NameOID.GIVEN_NAME,
        "surname": NameOID.SURNAME,
        "serialNumber": NameOID.SERIAL_NUMBER,
    }
    return x509.Name([x509.NameAttribute(oids[k], v) for k, v in data.items()])


def _enroll(http: httpx.Client, c: Client, kind: str = "Authentication", **extra: Any) -> dict[str, Any]:
    data = http.get("/certificates/enrollments/data", headers=c.headers()).json()
    csr, key = _csr(_subject(data))
    body = {"certificateName": f"Sandbox {kind}", "certificateType": kind, "csr": csr, **extra}
    r = http.post("/certificates/enrollments", headers=c.headers(), json=body)
    assert r.status_code == 202, r.text
    ref = r.json()["referenceNumber"]
    first = http.get(f"/certificates/enrollments/{ref}", headers=c.headers()).json()
    assert first["status"]["code"] == 100 and "certificateSerialNumber" not in first  # processed asynchronously
    done = http.get(f"/certificates/enrollments/{ref}", headers=c.headers()).json()
    assert done["status"]["code"] == 200, done
    serial = done["certificateSerialNumber"]
    got = http.post("/certificates/retrieve", headers=c.headers(), json={"certificateSerialNumbers": [serial]}).json()
    der = base64.b64decode(got["certificates"][0]["certificate"])
    return {"serial": serial, "cert": x509.load_der_x509_certificate(der), "key": key, "ref": ref, "csr": csr}


@pytest.fixture
def seal_login(http: httpx.Client) -> tuple[Client, str, Any]:
    nip = random_nip()
    seal = company_seal_certificate(organization=f"Firma {nip}", nip=nip, key_type="ec")
    c, status = _login(http, seal.signer(), nip)
    assert status["status"]["code"] == 200
    return c, nip, seal


def test_enrollment_data_is_the_login_certificates_subject(http: httpx.Client, seal_login: Any) -> None:
    c, nip, seal = seal_login
    data = http.get("/certificates/enrollments/data", headers=c.headers()).json()
    assert data == {
        "commonName": f"Firma {nip}",
        "countryName": "PL",
        "organizationName": f"Firma {nip}",
        "organizationIdentifier": f"VATPL-{nip}",
    }
    assert seal.certificate.subject == _subject(data) or {a.value for a in seal.certificate.subject} == set(
        data.values()
    )


def test_an_issued_certificate_has_the_documented_key_usage_and_chains_to_the_ca(
    sandbox: SandboxServer, http: httpx.Client, seal_login: Any
) -> None:
    c, _, _ = seal_login
    valid_from = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2)).replace(microsecond=0)
    for kind, (ds, nr) in (("Authentication", (True, False)), ("Offline", (False, True))):
        issued = _enroll(http, c, kind, validFrom=valid_from.isoformat())
        cert = issued["cert"]
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
        assert usage.critical and (usage.value.digital_signature, usage.value.content_commitment) == (ds, nr)
        assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        ca = x509.load_pem_x509_certificate(sandbox.control.ca_certificate_pem())
        cert.verify_directly_issued_by(ca)
        assert cert.not_valid_before_utc == valid_from
        assert f"{cert.serial_number:016X}" == issued["serial"]


def test_the_csr_is_checked(http: httpx.Client, seal_login: Any) -> None:
    c, _, _ = seal_login
    data = http.get("/certificates/enrollments/data", headers=c.headers()).json()

    def enroll(csr: str) -> int:
        r = http.post(
            "/certificates/enrollments",
            headers=c.headers(),
            json={"certificateName": "Sprawdzenie", "certificateType": "Authentication", "csr": csr},
        )
        assert r.status_code == 400, r.text
        return int(r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"])

    assert enroll("bm90IGEgY3Ny") == 25004  # not DER
    good, _ = _csr(_subject(data))
    der = bytearray(base64.b64decode(good))
    der[-4] ^= 0x01
    assert enroll(base64.b64encode(bytes(der)).decode()) == 25004  # signature broken
    assert enroll(_csr(_subject(data), algorithm=hashes.SHA224())[0]) == 25011  # SHA-224 not allowed
    assert enroll(_csr(_subject(data), ec.generate_private_key(ec.SECP384R1()))[0]) == 25010
    assert enroll(_csr(_subject({**data, "commonName": "Ktoś inny"}))[0]) == 25003
    assert enroll(_csr(_subject({k: v for k, v in data.items() if k != "organizationName"}))[0]) == 25003


def test_a_key_certified_before_is_refused_in_processing(http: httpx.Client, seal_login: Any) -> None:
    c, _, _ = seal_login
    data = http.get("/certificates/enrollments/data", headers=c.headers()).json()
    csr, _ = _csr(_subject(data))
    refs = []
    for _ in range(2):
        body = {"certificateName": "Ten sam klucz", "certificateType": "Offline", "csr": csr}
        refs.append(http.post("/certificates/enrollments", headers=c.headers(), json=body).json()["referenceNumber"])
    statuses = []
    for ref in refs:
        for _ in range(3):
            st = http.get(f"/certificates/enrollments/{ref}", headers=c.headers()).json()
        statuses.append(st["status"])
    assert statuses[0]["code"] == 200
    assert statuses[1]["code"] == 400 and "certyfikowany" in statuses[1]["details"][0]


def test_limits_follow_the_subject_and_the_test_data_overrides(http: httpx.Client, seal_login: Any) -> None:
    c, _, _ = seal_login
    h = c.headers()
    assert http.get("/limits/subject", headers=h).json() == {
        "enrollment": {"maxEnrollments": 300},
        "certificate": {"maxCertificates": 100},
    }
    r = http.post(
        "/testdata/limits/subject/certificate",
        headers=h,
        json={
            "subjectIdentifierType": "Nip",
            "enrollment": {"maxEnrollments": 2},
            "certificate": {"maxCertificates": 1},
        },
    )
    assert r.status_code == 200
    assert http.get("/limits/subject", headers=h).json() == {
        "enrollment": {"maxEnrollments": 2},
        "certificate": {"maxCertificates": 1},
    }
    _enroll(http, c)
    limits = http.get("/certificates/limits", headers=h).json()
    assert limits == {
        "canRequest": False,
        "enrollment": {"limit": 2, "remaining": 1},
        "certificate": {"limit": 1, "remaining": 0},
    }
    data = http.get("/certificates/enrollments/data", headers=h).json()
    refused = http.post(
        "/certificates/enrollments",
        headers=h,
        json={"certificateName": "Drugi", "certificateType": "Offline", "csr": _csr(_subject(data))[0]},
    )
    assert refused.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 25007
    assert http.delete("/testdata/limits/subject/certificate", headers=h).status_code == 200
    assert http.get("/certificates/limits", headers=h).json()["canRequest"] is True


def test_query_pages_filters_and_computes_expiry(sandbox: SandboxServer, http: httpx.Client, seal_login: Any) -> None:
    sandbox.control.set_rate_limits(False)  # eleven enrollments in a row: beyond the per-minute limit of their group
    c, _, _ = seal_login
    h = c.headers()
    issued = [_enroll(http, c, "Offline") for _ in range(11)]
    page = http.post("/certificates/query?pageSize=10&pageOffset=0", headers=h, json={}).json()
    assert len(page["certificates"]) == 10 and page["hasMore"] is True
    rest = http.post("/certificates/query?pageSize=10&pageOffset=1", headers=h, json={}).json()
    assert len(rest["certificates"]) == 1 and rest["hasMore"] is False
    serial = issued[0]["serial"]
    past = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)).isoformat()
    assert http.put(f"/testdata/certificates/{serial}", headers=h, json={"validTo": past}).status_code == 200
    later = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=9999)).isoformat()
    assert http.put(f"/testdata/certificates/{serial}", headers=h, json={"validTo": later}).status_code == 400
    expired = http.post("/certificates/query", headers=h, json={"status": "Expired"}).json()["certificates"]
    assert [x["certificateSerialNumber"] for x in expired] == [serial]
    soon = http.post(
        "/certificates/query", headers=h, json={"expiresAfter": dt.datetime.now(dt.timezone.utc).isoformat()}
    ).json()
    assert serial not in {x["certificateSerialNumber"] for x in soon["certificates"]}
    too_many = {"certificateSerialNumbers": [i["serial"] for i in issued]}
    assert http.post("/certificates/retrieve", headers=h, json=too_many).status_code == 400  # at most 10


def test_certificates_are_the_owners_only(http: httpx.Client, seal_login: Any) -> None:
    c, _, _ = seal_login
    issued = _enroll(http, c)
    other, _, _ = _login_other(http)
    h = other.headers()
    got = http.post("/certificates/retrieve", headers=h, json={"certificateSerialNumbers": [issued["serial"]]}).json()
    assert got == {"certificates": []}
    r = http.post(f"/certificates/{issued['serial']}/revoke", headers=h, json={"revocationReason": "KeyCompromise"})
    assert r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 25008
    assert http.get(f"/certificates/enrollments/{issued['ref']}", headers=h).status_code == 400


def _login_other(http: httpx.Client) -> tuple[Client, str, Any]:
    nip = random_nip()
    seal = company_seal_certificate(organization=f"Inna {nip}", nip=nip)
    c, status = _login(http, seal.signer(), nip)
    assert status["status"]["code"] == 200
    return c, nip, seal


def test_which_ksef_certificates_may_log_in(sandbox: SandboxServer, http: httpx.Client, seal_login: Any) -> None:
    c, nip, _ = seal_login
    auth = _enroll(http, c, "Authentication")
    offline = _enroll(http, c, "Offline")
    good, status = _login(http, XadesSigner(auth["key"], auth["cert"]), nip)
    assert status["status"]["code"] == 200 and status["authenticationMethodInfo"]["code"] == "Certificate.Internal"
    assert http.get("/certificates/enrollments/data", headers=good.headers()).status_code == 200  # renewal path
    _, refused = _login(http, XadesSigner(offline["key"], offline["cert"]), nip)
    assert (refused["status"]["code"], refused["status"]["details"]) == (460, ["Niepoprawny certyfikat"])
    # a look-alike naming the sandbox CA as issuer but signed by another key
    ca = x509.load_pem_x509_certificate(sandbox.control.ca_certificate_pem())
    forger = ec.generate_private_key(ec.SECP256R1())
    fake = (
        x509.CertificateBuilder()
        .subject_name(auth["cert"].subject)
        .issuer_name(ca.subject)
        .public_key(forger.public_key())
        .serial_number(auth["cert"].serial_number)
        .not_valid_before(auth["cert"].not_valid_before_utc)
        .not_valid_after(auth["cert"].not_valid_after_utc)
        .sign(forger, hashes.SHA256())
    )
    _, forged = _login(http, XadesSigner(forger, fake), nip)
    assert (forged["status"]["code"], forged["status"]["details"]) == (460, ["Błąd weryfikacji łańcucha certyfikatów"])
    sandbox.control.set_certificate_status(auth["serial"], "Blocked")
    _, blocked = _login(http, XadesSigner(auth["key"], auth["cert"]), nip)
    assert blocked["status"]["details"] == ["Certyfikat zawieszony"]
    listed = http.post(
        "/certificates/query", headers=c.headers(), json={"certificateSerialNumber": auth["serial"]}
    ).json()
    assert listed["certificates"][0]["status"] == "Blocked" and "lastUseDate" in listed["certificates"][0]


def test_a_token_created_by_the_api_may_start_pending(
    sandbox: SandboxServer, http: httpx.Client, client: Client
) -> None:
    sandbox.control.configure(token_activation_polls=1)
    created = http.post(
        "/tokens", headers=client.headers(), json={"permissions": ["InvoiceRead"], "description": "Oczekujacy"}
    ).json()
    ref = created["referenceNumber"]
    assert http.get(f"/tokens/{ref}", headers=client.headers()).json()["status"] == "Pending"
    assert http.get(f"/tokens/{ref}", headers=client.headers()).json()["status"] == "Active"
