"""The verification codes on an invoice's visualization (``kody-qr.md``):

- KOD I, labelled with the KSeF number once it is known (online invoices, offline invoices already sent), or
  ``OFFLINE`` before that;
- KOD II, labelled ``CERTYFIKAT``, for offline invoices only: signed with the key of a KSeF certificate of type
  ``Offline``. Any other certificate (``Authentication``, a qualified certificate) is refused with
  :class:`~ksef_sdk.errors.OfflineCertificateRequiredError` before anything is drawn.

The images are PNGs with one pixel per module, scaled by the page without interpolation: exact, small and fast.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from ksef_sdk.environments import Environment
from ksef_sdk.errors import OfflineCertificateRequiredError, QrError, RenderError
from ksef_sdk.identifiers import ContextIdentifier
from ksef_sdk.invoice.render._labels import Labels
from ksef_sdk.invoice.render._view import QrCode
from ksef_sdk.qr import (
    LABEL_CERTIFICATE,
    certificate_serial_hex,
    certificate_verification_url,
    invoice_label,
    invoice_verification_url,
)

__all__ = [
    "CertificateWithKey",
    "InvoiceCodes",
    "OfflineCertificate",
    "check_offline_certificate",
    "invoice_codes",
    "png_data_uri",
    "qr_views",
]

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


class CertificateWithKey(Protocol):
    """An ``Offline`` KSeF certificate with its private key: :class:`OfflineCertificate`, or any object with
    these two attributes (such as a stored KSeF certificate credential)."""

    @property
    def certificate(self) -> x509.Certificate: ...

    @property
    def private_key(self) -> Any: ...


def check_offline_certificate(certificate: x509.Certificate) -> None:
    """Raise :class:`OfflineCertificateRequiredError` unless the key usage is that of an ``Offline`` KSeF
    certificate: nonRepudiation without digitalSignature (``certyfikaty-KSeF.md``)."""
    serial = certificate_serial_hex(certificate)
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise OfflineCertificateRequiredError(
            f"certificate {serial} has no key usage: KOD II needs a KSeF certificate of type Offline"
        ) from None
    if usage.digital_signature or not usage.content_commitment:
        kind = "Authentication" if usage.digital_signature and not usage.content_commitment else "not Offline"
        raise OfflineCertificateRequiredError(
            f"certificate {serial} is {kind} (key usage): only a KSeF certificate of type Offline signs KOD II"
        )


@dataclass(frozen=True, repr=False)
class OfflineCertificate:
    """An ``Offline`` KSeF certificate and its private key (checked on creation; the key never shows in repr)."""

    certificate: x509.Certificate
    private_key: PrivateKey

    def __post_init__(self) -> None:
        if not isinstance(self.private_key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
            raise QrError("the private key must be RSA or EC P-256")
        check_offline_certificate(self.certificate)

    def __repr__(self) -> str:
        return f"OfflineCertificate(serial={certificate_serial_hex(self.certificate)!r})"

    @classmethod
    def load(cls, data: bytes, password: bytes | str | None = None, *, key: bytes | None = None) -> OfflineCertificate:
        """From PKCS#12 bytes (``.p12``/``.pfx``), or a PEM certificate with its PEM key (in ``data`` or ``key``)."""
        secret = password.encode() if isinstance(password, str) else password
        if b"-----BEGIN" not in data:
            try:
                private_key, certificate, _ = pkcs12.load_key_and_certificates(data, secret)
            except (ValueError, TypeError) as exc:
                raise QrError(f"cannot read the PKCS#12 file (wrong password or not PKCS#12): {exc}") from None
            if certificate is None or private_key is None:
                raise QrError("the PKCS#12 file must hold the certificate and its private key")
            return cls(certificate, private_key)  # type: ignore[arg-type]
        try:
            certificate = x509.load_pem_x509_certificate(data)
            loaded = serialization.load_pem_private_key(key if key is not None else data, secret)
        except (ValueError, TypeError) as exc:
            raise QrError(f"cannot read the PEM certificate or key (wrong password?): {exc}") from None
        return cls(certificate, loaded)  # type: ignore[arg-type]


@dataclass(frozen=True)
class InvoiceCodes:
    """KOD I with its label, and KOD II (offline invoices only)."""

    kod1: str
    kod1_label: str
    kod2: str | None = None


def invoice_codes(
    *,
    xml: bytes,
    seller_nip: str,
    issue_date: dt.date,
    environment: Environment | str,
    ksef_number: str | None,
    offline: CertificateWithKey | None,
    context: ContextIdentifier | tuple[str, str] | str | None,
) -> InvoiceCodes:
    """The links: KOD I from the exact XML bytes; KOD II signed with the Offline certificate when given."""
    kod1 = invoice_verification_url(seller_nip, issue_date, xml, environment=environment)
    kod2 = None
    if offline is not None:
        certificate = offline.certificate
        if not isinstance(certificate, x509.Certificate):
            raise QrError("offline= needs the certificate object (x509.Certificate) and its private key")
        check_offline_certificate(certificate)
        kod2 = certificate_verification_url(
            context=context if context is not None else ContextIdentifier.nip(seller_nip),
            seller_nip=seller_nip,
            certificate=certificate,
            private_key=offline.private_key,
            invoice_xml=xml,
            environment=environment,
        )
    return InvoiceCodes(kod1, invoice_label(ksef_number), kod2)


def png_data_uri(url: str) -> str:
    """A ``data:`` URI of the QR code's PNG: one pixel per module, four modules of quiet zone, level M."""
    try:
        import segno
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise RenderError("QR codes need segno: pip install 'ksef-sdk[pdf]'") from None
    buffer = io.BytesIO()
    segno.make(url, error="M", micro=False).save(buffer, kind="png", scale=1, border=4)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def qr_views(codes: InvoiceCodes, t: Labels) -> tuple[QrCode, ...]:
    views = [QrCode(t["qr1_title"], t["qr1_text"], codes.kod1, codes.kod1_label, png_data_uri(codes.kod1), 35)]
    if codes.kod2 is not None:
        views.append(QrCode(t["qr2_title"], t["qr2_text"], codes.kod2, LABEL_CERTIFICATE, png_data_uri(codes.kod2), 50))
    return tuple(views)
