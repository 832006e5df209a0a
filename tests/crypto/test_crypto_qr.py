"""QR codes: KOD I known answer from the docs, KOD II signatures checked with `cryptography`, images."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import re

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from ksef_sdk.crypto.testcerts import company_seal_certificate
from ksef_sdk.environments import DEMO, PRODUCTION, TEST
from ksef_sdk.identifiers import ContextIdentifier, InvalidIdentifierError
from ksef_sdk.qr import (
    LABEL_CERTIFICATE,
    LABEL_OFFLINE,
    QrError,
    certificate_serial_hex,
    certificate_verification_url,
    invoice_hash_b64url,
    invoice_label,
    invoice_verification_url,
    qr_png,
    qr_svg,
    verify_certificate_url,
)
from PIL import Image

DOC_HASH = "UtQp9Gpc51y-u3xApZjIjgkpZ01js-J8KflSPW8WzIE"
DOC_KOD1 = f"https://qr-test.ksef.mf.gov.pl/invoice/1111111111/01-02-2026/{DOC_HASH}"
DOC_KOD2_UNSIGNED = f"https://qr-test.ksef.mf.gov.pl/certificate/Nip/1111111111/1111111111/01F20A5D352AE590/{DOC_HASH}"
DOC_SIGNED_DATA = f"qr-test.ksef.mf.gov.pl/certificate/Nip/1111111111/1111111111/01F20A5D352AE590/{DOC_HASH}"
DOC_RSA_SIGNATURE = (
    "mSkm_XmM9fq7PgAJwiL32L9ujhyguOEV48cDB0ncemD2r9TMGa3lr0iRoFk588agCi8QPsOuscUY1rZ7ff76STbGquO-gZtQys5_fHdf2HUfDqPq"
    "VTnUS6HknBu0zLkyf9ygoW7WbH06Ty_8BgQTlOmJFzNWSt9WZa7tAGuAE9JOooNps-KG2PYkkIP4q4jPMp3FKypAygHVnXtS0RDGgOxhhM7LWtFP7D-d"
    "WINbh5yXD8Lr-JVbeOpyQjHa6WmMYavCDQJ3X_Z-iS01LZu2s1B3xuOykl1h0sLObCdADrbxOONsXrvQa61Xt_rxyprVraj2Uf9pANQgR4-12HEcMw"
)


def test_kod1_known_answer_from_docs() -> None:
    assert invoice_verification_url("1111111111", dt.date(2026, 2, 1), invoice_hash=DOC_HASH) == DOC_KOD1
    assert invoice_verification_url("1111111111", "2026-02-01", invoice_hash=DOC_HASH, environment="test") == DOC_KOD1
    # the same hash given as the standard-Base64 invoiceHash, or as raw bytes
    raw = base64.urlsafe_b64decode(DOC_HASH + "=")
    std = base64.b64encode(raw).decode()
    assert invoice_verification_url("1111111111", "01-02-2026", invoice_hash=std) == DOC_KOD1
    assert invoice_verification_url("1111111111", dt.datetime(2026, 2, 1, 13, 0), invoice_hash=raw) == DOC_KOD1


def test_kod1_hash_is_base64url_sha256_of_the_file_bytes() -> None:
    xml = b'<?xml version="1.0" encoding="UTF-8"?>\n<Faktura>\xc5\xbc</Faktura>\n'
    expected = base64.urlsafe_b64encode(hashlib.sha256(xml).digest()).rstrip(b"=").decode()
    assert invoice_hash_b64url(xml) == expected
    assert len(expected) == 43
    url = invoice_verification_url("5265877635", dt.date(2025, 8, 26), xml)
    assert url == f"https://qr-test.ksef.mf.gov.pl/invoice/5265877635/26-08-2025/{expected}"


def test_kod1_per_environment() -> None:
    for env, host in (
        (TEST, "qr-test.ksef.mf.gov.pl"),
        (DEMO, "qr-demo.ksef.mf.gov.pl"),
        (PRODUCTION, "qr.ksef.mf.gov.pl"),
    ):
        assert invoice_verification_url("1111111111", "2026-02-01", invoice_hash=DOC_HASH, environment=env) == (
            f"https://{host}/invoice/1111111111/01-02-2026/{DOC_HASH}"
        )


def test_kod1_bad_input() -> None:
    with pytest.raises(InvalidIdentifierError):
        invoice_verification_url("111111111", "2026-02-01", invoice_hash=DOC_HASH)
    with pytest.raises(QrError, match="issue date"):
        invoice_verification_url("1111111111", "2026/02/01", invoice_hash=DOC_HASH)
    with pytest.raises(QrError, match="exactly one"):
        invoice_verification_url("1111111111", "2026-02-01")
    with pytest.raises(QrError, match="SHA-256"):
        invoice_verification_url("1111111111", "2026-02-01", invoice_hash=base64.b64encode(b"short").decode())


def test_labels() -> None:
    assert invoice_label(None) == LABEL_OFFLINE == "OFFLINE"
    assert invoice_label("5265877635-20250826-0100001AF629-AF") == "5265877635-20250826-0100001AF629-AF"
    assert LABEL_CERTIFICATE == "CERTYFIKAT"
    with pytest.raises(InvalidIdentifierError):
        invoice_label("5265877635-20250826-0100001AF629-AA")


@pytest.fixture(scope="module")
def rsa_offline() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_kod2_rsa_pss_matches_the_documented_shape(rsa_offline: rsa.RSAPrivateKey) -> None:
    url = certificate_verification_url(
        context=ContextIdentifier.nip("1111111111"),
        seller_nip="1111111111",
        certificate="01F20A5D352AE590",
        private_key=rsa_offline,
        invoice_hash=DOC_HASH,
    )
    unsigned, _, signature_b64 = url.rpartition("/")
    assert unsigned == DOC_KOD2_UNSIGNED
    assert len(signature_b64) == len(DOC_RSA_SIGNATURE) == 342  # RSA-2048: 256 bytes, Base64URL without padding
    assert re.fullmatch(r"[A-Za-z0-9_-]+", signature_b64)
    signature = base64.urlsafe_b64decode(signature_b64 + "==")
    # verified independently: RSASSA-PSS, SHA-256, MGF1-SHA-256, salt exactly 32 bytes, over the documented data
    rsa_offline.public_key().verify(
        signature,
        DOC_SIGNED_DATA.encode(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32),
        hashes.SHA256(),
    )
    assert verify_certificate_url(url, rsa_offline.public_key())
    assert not verify_certificate_url(url.replace("/1111111111/01F2", "/2222222222/01F2"), rsa_offline.public_key())
    # PSS is randomized: two signatures differ, both verify
    again = certificate_verification_url(
        context="1111111111",
        seller_nip="1111111111",
        certificate="01F20A5D352AE590",
        private_key=rsa_offline,
        invoice_hash=DOC_HASH,
    )
    assert again != url and verify_certificate_url(again, rsa_offline.public_key())


def test_kod2_ecdsa_p1363_and_der() -> None:
    seal = company_seal_certificate(organization="Firma", nip="1111111111", key_type="ec")
    key = seal.private_key
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    url = certificate_verification_url(
        context=("InternalId", "1111111111-00001"),
        seller_nip="1111111111",
        certificate=seal.certificate,
        private_key=key,
        invoice_xml=b"<Faktura/>",
        environment=DEMO,
    )
    serial = certificate_serial_hex(seal.certificate)
    assert f"https://qr-demo.ksef.mf.gov.pl/certificate/InternalId/1111111111-00001/1111111111/{serial}/" in url
    signature = base64.urlsafe_b64decode(url.rpartition("/")[2] + "==")
    assert len(signature) == 64  # IEEE P1363 R||S
    der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
    data = url.rpartition("/")[0].removeprefix("https://").encode()
    key.public_key().verify(der, data, ec.ECDSA(hashes.SHA256()))
    der_url = certificate_verification_url(
        context="1111111111",
        seller_nip="1111111111",
        certificate=seal.certificate,
        private_key=key,
        invoice_xml=b"<Faktura/>",
        ecdsa_encoding="der",
    )
    assert verify_certificate_url(der_url, key.public_key())
    assert verify_certificate_url(url, key.public_key())


def test_kod2_refuses_wrong_keys(rsa_offline: rsa.RSAPrivateKey) -> None:
    seal = company_seal_certificate(organization="Firma", nip="1111111111", key_type="ec")
    with pytest.raises(QrError, match="does not belong"):
        certificate_verification_url(
            context="1111111111",
            seller_nip="1111111111",
            certificate=seal.certificate,
            private_key=rsa_offline,
            invoice_hash=DOC_HASH,
        )
    with pytest.raises(QrError, match="P-256"):
        certificate_verification_url(
            context="1111111111",
            seller_nip="1111111111",
            certificate="01F20A5D352AE590",
            private_key=ec.generate_private_key(ec.SECP384R1()),
            invoice_hash=DOC_HASH,
        )


def test_certificate_serial_hex() -> None:
    assert certificate_serial_hex(0x01F20A5D352AE590) == "01F20A5D352AE590"
    assert certificate_serial_hex("01f20a5d352ae590") == "01F20A5D352AE590"
    with pytest.raises(QrError):
        certificate_serial_hex("XYZ")


def test_png_with_label_keeps_the_code_and_adds_the_label_below() -> None:
    plain = Image.open(io.BytesIO(qr_png(DOC_KOD1))).convert("RGB")
    labelled = Image.open(io.BytesIO(qr_png(DOC_KOD1, "5265877635-20250826-0100001AF629-AF"))).convert("RGB")
    assert labelled.width == plain.width
    assert labelled.height > plain.height
    assert labelled.crop((0, 0, plain.width, plain.height)).tobytes() == plain.tobytes()
    band = labelled.crop((0, plain.height, plain.width, labelled.height))
    assert band.convert("L").getextrema()[0] < 128  # dark text pixels were drawn


def test_svg_with_label() -> None:
    svg = qr_svg(DOC_KOD1, LABEL_CERTIFICATE).decode()
    assert svg.startswith("<svg")
    assert ">CERTYFIKAT</text>" in svg
    assert 'text-anchor="middle"' in svg
    assert "<path" in svg
    escaped = qr_svg(DOC_KOD1, "a<b&c").decode()
    assert "a&lt;b&amp;c" in escaped
    from lxml import etree

    etree.fromstring(svg.encode())  # well-formed
    etree.fromstring(escaped.encode())
