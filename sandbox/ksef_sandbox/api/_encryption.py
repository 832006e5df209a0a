"""The client's encryption against the sandbox's Ministry-like keys: key lookup (21470) and key unwrapping.

See ``bezpieczenstwo/klucze-publiczne-do-szyfrowania.md`` of the official documentation.
"""

from __future__ import annotations

from ksef_sandbox._crypto import CryptoError, KeyPair, oaep_decrypt
from ksef_sandbox._http import ApiError
from ksef_sandbox._ids import b64d
from ksef_sandbox._state import SandboxState

__all__ = ["key_pair", "unwrap_key"]


def key_pair(state: SandboxState, usage: str, public_key_id: str | None) -> KeyPair:
    """The active key pair for ``usage`` (and ``publicKeyId`` when given); 21470 for an unknown id."""
    pair = state.keys.for_usage(usage, public_key_id)
    if pair is None:
        raise ApiError(
            400,
            21470,
            "Nieobsługiwany klucz publiczny.",
            [f"Klucz o identyfikatorze {public_key_id} nie jest wspierany"],
        )
    return pair


def unwrap_key(state: SandboxState, usage: str, encrypted: str, public_key_id: str | None) -> bytes:
    """RSA-OAEP-decrypt a base64 key; 21470 for an unknown key id, CryptoError when it cannot be decrypted."""
    pair = key_pair(state, usage, public_key_id)
    try:
        raw = b64d(encrypted)
    except ValueError as exc:
        raise CryptoError("bad base64") from exc
    return oaep_decrypt(pair.private_key, raw)
