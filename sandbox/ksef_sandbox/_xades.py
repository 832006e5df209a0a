"""XAdES verification of AuthTokenRequest documents (enveloped signature, signing-certificate digest)."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID
from lxml import etree  # type: ignore[import-untyped]

__all__ = ["SignedAuthRequest", "XadesError", "verify_auth_request"]

DS = "http://www.w3.org/2000/09/xmldsig#"
XADES = "http://uri.etsi.org/01903/v1.3.2#"
AUTH_NS = ("http://ksef.mf.gov.pl/auth/token/2.0", "http://ksef.mf.gov.pl/auth/token/2.1")

_DIGESTS = {
    "http://www.w3.org/2000/09/xmldsig#sha1": "sha1",
    "http://www.w3.org/2001/04/xmlenc#sha256": "sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-256": "sha3_256",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-384": "sha3_384",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-512": "sha3_512",
}


class XadesError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class SignedAuthRequest:
    challenge: str
    context_type: str
    context_value: str
    subject_identifier_type: str
    subject_type: str  # Nip | Pesel | Fingerprint
    subject_value: str
    is_seal: bool
    allowed_ips: dict[str, list[str]] | None
    document_hash: str
    certificate_der: bytes = b""  # the signing certificate


def _subject_identity(cert: x509.Certificate) -> tuple[str, str, bool] | None:
    subject = cert.subject
    org = subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER)
    if org:
        m = re.search(r"(VATPL).*?(\d{10})", str(org[0].value))
        if m:
            return "Nip", m.group(2), True
    serial = subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    if serial:
        value = str(serial[0].value)
        m = re.search(r"(PNOPL|PESEL).*?(\d{11})", value)
        if m:
            return "Pesel", m.group(2), False
        m = re.search(r"(TINPL|NIP).*?(\d{10})", value)
        if m:
            return "Nip", m.group(2), False
    return None


SubjectResolver = Callable[[x509.Certificate], "tuple[str, str, bool] | None"]


def verify_auth_request(
    xml: bytes, resolve_subject: SubjectResolver | None = None, *, now: datetime | None = None
) -> SignedAuthRequest:
    """Verify the enveloped XAdES signature; accept self-signed certificates like the TEST environment.

    ``resolve_subject`` names the subject of certificates the caller knows better than their subject
    attributes say (the sandbox's own KSeF certificates): ``(type, value, is_seal)`` or ``None``. ``now`` is
    the time the certificate must be valid at (the sandbox's clock; default: the real time).
    """
    from signxml.exceptions import InvalidCertificate, InvalidDigest, InvalidInput, InvalidSignature
    from signxml.verifier import SignatureConfiguration, XMLVerifier

    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise XadesError(21001, f"Nieczytelna treść: {exc}") from exc
    ns = etree.QName(root).namespace
    if ns not in AUTH_NS or etree.QName(root).localname != "AuthTokenRequest":
        raise XadesError(21401, "Dokument nie jest zgodny ze schematem (AuthTokenRequest).")
    signatures = root.findall(f".//{{{DS}}}Signature")
    if not signatures:
        raise XadesError(9102, "Brak podpisu.")
    if len(signatures) > 1:
        raise XadesError(9103, "Zbyt wiele podpisów.")
    sig = signatures[0]
    cert_el = sig.find(f".//{{{DS}}}X509Certificate")
    if cert_el is None or not (cert_el.text or "").strip():
        raise XadesError(21115, "Nieprawidłowy certyfikat: brak certyfikatu w KeyInfo.")
    try:
        der = base64.b64decode("".join((cert_el.text or "").split()))
        cert = x509.load_der_x509_certificate(der)
    except ValueError as exc:
        raise XadesError(21115, f"Nieprawidłowy certyfikat: {exc}") from exc
    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    refs = sig.findall(f"{{{DS}}}SignedInfo/{{{DS}}}Reference")
    if not any(r.get("URI") == "" for r in refs):
        raise XadesError(9101, "Podpis nie obejmuje dokumentu (wymagany podpis otaczany).")
    try:
        results: Any = XMLVerifier().verify(
            xml,
            x509_cert=pem,
            expect_config=SignatureConfiguration(expect_references=len(refs), verification_time=now),
        )
    except (InvalidSignature, InvalidDigest, InvalidInput, InvalidCertificate) as exc:
        raise XadesError(9105, f"Nieprawidłowy podpis: {exc}") from exc
    except Exception as exc:  # signxml raises assorted errors for malformed signatures
        raise XadesError(9105, f"Nieprawidłowy podpis: {exc}") from exc
    results = results if isinstance(results, list) else [results]
    signed_props = [r for r in results if etree.QName(r.signed_xml).localname == "SignedProperties"]
    if not signed_props:
        raise XadesError(9105, "Brak podpisanych właściwości XAdES (SignedProperties).")
    _check_signing_certificate(signed_props[0].signed_xml, der)
    doc = next(r.signed_xml for r in results if etree.QName(r.signed_xml).localname == "AuthTokenRequest")

    def text(tag: str) -> str | None:
        el = doc.find(f"{{{ns}}}{tag}")
        return el.text.strip() if el is not None and el.text else None

    ctx = doc.find(f"{{{ns}}}ContextIdentifier")
    if ctx is None or len(ctx) != 1:
        raise XadesError(21401, "Brak identyfikatora kontekstu.")
    ctx_type = etree.QName(ctx[0]).localname
    ctx_value = (ctx[0].text or "").strip()
    subject_id_type = text("SubjectIdentifierType") or ""
    if subject_id_type == "certificateFingerprint":
        subject = ("Fingerprint", hashlib.sha256(der).hexdigest().upper(), False)
    elif subject_id_type == "certificateSubject":
        found = (resolve_subject(cert) if resolve_subject else None) or _subject_identity(cert)
        if found is None:
            raise XadesError(21117, "Nieprawidłowy identyfikator podmiotu: brak NIP/PESEL w certyfikacie.")
        subject = found
    else:
        raise XadesError(21401, f"Nieprawidłowy SubjectIdentifierType: {subject_id_type}")
    ips: dict[str, list[str]] | None = None
    policy = doc.find(f"{{{ns}}}AuthorizationPolicy/{{{ns}}}AllowedIps")
    if policy is not None:
        ips = {"ip4Addresses": [], "ip4Ranges": [], "ip4Masks": []}
        for el in policy:
            key = {"Ip4Address": "ip4Addresses", "Ip4Range": "ip4Ranges", "Ip4Mask": "ip4Masks"}.get(
                etree.QName(el).localname
            )
            if key and el.text and ips is not None:
                ips[key].append(el.text.strip())
    return SignedAuthRequest(
        challenge=text("Challenge") or "",
        context_type=ctx_type,
        context_value=ctx_value,
        subject_identifier_type=subject_id_type,
        subject_type=subject[0],
        subject_value=subject[1],
        is_seal=subject[2],
        allowed_ips=ips,
        document_hash=base64.b64encode(hashlib.sha256(xml).digest()).decode(),
        certificate_der=der,
    )


def _check_signing_certificate(props: Any, der: bytes) -> None:
    cert_digest = None
    for path in ("SigningCertificate", "SigningCertificateV2"):
        cert_digest = props.find(f".//{{{XADES}}}{path}/{{{XADES}}}Cert/{{{XADES}}}CertDigest")
        if cert_digest is not None:
            break
    if cert_digest is None:
        raise XadesError(9105, "Brak XAdES SigningCertificate.")
    method = cert_digest.find(f"{{{DS}}}DigestMethod")
    value = cert_digest.find(f"{{{DS}}}DigestValue")
    algo = _DIGESTS.get(method.get("Algorithm", "") if method is not None else "")
    if algo is None or value is None or not value.text:
        raise XadesError(9105, "Nieobsługiwany algorytm skrótu certyfikatu.")
    expected = base64.b64encode(hashlib.new(algo, der).digest()).decode()
    if "".join(value.text.split()) != expected:
        raise XadesError(9105, "Skrót certyfikatu w SigningCertificate nie zgadza się z certyfikatem podpisu.")
