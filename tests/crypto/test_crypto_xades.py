"""XAdES AuthTokenRequest: XSD validation, signatures verified by xmlsec1 (an independent verifier)."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
from pathlib import Path

import pytest
import xmlschema
from ksef_sdk.crypto import XadesError, XadesSigner, build_auth_token_request, certificate_fingerprint
from ksef_sdk.crypto.testcerts import TestCertificate, company_seal_certificate, personal_certificate
from ksef_sdk.identifiers import AllowedIps, ContextIdentifier, InvalidIdentifierError
from lxml import etree

CHALLENGE = "20250604-CR-461EA5B000-537A6BA15D-D7"
DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"


@pytest.fixture(scope="module")
def rsa_person() -> TestCertificate:
    return personal_certificate(given_name="Jan", surname="Kowalski", nip="5265877635", key_type="rsa")


@pytest.fixture(scope="module")
def ec_seal() -> TestCertificate:
    return company_seal_certificate(organization="Firma Testowa sp. z o.o.", nip="5265877635", key_type="ec")


def _anchors_as_dotnet(xsd: str) -> str:
    """XSD regexes have no anchors: `^`/`$` are literal characters there, so the official patterns of
    NipVatUe and PeppolId (`...$`, `^P[A-Z]{2}[0-9]{6}$`) match no real value. KSeF (.NET) reads them as
    anchors; strip them the same way. Patterns without anchors (Nip, InternalId, Challenge...) are unchanged."""
    return re.sub(r'(<xsd:pattern value=")\^?([^"]*?)\$?(")', r"\1\2\3", xsd)


@pytest.fixture(scope="module")
def schemas(shared_ksef: Path) -> dict[str, xmlschema.XMLSchema]:
    folder = shared_ksef / "auth" / "schemy"
    v20_text = _anchors_as_dotnet((folder / "schemat_auth_v2-0.xsd").read_text(encoding="utf-8"))
    v21_text = _anchors_as_dotnet((folder / "schemat_auth_v2-1.xsd").read_text(encoding="utf-8"))
    # The v2.0 schema's three IPv4 patterns also use `\b`, which XSD regexes do not have (that is why
    # v2.1 exists): compile it leniently and make sure those are the only problems.
    v20 = xmlschema.XMLSchema(v20_text, validation="lax")
    assert len(v20.all_errors) == 3
    assert all("escape sequence" in str(e) for e in v20.all_errors)
    return {"2.0": v20, "2.1": xmlschema.XMLSchema(v21_text)}


def test_official_xsd_nip_and_internal_id_patterns_are_used_unchanged(shared_ksef: Path) -> None:
    # Nip/InternalId/Challenge validate against the untouched official v2.1 schema.
    schema = xmlschema.XMLSchema(str(shared_ksef / "auth" / "schemy" / "schemat_auth_v2-1.xsd"))
    for context in (ContextIdentifier.nip("5265877635"), ContextIdentifier.internal_id("5265877635-12345")):
        schema.validate(build_auth_token_request(CHALLENGE, context).decode())


CONTEXTS = [
    ContextIdentifier.nip("5265877635"),
    ContextIdentifier.internal_id("5265877635-12345"),
    ContextIdentifier.nip_vat_ue("5265877635-ATU12345678"),
    ContextIdentifier.peppol_id("PPL123456"),
]


@pytest.mark.parametrize("namespace", ["2.0", "2.1"])
@pytest.mark.parametrize("context", CONTEXTS, ids=lambda c: c.type)
@pytest.mark.parametrize("subject", ["certificateSubject", "certificateFingerprint"])
def test_unsigned_request_validates_against_official_xsd(
    schemas: dict[str, xmlschema.XMLSchema], namespace: str, context: ContextIdentifier, subject: str
) -> None:
    xml = build_auth_token_request(CHALLENGE, context, subject_identifier_type=subject, namespace=namespace)
    schemas[namespace].validate(xml.decode())
    root = etree.fromstring(xml)
    assert root.tag == f"{{http://ksef.mf.gov.pl/auth/token/{namespace}}}AuthTokenRequest"
    # and the schema is really checking: a broken challenge or a second context element is invalid
    assert not schemas[namespace].is_valid(xml.decode().replace("-CR-", "-XX-"))
    assert not schemas[namespace].is_valid(
        xml.decode().replace("</ContextIdentifier>", "<Nip>1111111111</Nip></ContextIdentifier>")
    )


def test_request_with_ip_policy_validates_against_v2_1(schemas: dict[str, xmlschema.XMLSchema]) -> None:
    ips = AllowedIps(addresses=("192.168.0.1", "10.0.0.255"), ranges=("10.0.0.1-10.0.0.20",), masks=("172.16.0.0/16",))
    xml = build_auth_token_request(CHALLENGE, "5265877635", allowed_ips=ips)
    schemas["2.1"].validate(xml.decode())
    ns = {"a": "http://ksef.mf.gov.pl/auth/token/2.1"}
    root = etree.fromstring(xml)
    assert root.xpath("a:AuthorizationPolicy/a:AllowedIps/a:Ip4Address/text()", namespaces=ns) == list(ips.addresses)
    assert root.xpath("a:AuthorizationPolicy/a:AllowedIps/a:Ip4Mask/text()", namespaces=ns) == ["172.16.0.0/16"]
    # the XSD itself rejects what we refuse to build, e.g. a bad octet
    bad = xml.replace(b"10.0.0.255", b"10.0.0.256")
    assert not schemas["2.1"].is_valid(bad.decode())


def test_bad_input_is_rejected_before_building() -> None:
    with pytest.raises(InvalidIdentifierError, match="challenge"):
        build_auth_token_request("20250604-CR-461ea5b000-537A6BA15D-D7", "5265877635")
    with pytest.raises(XadesError, match="subjectIdentifierType"):
        build_auth_token_request(CHALLENGE, "5265877635", subject_identifier_type="pesel")
    with pytest.raises(XadesError, match="namespace"):
        build_auth_token_request(CHALLENGE, "5265877635", namespace="3.0")
    with pytest.raises(InvalidIdentifierError, match="InternalId"):
        build_auth_token_request(CHALLENGE, ("InternalId", "5265877635"))
    with pytest.raises(InvalidIdentifierError, match="at most 10"):
        AllowedIps(addresses=tuple(f"10.0.0.{i}" for i in range(11)))
    with pytest.raises(InvalidIdentifierError, match="CIDR"):
        AllowedIps(masks=("10.0.0.0/33",))


def xmlsec_verify(
    xmlsec1: str, signed: bytes, cert: TestCertificate, tmp_path: Path
) -> subprocess.CompletedProcess[str]:
    doc = tmp_path / "signed.xml"
    pem = tmp_path / "cert.pem"
    doc.write_bytes(signed)
    pem.write_bytes(cert.cert_pem())
    return subprocess.run(
        [
            xmlsec1,
            "--verify",
            "--trusted-pem",
            str(pem),
            "--id-attr:Id",
            "SignedProperties",
            "--id-attr:Id",
            "KeyInfo",
            str(doc),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("which", ["rsa_person", "ec_seal"])
def test_signature_verifies_with_xmlsec1(
    which: str, request: pytest.FixtureRequest, xmlsec1: str, tmp_path: Path
) -> None:
    cert: TestCertificate = request.getfixturevalue(which)
    xml = build_auth_token_request(CHALLENGE, "5265877635", namespace="2.0")
    signed = cert.signer().sign(xml)
    result = xmlsec_verify(xmlsec1, signed, cert, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stderr + result.stdout


def test_signature_structure(rsa_person: TestCertificate, ec_seal: TestCertificate) -> None:
    for cert, method, sig_len in ((rsa_person, "rsa-sha256", 256), (ec_seal, "ecdsa-sha256", 64)):
        signed = cert.signer().sign(build_auth_token_request(CHALLENGE, "5265877635"))
        root = etree.fromstring(signed)
        ns = {"ds": DS, "xades": XADES}
        (signature,) = root.xpath("ds:Signature", namespaces=ns)  # enveloped: a child of the root
        assert signature.xpath("ds:SignedInfo/ds:SignatureMethod/@Algorithm", namespaces=ns)[0].endswith(method)
        refs = signature.xpath("ds:SignedInfo/ds:Reference", namespaces=ns)
        assert refs[0].get("URI") == ""
        transforms = refs[0].xpath("ds:Transforms/ds:Transform/@Algorithm", namespaces=ns)
        assert "http://www.w3.org/2000/09/xmldsig#enveloped-signature" in transforms
        assert all("exc-c14n" not in t for t in transforms)
        assert any(r.get("Type") == "http://uri.etsi.org/01903#SignedProperties" for r in refs)
        # raw R||S for ECDSA (64 bytes for P-256), not DER; 256 bytes for RSA-2048
        value = base64.b64decode(signature.xpath("ds:SignatureValue/text()", namespaces=ns)[0])
        assert len(value) == sig_len
        props = signature.xpath(".//xades:SignedProperties/xades:SignedSignatureProperties", namespaces=ns)[0]
        assert props.xpath("xades:SigningTime/text()", namespaces=ns)
        digest = props.xpath(
            "xades:SigningCertificate/xades:Cert/xades:CertDigest/ds:DigestValue/text()", namespaces=ns
        )
        assert base64.b64decode(digest[0]) == hashlib.sha256(cert.cert_der()).digest()
        serial = props.xpath(".//xades:IssuerSerial/ds:X509SerialNumber/text()", namespaces=ns)[0]
        assert int(serial) == cert.certificate.serial_number


@pytest.mark.parametrize("which", ["rsa_person", "ec_seal"])
def test_tampered_document_is_rejected(
    which: str, request: pytest.FixtureRequest, xmlsec1: str, tmp_path: Path
) -> None:
    cert: TestCertificate = request.getfixturevalue(which)
    signed = cert.signer().sign(build_auth_token_request(CHALLENGE, "5265877635"))
    assert xmlsec_verify(xmlsec1, signed, cert, tmp_path).returncode == 0
    tampered = signed.replace(b"<Nip>5265877635</Nip>", b"<Nip>1111111111</Nip>")
    assert tampered != signed
    assert xmlsec_verify(xmlsec1, tampered, cert, tmp_path).returncode != 0
    # tampering the signed properties (signing time) is detected too
    root = etree.fromstring(signed)
    node = root.xpath("//xades:SigningTime", namespaces={"xades": XADES})[0]
    node.text = "2000-01-01T00:00:00+00:00"
    assert xmlsec_verify(xmlsec1, etree.tostring(root), cert, tmp_path).returncode != 0
    # a forged SignatureValue (another key's signature bytes) is rejected
    other = personal_certificate(
        given_name="Anna", surname="Nowak", pesel="44051401359", key_type="ec" if which == "ec_seal" else "rsa"
    )
    forged_value = etree.fromstring(other.signer().sign(build_auth_token_request(CHALLENGE, "5265877635")))
    root = etree.fromstring(signed)
    ns = {"ds": DS}
    root.xpath("//ds:SignatureValue", namespaces=ns)[0].text = forged_value.xpath("//ds:SignatureValue", namespaces=ns)[
        0
    ].text
    assert xmlsec_verify(xmlsec1, etree.tostring(root), cert, tmp_path).returncode != 0


def test_pkcs12_and_pem_loading(
    rsa_person: TestCertificate, ec_seal: TestCertificate, xmlsec1: str, tmp_path: Path
) -> None:
    p12 = rsa_person.to_pkcs12(b"s3cret")
    signer = XadesSigner.from_pkcs12(p12, "s3cret")
    assert signer.certificate == rsa_person.certificate
    with pytest.raises(XadesError, match="cannot load"):
        XadesSigner.from_pkcs12(p12, b"wrong")
    pem_signer = XadesSigner.from_pem(ec_seal.cert_pem(), ec_seal.key_pem("pw"), "pw")
    assert pem_signer.algorithm == "ecdsa-sha256"
    signed = pem_signer.sign(build_auth_token_request(CHALLENGE, "5265877635"))
    assert xmlsec_verify(xmlsec1, signed, ec_seal, tmp_path).returncode == 0
    (tmp_path / "c.p12").write_bytes(p12)
    assert XadesSigner.from_files(str(tmp_path / "c.p12"), password=b"s3cret").certificate == rsa_person.certificate
    with pytest.raises(XadesError, match="does not belong"):
        XadesSigner.from_pem(rsa_person.cert_pem(), ec_seal.key_pem())
    assert "PRIVATE" not in repr(signer) and "s3cret" not in repr(signer)


def test_small_rsa_keys_are_refused(rsa_person: TestCertificate) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa

    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(XadesError, match="at least 2048"):
        XadesSigner(small, rsa_person.certificate)


def test_fingerprint_is_sha256_uppercase_hex(rsa_person: TestCertificate) -> None:
    fp = certificate_fingerprint(rsa_person.certificate)
    assert fp == hashlib.sha256(rsa_person.cert_der()).hexdigest().upper()
    assert len(fp) == 64
