"""The sandbox's certificate authority: it issues KSeF certificates as the Ministry's CA does.

``certyfikaty-KSeF.md``: a KSeF certificate certifies the key of a PKCS#10 request for exactly the subject of
the enrollment data, with one of two key usages - ``Authentication``: digitalSignature (80), ``Offline``:
nonRepudiation (40). The CA here has its own EC P-256 key and a self-signed root certificate (basic
constraints CA, keyCertSign + cRLSign); issued certificates carry the subject and authority key identifiers,
so ``openssl verify -CAfile <root> <certificate>`` accepts them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

__all__ = ["CertificateAuthority"]

_KEY_USAGE = {
    "Authentication": {"digital_signature": True, "content_commitment": False},
    "Offline": {"digital_signature": False, "content_commitment": True},
}


def _key_usage(certificate_type: str) -> x509.KeyUsage:
    flags = _KEY_USAGE[certificate_type]
    return x509.KeyUsage(
        digital_signature=flags["digital_signature"],
        content_commitment=flags["content_commitment"],
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


@dataclass
class CertificateAuthority:
    """The issuing CA (key and root certificate)."""

    private_key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @classmethod
    def generate(cls, *, shared: bool = True, now: datetime | None = None) -> CertificateAuthority:
        """A CA; with ``shared`` the process reuses one (like the key store)."""
        if shared:
            with _shared_lock:
                if not _shared:
                    _shared.append(cls.generate(shared=False))
                return _shared[0]
        key = ec.generate_private_key(ec.SECP256R1())
        start = (now or datetime.now(timezone.utc)) - timedelta(days=1)
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ksef-sandbox"),
                x509.NameAttribute(NameOID.COMMON_NAME, "KSeF sandbox CA (Ministerstwo Finansów, test)"),
            ]
        )
        ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(start)
            .not_valid_after(start + timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .add_extension(ski, critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(key, cert)

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def issue(
        self,
        *,
        subject: x509.Name,
        public_key: Any,
        serial: int,
        certificate_type: str,
        not_before: datetime,
        not_after: datetime,
    ) -> x509.Certificate:
        """A certificate for ``public_key`` and ``subject`` with the key usage of ``certificate_type``."""
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.certificate.subject)
            .public_key(public_key)
            .serial_number(serial)
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_key_usage(certificate_type), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.private_key.public_key()), critical=False
            )
            .sign(self.private_key, hashes.SHA256())
        )

    def issued(self, certificate: x509.Certificate) -> bool:
        """Whether this CA signed ``certificate`` (issuer name and signature)."""
        if certificate.issuer != self.certificate.subject:
            return False
        try:
            certificate.verify_directly_issued_by(self.certificate)
        except (ValueError, TypeError, InvalidSignature):
            return False
        return True

    def claims_to_be_issued(self, certificate: x509.Certificate) -> bool:
        """Whether ``certificate`` names this CA as its issuer (signed by it or not)."""
        return certificate.issuer == self.certificate.subject


_shared: list[CertificateAuthority] = []
_shared_lock = threading.Lock()
