"""The XAdES ``AuthTokenRequest`` for ``POST /auth/xades-signature`` (``auth/podpis-xades.md`` of the KSeF docs).

Needs the ``xades`` extra (signxml + lxml), imported only when a document is built or signed.

::

    xml = build_auth_token_request(challenge, ContextIdentifier.nip("5265877635"))   # unsigned, bytes
    signer = XadesSigner.from_pkcs12(p12_bytes, b"password")                        # or from_pem(...)
    signed = signer.sign(xml)                                                        # enveloped XAdES-BES

The signature is enveloped XAdES-BES: ``Reference URI=""`` (enveloped-signature + C14N 1.1),
``SignedProperties`` with ``SigningTime`` and ``SigningCertificate`` (SHA-256 ``CertDigest`` and
``IssuerSerial``), ``KeyInfo/X509Data`` with the certificate; RSA keys sign with RSA-SHA256
(PKCS#1 v1.5), EC keys with ECDSA-SHA256 whose ``SignatureValue`` is the raw ``R||S`` KSeF requires.
Exclusive C14N is deliberately not used: with signxml 5.2 it yields a ``SignedProperties`` digest that
no verifier accepts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from ksef_sdk.crypto._cipher import b64encode
from ksef_sdk.errors._local import XadesError
from ksef_sdk.identifiers import AllowedIps, ContextIdentifier, InvalidIdentifierError

if TYPE_CHECKING:
    from signxml.xades.xades import XAdESSigner

__all__ = [
    "AUTH_NAMESPACES",
    "SUBJECT_IDENTIFIER_TYPES",
    "XadesError",
    "XadesSigner",
    "build_auth_token_request",
    "certificate_fingerprint",
    "load_signing_credentials",
]

AUTH_NAMESPACES: Final = {
    "2.0": "http://ksef.mf.gov.pl/auth/token/2.0",
    "2.1": "http://ksef.mf.gov.pl/auth/token/2.1",
}
SUBJECT_IDENTIFIER_TYPES: Final = ("certificateSubject", "certificateFingerprint")
_CHALLENGE: Final = re.compile(r"\d{8}-CR-[A-F0-9]{10}-[A-F0-9]{10}-[A-F0-9]{2}")
_XADES_NS: Final = "http://uri.etsi.org/01903/v1.3.2#"
_DS_NS: Final = "http://www.w3.org/2000/09/xmldsig#"
_SHA256_URI: Final = "http://www.w3.org/2001/04/xmlenc#sha256"


def _lxml_etree() -> Any:
    import importlib

    try:
        etree: Any = importlib.import_module("lxml.etree")
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise XadesError("XAdES needs lxml and signxml: pip install 'ksef-sdk[xades]'") from None
    return etree


def build_auth_token_request(
    challenge: str,
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    subject_identifier_type: str = "certificateSubject",
    allowed_ips: AllowedIps | None = None,
    namespace: str = "2.1",
) -> bytes:
    """The unsigned ``AuthTokenRequest`` document (UTF-8 bytes with an XML declaration).

    ``namespace`` is ``"2.1"`` (default) or ``"2.0"``, or the full namespace URI. ``context`` is a
    :class:`ContextIdentifier`, a ``(type, value)`` pair or a bare NIP. Everything is validated first.
    """
    ns = AUTH_NAMESPACES.get(namespace, namespace)
    if ns not in AUTH_NAMESPACES.values():
        raise XadesError(f"unknown AuthTokenRequest namespace {namespace!r}: use '2.0' or '2.1'")
    if not isinstance(challenge, str) or not _CHALLENGE.fullmatch(challenge):
        raise InvalidIdentifierError("challenge", challenge, "expected YYYYMMDD-CR-XXXXXXXXXX-XXXXXXXXXX-XX")
    if subject_identifier_type not in SUBJECT_IDENTIFIER_TYPES:
        raise XadesError(
            f"subjectIdentifierType {subject_identifier_type!r}: expected one of {', '.join(SUBJECT_IDENTIFIER_TYPES)}"
        )
    ctx = ContextIdentifier.coerce(context)
    etree = _lxml_etree()

    def sub(parent: Any, tag: str, text: str | None = None) -> Any:
        element = etree.SubElement(parent, f"{{{ns}}}{tag}")
        if text is not None:
            element.text = text
        return element

    root = etree.Element(f"{{{ns}}}AuthTokenRequest", nsmap={None: ns})
    sub(root, "Challenge", challenge)
    sub(sub(root, "ContextIdentifier"), ctx.type, ctx.value)
    sub(root, "SubjectIdentifierType", subject_identifier_type)
    if allowed_ips:
        ips = sub(sub(root, "AuthorizationPolicy"), "AllowedIps")
        for tag, values in (("Ip4Address", allowed_ips.addresses), ("Ip4Range", allowed_ips.ranges)):
            for value in values:
                sub(ips, tag, value)
        for value in allowed_ips.masks:
            sub(ips, "Ip4Mask", value)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))


# -------------------------------------------------------------------------------- credentials

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def _password(password: str | bytes | None) -> bytes | None:
    return password.encode() if isinstance(password, str) else password


def _check_pair(key: object, cert: x509.Certificate) -> PrivateKey:
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < 2048:
            raise XadesError(f"RSA key of {key.key_size} bits: KSeF requires at least 2048")
    elif isinstance(key, ec.EllipticCurvePrivateKey):
        if key.curve.key_size < 256:
            raise XadesError(f"EC curve {key.curve.name}: KSeF requires at least 256 bits")
    else:
        raise XadesError(f"unsupported signing key type {type(key).__name__}: use RSA or EC")
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    der = serialization.Encoding.DER
    if key.public_key().public_bytes(der, spki) != cert.public_key().public_bytes(der, spki):
        raise XadesError("the private key does not belong to the certificate")
    return key


def load_signing_credentials(
    *,
    pkcs12_data: bytes | None = None,
    cert_pem: bytes | None = None,
    key_pem: bytes | None = None,
    password: str | bytes | None = None,
) -> tuple[PrivateKey, x509.Certificate, list[x509.Certificate]]:
    """(key, certificate, extra chain certificates) from PKCS#12 or PEM; the pair is checked to match."""
    try:
        if pkcs12_data is not None:
            key, cert, extra = pkcs12.load_key_and_certificates(pkcs12_data, _password(password))
            if key is None or cert is None:
                raise XadesError("the PKCS#12 file must hold a private key and its certificate")
            return _check_pair(key, cert), cert, list(extra)
        if cert_pem is None or key_pem is None:
            raise XadesError("give pkcs12_data, or both cert_pem and key_pem")
        certs = x509.load_pem_x509_certificates(cert_pem)
        key = serialization.load_pem_private_key(key_pem, _password(password))
    except ValueError as exc:  # wrong password, malformed data
        raise XadesError(f"cannot load the signing key/certificate: {exc}") from None
    except TypeError as exc:  # password given for an unencrypted key or missing for an encrypted one
        raise XadesError(f"cannot load the signing key: {exc}") from None
    checked = _check_pair(key, certs[0])
    return checked, certs[0], certs[1:]


def certificate_fingerprint(cert: x509.Certificate) -> str:
    """The SHA-256 fingerprint (64 uppercase hex) KSeF uses for ``certificateFingerprint`` identities."""
    return cert.fingerprint(hashes.SHA256()).hex().upper()


# ------------------------------------------------------------------------------------------ signer


def _ksef_xades_signer_class() -> type[XAdESSigner]:
    """A signxml XAdESSigner emitting ``SigningCertificate`` (SHA-256 CertDigest + IssuerSerial) and a
    chosen ``SigningTime``, as the official clients do."""
    from signxml.xades.xades import XAdESSigner

    etree = _lxml_etree()

    class _KsefXAdESSigner(XAdESSigner):
        signing_time: dt.datetime

        def add_signing_time(self, signed_signature_properties: Any, sig_root: Any, signing_settings: Any) -> None:
            node = etree.SubElement(signed_signature_properties, f"{{{_XADES_NS}}}SigningTime")
            node.text = self.signing_time.astimezone(dt.timezone.utc).isoformat(timespec="seconds")

        def add_signing_certificate(
            self, signed_signature_properties: Any, sig_root: Any, signing_settings: Any
        ) -> None:
            signing_certificate = etree.SubElement(signed_signature_properties, f"{{{_XADES_NS}}}SigningCertificate")
            for cert in signing_settings.cert_chain[:1]:
                cert_node = etree.SubElement(signing_certificate, f"{{{_XADES_NS}}}Cert")
                digest = etree.SubElement(cert_node, f"{{{_XADES_NS}}}CertDigest")
                etree.SubElement(digest, f"{{{_DS_NS}}}DigestMethod", Algorithm=_SHA256_URI)
                value = etree.SubElement(digest, f"{{{_DS_NS}}}DigestValue")
                value.text = b64encode(cert.fingerprint(hashes.SHA256()))
                issuer_serial = etree.SubElement(cert_node, f"{{{_XADES_NS}}}IssuerSerial")
                etree.SubElement(issuer_serial, f"{{{_DS_NS}}}X509IssuerName").text = cert.issuer.rfc4514_string()
                etree.SubElement(issuer_serial, f"{{{_DS_NS}}}X509SerialNumber").text = str(cert.serial_number)

    return _KsefXAdESSigner


@dataclass(frozen=True)
class XadesSigner:
    """Signs ``AuthTokenRequest`` documents with one key and certificate. The key never shows in ``repr``.

    Build it with :meth:`from_pkcs12`, :meth:`from_pem`, :meth:`from_files` or directly from
    ``cryptography`` objects. ``signing_time_offset`` is subtracted from "now" for ``SigningTime``
    (clock-skew margin, like the official clients).
    """

    private_key: PrivateKey = field(repr=False)
    certificate: x509.Certificate = field(repr=False)
    chain: Sequence[x509.Certificate] = field(default=(), repr=False)
    signing_time_offset: dt.timedelta = dt.timedelta(minutes=1)

    def __post_init__(self) -> None:
        _check_pair(self.private_key, self.certificate)

    def __repr__(self) -> str:
        return f"XadesSigner(subject={self.certificate.subject.rfc4514_string()!r}, algorithm={self.algorithm!r})"

    @classmethod
    def from_pkcs12(cls, data: bytes, password: str | bytes | None = None) -> XadesSigner:
        key, cert, chain = load_signing_credentials(pkcs12_data=data, password=password)
        return cls(key, cert, tuple(chain))

    @classmethod
    def from_pem(cls, cert_pem: bytes, key_pem: bytes, password: str | bytes | None = None) -> XadesSigner:
        key, cert, chain = load_signing_credentials(cert_pem=cert_pem, key_pem=key_pem, password=password)
        return cls(key, cert, tuple(chain))

    @classmethod
    def from_files(
        cls, cert_or_p12_path: str, key_path: str | None = None, password: str | bytes | None = None
    ) -> XadesSigner:
        """A ``.p12``/``.pfx`` file (``key_path=None``) or a PEM certificate file plus a PEM key file."""
        from pathlib import Path

        data = Path(cert_or_p12_path).read_bytes()
        if key_path is None:
            return cls.from_pkcs12(data, password)
        return cls.from_pem(data, Path(key_path).read_bytes(), password)

    @property
    def algorithm(self) -> str:
        return "ecdsa-sha256" if isinstance(self.private_key, ec.EllipticCurvePrivateKey) else "rsa-sha256"

    @property
    def fingerprint(self) -> str:
        """SHA-256 fingerprint of the certificate (for ``certificateFingerprint``)."""
        return certificate_fingerprint(self.certificate)

    def sign(self, xml: bytes, *, signing_time: dt.datetime | None = None) -> bytes:
        """Enveloped XAdES-BES signature over the whole document; returns the signed document bytes."""
        from signxml.algorithms import SignatureMethod
        from signxml.xades.xades import XAdESDataObjectFormat

        etree = _lxml_etree()
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)
            root = etree.fromstring(xml, parser)
        except etree.XMLSyntaxError as exc:
            raise XadesError(f"the document to sign is not well-formed XML: {exc}") from None
        method = (
            SignatureMethod.ECDSA_SHA256
            if isinstance(self.private_key, ec.EllipticCurvePrivateKey)
            else SignatureMethod.RSA_SHA256
        )
        signer: Any = _ksef_xades_signer_class()(
            signature_algorithm=method,
            digest_algorithm="sha256",
            data_object_format=XAdESDataObjectFormat(Description="AuthTokenRequest", MimeType="text/xml"),
        )
        signer.signing_time = signing_time or (dt.datetime.now(dt.timezone.utc) - self.signing_time_offset)
        signed = signer.sign(root, key=self.private_key, cert=[self.certificate, *self.chain])
        return bytes(etree.tostring(signed, xml_declaration=True, encoding="utf-8"))
