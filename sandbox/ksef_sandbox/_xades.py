"""XAdES verification of AuthTokenRequest documents (``auth/podpis-xades.md``, ``uwierzytelnianie.md``).

:func:`verify_auth_request` runs the checks in this order, each a small function of its own so that other
rules (e.g. certificates issued by KSeF) can be added at the point they belong:

1. :func:`parse` - well-formed XML, the ``AuthTokenRequest`` root (21001, 21401);
2. :func:`check_schema` - the document (without its signature) against the AuthTokenRequest XSD 2.0/2.1 (21401);
3. :func:`signature_of` - exactly one enveloped signature with a certificate (9102, 9103, 9101, 21115);
4. :func:`check_algorithms` - the allowed SignatureMethod, DigestMethod and transforms (9105);
5. :func:`check_key` - RSA keys of at least 2048 bits, EC curves of at least 256 bits (21115);
6. :func:`check_signature` - the signature and the XAdES SigningCertificate digest (9105);
7. :func:`subject_of` - who signed: the certificate subject's attributes (21115) and NIP/PESEL (21117), or its
   SHA-256 fingerprint.

Self-signed certificates are accepted, as in the TEST environment; the certificate's chain is not checked here.
"""

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
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from lxml import etree  # type: ignore[import-untyped]

__all__ = [
    "SignedAuthRequest",
    "SubjectResolver",
    "XadesError",
    "check_algorithms",
    "check_key",
    "check_schema",
    "check_signature",
    "check_subject_attributes",
    "parse",
    "signature_of",
    "subject_of",
    "verify_auth_request",
]

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
_SIGNATURE_METHODS = {
    "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
    "http://www.w3.org/2007/05/xmldsig-more#sha1-rsa-MGF1",
    "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1",
    "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1",
    "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-256-rsa-MGF1",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-384-rsa-MGF1",
    "http://www.w3.org/2007/05/xmldsig-more#sha3-512-rsa-MGF1",
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1",
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384",
    "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512",
    "http://www.w3.org/2021/04/xmldsig-more#ecdsa-sha3-256",
    "http://www.w3.org/2021/04/xmldsig-more#ecdsa-sha3-384",
    "http://www.w3.org/2021/04/xmldsig-more#ecdsa-sha3-512",
}
_TRANSFORMS = {
    "http://www.w3.org/TR/1999/REC-xpath-19991116",
    "http://www.w3.org/2002/06/xmldsig-filter2",
    "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
    "http://www.w3.org/2000/09/xmldsig#base64",
    "http://www.w3.org/2006/12/xml-c14n11",
    "http://www.w3.org/2006/12/xml-c14n11#WithComments",
    "http://www.w3.org/2001/10/xml-exc-c14n#",
    "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315",
    "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments",
}
MIN_RSA_BITS = 2048
MIN_EC_BITS = 256
# the subject attributes a qualified certificate must carry (auth/podpis-xades.md)
PERSONAL_ATTRIBUTES = {
    NameOID.GIVEN_NAME: "givenName",
    NameOID.SURNAME: "surname",
    NameOID.SERIAL_NUMBER: "serialNumber",
    NameOID.COMMON_NAME: "commonName",
    NameOID.COUNTRY_NAME: "countryName",
}
SEAL_ATTRIBUTES = {
    NameOID.ORGANIZATION_NAME: "organizationName",
    NameOID.ORGANIZATION_IDENTIFIER: "organizationIdentifier",
    NameOID.COMMON_NAME: "commonName",
    NameOID.COUNTRY_NAME: "countryName",
}
SEAL_FORBIDDEN = {NameOID.GIVEN_NAME: "givenName", NameOID.SURNAME: "surname"}


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


# names the subject of certificates the caller knows better than their attributes say (the sandbox's own
# KSeF certificates): ``(type, value, is_seal)`` or ``None``
SubjectResolver = Callable[[x509.Certificate], "tuple[str, str, bool] | None"]


def parse(xml: bytes) -> Any:
    """1. The document's root element: well-formed XML whose root is an AuthTokenRequest of schema 2.0 or 2.1."""
    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise XadesError(21001, f"Nieczytelna treść: {exc}") from exc
    if etree.QName(root).namespace not in AUTH_NS or etree.QName(root).localname != "AuthTokenRequest":
        raise XadesError(21401, "Dokument nie jest zgodny ze schemą (xsd): oczekiwano AuthTokenRequest 2.0 lub 2.1.")
    return root


def check_schema(root: Any, schema: Any) -> None:
    """2. The document without its enveloped signature validates against the AuthTokenRequest XSD (when given)."""
    if schema is None:
        return
    doc = etree.fromstring(etree.tostring(root))
    for sig in doc.findall(f".//{{{DS}}}Signature"):
        sig.getparent().remove(sig)
    if not schema.validate(doc):
        err = schema.error_log.last_error
        raise XadesError(21401, f"Dokument nie jest zgodny ze schemą (xsd): {err.message} (linia {err.line})")


def signature_of(root: Any) -> tuple[Any, bytes, x509.Certificate]:
    """3. The one enveloped signature, its signing certificate (DER) and the certificate."""
    signatures = root.findall(f".//{{{DS}}}Signature")
    if not signatures:
        raise XadesError(9102, "Brak podpisu.")
    if len(signatures) > 1:
        raise XadesError(9103, "Przekroczona liczba dozwolonych podpisów.")
    sig = signatures[0]
    cert_el = sig.find(f".//{{{DS}}}X509Certificate")
    if cert_el is None or not (cert_el.text or "").strip():
        raise XadesError(21115, "Nieprawidłowy certyfikat: brak certyfikatu w KeyInfo.")
    try:
        der = base64.b64decode("".join((cert_el.text or "").split()))
        cert = x509.load_der_x509_certificate(der)
    except ValueError as exc:
        raise XadesError(21115, f"Nieprawidłowy certyfikat: {exc}") from exc
    refs = sig.findall(f"{{{DS}}}SignedInfo/{{{DS}}}Reference")
    if not any(r.get("URI") == "" for r in refs):
        raise XadesError(9101, "Nieprawidłowy dokument: podpis nie obejmuje dokumentu (wymagany podpis otaczany).")
    return sig, der, cert


def check_algorithms(sig: Any) -> None:
    """4. SignatureMethod, every DigestMethod and every Transform are among the allowed ones."""
    method = sig.find(f"{{{DS}}}SignedInfo/{{{DS}}}SignatureMethod")
    algorithm = method.get("Algorithm", "") if method is not None else ""
    if algorithm not in _SIGNATURE_METHODS:
        raise XadesError(9105, f"Nieprawidłowy podpis: niedozwolony algorytm podpisu {algorithm!r}.")
    for digest in sig.iter(f"{{{DS}}}DigestMethod"):
        if digest.get("Algorithm", "") not in _DIGESTS:
            raise XadesError(9105, f"Nieprawidłowy podpis: niedozwolony algorytm skrótu {digest.get('Algorithm')!r}.")
    for transform in sig.iter(f"{{{DS}}}Transform"):
        if transform.get("Algorithm", "") not in _TRANSFORMS:
            raise XadesError(9105, f"Nieprawidłowy podpis: niedozwolona transformata {transform.get('Algorithm')!r}.")


def check_key(cert: x509.Certificate) -> None:
    """5. The certificate's key is strong enough: RSA >= 2048 bits, EC >= 256 bits."""
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < MIN_RSA_BITS:
        raise XadesError(21115, f"Nieprawidłowy certyfikat: klucz RSA {key.key_size} bitów (minimum {MIN_RSA_BITS}).")
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.key_size < MIN_EC_BITS:
        raise XadesError(
            21115,
            f"Nieprawidłowy certyfikat: krzywa {key.curve.name} ({key.curve.key_size} bitów, minimum {MIN_EC_BITS}).",
        )
    if not isinstance(key, (rsa.RSAPublicKey, ec.EllipticCurvePublicKey)):
        raise XadesError(21115, f"Nieprawidłowy certyfikat: nieobsługiwany typ klucza {type(key).__name__}.")


def check_signature(xml: bytes, sig: Any, der: bytes, cert: x509.Certificate, now: datetime | None = None) -> Any:
    """6. The signature verifies (the certificate valid at ``now``: the sandbox's clock; default the real time)
    and its XAdES SigningCertificate names the signing certificate; the signed AuthTokenRequest element."""
    from signxml.exceptions import InvalidCertificate, InvalidDigest, InvalidInput, InvalidSignature
    from signxml.verifier import SignatureConfiguration, XMLVerifier

    pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    refs = sig.findall(f"{{{DS}}}SignedInfo/{{{DS}}}Reference")
    try:
        results: Any = XMLVerifier().verify(
            xml, x509_cert=pem, expect_config=SignatureConfiguration(expect_references=len(refs), verification_time=now)
        )
    except (InvalidSignature, InvalidDigest, InvalidInput, InvalidCertificate) as exc:
        raise XadesError(9105, f"Nieprawidłowy podpis: {exc}") from exc
    except Exception as exc:  # signxml raises assorted errors for malformed signatures
        raise XadesError(9105, f"Nieprawidłowy podpis: {exc}") from exc
    results = results if isinstance(results, list) else [results]
    signed_props = [r for r in results if etree.QName(r.signed_xml).localname == "SignedProperties"]
    if not signed_props:
        raise XadesError(9105, "Nieprawidłowy podpis: brak podpisanych właściwości XAdES (SignedProperties).")
    _check_signing_certificate(signed_props[0].signed_xml, der)
    return next(r.signed_xml for r in results if etree.QName(r.signed_xml).localname == "AuthTokenRequest")


def check_subject_attributes(cert: x509.Certificate) -> bool:
    """The subject carries the attributes of a qualified signature (personal) or seal certificate; whether it
    is a seal (it has an organizationIdentifier)."""
    subject = cert.subject
    seal = bool(subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER))
    required = SEAL_ATTRIBUTES if seal else PERSONAL_ATTRIBUTES
    missing = [name for oid, name in required.items() if not subject.get_attributes_for_oid(oid)]
    if missing:
        kind = "pieczęci" if seal else "podpisu osobistego"
        raise XadesError(21115, f"Nieprawidłowy certyfikat: certyfikat {kind} bez atrybutów {', '.join(missing)}.")
    if seal:
        forbidden = [name for oid, name in SEAL_FORBIDDEN.items() if subject.get_attributes_for_oid(oid)]
        if forbidden:
            raise XadesError(21115, f"Nieprawidłowy certyfikat: pieczęć z atrybutami {', '.join(forbidden)}.")
    return seal


def subject_of(
    cert: x509.Certificate, der: bytes, subject_identifier_type: str, resolve_subject: SubjectResolver | None = None
) -> tuple[str, str, bool]:
    """7. Who signed: ``(Nip|Pesel, value, is_seal)`` from the subject (or as ``resolve_subject`` knows it: a
    KSeF certificate), or ``(Fingerprint, SHA-256, False)``."""
    if subject_identifier_type == "certificateFingerprint":
        return "Fingerprint", hashlib.sha256(der).hexdigest().upper(), False
    if subject_identifier_type != "certificateSubject":
        raise XadesError(21401, f"Nieprawidłowy SubjectIdentifierType: {subject_identifier_type}")
    known = resolve_subject(cert) if resolve_subject is not None else None
    if known is not None:
        return known
    seal = check_subject_attributes(cert)
    subject = cert.subject
    if seal:
        org = str(subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER)[0].value)
        m = re.search(r"(VATPL).*?(\d{10})", org)
        if m:
            return "Nip", m.group(2), True
    serial = subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    if serial and not seal:
        value = str(serial[0].value)
        m = re.search(r"(PNOPL|PESEL).*?(\d{11})", value)
        if m:
            return "Pesel", m.group(2), False
        m = re.search(r"(TINPL|NIP).*?(\d{10})", value)
        if m:
            return "Nip", m.group(2), False
    raise XadesError(21117, "Nieprawidłowy identyfikator podmiotu: brak NIP/PESEL w certyfikacie.")


def verify_auth_request(
    xml: bytes,
    schema_for: Any = None,
    resolve_subject: SubjectResolver | None = None,
    *,
    now: datetime | None = None,
) -> SignedAuthRequest:
    """Verify a signed AuthTokenRequest; ``schema_for(namespace)`` gives its XSD (or ``None``: not checked),
    ``resolve_subject`` names KSeF certificates' subjects, ``now`` is the time the certificate must be valid at."""
    root = parse(xml)
    ns = etree.QName(root).namespace
    check_schema(root, schema_for(ns) if schema_for is not None else None)
    sig, der, cert = signature_of(root)
    check_algorithms(sig)
    check_key(cert)
    doc = check_signature(xml, sig, der, cert, now)

    def text(tag: str) -> str | None:
        el = doc.find(f"{{{ns}}}{tag}")
        return el.text.strip() if el is not None and el.text else None

    ctx = doc.find(f"{{{ns}}}ContextIdentifier")
    if ctx is None or len(ctx) != 1:
        raise XadesError(21401, "Dokument nie jest zgodny ze schemą (xsd): brak identyfikatora kontekstu.")
    subject_id_type = text("SubjectIdentifierType") or ""
    subject = subject_of(cert, der, subject_id_type, resolve_subject)
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
        context_type=etree.QName(ctx[0]).localname,
        context_value=(ctx[0].text or "").strip(),
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
        raise XadesError(9105, "Nieprawidłowy podpis: brak XAdES SigningCertificate.")
    method = cert_digest.find(f"{{{DS}}}DigestMethod")
    value = cert_digest.find(f"{{{DS}}}DigestValue")
    algo = _DIGESTS.get(method.get("Algorithm", "") if method is not None else "")
    if algo is None or value is None or not value.text:
        raise XadesError(9105, "Nieprawidłowy podpis: nieobsługiwany algorytm skrótu certyfikatu.")
    expected = base64.b64encode(hashlib.new(algo, der).digest()).decode()
    if "".join(value.text.split()) != expected:
        raise XadesError(9105, "Nieprawidłowy podpis: skrót certyfikatu w SigningCertificate nie zgadza się.")
