"""Invoice/session encryption: AES-256-CBC/PKCS#7 + RSA-OAEP, checked with `cryptography` directly."""

from __future__ import annotations

import base64
import hashlib
import io

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import padding as sym_padding
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hypothesis import given, settings
from hypothesis import strategies as st
from ksef_sdk.crypto import (
    DecryptionError,
    SessionKey,
    StreamDigest,
    b64url_nopad,
    encrypted_size,
    sha256_b64,
    sha256_b64url,
)


@pytest.fixture(scope="module")
def ministry_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def independent_decrypt(key: bytes, iv: bytes, ciphertext: bytes) -> bytes:
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = sym_padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


def unwrap(private_key: rsa.RSAPrivateKey, wrapped_b64: str) -> bytes:
    oaep = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    return private_key.decrypt(base64.b64decode(wrapped_b64), oaep)


def test_session_fields_and_invoice_round_trip_with_independent_decryption(ministry_key: rsa.RSAPrivateKey) -> None:
    session = SessionKey.generate()
    fields = session.encryption_fields(ministry_key.public_key(), public_key_id="A" * 43 + "=")
    assert set(fields) == {"encryptedSymmetricKey", "initializationVector", "publicKeyId"}
    aes_key = unwrap(ministry_key, fields["encryptedSymmetricKey"])
    iv = base64.b64decode(fields["initializationVector"])
    assert len(aes_key) == 32
    assert len(iv) == 16

    xml = b'<?xml version="1.0" encoding="UTF-8"?><Faktura>' + "zażółć".encode() * 500 + b"</Faktura>"
    invoice = session.encrypt_invoice(xml)
    ciphertext = base64.b64decode(invoice.encrypted_invoice_content)
    # No IV prefix: the whole ciphertext decrypts with the IV from the session fields.
    assert independent_decrypt(aes_key, iv, ciphertext) == xml
    assert invoice.invoice_size == len(xml)
    assert invoice.invoice_hash == base64.b64encode(hashlib.sha256(xml).digest()).decode()
    assert invoice.encrypted_invoice_size == len(ciphertext) == 16 * (len(xml) // 16 + 1)
    assert invoice.encrypted_invoice_hash == base64.b64encode(hashlib.sha256(ciphertext).digest()).decode()
    assert len(invoice.invoice_hash) == 44

    body = invoice.to_request(offline_mode=True).to_dict()
    assert body["invoiceHash"] == invoice.invoice_hash
    assert body["encryptedInvoiceContent"] == invoice.encrypted_invoice_content
    assert body["offlineMode"] is True
    assert "hashOfCorrectedInvoice" not in body
    assert invoice.to_dict()["encryptedInvoiceSize"] == invoice.encrypted_invoice_size


def test_same_key_and_iv_for_every_invoice_of_a_session(ministry_key: rsa.RSAPrivateKey) -> None:
    session = SessionKey.generate()
    fields = session.encryption_fields(ministry_key.public_key())
    assert "publicKeyId" not in fields
    aes_key = unwrap(ministry_key, fields["encryptedSymmetricKey"])
    iv = base64.b64decode(fields["initializationVector"])
    for xml in (b"<a/>", b"<b>" * 100, b"x" * 16):
        ct = session.encrypt_invoice(xml).ciphertext
        assert independent_decrypt(aes_key, iv, ct) == xml


def test_encryption_info_model(ministry_key: rsa.RSAPrivateKey) -> None:
    class Cert:
        public_key = ministry_key.public_key()
        public_key_id = "P2GDBhdfCxZMbmCXebZOsWr8pBpXeFBwD2qusHd3WZs="

    session = SessionKey.generate()
    info = session.encryption_info(Cert())
    assert info.public_key_id == Cert.public_key_id
    assert base64.b64decode(info.initialization_vector) == session.iv
    assert unwrap(ministry_key, info.encrypted_symmetric_key) == session.key_bytes


@pytest.mark.parametrize("n", [0, 1, 15, 16, 17, 31, 32, 6480, 16037])
def test_encrypted_size_formula(n: int) -> None:
    session = SessionKey.generate()
    assert len(session.encrypt(b"\0" * n)) == encrypted_size(n) == 16 * (n // 16 + 1)


def test_spec_examples_of_sizes() -> None:
    assert encrypted_size(6480) == 6496
    assert encrypted_size(16037) == 16048


@settings(max_examples=50, deadline=None)
@given(data=st.binary(max_size=5000), chunk=st.integers(min_value=1, max_value=97))
def test_stream_round_trip_matches_whole_buffer(data: bytes, chunk: int) -> None:
    session = SessionKey.from_bytes(b"k" * 32, b"i" * 16)
    dst = io.BytesIO()
    digest = session.encrypt_stream(io.BytesIO(data), dst, chunk_size=chunk)
    ciphertext = dst.getvalue()
    assert ciphertext == session.encrypt(data)
    assert independent_decrypt(b"k" * 32, b"i" * 16, ciphertext) == data
    assert digest == StreamDigest(
        len(data), hashlib.sha256(data).digest(), len(ciphertext), hashlib.sha256(ciphertext).digest()
    )
    out = io.BytesIO()
    back = session.decrypt_stream(io.BytesIO(ciphertext), out, chunk_size=chunk)
    assert out.getvalue() == data
    assert back == digest


def test_stream_digest_only_and_base64_views() -> None:
    session = SessionKey.generate()
    data = b"part" * 10_000
    digest = session.encrypt_stream(io.BytesIO(data), None)
    assert digest.plain_sha256_b64 == sha256_b64(data)
    assert digest.encrypted_size == encrypted_size(len(data))
    assert digest.encrypted_sha256_b64 == sha256_b64(session.encrypt(data))


def test_large_stream_in_small_chunks() -> None:
    session = SessionKey.generate()
    block = bytes(range(256)) * 4096  # 1 MiB
    src_hash = hashlib.sha256()

    class Source(io.RawIOBase):
        """Yields 8 MiB + 5 bytes without ever holding it all."""

        def __init__(self) -> None:
            self.left = 8 * len(block) + 5

        def readable(self) -> bool:
            return True

        def readinto(self, buf: memoryview) -> int:  # type: ignore[override]
            n = min(len(buf), self.left, len(block))
            buf[:n] = block[:n]
            src_hash.update(block[:n])
            self.left -= n
            return n

    class Sink(io.RawIOBase):
        def __init__(self) -> None:
            self.size = 0
            self.hash = hashlib.sha256()

        def writable(self) -> bool:
            return True

        def write(self, b: bytes) -> int:  # type: ignore[override]
            self.size += len(b)
            self.hash.update(b)
            return len(b)

    sink = Sink()
    digest = session.encrypt_stream(io.BufferedReader(Source()), sink, chunk_size=64 * 1024)  # type: ignore[arg-type]
    assert digest.plain_size == 8 * len(block) + 5
    assert digest.plain_sha256 == src_hash.digest()
    assert digest.encrypted_size == sink.size == encrypted_size(digest.plain_size)
    assert digest.encrypted_sha256 == sink.hash.digest()


def test_wrong_key_or_corrupt_data_is_a_typed_error() -> None:
    session = SessionKey.generate()
    ciphertext = session.encrypt(b"<Faktura/>")
    with pytest.raises(DecryptionError, match="not a positive multiple of 16"):
        session.decrypt(ciphertext[:-1])
    with pytest.raises(DecryptionError):
        session.decrypt(b"")
    other = SessionKey.generate()
    # A wrong key yields garbage whose padding is almost always invalid; try a few keys to be certain.
    failures = 0
    for _ in range(8):
        try:
            other.decrypt(ciphertext)
        except DecryptionError:
            failures += 1
        other = SessionKey.generate()
    assert failures >= 6


def test_key_material_never_in_repr() -> None:
    session = SessionKey.generate()
    for text in (repr(session), str(session), repr(session.encryptor())):
        assert session.key_bytes.hex() not in text
        assert base64.b64encode(session.key_bytes).decode() not in text
    invoice = session.encrypt_invoice(b"<x/>")
    assert invoice.encrypted_invoice_content not in repr(invoice)


def test_bad_key_sizes_rejected() -> None:
    from ksef_sdk.crypto import CryptoError

    with pytest.raises(CryptoError, match="32 bytes"):
        SessionKey(b"short", b"i" * 16)
    with pytest.raises(CryptoError, match="16 bytes"):
        SessionKey(b"k" * 32, b"i" * 8)
    with pytest.raises(CryptoError, match="empty"):
        SessionKey.generate().encrypt_invoice(b"")


def test_hash_helpers() -> None:
    assert sha256_b64(b"") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    assert sha256_b64url(b"") == "47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU"
    assert b64url_nopad(b"\xff\xfe") == "__4"
