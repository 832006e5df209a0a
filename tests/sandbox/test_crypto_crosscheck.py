"""The sandbox's crypto and checksums against direct use of `cryptography` and against ksef_sdk."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.asymmetric import padding as asym
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from ksef_sandbox._crypto import (
    USAGE_SYMMETRIC,
    CryptoError,
    KeyStore,
    aes_cbc_decrypt,
    aes_cbc_encrypt,
    oaep_decrypt,
)
from ksef_sandbox._ids import crc8, is_valid_ksef_number, ksef_number, reference_number


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 6480, 16037])
def test_aes_matches_cryptography(size: int) -> None:
    key, iv, data = os.urandom(32), os.urandom(16), os.urandom(size)
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    expected = enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
    assert aes_cbc_encrypt(key, iv, data) == expected
    assert len(expected) == 16 * (size // 16 + 1)
    if size:
        assert aes_cbc_decrypt(key, iv, expected) == data
    with pytest.raises(CryptoError):
        aes_cbc_decrypt(key, iv, expected[:-1])


def test_oaep_roundtrip_with_cryptography() -> None:
    pair = KeyStore.generate().for_usage(USAGE_SYMMETRIC)
    assert pair is not None
    secret = os.urandom(32)
    ct = pair.public_key().encrypt(
        secret, asym.OAEP(mgf=asym.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    )
    assert oaep_decrypt(pair.private_key, ct) == secret
    sha1 = pair.public_key().encrypt(
        secret, asym.OAEP(mgf=asym.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    )
    with pytest.raises(CryptoError):
        oaep_decrypt(pair.private_key, sha1)


def test_crc8_known_answers_from_docs() -> None:
    assert f"{crc8(b'5265877635-20250826-0100001AF629'):02X}" == "AF"
    assert f"{crc8(b'5265877635-20250626-010080DD2B5E'):02X}" == "26"


def test_generated_numbers_are_valid() -> None:
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc)
    for _ in range(200):
        n = ksef_number("5265877635", now)
        assert len(n) == 35 and is_valid_ksef_number(n)
        r = reference_number("EE", now)
        assert len(r) == 36 and f"{crc8(r[:33].encode()):02X}" == r[-2:]
    assert not is_valid_ksef_number("5265877635-20250826-0100001AF629-00")


def test_against_ksef_sdk() -> None:
    crypto = pytest.importorskip("ksef_sdk.crypto")
    identifiers = pytest.importorskip("ksef_sdk.identifiers")
    from datetime import datetime, timezone

    pair = KeyStore.generate().for_usage(USAGE_SYMMETRIC)
    assert pair is not None
    session_key = crypto.SessionKey.generate()
    fields = session_key.encryption_fields(pair.public_key(), pair.public_key_id)
    import base64

    key = oaep_decrypt(pair.private_key, base64.b64decode(fields["encryptedSymmetricKey"]))
    iv = base64.b64decode(fields["initializationVector"])
    data = os.urandom(1000)
    assert aes_cbc_decrypt(key, iv, session_key.encrypt(data)) == data
    assert session_key.decrypt(aes_cbc_encrypt(key, iv, data)) == data
    n = ksef_number("5265877635", datetime.now(timezone.utc))
    assert identifiers.ksef_number_checksum(n) == n[-2:]
