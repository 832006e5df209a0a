"""Bad input gives a typed error and no output file: invalid XML, an FA(3) failing the XSD, a certificate that is
not an Offline KSeF certificate, unknown options; whole-file writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509
from ksef_sdk.crypto.testcerts import company_seal_certificate
from ksef_sdk.environments import TEST
from ksef_sdk.errors import (
    ConfigurationError,
    InvalidIdentifierError,
    KsefError,
    MalformedXmlError,
    OfflineCertificateRequiredError,
    QrError,
    SchemaValidationError,
    UnsafeXmlError,
    UpoError,
)
from ksef_sdk.invoice.builder import build_fa3_invoice
from ksef_sdk.invoice.render import (
    OfflineCertificate,
    check_offline_certificate,
    render_invoice_pdf,
    render_upo_pdf,
    write_atomically,
)

from tests.invoice.builders import every_kind

from .conftest import ksef_certificate


@pytest.fixture(scope="module")
def xml() -> bytes:
    return build_fa3_invoice(**every_kind()["VAT"])


def test_invalid_xml(xml: bytes) -> None:
    with pytest.raises(MalformedXmlError):
        render_invoice_pdf(xml[:-40], environment=TEST)
    with pytest.raises(UnsafeXmlError):
        render_invoice_pdf(b'<!DOCTYPE x [<!ENTITY a "b">]>' + xml[xml.index(b"<Faktura") :], environment=TEST)


def test_an_fa3_that_fails_the_xsd(xml: bytes) -> None:
    with pytest.raises(SchemaValidationError, match="KodWaluty"):
        render_invoice_pdf(xml.replace(b"<KodWaluty>PLN", b"<KodWaluty>XXY"), environment=TEST)


@pytest.mark.parametrize("kind", ["Authentication", "both"])
def test_kod2_refuses_a_certificate_that_is_not_offline(xml: bytes, kind: str) -> None:
    wrong = ksef_certificate(kind)
    with pytest.raises(OfflineCertificateRequiredError, match="Offline"):
        render_invoice_pdf(xml, environment=TEST, offline=wrong)
    with pytest.raises(OfflineCertificateRequiredError):
        OfflineCertificate(wrong.certificate, wrong.private_key)
    with pytest.raises(OfflineCertificateRequiredError):
        OfflineCertificate.load(wrong.to_pkcs12())


def test_kod2_refuses_a_qualified_seal_and_a_certificate_without_key_usage(xml: bytes) -> None:
    seal = company_seal_certificate(organization="Firma", nip="5265877635", key_type="ec")
    with pytest.raises(OfflineCertificateRequiredError):
        render_invoice_pdf(xml, environment=TEST, offline=seal)
    bare = x509.CertificateBuilder().subject_name(seal.certificate.subject).issuer_name(seal.certificate.issuer)
    bare = bare.public_key(seal.private_key.public_key()).serial_number(7)
    bare = bare.not_valid_before(seal.certificate.not_valid_before_utc).not_valid_after(
        seal.certificate.not_valid_after_utc
    )
    from cryptography.hazmat.primitives import hashes

    with pytest.raises(OfflineCertificateRequiredError, match="no key usage"):
        check_offline_certificate(bare.sign(seal.private_key, hashes.SHA256()))
    assert issubclass(OfflineCertificateRequiredError, QrError) and issubclass(QrError, KsefError)


def test_certificate_files(offline_certificate: object) -> None:
    cert = offline_certificate
    assert OfflineCertificate.load(cert.to_pkcs12("tajne"), "tajne").certificate == cert.certificate  # type: ignore[attr-defined]
    pem = OfflineCertificate.load(cert.cert_pem(), "k", key=cert.key_pem("k"))  # type: ignore[attr-defined]
    assert pem.certificate == cert.certificate  # type: ignore[attr-defined]
    with pytest.raises(QrError, match="PKCS#12"):
        OfflineCertificate.load(cert.to_pkcs12("tajne"), "wrong")  # type: ignore[attr-defined]
    with pytest.raises(QrError):
        OfflineCertificate.load(b"not a certificate")


def test_options(xml: bytes) -> None:
    with pytest.raises(ConfigurationError, match="environment"):
        render_invoice_pdf(xml)
    with pytest.raises(ConfigurationError, match="lang"):
        render_invoice_pdf(xml, environment=TEST, lang="de")
    with pytest.raises(InvalidIdentifierError):
        render_invoice_pdf(xml, environment=TEST, ksef_number="5265877635-20260401-0100001AF629-12")
    with pytest.raises(ConfigurationError, match="qr=True"):
        render_invoice_pdf(xml, qr=False, context="5265877635")


def test_bad_upo() -> None:
    with pytest.raises(UpoError):
        render_upo_pdf(b"<Potwierdzenie/>")
    with pytest.raises(UpoError):
        render_upo_pdf(b"not xml")


def test_write_atomically_replaces_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.pdf"
    write_atomically(target, b"%PDF-first")
    assert target.read_bytes() == b"%PDF-first" and oct(target.stat().st_mode & 0o777) == "0o644"

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"%PDF-second")
    assert target.read_bytes() == b"%PDF-first"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]  # no temporary file left behind
