"""The push-style :class:`Encryptor` (hashes beside the cipher) gives byte for byte what the sans-IO
:class:`StreamCipher` gives, for any way the plaintext is cut into writes."""

from __future__ import annotations

import hashlib
import io
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ksef_sdk.crypto import SessionKey, StreamDigest
from ksef_sdk.crypto._cipher import Encryptor
from ksef_sdk.errors import CryptoError

KEY = SessionKey.from_bytes(bytes(range(32)), bytes(range(16)))


def reference(data: bytes) -> tuple[bytes, StreamDigest]:
    cipher = KEY.encryptor()
    out = cipher.update(data) + cipher.finalize()
    return out, cipher.digest


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(st.one_of(st.binary(max_size=70), st.binary(min_size=200, max_size=900)), max_size=25),
    chunk=st.integers(min_value=1, max_value=300),
    as_bytearray=st.booleans(),
)
def test_any_cut_of_writes_matches_stream_cipher(pieces: list[bytes], chunk: int, as_bytearray: bool) -> None:
    dst = io.BytesIO()
    encryptor = Encryptor(KEY, dst, chunk_size=chunk)
    for piece in pieces:
        encryptor.write(bytearray(piece) if as_bytearray else piece)
    assert encryptor.plain_size == sum(map(len, pieces))
    digest = encryptor.close()
    expected, expected_digest = reference(b"".join(pieces))
    assert dst.getvalue() == expected
    assert digest == expected_digest
    assert encryptor.close() == digest  # idempotent


def test_written_buffers_may_be_reused_by_the_caller() -> None:
    buffer = bytearray(b"a" * 5000)
    dst = io.BytesIO()
    encryptor = Encryptor(KEY, dst, chunk_size=1024)
    encryptor.write(buffer)
    buffer[:] = b"b" * 5000  # the caller reuses its buffer at once
    encryptor.write(buffer)
    digest = encryptor.close()
    expected, expected_digest = reference(b"a" * 5000 + b"b" * 5000)
    assert (dst.getvalue(), digest) == (expected, expected_digest)


def test_large_stream_digest_only_and_exact_multiple_of_the_block() -> None:
    data = bytes(range(256)) * 8192  # 2 MiB, a multiple of 16: a whole padding block is added
    digest = KEY.encrypt_stream(io.BytesIO(data), None, chunk_size=256 * 1024)
    assert digest.plain_sha256 == hashlib.sha256(data).digest()
    assert digest.encrypted_size == len(data) + 16
    assert digest == reference(data)[1]


def test_empty_input_is_one_padding_block() -> None:
    dst = io.BytesIO()
    digest = Encryptor(KEY, dst).close()
    assert dst.getvalue() == reference(b"")[0]
    assert digest.encrypted_size == 16


def test_no_writes_after_close_and_workers_stop() -> None:
    before = threading.active_count()
    encryptor = Encryptor(KEY, None, chunk_size=64)
    encryptor.write(b"x" * 1000)
    encryptor.close()
    with pytest.raises(CryptoError):
        encryptor.write(b"x")
    assert threading.active_count() <= before
    aborted = Encryptor(KEY, None, chunk_size=64)
    aborted.write(b"y" * 1000)
    aborted.abort()
    assert threading.active_count() <= before
    with pytest.raises(ValueError):
        Encryptor(KEY, None, chunk_size=0)


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=700))
def test_encrypt_invoice_matches_the_stream_cipher(xml: bytes) -> None:
    encrypted = KEY.encrypt_invoice(xml)
    ciphertext, digest = reference(xml)
    assert encrypted.ciphertext == ciphertext
    assert (encrypted.invoice_size, encrypted.encrypted_invoice_size) == (digest.plain_size, digest.encrypted_size)
    assert (encrypted.invoice_hash, encrypted.encrypted_invoice_hash) == (
        digest.plain_sha256_b64,
        digest.encrypted_sha256_b64,
    )
