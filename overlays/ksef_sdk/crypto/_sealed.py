"""Sealing small secrets at rest (session keys, tokens) with a key the caller supplies.

AES-256-GCM under a key derived from the caller's secret with HKDF-SHA256; each sealed value carries a
fresh 96-bit nonce and is bound to its ``label`` (the record it belongs to) as associated data, so a
sealed value copied to another record does not open. Format: ``b"KSEF-SEALED-1:" + nonce + ciphertext``.
"""

from __future__ import annotations

import os

from ksef_sdk.errors import ConfigurationError, DecryptionError

__all__ = ["SEALED_PREFIX", "Sealer", "is_sealed"]

SEALED_PREFIX = b"KSEF-SEALED-1:"
_NONCE = 12
_MIN_SECRET = 16


def is_sealed(value: bytes) -> bool:
    return value.startswith(SEALED_PREFIX)


class Sealer:
    """Seals and opens values with one caller-supplied secret (at least 16 bytes; a str is UTF-8 encoded).
    The secret never appears in ``repr``."""

    __slots__ = ("_aead",)

    def __init__(self, secret: bytes | str) -> None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        raw = secret.encode() if isinstance(secret, str) else secret
        if not isinstance(raw, bytes) or len(raw) < _MIN_SECRET:
            raise ConfigurationError(f"the sealing secret must be at least {_MIN_SECRET} bytes")
        key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"ksef-sdk sealed state v1").derive(raw)
        self._aead = AESGCM(key)

    def __repr__(self) -> str:
        return "Sealer(<secret>)"

    def seal(self, data: bytes, label: str) -> bytes:
        nonce = os.urandom(_NONCE)
        return SEALED_PREFIX + nonce + self._aead.encrypt(nonce, data, label.encode())

    def open(self, sealed: bytes, label: str) -> bytes:
        """The plain value; :class:`~ksef_sdk.errors.DecryptionError` for a wrong secret, label or damage."""
        from cryptography.exceptions import InvalidTag

        if not is_sealed(sealed) or len(sealed) < len(SEALED_PREFIX) + _NONCE + 16:
            raise DecryptionError(f"{label}: not a sealed value")
        body = sealed[len(SEALED_PREFIX) :]
        try:
            return self._aead.decrypt(body[:_NONCE], body[_NONCE:], label.encode())
        except InvalidTag:
            raise DecryptionError(f"{label}: cannot open the sealed value (wrong secret, or damaged)") from None
