"""KSeF verification QR codes (``kody-qr.md`` of the KSeF docs): KOD I (invoice) and KOD II (offline issuer
certificate).

Links::

    url = invoice_verification_url("1111111111", date(2026, 2, 1), invoice_xml_bytes, environment=TEST)
    # https://qr-test.ksef.mf.gov.pl/invoice/1111111111/01-02-2026/<base64url SHA-256 of the XML bytes>

    url = certificate_verification_url(
        context=ContextIdentifier.nip("1111111111"), seller_nip="1111111111",
        certificate=offline_cert, private_key=offline_key, invoice_xml=invoice_xml_bytes)
    # .../certificate/Nip/1111111111/1111111111/<cert serial hex>/<hash>/<signature, base64url>

KOD II is signed with the private key of a KSeF certificate of type **Offline** over the URL without
``https://`` and without the signature segment: RSASSA-PSS (SHA-256, MGF1-SHA-256, salt 32 bytes) for
RSA keys, ECDSA P-256/SHA-256 as IEEE P1363 ``R||S`` (or DER on request) for EC keys.

Images (``qr`` extra: segno, Pillow for the PNG label)::

    png = qr_png(url, label=ksef_number or LABEL_OFFLINE)
    svg = qr_svg(url, label=LABEL_CERTIFICATE)
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
from typing import Any, Final, Literal
from xml.sax.saxutils import escape

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from ksef_sdk.crypto._cipher import CryptoError, b64decode, b64url_nopad, sha256_b64url
from ksef_sdk.environments import TEST, Environment, resolve
from ksef_sdk.errors._local import QrError
from ksef_sdk.identifiers import ContextIdentifier, validate_ksef_number, validate_nip

__all__ = [
    "LABEL_CERTIFICATE",
    "LABEL_OFFLINE",
    "QrError",
    "certificate_serial_hex",
    "certificate_verification_url",
    "invoice_hash_b64url",
    "invoice_label",
    "invoice_verification_url",
    "qr_png",
    "qr_svg",
    "sign_certificate_url",
    "verify_certificate_url",
]

LABEL_OFFLINE: Final = "OFFLINE"
LABEL_CERTIFICATE: Final = "CERTYFIKAT"
PSS_SALT_LENGTH: Final = 32

_B64URL_HASH: Final = re.compile(r"[A-Za-z0-9_-]{43}")
_SERIAL: Final = re.compile(r"[0-9A-F]+")


# ------------------------------------------------------------------------------------------ pieces


def invoice_hash_b64url(invoice_xml: bytes | None = None, *, invoice_hash: str | bytes | None = None) -> str:
    """The hash segment: Base64URL (no padding) of SHA-256 of the invoice XML bytes.

    Give the XML bytes, or an already computed hash: 32 raw bytes, the standard-Base64 ``invoiceHash``
    sent to KSeF (44 chars), or the Base64URL form (43 chars).
    """
    if (invoice_xml is None) == (invoice_hash is None):
        raise QrError("give exactly one of invoice_xml, invoice_hash")
    if invoice_xml is not None:
        if not isinstance(invoice_xml, bytes) or not invoice_xml:
            raise QrError("invoice_xml must be the non-empty bytes of the invoice file")
        return sha256_b64url(invoice_xml)
    if isinstance(invoice_hash, bytes):
        if len(invoice_hash) != 32:
            raise QrError(f"a raw SHA-256 hash has 32 bytes, got {len(invoice_hash)}")
        return b64url_nopad(invoice_hash)
    text = str(invoice_hash).strip()
    if _B64URL_HASH.fullmatch(text):
        return text
    try:
        raw = b64decode(text)
    except CryptoError:
        raise QrError(f"invoice_hash {text!r} is neither Base64 nor Base64URL SHA-256") from None
    if len(raw) != 32:
        raise QrError(f"invoice_hash decodes to {len(raw)} bytes, not a SHA-256 hash")
    return b64url_nopad(raw)


def _date_segment(issue_date: dt.date | str) -> str:
    if isinstance(issue_date, dt.datetime):
        issue_date = issue_date.date()
    if isinstance(issue_date, dt.date):
        return issue_date.strftime("%d-%m-%Y")
    text = str(issue_date).strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, fmt).strftime("%d-%m-%Y")
        except ValueError:
            continue
    raise QrError(f"issue date {issue_date!r}: expected a date, YYYY-MM-DD (P_1) or DD-MM-YYYY")


def _qr_base(environment: Environment | str) -> str:
    return resolve(environment).qr_base.rstrip("/")


def invoice_verification_url(
    seller_nip: str,
    issue_date: dt.date | str,
    invoice_xml: bytes | None = None,
    *,
    invoice_hash: str | bytes | None = None,
    environment: Environment | str = TEST,
) -> str:
    """KOD I: ``{qr base}/invoice/{seller NIP}/{P_1 as DD-MM-YYYY}/{hash}``."""
    nip = validate_nip(seller_nip, checksum=False)
    return (
        f"{_qr_base(environment)}/invoice/{nip}/{_date_segment(issue_date)}/"
        f"{invoice_hash_b64url(invoice_xml, invoice_hash=invoice_hash)}"
    )


def invoice_label(ksef_number: str | None) -> str:
    """The label under KOD I: the KSeF number once known, else ``OFFLINE``."""
    return LABEL_OFFLINE if ksef_number is None else validate_ksef_number(ksef_number)


def certificate_serial_hex(certificate: x509.Certificate | str | int) -> str:
    """The certificate serial number as uppercase hex (at least 16 digits, like ``01F20A5D352AE590``)."""
    if isinstance(certificate, x509.Certificate):
        value: int | str = certificate.serial_number
    else:
        value = certificate
    if isinstance(value, int):
        if value < 0:
            raise QrError("certificate serial must not be negative")
        text = f"{value:X}"
        text = text.zfill(max(16, len(text) + len(text) % 2))
        return text
    text = str(value).strip().upper()
    if not _SERIAL.fullmatch(text):
        raise QrError(f"certificate serial {value!r} is not hexadecimal")
    return text


def _unsigned_certificate_url(
    *,
    context: ContextIdentifier | tuple[str, str] | str,
    seller_nip: str,
    certificate: x509.Certificate | str | int,
    invoice_xml: bytes | None,
    invoice_hash: str | bytes | None,
    environment: Environment | str,
) -> str:
    ctx = ContextIdentifier.coerce(context)
    nip = validate_nip(seller_nip, checksum=False)
    return (
        f"{_qr_base(environment)}/certificate/{ctx.type}/{ctx.value}/{nip}/{certificate_serial_hex(certificate)}/"
        f"{invoice_hash_b64url(invoice_xml, invoice_hash=invoice_hash)}"
    )


def _signed_data(unsigned_url: str) -> bytes:
    """What is signed: the URL without the scheme and without a trailing slash, as UTF-8."""
    return re.sub(r"^https?://", "", unsigned_url).rstrip("/").encode()


def sign_certificate_url(
    unsigned_url: str,
    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    *,
    ecdsa_encoding: Literal["p1363", "der"] = "p1363",
) -> str:
    """The Base64URL signature segment for an unsigned KOD II URL."""
    data = _signed_data(unsigned_url)
    if isinstance(private_key, rsa.RSAPrivateKey):
        if private_key.key_size < 2048:
            raise QrError(f"RSA key of {private_key.key_size} bits: KSeF requires at least 2048")
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=PSS_SALT_LENGTH)
        return b64url_nopad(private_key.sign(data, pss, hashes.SHA256()))
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        if not isinstance(private_key.curve, ec.SECP256R1):
            raise QrError(f"EC curve {private_key.curve.name}: KOD II uses P-256 (secp256r1)")
        der = private_key.sign(data, ec.ECDSA(hashes.SHA256()))
        if ecdsa_encoding == "der":
            return b64url_nopad(der)
        r, s = decode_dss_signature(der)
        return b64url_nopad(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
    raise QrError(f"unsupported key type {type(private_key).__name__}: use RSA or EC P-256")


def certificate_verification_url(
    *,
    context: ContextIdentifier | tuple[str, str] | str,
    seller_nip: str,
    certificate: x509.Certificate | str | int,
    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    invoice_xml: bytes | None = None,
    invoice_hash: str | bytes | None = None,
    environment: Environment | str = TEST,
    ecdsa_encoding: Literal["p1363", "der"] = "p1363",
) -> str:
    """KOD II: ``{qr base}/certificate/{ctx type}/{ctx value}/{seller NIP}/{serial}/{hash}/{signature}``.

    ``certificate`` is the Offline KSeF certificate (or its serial as hex/int); ``private_key`` its key.
    When a certificate object is given, the key must belong to it.
    """
    if isinstance(certificate, x509.Certificate):
        from cryptography.hazmat.primitives import serialization

        spki = serialization.PublicFormat.SubjectPublicKeyInfo
        der = serialization.Encoding.DER
        if certificate.public_key().public_bytes(der, spki) != private_key.public_key().public_bytes(der, spki):
            raise QrError("the private key does not belong to the certificate")
    unsigned = _unsigned_certificate_url(
        context=context,
        seller_nip=seller_nip,
        certificate=certificate,
        invoice_xml=invoice_xml,
        invoice_hash=invoice_hash,
        environment=environment,
    )
    return f"{unsigned}/{sign_certificate_url(unsigned, private_key, ecdsa_encoding=ecdsa_encoding)}"


def verify_certificate_url(url: str, public_key: rsa.RSAPublicKey | ec.EllipticCurvePublicKey) -> bool:
    """Check the signature segment of a KOD II URL (RSA-PSS salt 32; ECDSA as P1363 or DER)."""
    unsigned, _, signature_b64 = url.rstrip("/").rpartition("/")
    try:
        signature = base64.urlsafe_b64decode(signature_b64 + "=" * (-len(signature_b64) % 4))
    except ValueError:
        return False
    data = _signed_data(unsigned)
    try:
        if isinstance(public_key, rsa.RSAPublicKey):
            pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=PSS_SALT_LENGTH)
            public_key.verify(signature, data, pss, hashes.SHA256())
        else:
            if len(signature) == 64:
                r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
                signature = encode_dss_signature(r, s)
            public_key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True


# ------------------------------------------------------------------------------------------ images


def _segno() -> Any:
    import importlib

    try:
        return importlib.import_module("segno")
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise QrError("QR images need segno: pip install 'ksef-sdk[qr]'") from None


def _make(url: str, error: str) -> Any:
    if not url:
        raise QrError("empty QR content")
    return _segno().make(url, error=error, micro=False)


def qr_svg(url: str, label: str | None = None, *, scale: int = 5, border: int = 4, error: str = "M") -> bytes:
    """An SVG image of the QR code with ``label`` (KSeF number, ``OFFLINE``, ``CERTYFIKAT``) centred under it."""
    code = _make(url, error)
    buffer = io.BytesIO()
    code.save(buffer, kind="svg", scale=scale, border=border, xmldecl=False, svgns=True, nl=False, light="#fff")
    inner = buffer.getvalue().decode()
    match = re.search(r'width="(\d+)" height="(\d+)"', inner)
    if match is None:  # pragma: no cover - segno's output format
        raise QrError("unexpected SVG produced by segno")
    width, height = int(match[1]), int(match[2])
    if not label:
        return inner.encode()
    font_size = _fit_font_size(label, width)
    label_height = int(font_size * 1.8)
    body = re.sub(r"^<svg[^>]*>|</svg>$", "", inner)
    total = height + label_height
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total}" viewBox="0 0 {width} {total}">'
        f'<rect width="{width}" height="{total}" fill="#fff"/>'
        f'<g transform="translate(0,0)">{body}</g>'
        f'<text x="{width / 2:g}" y="{height + font_size:g}" text-anchor="middle" '
        f'font-family="Arial, Helvetica, sans-serif" font-size="{font_size}" fill="#000">{escape(label)}</text>'
        "</svg>"
    )
    return svg.encode()


def _fit_font_size(label: str, width: int) -> int:
    # about 0.6 em per character for a sans-serif face; keep within 92 % of the code's width
    return max(8, min(int(width * 0.92 / (0.6 * max(len(label), 1))), width // 8))


def qr_png(url: str, label: str | None = None, *, scale: int = 5, border: int = 4, error: str = "M") -> bytes:
    """A PNG image of the QR code with ``label`` centred under it (the label needs Pillow)."""
    code = _make(url, error)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=border, light="#fff")
    if not label:
        return buffer.getvalue()
    import importlib

    try:
        image_mod: Any = importlib.import_module("PIL.Image")
        draw_mod: Any = importlib.import_module("PIL.ImageDraw")
        font_mod: Any = importlib.import_module("PIL.ImageFont")
    except ImportError:  # pragma: no cover - depends on the installed extras
        raise QrError("a PNG label needs Pillow: pip install 'ksef-sdk[qr]'") from None
    qr_image = image_mod.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    width, height = qr_image.size
    size = _fit_font_size(label, width)
    font = font_mod.load_default(size=size)
    while size > 8 and font.getlength(label) > width * 0.95:
        size -= 1
        font = font_mod.load_default(size=size)
    label_height = int(size * 1.8)
    canvas = image_mod.new("RGB", (width, height + label_height), "white")
    canvas.paste(qr_image, (0, 0))
    draw_mod.Draw(canvas).text(
        (width / 2, height + label_height / 2 - size * 0.2), label, fill="black", font=font, anchor="mm"
    )
    out = io.BytesIO()
    canvas.save(out, format="PNG")
    return out.getvalue()
