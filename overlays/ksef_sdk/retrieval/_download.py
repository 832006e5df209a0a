"""Downloading one invoice by its KSeF number, verified against the hash KSeF declares.

``pobieranie-faktur`` in the KSeF documentation: ``GET /invoices/ksef/{ksefNumber}`` returns the XML
exactly as stored, with ``x-ms-meta-hash`` (Base64 SHA-256). Without that header the bytes cannot be
verified (a proxy's error page would pass as "the invoice"), so the download fails with
:class:`~ksef_sdk.errors.IntegrityError` unless the caller opts out with ``verify_hash=False``.

An invoice gets its KSeF number before it reaches permanent storage; until then KSeF answers 21165
("not yet available, try again later"). The download waits for it per ``wait`` (default
:data:`ksef_sdk.defaults.DOWNLOAD_POLL`; ``wait=None`` raises the 21165 at once).
"""

from __future__ import annotations

from typing import Any

from ksef_sdk import defaults
from ksef_sdk.crypto._cipher import sha256_b64
from ksef_sdk.errors import BadRequestError, Code, IntegrityError
from ksef_sdk.flow import Call, Flow, PollPolicy, poll, run_async, run_sync
from ksef_sdk.http._client import AsyncSecuredClient, SyncSecuredClient, workflow_env
from ksef_sdk.identifiers import validate_ksef_number

__all__ = ["adownload_invoice", "download_flow", "download_invoice", "verify_sha256"]


def verify_sha256(data: bytes, expected: str | None, what: str, *, required: bool = True) -> None:
    """Raise :class:`IntegrityError` unless ``Base64(SHA-256(data))`` equals ``expected`` (a header value);
    a missing ``expected`` is an error too when ``required``."""
    if expected is None:
        if required:
            raise IntegrityError(
                f"{what}: the answer carries no x-ms-meta-hash, so its bytes cannot be verified "
                "(pass verify_hash=False to accept unverified bytes)"
            )
        return
    actual = sha256_b64(data)
    if actual != expected.strip():
        raise IntegrityError(f"{what}: SHA-256 {actual} differs from the declared {expected.strip()[:64]!r}")


def download_flow(
    ksef_number: str, *, verify_hash: bool = True, wait: PollPolicy | None = defaults.DOWNLOAD_POLL
) -> Flow[bytes]:
    from ksef_api.api.invoices import get_invoices_ksef_ksef_number as op

    number = validate_ksef_number(ksef_number)

    def fetch() -> Flow[Any]:
        try:
            response = yield Call(op, {"ksef_number": number}, raw=True)
        except BadRequestError as exc:
            if wait is not None and exc.has_code(Code.INVOICE_NOT_YET_AVAILABLE):
                return None  # numbered, not yet in permanent storage: try again later
            raise
        return response

    if wait is None:
        response = yield from fetch()
    else:
        response = yield from poll(fetch, lambda r: r is not None, wait, f"invoice {number} (not yet stored)")
    data: bytes = response.content
    verify_sha256(data, response.headers.get("x-ms-meta-hash"), f"invoice {number}", required=verify_hash)
    return data


def download_invoice(
    client: SyncSecuredClient,
    ksef_number: str,
    *,
    verify_hash: bool = True,
    wait: PollPolicy | None = defaults.DOWNLOAD_POLL,
) -> bytes:
    """The invoice XML exactly as stored, its SHA-256 checked against ``x-ms-meta-hash``; waits (``wait``)
    while KSeF answers 21165 (numbered, not yet in permanent storage)."""
    return run_sync(download_flow(ksef_number, verify_hash=verify_hash, wait=wait), workflow_env(client))


async def adownload_invoice(
    client: AsyncSecuredClient,
    ksef_number: str,
    *,
    verify_hash: bool = True,
    wait: PollPolicy | None = defaults.DOWNLOAD_POLL,
) -> bytes:
    """Async :func:`download_invoice`."""
    return await run_async(download_flow(ksef_number, verify_hash=verify_hash, wait=wait), workflow_env(client))
