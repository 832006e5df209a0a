"""A KSeF certificate with its private key: the credential an integration keeps after 31 December 2026.

``certyfikaty-KSeF.md``: a certificate is either ``Authentication`` (key usage digitalSignature: XAdES login)
or ``Offline`` (nonRepudiation: KOD II of offline invoices), never both. The type is what KSeF said when the
certificate was retrieved, or read from the key usage of a loaded file::

    cert.signer()                                    # XadesSigner for login (Authentication only)
    cert.kod2_url(context=NIP, seller_nip=NIP, invoice_xml=xml)   # KOD II link (Offline only)
    cert.expires_within(dt.timedelta(days=30))       # time to renew?

The private key never appears in ``repr``, logs or exception messages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from ksef_sdk import defaults
from ksef_sdk.certificates._csr import PrivateKey
from ksef_sdk.errors import CertificateExpiredError, CertificateUsageError, InvalidIdentifierError

if TYPE_CHECKING:
    from ksef_sdk.crypto._xades import XadesSigner
    from ksef_sdk.environments import Environment
    from ksef_sdk.identifiers import ContextIdentifier

__all__ = [
    "AUTHENTICATION",
    "CERTIFICATE_TYPES",
    "OFFLINE",
    "CertificateType",
    "KsefCertificate",
    "certificate_type_of",
    "check_serial",
    "serial_hex",
]

CertificateType = Literal["Authentication", "Offline"]
AUTHENTICATION: Final = "Authentication"
OFFLINE: Final = "Offline"
CERTIFICATE_TYPES: Final = (AUTHENTICATION, OFFLINE)


_SERIAL: Final = re.compile(r"[0-9A-F]{16}")


def check_serial(serial: str) -> str:
    """A KSeF certificate serial number: 16 hex digits (lower case is accepted and raised)."""
    text = serial.strip().upper() if isinstance(serial, str) else ""
    if not _SERIAL.fullmatch(text):
        raise InvalidIdentifierError("certificate serial number", serial, "expected 16 hexadecimal digits")
    return text


def serial_hex(certificate: x509.Certificate) -> str:
    """The serial number as KSeF writes it: uppercase hex, at least 16 digits (``0321C82DA41B4362``)."""
    return f"{certificate.serial_number:016X}"


def certificate_type_of(certificate: x509.Certificate) -> CertificateType | None:
    """``Authentication`` (digitalSignature) or ``Offline`` (nonRepudiation) from the key usage; ``None``
    when the certificate says neither or both (not a KSeF certificate)."""
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None
    if usage.digital_signature and not usage.content_commitment:
        return "Authentication"
    if usage.content_commitment and not usage.digital_signature:
        return "Offline"
    return None


def _spki(key: Any) -> bytes:
    return bytes(key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))


def _utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        raise CertificateUsageError("pass a timezone-aware time")
    return now


@dataclass(frozen=True)
class KsefCertificate:
    """A KSeF certificate (``certificate``), its private key, and what KSeF calls it (``name``, ``type``).

    ``type`` defaults to what the key usage says (:func:`certificate_type_of`). The key must belong to the
    certificate (:class:`~ksef_sdk.errors.CertificateUsageError` otherwise).
    """

    certificate: x509.Certificate = field(repr=False)
    private_key: PrivateKey = field(repr=False)
    name: str | None = None
    type: CertificateType | None = None
    chain: Sequence[x509.Certificate] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if _spki(self.private_key.public_key()) != _spki(self.certificate.public_key()):
            raise CertificateUsageError("the private key does not belong to the certificate")
        if self.type is None:
            object.__setattr__(self, "type", certificate_type_of(self.certificate))
        elif self.type not in CERTIFICATE_TYPES:
            raise CertificateUsageError(f"certificate type {self.type!r}: expected Authentication or Offline")
        object.__setattr__(self, "chain", tuple(self.chain))

    def __repr__(self) -> str:
        return (
            f"KsefCertificate(serial={self.serial_number!r}, type={self.type!r}, name={self.name!r}, "
            f"subject={self.subject!r}, valid_until={self.valid_until.isoformat()!r})"
        )

    # ------------------------------------------------------------------------------------- facts
    @property
    def serial_number(self) -> str:
        """The serial number as KSeF lists it (16 uppercase hex digits)."""
        return serial_hex(self.certificate)

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    @property
    def valid_from(self) -> dt.datetime:
        return self.certificate.not_valid_before_utc

    @property
    def valid_until(self) -> dt.datetime:
        return self.certificate.not_valid_after_utc

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the DER certificate, 64 uppercase hex digits."""
        return self.certificate.fingerprint(hashes.SHA256()).hex().upper()

    @property
    def key_algorithm(self) -> Literal["ec", "rsa"]:
        from cryptography.hazmat.primitives.asymmetric import ec

        return "ec" if isinstance(self.private_key, ec.EllipticCurvePrivateKey) else "rsa"

    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def certificate_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    # --------------------------------------------------------------------------------- validity
    def is_valid(self, now: dt.datetime | None = None) -> bool:
        """Within its validity period at ``now`` (revocation is known only to KSeF)."""
        when = _utc(now)
        return self.valid_from <= when <= self.valid_until

    def expires_within(self, period: dt.timedelta, now: dt.datetime | None = None) -> bool:
        """Whether the certificate ends within ``period`` from ``now`` (or has ended)."""
        return self.valid_until - _utc(now) <= period

    def check_usable(self, usage: CertificateType, now: dt.datetime | None = None) -> None:
        """Raise before anything is sent when the certificate cannot serve ``usage`` at ``now``:
        :class:`~ksef_sdk.errors.CertificateUsageError` for the wrong type, and its subclass
        :class:`~ksef_sdk.errors.CertificateExpiredError` outside the validity period."""
        if self.type is not None and self.type != usage:
            purpose = "log in (XAdES)" if usage == AUTHENTICATION else "sign KOD II of offline invoices"
            raise CertificateUsageError(
                f"certificate {self.serial_number} is of type {self.type}: only {usage} certificates can {purpose}"
            )
        when = _utc(now)
        if when > self.valid_until:
            raise CertificateExpiredError(
                f"certificate {self.serial_number} expired on {self.valid_until.isoformat()}: renew it"
            )
        if when < self.valid_from - defaults.CERTIFICATE_CLOCK_SKEW:  # a fresh certificate, a clock behind KSeF's
            raise CertificateExpiredError(
                f"certificate {self.serial_number} is valid only from {self.valid_from.isoformat()}"
            )

    # ------------------------------------------------------------------------------------ uses
    def signer(self) -> XadesSigner:
        """A :class:`~ksef_sdk.crypto.XadesSigner` for XAdES login (``Authentication`` certificates only;
        needs the ``xades`` extra)."""
        from ksef_sdk.crypto._xades import XadesSigner

        if self.type == OFFLINE:
            self.check_usable(AUTHENTICATION)
        return XadesSigner(self.private_key, self.certificate, tuple(self.chain))

    def kod2_url(
        self,
        *,
        context: ContextIdentifier | tuple[str, str] | str,
        seller_nip: str,
        invoice_xml: bytes | None = None,
        invoice_hash: str | bytes | None = None,
        environment: Environment | str | None = None,
        now: dt.datetime | None = None,
    ) -> str:
        """KOD II of an offline invoice, signed with this ``Offline`` certificate (``kody-qr.md``).

        Checked first: the type is ``Offline`` and the certificate is valid at ``now`` (the invoice's
        issue time, default: now).
        """
        from ksef_sdk.environments import TEST
        from ksef_sdk.qr import certificate_verification_url

        self.check_usable(OFFLINE, now)
        return certificate_verification_url(
            context=context,
            seller_nip=seller_nip,
            certificate=self.certificate,
            private_key=self.private_key,
            invoice_xml=invoice_xml,
            invoice_hash=invoice_hash,
            environment=environment or TEST,
        )
