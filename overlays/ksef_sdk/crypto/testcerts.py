"""Self-signed look-alike certificates for XAdES authentication on the TEST environment.

TEST accepts self-signed certificates whose subject carries what KSeF reads
(``auth/testowe-certyfikaty-i-podpisy-xades.md``):

* personal: givenName, surname, serialNumber ``PNOPL-<PESEL>`` or ``TINPL-<NIP>``, CN, C;
* company seal: O, organizationIdentifier ``VATPL-<NIP>``, CN, C (no givenName/surname).

::

    cert = personal_certificate(given_name="Jan", surname="Kowalski", nip="5265877635")
    signer = cert.signer()                                   # ksef_sdk.crypto.XadesSigner
    Path("jan.p12").write_bytes(cert.to_pkcs12(b"secret"))   # or cert.cert_pem() / cert.key_pem()

Never use these outside TEST: DEMO and PRODUCTION require qualified or KSeF-issued certificates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ksef_sdk.identifiers import InvalidIdentifierError, validate_nip, validate_pesel

if TYPE_CHECKING:
    from ksef_sdk.crypto._xades import XadesSigner

__all__ = ["KeyType", "TestCertificate", "company_seal_certificate", "personal_certificate"]

KeyType = Literal["rsa", "ec"]


@dataclass(frozen=True)
class TestCertificate:
    """A generated key and self-signed certificate. The private key never shows in ``repr``."""

    __test__ = False  # not a pytest test class

    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = field(repr=False)

    def __repr__(self) -> str:
        return f"TestCertificate(subject={self.certificate.subject.rfc4514_string()!r})"

    def cert_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def cert_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    def key_pem(self, password: bytes | str | None = None) -> bytes:
        """PKCS#8 PEM, encrypted when ``password`` is given."""
        encryption: serialization.KeySerializationEncryption = serialization.NoEncryption()
        if password:
            encryption = serialization.BestAvailableEncryption(
                password.encode() if isinstance(password, str) else password
            )
        return self.private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)

    def to_pkcs12(self, password: bytes | str | None = None, *, name: str = "ksef-test") -> bytes:
        """PKCS#12 (``.p12``/``.pfx``) with the key and certificate, encrypted when ``password`` is given."""
        encryption: serialization.KeySerializationEncryption = serialization.NoEncryption()
        if password:
            encryption = serialization.BestAvailableEncryption(
                password.encode() if isinstance(password, str) else password
            )
        return pkcs12.serialize_key_and_certificates(
            name.encode(), self.private_key, self.certificate, None, encryption
        )

    def signer(self) -> XadesSigner:
        """A :class:`ksef_sdk.crypto.XadesSigner` for this certificate (needs the ``xades`` extra)."""
        from ksef_sdk.crypto._xades import XadesSigner

        return XadesSigner(self.private_key, self.certificate)


def _key(key_type: KeyType) -> rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey:
    if key_type == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)
    if key_type == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    raise InvalidIdentifierError("key type", key_type, "expected 'rsa' (RSA-2048) or 'ec' (P-256)")


def _self_signed(
    attributes: list[x509.NameAttribute[str]], key_type: KeyType, valid_days: int, not_before: dt.datetime | None
) -> TestCertificate:
    key = _key(key_type)
    name = x509.Name(attributes)
    start = (not_before or dt.datetime.now(dt.timezone.utc)) - dt.timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=valid_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return TestCertificate(cert, key)


def personal_certificate(
    *,
    given_name: str,
    surname: str,
    nip: str | None = None,
    pesel: str | None = None,
    common_name: str | None = None,
    country: str = "PL",
    key_type: KeyType = "rsa",
    valid_days: int = 365,
    not_before: dt.datetime | None = None,
) -> TestCertificate:
    """A personal look-alike: serialNumber ``TINPL-<nip>`` or ``PNOPL-<pesel>`` (exactly one of them)."""
    if (nip is None) == (pesel is None):
        raise InvalidIdentifierError("personal certificate identifier", (nip, pesel), "give exactly one of nip, pesel")
    if not given_name.strip() or not surname.strip():
        raise InvalidIdentifierError("personal certificate name", (given_name, surname), "names must not be empty")
    serial = f"TINPL-{validate_nip(nip, checksum=False)}" if nip is not None else f"PNOPL-{validate_pesel(pesel or '')}"
    return _self_signed(
        [
            x509.NameAttribute(NameOID.GIVEN_NAME, given_name),
            x509.NameAttribute(NameOID.SURNAME, surname),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, serial),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name or f"{given_name} {surname}"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
        ],
        key_type,
        valid_days,
        not_before,
    )


def company_seal_certificate(
    *,
    organization: str,
    nip: str,
    common_name: str | None = None,
    country: str = "PL",
    key_type: KeyType = "rsa",
    valid_days: int = 365,
    not_before: dt.datetime | None = None,
) -> TestCertificate:
    """A company-seal look-alike: O, organizationIdentifier ``VATPL-<nip>``, CN, C."""
    if not organization.strip():
        raise InvalidIdentifierError("organization", organization, "must not be empty")
    return _self_signed(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, f"VATPL-{validate_nip(nip, checksum=False)}"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name or organization),
            x509.NameAttribute(NameOID.COUNTRY_NAME, country),
        ],
        key_type,
        valid_days,
        not_before,
    )
