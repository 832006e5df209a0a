"""What the sandbox signs for clients with its URL key: pre-signed storage URLs and continuation tokens."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime
from urllib.parse import quote

from ksef_sandbox._http import ApiError, Request
from ksef_sandbox._ids import b64d, b64e
from ksef_sandbox._state import SandboxState

__all__ = ["UPLOAD_HEADERS", "check_url", "decode_continuation", "encode_continuation", "sign_url"]

# the headers every batch part upload must carry, as partUploadRequests returns them (Azure Blob "Put Blob")
UPLOAD_HEADERS = {"x-ms-blob-type": "BlockBlob"}


def sign_url(state: SandboxState, req: Request, path: str, expires: datetime) -> str:
    """An absolute URL for ``path`` (under ``/blob``) valid until ``expires``, like an Azure SAS URL."""
    exp = str(int(expires.timestamp()))
    sig = hmac.new(state.url_key, f"{path}|{exp}".encode(), hashlib.sha256).hexdigest()
    return f"{req.root_url}{quote(path)}?se={exp}&sig={sig}"


def check_url(
    state: SandboxState, path: str, expires: str | None, sig: str | None, *, at: datetime | None = None
) -> bool:
    """The URL was signed by this sandbox and had not expired at ``at`` (default now)."""
    if not expires or not sig:
        return False
    good = hmac.new(state.url_key, f"{path}|{expires}".encode(), hashlib.sha256).hexdigest()
    try:
        return hmac.compare_digest(good, sig) and int(expires) >= (at or state.now).timestamp()
    except ValueError:
        return False


def encode_continuation(state: SandboxState, offset: int) -> str:
    """An opaque ``continuationToken`` for the list position ``offset``."""
    raw = f"{offset}".encode()
    sig = hmac.new(state.url_key, raw, hashlib.sha256).hexdigest()[:16]
    return b64e(raw + b"." + sig.encode())


def decode_continuation(state: SandboxState, req: Request) -> int:
    """The list position from the ``x-continuation-token`` header (0 without one); 21418 when forged."""
    token = req.header("x-continuation-token")
    if not token:
        return 0
    try:
        raw, _, sig = b64d(token).partition(b".")
        if hmac.new(state.url_key, raw, hashlib.sha256).hexdigest()[:16].encode() != sig:
            raise ValueError("bad signature")
        return int(raw)
    except ValueError:
        raise ApiError(400, 21418, "Nieprawidłowy token kontynuacji.", ["x-continuation-token is malformed."]) from None
