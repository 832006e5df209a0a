"""The certificate request (CSR) for a KSeF certificate, built from exactly the enrollment data.

``certyfikaty-KSeF.md`` §2-3: ``GET /certificates/enrollments/data`` returns the X.500 attributes read from
the certificate used to log in; the PKCS#10 request must carry exactly those (a changed subject is
rejected with 25003), a key KSeF certifies (RSA of exactly 2048 bits, or EC on NIST P-256 - recommended),
and a signature by that key (RSA PKCS#1 v1.5 or PSS, ECDSA; SHA-1/256/384/512). It is sent as Base64 of
the DER encoding::

    data = EnrollmentData.from_api(response)             # or EnrollmentData(common_name=..., ...)
    request = build_csr(data)                           # a new EC P-256 key; algorithm="rsa" for RSA 2048
    request.base64                                      # the ``csr`` field
    request.private_key                                 # keep it: the certificate is useless without it

Everything is checked here, before anything is sent (:class:`~ksef_sdk.errors.CertificateRequestError`).
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID, ObjectIdentifier

from ksef_sdk.errors import CertificateRequestError

__all__ = [
    "CertificateSigningRequest",
    "EnrollmentData",
    "KeyAlgorithm",
    "PrivateKey",
    "build_csr",
    "check_csr",
    "check_key",
    "generate_key",
]

KeyAlgorithm = Literal["ec", "rsa"]
PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

# certyfikaty-KSeF.md §2: the attributes the enrollment data may hold, in the order a CSR lists them
_ATTRIBUTES: Final[tuple[tuple[str, ObjectIdentifier], ...]] = (
    ("country_name", NameOID.COUNTRY_NAME),  # 2.5.4.6
    ("organization_name", NameOID.ORGANIZATION_NAME),  # 2.5.4.10
    ("organization_identifier", NameOID.ORGANIZATION_IDENTIFIER),  # 2.5.4.97
    ("surname", NameOID.SURNAME),  # 2.5.4.4
    ("given_names", NameOID.GIVEN_NAME),  # 2.5.4.42 (may repeat)
    ("serial_number", NameOID.SERIAL_NUMBER),  # 2.5.4.5
    ("unique_identifier", NameOID.X500_UNIQUE_IDENTIFIER),  # 2.5.4.45
    ("common_name", NameOID.COMMON_NAME),  # 2.5.4.3
)
_API_NAMES: Final = {
    "common_name": "commonName",
    "country_name": "countryName",
    "given_names": "givenName",
    "surname": "surname",
    "serial_number": "serialNumber",
    "unique_identifier": "uniqueIdentifier",
    "organization_name": "organizationName",
    "organization_identifier": "organizationIdentifier",
}
_CSR_HASHES: Final = (hashes.SHA1, hashes.SHA256, hashes.SHA384, hashes.SHA512)


@dataclass(frozen=True)
class EnrollmentData:
    """The subject KSeF will certify (``CertificateEnrollmentDataResponse``): a person (given names,
    surname, serial number such as ``PNOPL-<PESEL>``) or an organisation (name, ``VATPL-<NIP>``)."""

    common_name: str
    country_name: str
    given_names: tuple[str, ...] = ()
    surname: str | None = None
    serial_number: str | None = None
    unique_identifier: str | None = None
    organization_name: str | None = None
    organization_identifier: str | None = None

    def __post_init__(self) -> None:
        if not self.common_name or not self.country_name:
            raise CertificateRequestError("enrollment data must hold commonName and countryName")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EnrollmentData:
        """From the JSON of ``GET /certificates/enrollments/data`` (``givenName`` a string or a list)."""
        given = data.get("givenName")
        names = (given,) if isinstance(given, str) else tuple(str(g) for g in (given or ()))

        def text(api: str) -> str | None:
            value = data.get(api)
            return None if value in (None, "") else str(value)

        return cls(
            common_name=text("commonName") or "",
            country_name=text("countryName") or "",
            given_names=tuple(n for n in names if n),
            surname=text("surname"),
            serial_number=text("serialNumber"),
            unique_identifier=text("uniqueIdentifier"),
            organization_name=text("organizationName"),
            organization_identifier=text("organizationIdentifier"),
        )

    @classmethod
    def from_api(cls, model: Any) -> EnrollmentData:
        """From the generated ``CertificateEnrollmentDataResponse`` (or its dict)."""
        return cls.from_dict(model if isinstance(model, Mapping) else model.to_dict())

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of the API (``givenName`` a string, or a list when there are several)."""
        out: dict[str, Any] = {}
        for attr, api in _API_NAMES.items():
            value = getattr(self, attr)
            if attr == "given_names":
                if value:
                    out[api] = value[0] if len(value) == 1 else list(value)
            elif value is not None:
                out[api] = value
        return out

    def attributes(self) -> list[x509.NameAttribute[str]]:
        """The subject attributes, each one once (``givenName`` once per name)."""
        out: list[x509.NameAttribute[str]] = []
        for attr, oid in _ATTRIBUTES:
            value = getattr(self, attr)
            for item in value if isinstance(value, tuple) else (value,):
                if item is not None:
                    # countryName must be PrintableString; the rest UTF8String like the official clients
                    out.append(x509.NameAttribute(oid, item))
        return out

    def to_name(self) -> x509.Name:
        """The X.500 name to put in the CSR (one attribute per RDN)."""
        try:
            return x509.Name(self.attributes())
        except ValueError as exc:  # e.g. a countryName that is not two letters
            raise CertificateRequestError(f"enrollment data cannot form a subject name: {exc}") from None

    def matches(self, name: x509.Name) -> bool:
        """Whether ``name`` holds exactly these attributes (as a multiset; order does not matter)."""
        return _attribute_set(name) == _attribute_set(self.to_name())


def _attribute_set(name: x509.Name) -> list[tuple[str, str]]:
    return sorted((a.oid.dotted_string, str(a.value)) for a in name)


def generate_key(algorithm: KeyAlgorithm = "ec") -> PrivateKey:
    """A new key KSeF certifies: EC on P-256 (``"ec"``, recommended) or RSA 2048 (``"rsa"``)."""
    if algorithm == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    if algorithm == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    raise CertificateRequestError(f"key algorithm {algorithm!r}: use 'ec' (P-256) or 'rsa' (2048 bits)")


def check_key(key: object) -> PrivateKey:
    """``key`` if KSeF certifies it (RSA of exactly 2048 bits, EC on P-256); else the typed error."""
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size != 2048:
            raise CertificateRequestError(f"RSA key of {key.key_size} bits: KSeF certifies RSA keys of exactly 2048")
        return key
    if isinstance(key, ec.EllipticCurvePrivateKey):
        if not isinstance(key.curve, ec.SECP256R1):
            raise CertificateRequestError(f"EC curve {key.curve.name}: KSeF certifies EC keys on P-256 (secp256r1)")
        return key
    raise CertificateRequestError(f"unsupported key type {type(key).__name__}: use EC P-256 or RSA 2048")


def _public_key_bytes(key: Any) -> bytes:
    return bytes(key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))


@dataclass(frozen=True)
class CertificateSigningRequest:
    """A PKCS#10 request and its private key. The key never shows in ``repr``."""

    der: bytes = field(repr=False)
    private_key: PrivateKey = field(repr=False)

    def __repr__(self) -> str:
        return f"CertificateSigningRequest(subject={self.request.subject.rfc4514_string()!r})"

    @property
    def request(self) -> x509.CertificateSigningRequest:
        return x509.load_der_x509_csr(self.der)

    @property
    def base64(self) -> str:
        """The ``csr`` field of ``POST /certificates/enrollments``: Base64 of the DER encoding."""
        return base64.b64encode(self.der).decode("ascii")

    @property
    def pem(self) -> bytes:
        return self.request.public_bytes(serialization.Encoding.PEM)


def build_csr(
    data: EnrollmentData,
    private_key: PrivateKey | None = None,
    *,
    algorithm: KeyAlgorithm = "ec",
    rsa_pss: bool = False,
) -> CertificateSigningRequest:
    """A CSR with exactly ``data``'s attributes, signed with ``private_key`` (a new one of ``algorithm``
    when ``None``) using SHA-256: ECDSA for EC keys, RSA PKCS#1 v1.5 (``rsa_pss=True``: RSA-PSS) for RSA."""
    if not isinstance(data, EnrollmentData):
        raise CertificateRequestError("build_csr needs the EnrollmentData read from KSeF")
    key = check_key(private_key if private_key is not None else generate_key(algorithm))
    builder = x509.CertificateSigningRequestBuilder().subject_name(data.to_name())
    if isinstance(key, rsa.RSAPrivateKey) and rsa_pss:
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
        csr = builder.sign(key, hashes.SHA256(), rsa_padding=pss)
    else:
        csr = builder.sign(key, hashes.SHA256())
    return CertificateSigningRequest(csr.public_bytes(serialization.Encoding.DER), key)


def check_csr(
    csr: CertificateSigningRequest | bytes | str, data: EnrollmentData
) -> CertificateSigningRequest | x509.CertificateSigningRequest:
    """Check a CSR made elsewhere (DER, PEM or Base64 of DER; or one of :func:`build_csr`) against ``data``
    and KSeF's rules; returns it parsed. Raises :class:`~ksef_sdk.errors.CertificateRequestError`."""
    request = _parse(csr)
    if not request.is_signature_valid:
        raise CertificateRequestError("the CSR's signature does not verify")
    key = request.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        if key.key_size != 2048:
            raise CertificateRequestError(f"RSA key of {key.key_size} bits: KSeF certifies RSA keys of exactly 2048")
    elif isinstance(key, ec.EllipticCurvePublicKey):
        if not isinstance(key.curve, ec.SECP256R1):
            raise CertificateRequestError(f"EC curve {key.curve.name}: KSeF certifies EC keys on P-256 (secp256r1)")
    else:
        raise CertificateRequestError(f"unsupported key type {type(key).__name__}: use EC P-256 or RSA 2048")
    algorithm = request.signature_hash_algorithm
    if not isinstance(algorithm, _CSR_HASHES):
        raise CertificateRequestError("the CSR must be signed with SHA-1, SHA-256, SHA-384 or SHA-512")
    if not data.matches(request.subject):
        raise CertificateRequestError(
            "the CSR's subject differs from the enrollment data "
            f"({request.subject.rfc4514_string()!r} vs {data.to_name().rfc4514_string()!r}); KSeF would reject it"
        )
    if isinstance(csr, CertificateSigningRequest):
        if _public_key_bytes(csr.private_key.public_key()) != _public_key_bytes(key):
            raise CertificateRequestError("the private key does not belong to the CSR")
        return csr
    return request


def _parse(csr: CertificateSigningRequest | bytes | str) -> x509.CertificateSigningRequest:
    if isinstance(csr, CertificateSigningRequest):
        return csr.request
    try:
        if isinstance(csr, str):
            text = csr.strip()
            if text.startswith("-----BEGIN"):
                return x509.load_pem_x509_csr(text.encode())
            return x509.load_der_x509_csr(base64.b64decode(text, validate=True))
        if csr.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_csr(csr)
        return x509.load_der_x509_csr(csr)
    except ValueError as exc:
        raise CertificateRequestError(f"not a PKCS#10 certificate request: {exc}") from None
