"""Invoice, batch-part and export encryption (``sesja-interaktywna.md``, ``sesja-wsadowa.md`` of the KSeF docs).

KSeF uses one symmetric key per session: a random 32-byte AES key and a random 16-byte IV,
AES-256-CBC with PKCS#7 padding. The IV travels only in the session's ``encryption`` object; it is
never prefixed to the ciphertext. The AES key is wrapped with RSA-OAEP (SHA-256, MGF1-SHA-256, empty
label) using the Ministry certificate whose usage is ``SymmetricKeyEncryption`` (see
:mod:`ksef_sdk.crypto._keys`).

Typical use::

    key = SessionKey.generate()
    encryption = key.encryption_info(cert)          # -> ksef_api.models.EncryptionInfo for POST /sessions/online
    invoice = key.encrypt_invoice(xml_bytes)        # -> EncryptedInvoice (hashes, sizes, ciphertext)
    body = invoice.to_request()                     # -> ksef_api.models.SendInvoiceRequest

    with open("part.zip", "rb") as src, open("part.aes", "wb") as dst:
        digest = key.encrypt_stream(src, dst)       # constant memory; sizes + SHA-256 of both sides

A ``SessionKey`` never shows its key material in ``repr``/``str``.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO, Final, Protocol, runtime_checkable

from cryptography.hazmat.primitives import hashes, padding
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import MGF1, OAEP
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ksef_sdk.errors._local import CryptoError, DecryptionError

if TYPE_CHECKING:
    from ksef_api.models.encryption_info import EncryptionInfo
    from ksef_api.models.send_invoice_request import SendInvoiceRequest

__all__ = [
    "AES_BLOCK_SIZE",
    "AES_KEY_SIZE",
    "DEFAULT_CHUNK_SIZE",
    "CryptoError",
    "DecryptionError",
    "EncryptedInvoice",
    "Encryptor",
    "PublicKeyLike",
    "SessionKey",
    "StreamCipher",
    "StreamDigest",
    "b64decode",
    "b64encode",
    "b64url_nopad",
    "decrypt_stream",
    "encrypt_stream",
    "encrypted_size",
    "oaep_padding",
    "rsa_oaep_encrypt",
    "sha256_b64",
    "sha256_b64url",
]

AES_KEY_SIZE: Final = 32
AES_BLOCK_SIZE: Final = 16
DEFAULT_CHUNK_SIZE: Final = 1024 * 1024


# ----------------------------------------------------------------------------------------- helpers


def b64encode(data: bytes) -> str:
    """Standard Base64 with padding, as text (what every ``format: byte`` field of the API expects)."""
    return base64.b64encode(data).decode("ascii")


def b64decode(text: str | bytes) -> bytes:
    """Strict standard Base64 decoding; raises :class:`CryptoError` on malformed input."""
    try:
        return base64.b64decode(text, validate=True)
    except (ValueError, TypeError) as exc:
        raise CryptoError(f"malformed Base64 input: {exc}") from None


def b64url_nopad(data: bytes) -> str:
    """Base64URL without ``=`` padding (QR-code links)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def sha256_b64(data: bytes) -> str:
    """SHA-256 as standard Base64 (44 characters): ``invoiceHash``, ``fileHash``..."""
    return b64encode(hashlib.sha256(data).digest())


def sha256_b64url(data: bytes) -> str:
    """SHA-256 as Base64URL without padding (43 characters): the hash segment of QR links."""
    return b64url_nopad(hashlib.sha256(data).digest())


def encrypted_size(plain_size: int) -> int:
    """Ciphertext length of AES-CBC/PKCS#7 for ``plain_size`` bytes: ``16 * (plain_size // 16 + 1)``."""
    if plain_size < 0:
        raise ValueError("plain_size must be >= 0")
    return AES_BLOCK_SIZE * (plain_size // AES_BLOCK_SIZE + 1)


def oaep_padding() -> OAEP:
    """RSAES-OAEP with SHA-256 and MGF1-SHA-256, empty label (the only padding KSeF accepts)."""
    return OAEP(mgf=MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


@runtime_checkable
class PublicKeyLike(Protocol):
    """Anything carrying a public key and its KSeF ``publicKeyId`` (a :class:`~ksef_sdk.crypto.MinistryCertificate`)."""

    @property
    def public_key(self) -> rsa.RSAPublicKey: ...

    @property
    def public_key_id(self) -> str: ...


def _rsa_key(key: rsa.RSAPublicKey | PublicKeyLike) -> tuple[rsa.RSAPublicKey, str | None]:
    if isinstance(key, rsa.RSAPublicKey):
        return key, None
    public = key.public_key
    if not isinstance(public, rsa.RSAPublicKey):
        raise CryptoError(f"RSA-OAEP needs an RSA public key, got {type(public).__name__}")
    return public, key.public_key_id


def rsa_oaep_encrypt(key: rsa.RSAPublicKey | PublicKeyLike, plaintext: bytes) -> bytes:
    """Encrypt ``plaintext`` with RSA-OAEP (SHA-256/MGF1-SHA-256) under ``key``."""
    public, _ = _rsa_key(key)
    try:
        return public.encrypt(plaintext, oaep_padding())
    except ValueError as exc:  # plaintext too long for the key
        raise CryptoError(f"RSA-OAEP encryption failed: {exc}") from None


# ------------------------------------------------------------------------------------------ digests


@dataclass(frozen=True)
class StreamDigest:
    """Sizes and SHA-256 digests of both sides of an encryption or decryption."""

    plain_size: int
    plain_sha256: bytes
    encrypted_size: int
    encrypted_sha256: bytes

    @property
    def plain_sha256_b64(self) -> str:
        return b64encode(self.plain_sha256)

    @property
    def encrypted_sha256_b64(self) -> str:
        return b64encode(self.encrypted_sha256)


class StreamCipher:
    """Incremental (sans-IO) AES-256-CBC/PKCS#7 encryptor or decryptor that also hashes both sides.

    Feed chunks of any size to :meth:`update` and write what it returns; call :meth:`finalize` once
    and write its result too; then read :attr:`digest`. Memory use is one chunk.
    """

    def __init__(self, key: SessionKey, *, decrypt: bool = False) -> None:
        cipher = Cipher(algorithms.AES(key._key), modes.CBC(key._iv))
        self._decrypt = decrypt
        self._ctx = cipher.decryptor() if decrypt else cipher.encryptor()
        self._padding = padding.PKCS7(AES_BLOCK_SIZE * 8)
        self._pad = self._padding.unpadder() if decrypt else self._padding.padder()
        self._plain_hash = hashlib.sha256()
        self._enc_hash = hashlib.sha256()
        self._plain_size = 0
        self._enc_size = 0
        self._digest: StreamDigest | None = None

    def __repr__(self) -> str:
        mode = "decrypt" if self._decrypt else "encrypt"
        return f"StreamCipher({mode}, plain_size={self._plain_size}, encrypted_size={self._enc_size})"

    def _plain(self, data: bytes) -> bytes:
        self._plain_hash.update(data)
        self._plain_size += len(data)
        return data

    def _encrypted(self, data: bytes) -> bytes:
        self._enc_hash.update(data)
        self._enc_size += len(data)
        return data

    def update(self, chunk: bytes) -> bytes:
        """Process one chunk; returns the output bytes available so far (possibly empty)."""
        if self._digest is not None:
            raise CryptoError("StreamCipher already finalized")
        if self._decrypt:
            plain = self._pad.update(self._ctx.update(self._encrypted(chunk)))
            return self._plain(plain)
        return self._encrypted(self._ctx.update(self._pad.update(self._plain(chunk))))

    def finalize(self) -> bytes:
        """Flush padding; returns the last output bytes. Raises :class:`DecryptionError` on bad input."""
        if self._digest is not None:
            raise CryptoError("StreamCipher already finalized")
        if self._decrypt:
            if self._enc_size == 0 or self._enc_size % AES_BLOCK_SIZE:
                raise DecryptionError(
                    f"ciphertext length {self._enc_size} is not a positive multiple of {AES_BLOCK_SIZE}"
                )
            try:
                tail = self._pad.update(self._ctx.finalize()) + self._pad.finalize()
            except ValueError:
                raise DecryptionError("invalid PKCS#7 padding: wrong key or IV, or corrupted data") from None
            out = self._plain(tail)
        else:
            out = self._encrypted(self._ctx.update(self._pad.finalize()) + self._ctx.finalize())
        self._digest = StreamDigest(
            self._plain_size, self._plain_hash.digest(), self._enc_size, self._enc_hash.digest()
        )
        return out

    @property
    def digest(self) -> StreamDigest:
        """Sizes and hashes; available after :meth:`finalize`."""
        if self._digest is None:
            raise CryptoError("digest is available only after finalize()")
        return self._digest


def _iter_chunks(src: BinaryIO, chunk_size: int) -> Iterator[bytes]:
    if chunk_size <= 0:
        raise ValueError("chunk_size must be positive")
    while True:
        chunk = src.read(chunk_size)
        if not chunk:
            return
        yield chunk


def _pump(cipher: StreamCipher, chunks: Iterable[bytes], dst: BinaryIO | None) -> StreamDigest:
    for chunk in chunks:
        out = cipher.update(chunk)
        if out and dst is not None:
            dst.write(out)
    out = cipher.finalize()
    if out and dst is not None:
        dst.write(out)
    return cipher.digest


class _BackgroundSha256:
    """SHA-256 fed by a worker thread of its own, in the order of :meth:`update` (``hashlib`` releases the GIL
    for buffers over 2 KiB, so the hash runs beside whatever the calling thread does next). At most ``depth``
    buffers wait, which bounds the memory they hold; the caller must not change a buffer it passed."""

    def __init__(self, depth: int = 4) -> None:
        self._hash = hashlib.sha256()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ksef-sha256")
        self._pending: deque[Future[None]] = deque()
        self._depth = depth

    def update(self, data: bytes) -> None:
        self._pending.append(self._worker.submit(self._hash.update, data))
        while len(self._pending) > self._depth:
            self._pending.popleft().result()

    def digest(self) -> bytes:
        self.close()
        return self._hash.digest()

    def close(self) -> None:
        try:
            while self._pending:
                self._pending.popleft().result()
        finally:
            self._worker.shutdown(wait=True)


class Encryptor:
    """Push-style AES-256-CBC/PKCS#7 encryption into ``dst`` with both SHA-256 digests computed beside the cipher.

    :meth:`write` any amount of plaintext; :meth:`close` pads, flushes and returns the :class:`StreamDigest`.
    Writes are gathered into ``chunk_size`` blocks; each block's plaintext hash, its encryption (the cipher
    releases the GIL) and the hash of its ciphertext run on three threads at once, so on two cores the two
    hashes cost almost no wall time. Memory: a few blocks. ``dst=None`` only computes the digest.
    """

    def __init__(self, key: SessionKey, dst: BinaryIO | None, *, chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
        if chunk_size <= 0:
            raise ValueError("chunk_size must be positive")
        self._ctx = Cipher(algorithms.AES(key._key), modes.CBC(key._iv)).encryptor()
        self._dst = dst
        self._chunk = chunk_size
        self._buffer = bytearray()
        self._plain = _BackgroundSha256()
        self._encrypted = _BackgroundSha256()
        self._plain_size = 0
        self._enc_size = 0
        self._digest: StreamDigest | None = None

    def __repr__(self) -> str:
        return f"Encryptor(plain_size={self._plain_size + len(self._buffer)}, encrypted_size={self._enc_size})"

    @property
    def plain_size(self) -> int:
        """Plaintext bytes written so far."""
        return self._plain_size + len(self._buffer)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        if self._digest is not None:
            raise CryptoError("Encryptor already closed")
        if not self._buffer and len(data) >= self._chunk and isinstance(data, bytes):
            self._block(data)  # a large immutable block goes through as it is
            return
        self._buffer += data
        if len(self._buffer) >= self._chunk:
            block = bytes(self._buffer)
            self._buffer.clear()
            self._block(block)

    def _block(self, plain: bytes) -> None:
        self._plain.update(plain)
        self._plain_size += len(plain)
        self._output(self._ctx.update(plain))

    def _output(self, out: bytes) -> None:
        if out:
            self._encrypted.update(out)
            self._enc_size += len(out)
            if self._dst is not None:
                self._dst.write(out)

    def close(self) -> StreamDigest:
        """Pad (PKCS#7), encrypt the rest, wait for both hashes; returns sizes and digests."""
        if self._digest is not None:
            return self._digest
        try:
            tail = bytes(self._buffer)
            self._buffer.clear()
            pad = AES_BLOCK_SIZE - (self._plain_size + len(tail)) % AES_BLOCK_SIZE
            if tail:
                self._plain.update(tail)
                self._plain_size += len(tail)
            self._output(self._ctx.update(tail + bytes([pad]) * pad) + self._ctx.finalize())
            self._digest = StreamDigest(
                self._plain_size, self._plain.digest(), self._enc_size, self._encrypted.digest()
            )
        finally:
            self._plain.close()
            self._encrypted.close()
        return self._digest

    def abort(self) -> None:
        """Stop the hash workers without finishing (after an error)."""
        self._plain.close()
        self._encrypted.close()


def encrypt_stream(
    key: SessionKey, src: BinaryIO, dst: BinaryIO | None, *, chunk_size: int = DEFAULT_CHUNK_SIZE
) -> StreamDigest:
    """Encrypt everything readable from ``src`` into ``dst`` in constant memory (an :class:`Encryptor`: the
    two hashes run beside the cipher).

    ``dst=None`` only computes the digest (sizes and hashes of plain and encrypted bytes), e.g. to
    declare a batch part before uploading it. Returns a :class:`StreamDigest`.
    """
    encryptor = Encryptor(key, dst, chunk_size=chunk_size)
    try:
        for chunk in _iter_chunks(src, chunk_size):
            encryptor.write(chunk)
    except BaseException:
        encryptor.abort()
        raise
    return encryptor.close()


def decrypt_stream(
    key: SessionKey, src: BinaryIO, dst: BinaryIO | None, *, chunk_size: int = DEFAULT_CHUNK_SIZE
) -> StreamDigest:
    """Decrypt everything readable from ``src`` into ``dst`` in constant memory.

    For exports, decrypt each part separately (each has its own padding) and concatenate the
    outputs in ``ordinalNumber`` order. Raises :class:`DecryptionError` on wrong key/IV or corrupt data
    (in that case ``dst`` may already hold partial output).
    """
    return _pump(StreamCipher(key, decrypt=True), _iter_chunks(src, chunk_size), dst)


# --------------------------------------------------------------------------------------- invoices


@dataclass(frozen=True)
class EncryptedInvoice:
    """The send-invoice fields for one invoice (``POST /sessions/online/{ref}/invoices``)."""

    invoice_hash: str
    invoice_size: int
    encrypted_invoice_hash: str
    encrypted_invoice_size: int
    ciphertext: bytes = field(repr=False)

    @property
    def encrypted_invoice_content(self) -> str:
        """The ciphertext as Base64 text."""
        return b64encode(self.ciphertext)

    def to_request(
        self, *, offline_mode: bool = False, hash_of_corrected_invoice: str | None = None
    ) -> SendInvoiceRequest:
        """A ``ksef_api.models.SendInvoiceRequest`` with these fields."""
        from ksef_api.models.send_invoice_request import SendInvoiceRequest
        from ksef_api.types import UNSET

        return SendInvoiceRequest(
            invoice_hash=self.invoice_hash,
            invoice_size=self.invoice_size,
            encrypted_invoice_hash=self.encrypted_invoice_hash,
            encrypted_invoice_size=self.encrypted_invoice_size,
            encrypted_invoice_content=self.encrypted_invoice_content,
            offline_mode=offline_mode,
            hash_of_corrected_invoice=UNSET if hash_of_corrected_invoice is None else hash_of_corrected_invoice,
        )

    def to_dict(self) -> dict[str, str | int]:
        """The five required JSON fields, camelCase, as the API spells them."""
        return {
            "invoiceHash": self.invoice_hash,
            "invoiceSize": self.invoice_size,
            "encryptedInvoiceHash": self.encrypted_invoice_hash,
            "encryptedInvoiceSize": self.encrypted_invoice_size,
            "encryptedInvoiceContent": self.encrypted_invoice_content,
        }


# ------------------------------------------------------------------------------------- session key


class SessionKey:
    """One session's AES-256 key and IV. The key material never appears in ``repr``/``str``.

    Use :meth:`generate` for a fresh random key (one per session); :meth:`from_bytes` only to decrypt
    data you encrypted earlier (e.g. exports) with a key you kept.
    """

    __slots__ = ("_iv", "_key")

    def __init__(self, key: bytes, iv: bytes) -> None:
        if not isinstance(key, bytes) or len(key) != AES_KEY_SIZE:
            raise CryptoError(f"AES key must be {AES_KEY_SIZE} bytes")
        if not isinstance(iv, bytes) or len(iv) != AES_BLOCK_SIZE:
            raise CryptoError(f"IV must be {AES_BLOCK_SIZE} bytes")
        self._key = key
        self._iv = iv

    @classmethod
    def generate(cls) -> SessionKey:
        """A fresh random 32-byte key and 16-byte IV from the OS CSPRNG."""
        return cls(os.urandom(AES_KEY_SIZE), os.urandom(AES_BLOCK_SIZE))

    @classmethod
    def from_bytes(cls, key: bytes, iv: bytes) -> SessionKey:
        return cls(key, iv)

    def __repr__(self) -> str:
        return "SessionKey(<secret>)"

    __str__ = __repr__

    @property
    def key_bytes(self) -> bytes:
        """The raw AES key. Handle with care: it decrypts everything of this session."""
        return self._key

    @property
    def iv(self) -> bytes:
        """The 16-byte IV (not secret; sent as ``initializationVector``)."""
        return self._iv

    @property
    def iv_b64(self) -> str:
        return b64encode(self._iv)

    # --- key wrapping

    def wrap(self, public_key: rsa.RSAPublicKey | PublicKeyLike) -> bytes:
        """The AES key encrypted with RSA-OAEP (SHA-256/MGF1-SHA-256) under ``public_key``."""
        return rsa_oaep_encrypt(public_key, self._key)

    def encryption_fields(
        self, public_key: rsa.RSAPublicKey | PublicKeyLike, public_key_id: str | None = None
    ) -> dict[str, str]:
        """The session ``encryption`` object as JSON fields.

        ``public_key`` is an RSA public key or a Ministry certificate (:class:`PublicKeyLike`), whose
        ``public_key_id`` is then used unless ``public_key_id`` is given.
        """
        rsa_key, cert_key_id = _rsa_key(public_key)
        fields = {
            "encryptedSymmetricKey": b64encode(rsa_oaep_encrypt(rsa_key, self._key)),
            "initializationVector": self.iv_b64,
        }
        key_id = public_key_id if public_key_id is not None else cert_key_id
        if key_id is not None:
            fields["publicKeyId"] = key_id
        return fields

    def encryption_info(
        self, public_key: rsa.RSAPublicKey | PublicKeyLike, public_key_id: str | None = None
    ) -> EncryptionInfo:
        """The session ``encryption`` object as ``ksef_api.models.EncryptionInfo``."""
        from ksef_api.models.encryption_info import EncryptionInfo

        return EncryptionInfo.from_dict(self.encryption_fields(public_key, public_key_id))

    # --- whole-buffer operations

    def encrypt(self, data: bytes) -> bytes:
        """AES-256-CBC/PKCS#7 ciphertext of ``data`` (no IV prefix)."""
        cipher = StreamCipher(self)
        return cipher.update(data) + cipher.finalize()

    def decrypt(self, data: bytes) -> bytes:
        """Inverse of :meth:`encrypt`; raises :class:`DecryptionError` on bad input."""
        cipher = StreamCipher(self, decrypt=True)
        return cipher.update(data) + cipher.finalize()

    def encrypt_invoice(self, xml: bytes) -> EncryptedInvoice:
        """Encrypt one invoice and compute the send-invoice hashes and sizes."""
        if not isinstance(xml, bytes):
            raise CryptoError(f"invoice must be bytes, got {type(xml).__name__}")
        if not xml:
            raise CryptoError("invoice is empty")
        # One buffer, one call: PKCS#7 padding appended here (no padder or stream objects per invoice).
        pad = AES_BLOCK_SIZE - len(xml) % AES_BLOCK_SIZE
        encryptor = Cipher(algorithms.AES(self._key), modes.CBC(self._iv)).encryptor()
        ciphertext = encryptor.update(xml + bytes((pad,)) * pad) + encryptor.finalize()
        return EncryptedInvoice(
            invoice_hash=sha256_b64(xml),
            invoice_size=len(xml),
            encrypted_invoice_hash=sha256_b64(ciphertext),
            encrypted_invoice_size=len(ciphertext),
            ciphertext=ciphertext,
        )

    # --- streams

    def encrypt_stream(
        self, src: BinaryIO, dst: BinaryIO | None, *, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> StreamDigest:
        """See :func:`encrypt_stream`."""
        return encrypt_stream(self, src, dst, chunk_size=chunk_size)

    def decrypt_stream(
        self, src: BinaryIO, dst: BinaryIO | None, *, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> StreamDigest:
        """See :func:`decrypt_stream`."""
        return decrypt_stream(self, src, dst, chunk_size=chunk_size)

    def encryptor(self) -> StreamCipher:
        """A fresh incremental encryptor (for producing ciphertext chunk by chunk, e.g. for uploads)."""
        return StreamCipher(self)

    def decryptor(self) -> StreamCipher:
        """A fresh incremental decryptor."""
        return StreamCipher(self, decrypt=True)
