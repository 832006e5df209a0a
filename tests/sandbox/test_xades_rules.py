"""XAdES requirements of ``auth/podpis-xades.md``: the AuthTokenRequest XSD, key sizes, subject attributes,
allowed algorithms - each refused with the documented code before any authentication starts."""

from __future__ import annotations

import httpx
import pytest
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from sandbox_helpers import auth_request_xml, random_nip, self_signed, xades_sign

XML = {"Content-Type": "application/xml"}


def _person(nip: str, *, skip: tuple[x509.ObjectIdentifier, ...] = ()) -> list[x509.NameAttribute]:
    attrs = [
        x509.NameAttribute(NameOID.COMMON_NAME, "Jan Kowalski"),
        x509.NameAttribute(NameOID.GIVEN_NAME, "Jan"),
        x509.NameAttribute(NameOID.SURNAME, "Kowalski"),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, f"TINPL-{nip}"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"),
    ]
    return [a for a in attrs if a.oid not in skip]


def _seal(nip: str) -> list[x509.NameAttribute]:
    return [
        x509.NameAttribute(NameOID.COMMON_NAME, "Firma"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Firma sp. z o.o."),
        x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, f"VATPL-{nip}"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"),
    ]


def _post(
    http: httpx.Client,
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    attrs: list[x509.NameAttribute],
    nip: str,
    *,
    version: str = "2.1",
    extra: str = "",
    challenge: str | None = None,
) -> httpx.Response:
    ch = challenge or http.post("/auth/challenge").json()["challenge"]
    signed = xades_sign(auth_request_xml(ch, nip, version=version, extra=extra), key, self_signed(key, attrs))
    return http.post("/auth/xades-signature", content=signed, headers=XML)


def _code(r: httpx.Response) -> int:
    assert r.status_code == 400, r.text
    return int(r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"])


@pytest.fixture(scope="module")
def rsa2048() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.mark.parametrize("version", ["2.0", "2.1"])
def test_both_schema_versions_are_accepted(http: httpx.Client, rsa2048: rsa.RSAPrivateKey, version: str) -> None:
    nip = random_nip()
    policy = "<AuthorizationPolicy><AllowedIps><Ip4Address>127.0.0.1</Ip4Address></AllowedIps></AuthorizationPolicy>"
    assert _post(http, rsa2048, _person(nip), nip, version=version, extra=policy).status_code == 202


def test_document_against_the_xsd_is_21401(http: httpx.Client, rsa2048: rsa.RSAPrivateKey) -> None:
    nip = random_nip()
    r = _post(http, rsa2048, _person(nip), nip, extra="<Unexpected>1</Unexpected>")
    assert _code(r) == 21401
    assert "xsd" in r.json()["exception"]["exceptionDetailList"][0]["details"][0]
    bad_ip = "<AuthorizationPolicy><AllowedIps><Ip4Address>999.1.1.1</Ip4Address></AllowedIps></AuthorizationPolicy>"
    assert _code(_post(http, rsa2048, _person(nip), nip, extra=bad_ip)) == 21401
    assert _code(_post(http, rsa2048, _person(nip), nip, challenge="not-a-challenge-value")) == 21401


def test_rsa_keys_below_2048_bits_are_refused(http: httpx.Client) -> None:
    nip = random_nip()
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    r = _post(http, weak, _person(nip), nip)
    assert _code(r) == 21115 and "2048" in r.json()["exception"]["exceptionDetailList"][0]["details"][0]


def test_ec_curves_below_256_bits_are_refused(http: httpx.Client) -> None:
    nip = random_nip()
    r = _post(http, ec.generate_private_key(ec.SECP256R1()), _person(nip), nip)
    assert r.status_code == 202, r.text
    try:
        small = ec.generate_private_key(ec.SECP192R1())
    except UnsupportedAlgorithm:
        pytest.skip("P-192 is not available in this OpenSSL build")
    assert _code(_post(http, small, _person(nip), nip)) == 21115


@pytest.mark.parametrize("missing", [NameOID.GIVEN_NAME, NameOID.SURNAME, NameOID.COUNTRY_NAME, NameOID.COMMON_NAME])
def test_personal_certificate_needs_its_subject_attributes(
    http: httpx.Client, rsa2048: rsa.RSAPrivateKey, missing: x509.ObjectIdentifier
) -> None:
    nip = random_nip()
    r = _post(http, rsa2048, _person(nip, skip=(missing,)), nip)
    assert _code(r) == 21115
    assert missing._name in r.json()["exception"]["exceptionDetailList"][0]["details"][0]


def test_seal_must_not_name_a_person(http: httpx.Client, rsa2048: rsa.RSAPrivateKey) -> None:
    nip = random_nip()
    assert _post(http, rsa2048, _seal(nip), nip).status_code == 202
    named = [*_seal(nip), x509.NameAttribute(NameOID.GIVEN_NAME, "Jan")]
    assert _code(_post(http, rsa2048, named, nip)) == 21115
    no_org = [a for a in _seal(nip) if a.oid != NameOID.ORGANIZATION_NAME]
    assert _code(_post(http, rsa2048, no_org, nip)) == 21115


def test_fingerprint_identification_does_not_need_the_attributes(
    http: httpx.Client, rsa2048: rsa.RSAPrivateKey
) -> None:
    nip = random_nip()
    ch = http.post("/auth/challenge").json()["challenge"]
    cert = self_signed(rsa2048, [x509.NameAttribute(NameOID.COMMON_NAME, "foreign")])
    signed = xades_sign(auth_request_xml(ch, nip, "certificateFingerprint", version="2.1"), rsa2048, cert)
    assert http.post("/auth/xades-signature", content=signed, headers=XML).status_code == 202


def test_disallowed_signature_algorithm_is_9105(http: httpx.Client, rsa2048: rsa.RSAPrivateKey) -> None:
    nip = random_nip()
    ch = http.post("/auth/challenge").json()["challenge"]
    signed = xades_sign(auth_request_xml(ch, nip, version="2.1"), rsa2048, self_signed(rsa2048, _person(nip)))
    # an algorithm outside the list of podpis-xades.md (the signature no longer matters: it is refused first)
    swapped = signed.replace(b"xmldsig-more#rsa-sha256", b"xmldsig-more#rsa-md5", 1)
    assert swapped != signed
    r = http.post("/auth/xades-signature", content=swapped, headers=XML)
    assert _code(r) == 9105 and "rsa-md5" in r.json()["exception"]["exceptionDetailList"][0]["details"][0]
