"""The blob storage behind pre-signed URLs (``/blob/...``, outside ``/v2``; KSeF uses Azure Blob Storage):
batch part uploads and downloads of UPO pages, per-invoice UPO and export parts. No bearer token: the URL's
signature and expiry are the credential. Called by the ASGI layer, not through the route table.
"""

from __future__ import annotations

from pathlib import Path

from ksef_sandbox._http import Response
from ksef_sandbox._ids import sha256_b64
from ksef_sandbox._state import SandboxState

from ._signing import check_url
from ._upo import invoice_upo

__all__ = ["download", "store_part"]


def store_part(
    state: SandboxState, path: str, expires: str | None, sig: str | None, tmp: Path, *, size: int, digest: str
) -> Response:
    """``PUT /blob/upload/{session}/{ordinal}``, after the HTTP layer streamed the body to ``tmp``."""
    with state.lock:
        if not check_url(state, path, expires, sig):
            tmp.unlink(missing_ok=True)
            return Response(
                403,
                b"AuthenticationFailed: signature invalid or upload window expired",
                {"content-type": "text/plain"},
            )
        parts = path.strip("/").split("/")
        s = state.sessions.get(parts[2]) if len(parts) == 4 else None
        if s is None or s.kind != "Batch" or not parts[3].isdigit():
            tmp.unlink(missing_ok=True)
            return Response(404, b"ContainerNotFound", {"content-type": "text/plain"})
        if s.status[0] != 100:
            tmp.unlink(missing_ok=True)
            return Response(403, b"Upload no longer allowed for this session", {"content-type": "text/plain"})
        n = int(parts[3])
        old = s.parts.pop(n, None)
        if old:
            old[0].unlink(missing_ok=True)
        s.parts[n] = (tmp, size, digest)
        s.updated = state.now
        return Response(201, b"", {"content-md5": "", "x-ms-request-server-encrypted": "true"})


def download(state: SandboxState, path: str, expires: str | None, sig: str | None) -> Response:
    """``GET /blob/{upo|upo-invoice|export}/...``: UPO pages, per-invoice UPO, export parts."""
    with state.lock:
        if not check_url(state, path, expires, sig):
            return Response(403, b"AuthenticationFailed: signature invalid or expired", {"content-type": "text/plain"})
        parts = path.strip("/").split("/")
        doc: bytes | None = None
        if parts[:2] == ["blob", "upo"] and len(parts) == 4:
            s = state.sessions.get(parts[2])
            doc = next((d for r, d in (s.upo_pages if s else []) if r == parts[3]), None)
        elif parts[:2] == ["blob", "upo-invoice"] and len(parts) == 4:
            s = state.sessions.get(parts[2])
            inv = s.by_ref.get(parts[3]) if s else None
            if s and inv and inv.ksef_number:
                doc = invoice_upo(state, s, inv)
        elif parts[:2] == ["blob", "export"] and len(parts) == 4:
            exp = state.exports.get(parts[2])
            idx = int(parts[3]) - 1 if parts[3].isdigit() else -1
            if exp and 0 <= idx < len(exp.parts):
                blob = exp.parts[idx]
                return Response(
                    200, blob, {"content-type": "application/octet-stream", "x-ms-meta-hash": sha256_b64(blob)}
                )
        if doc is None:
            return Response(404, b"BlobNotFound", {"content-type": "text/plain"})
        return Response.xml(doc, sha256_b64(doc))
