"""Helpers of the visualization tests: text out of a PDF (pypdf), its pages as images (pypdfium2), the QR codes
on them decoded by a real decoder (zxing-cpp), and KSeF-like certificates of both types."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pypdf
import pypdfium2
import pytest
import zxingcpp
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.invoice.conftest import FA_SAMPLES, PEF_SAMPLES, sample_bytes

__all__ = ["FA_SAMPLES", "PEF_SAMPLES", "decoded_codes", "ksef_certificate", "pdf_pages", "pdf_text", "sample_bytes"]


def pdf_text(pdf: bytes) -> str:
    """All the text of the PDF (pypdf), pages joined; no-break spaces kept as they are."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def pdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def decoded_codes(pdf: bytes, *, dpi: int = 200, pages: slice = slice(None)) -> list[str]:
    """Every QR code on the pages, decoded from each page rendered as an image (not read from the PDF's data)."""
    found: list[str] = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document))[pages]:
            image = document[index].render(scale=dpi / 72).to_pil()
            found.extend(r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode)
    finally:
        document.close()
    return found


def ksef_certificate(kind: str, *, nip: str = "5265877635") -> Any:
    """A self-signed look-alike of a KSeF certificate: ``Offline`` (nonRepudiation), ``Authentication``
    (digitalSignature) or ``both`` (a qualified certificate's usage). Returns an object with
    ``certificate`` and ``private_key``."""
    from ksef_sdk.crypto.testcerts import TestCertificate

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, f"KSeF {kind}"), x509.NameAttribute(NameOID.SERIAL_NUMBER, nip)]
    )
    now = dt.datetime.now(dt.timezone.utc)
    usage = {
        "Offline": (False, True),
        "Authentication": (True, False),
        "both": (True, True),
    }[kind]
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(
            x509.KeyUsage(usage[0], usage[1], False, False, False, False, False, False, False), critical=True
        )
    )
    return TestCertificate(builder.sign(key, hashes.SHA256()), key)


@pytest.fixture(scope="session")
def offline_certificate() -> Any:
    return ksef_certificate("Offline")
