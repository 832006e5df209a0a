"""The blob storage behind pre-signed URLs (``/blob/...``, outside ``/v2``; KSeF uses Azure Blob Storage):
batch part uploads and downloads of UPO pages, per-invoice UPO and export parts. No bearer token: the URL's
signature and expiry are the credential.

As the storage does (``sesja-wsadowa.md``, "Przesłanie zadeklarowanych części paczki"): a request that carries
an ``Authorization`` header is refused (401), an upload must carry every header ``partUploadRequests``
returned (400 otherwise), and the URL's validity is checked when the request starts: an upload accepted in
time completes even if the window closes meanwhile, one that starts after it gets 403. Errors are Azure's XML
error documents with ``x-ms-error-code``. Called by the ASGI layer, not through the route table.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from ksef_sandbox._http import Response
from ksef_sandbox._ids import sha256_b64
from ksef_sandbox._state import SandboxState

from ._signing import UPLOAD_HEADERS, check_url
from ._upo import invoice_upo

__all__ = ["check_upload", "download", "store_part"]


def _azure_error(status: int, code: str, message: str) -> Response:
    body = (
        f'<?xml version="1.0" encoding="utf-8"?><Error><Code>{code}</Code><Message>{escape(message)}</Message></Error>'
    ).encode()
    return Response(status, body, {"content-type": "application/xml", "x-ms-error-code": code})


def _refuse_authorization(headers: Mapping[str, str]) -> Response | None:
    if "authorization" in headers:
        return _azure_error(
            401,
            "InvalidAuthenticationInfo",
            "Authentication information is not given in the correct format: a pre-signed URL takes no "
            "Authorization header (do not send the access token).",
        )
    return None


def check_upload(
    state: SandboxState, path: str, expires: str | None, sig: str | None, headers: Mapping[str, str]
) -> Response | None:
    """The checks made when an upload request starts (before its body is read); ``None`` when it may go on."""
    with state.lock:
        refused = _refuse_authorization(headers)
        if refused is not None:
            return refused
        if not check_url(state, path, expires, sig):
            return _azure_error(
                403, "AuthenticationFailed", "Signature invalid or the upload window of this part has closed."
            )
        for name, value in UPLOAD_HEADERS.items():
            got = headers.get(name)
            if got is None:
                return _azure_error(400, "MissingRequiredHeader", f"A required header is missing: {name}.")
            if got != value:
                return _azure_error(400, "InvalidHeaderValue", f"The value of header {name} is not valid: {got}.")
        return None


def store_part(
    state: SandboxState,
    path: str,
    expires: str | None,
    sig: str | None,
    tmp: Path,
    *,
    size: int,
    digest: str,
    started: datetime | None = None,
) -> Response:
    """``PUT /blob/upload/{session}/{ordinal}``, after :func:`check_upload` passed and the HTTP layer streamed the
    body to ``tmp``; the URL counts as of ``started`` (when the request began, default now)."""
    with state.lock:
        if not check_url(state, path, expires, sig, at=started):
            tmp.unlink(missing_ok=True)
            return _azure_error(403, "AuthenticationFailed", "Signature invalid or the upload window has closed.")
        parts = path.strip("/").split("/")
        s = state.sessions.get(parts[2]) if len(parts) == 4 else None
        if s is None or s.kind != "Batch" or not parts[3].isdigit():
            tmp.unlink(missing_ok=True)
            return _azure_error(404, "ContainerNotFound", "The specified container does not exist.")
        if s.status[0] != 100:
            tmp.unlink(missing_ok=True)
            return _azure_error(403, "AuthorizationFailure", "Upload no longer allowed for this session.")
        n = int(parts[3])
        old = s.parts.pop(n, None)
        if old:
            old[0].unlink(missing_ok=True)
        s.parts[n] = (tmp, size, digest)
        s.updated = state.now
        return Response(201, b"", {"content-md5": "", "x-ms-request-server-encrypted": "true"})


def download(
    state: SandboxState, path: str, expires: str | None, sig: str | None, headers: Mapping[str, str] | None = None
) -> Response:
    """``GET /blob/{upo|upo-invoice|export}/...``: UPO pages, per-invoice UPO, export parts."""
    refused = _refuse_authorization(headers or {})
    if refused is not None:
        return refused
    with state.lock:
        if not check_url(state, path, expires, sig):
            return _azure_error(403, "AuthenticationFailed", "Signature invalid or expired.")
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
            return _azure_error(404, "BlobNotFound", "The specified blob does not exist.")
        return Response.xml(doc, sha256_b64(doc))
