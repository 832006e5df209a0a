"""The sandbox's own key material and the cipher primitives KSeF uses (RSA-OAEP SHA-256, AES-256-CBC)."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.x509.oid import NameOID

from ._ids import b64e

__all__ = [
    "USAGE_SYMMETRIC",
    "USAGE_TOKEN",
    "CryptoError",
    "KeyPair",
    "KeyStore",
    "aes_cbc_decrypt",
    "aes_cbc_encrypt",
    "oaep_decrypt",
    "oaep_encrypt",
]

USAGE_TOKEN = "KsefTokenEncryption"  # noqa: S105 - a usage name, not a secret
USAGE_SYMMETRIC = "SymmetricKeyEncryption"


class CryptoError(Exception):
    """A ciphertext or key the sandbox cannot use."""


def _oaep() -> asym_padding.OAEP:
    return asym_padding.OAEP(mgf=asym_padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def oaep_encrypt(public_key: rsa.RSAPublicKey, data: bytes) -> bytes:
    return public_key.encrypt(data, _oaep())


def oaep_decrypt(private_key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    try:
        return private_key.decrypt(data, _oaep())
    except ValueError as exc:
        raise CryptoError("RSA-OAEP decryption failed") from exc


def aes_cbc_encrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return enc.update(padder.update(data) + padder.finalize()) + enc.finalize()


def aes_cbc_decrypt(key: bytes, iv: bytes, data: bytes) -> bytes:
    if len(key) != 32 or len(iv) != 16 or not data or len(data) % 16:
        raise CryptoError("bad AES-256-CBC key, IV or ciphertext length")
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    try:
        return unpadder.update(dec.update(data) + dec.finalize()) + unpadder.finalize()
    except ValueError as exc:
        raise CryptoError("bad PKCS#7 padding") from exc


@dataclass
class KeyPair:
    """One RSA key with its self-signed certificate, published for one or more usages."""

    private_key: rsa.RSAPrivateKey
    certificate: x509.Certificate
    usage: tuple[str, ...]
    active: bool = True

    @property
    def certificate_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @property
    def certificate_id(self) -> str:
        return b64e(hashlib.sha256(self.certificate_der).digest())

    @property
    def public_key_id(self) -> str:
        spki = self.private_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return b64e(hashlib.sha256(spki).digest())

    def public_key(self) -> rsa.RSAPublicKey:
        return self.private_key.public_key()


def make_key_pair(
    usage: tuple[str, ...], *, key: rsa.RSAPrivateKey | None = None, now: datetime | None = None
) -> KeyPair:
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = now or datetime.now(timezone.utc)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "PL"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ksef-sandbox"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Ministerstwo Finansów (sandbox)"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=730))
        .add_extension(x509.KeyUsage(False, False, True, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return KeyPair(key, cert, usage)


_shared: list[KeyPair] = []
_shared_lock = threading.Lock()


@dataclass
class KeyStore:
    """The sandbox's published keys (one for KSeF tokens, one for symmetric keys)."""

    pairs: list[KeyPair] = field(default_factory=list)

    @classmethod
    def generate(cls, *, shared: bool = True) -> KeyStore:
        """Fresh keys; with ``shared`` the process reuses one set (RSA key generation is the slow part of startup)."""
        if not shared:
            return cls([make_key_pair((USAGE_TOKEN,)), make_key_pair((USAGE_SYMMETRIC,))])
        with _shared_lock:
            if not _shared:
                _shared.extend([make_key_pair((USAGE_TOKEN,)), make_key_pair((USAGE_SYMMETRIC,))])
            return cls(list(_shared))

    def for_usage(self, usage: str, public_key_id: str | None = None) -> KeyPair | None:
        """The active key for ``usage`` (the newest, or the one with ``public_key_id``); None if unknown."""
        candidates = [p for p in self.pairs if usage in p.usage and p.active]
        if public_key_id is not None:
            candidates = [p for p in candidates if p.public_key_id == public_key_id]
        if not candidates:
            return None
        return max(candidates, key=lambda p: p.certificate.not_valid_before_utc)

    def rotate(self, usage: str) -> KeyPair:
        """Publish a new key for ``usage`` (the old one stays listed and accepted until retired)."""
        pair = make_key_pair((usage,))
        self.pairs.append(pair)
        return pair

    def retire(self, public_key_id: str) -> None:
        """Emergency rotation: the key disappears from the list and its id is rejected (21470)."""
        for p in self.pairs:
            if p.public_key_id == public_key_id:
                p.active = False
