"""Pre-signed transfers: batch part uploads, UPO ``downloadUrl`` pages, export parts.

These URLs come in KSeF's answers and point at its storage, outside the API: they are called with a
separate plain httpx client that never carries the bearer token, and trusted only as far as they
deserve - ``https`` only (plain ``http`` only to a loopback host, for the sandbox), the host checked
against the environment's storage hosts (:attr:`~ksef_sdk.Environment.storage_hosts`, configurable),
and a clear :class:`~ksef_sdk.errors.UntrustedUrlError` otherwise. Every transfer has a timeout and is
retried per the client's :class:`~ksef_sdk.http.RetryPolicy` (GET and PUT of a part are repeatable:
429 with ``Retry-After``, 5xx, dropped connections, bodies cut short).
"""

from __future__ import annotations

import asyncio
import fnmatch
import ipaddress
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from ksef_sdk.defaults import STORAGE_TIMEOUT
from ksef_sdk.errors import (
    KsefApiError,
    OutcomeUnknownError,
    TransportError,
    UntrustedUrlError,
    build_error,
)
from ksef_sdk.flow._effects import CHUNK, FileSlice, Flow, Http, HttpAttempt, HttpResult, Sleep
from ksef_sdk.http._errors import safe_url, transport_error
from ksef_sdk.http._transport import RetryPolicy

__all__ = ["PresignedPolicy", "Storage"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class PresignedPolicy:
    """Which pre-signed URLs a client follows, how long a transfer may wait, and how it is retried.

    ``hosts`` are host patterns (``fnmatch``: ``"*.blob.core.windows.net"``); ``retry`` ``None`` means
    one attempt only.
    """

    hosts: tuple[str, ...]
    timeout: httpx.Timeout = field(default_factory=lambda: STORAGE_TIMEOUT)
    retry: RetryPolicy | None = field(default_factory=RetryPolicy)

    def check(self, url: str) -> None:
        """Raise :class:`UntrustedUrlError` unless ``url`` may be followed."""
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise UntrustedUrlError("a pre-signed URL in KSeF's answer is not a valid URL", url=None) from exc
        host = parsed.host.lower()
        where = f"{parsed.scheme}://{host}"
        if parsed.scheme == "http" and not _is_loopback(host):
            raise UntrustedUrlError(f"refusing a plain-http pre-signed URL to {where} (https only)", url=where)
        if parsed.scheme not in ("https", "http"):
            raise UntrustedUrlError(f"refusing a pre-signed URL with scheme {parsed.scheme!r}", url=where)
        if not any(fnmatch.fnmatchcase(host, pattern.lower()) for pattern in self.hosts):
            raise UntrustedUrlError(
                f"refusing a pre-signed URL to {host}: not among the allowed storage hosts {list(self.hosts)} "
                "(Environment.custom(..., storage_hosts=...) or build_client(..., storage_hosts=...) to allow it)",
                url=where,
            )


class Storage:
    """Pre-signed transfers of one client: its :class:`PresignedPolicy` and bearer-free httpx clients
    (one connection pool per I/O kind, created on first use; ``transport``/``async_transport`` for tests)."""

    def __init__(
        self,
        policy: PresignedPolicy,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        verify: Any = True,
    ) -> None:
        self.policy = policy
        self._transport = transport
        self._async_transport = async_transport
        self._verify = verify
        self._lock = threading.Lock()
        self._sync: httpx.Client | None = None
        self._async: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        return f"Storage(hosts={list(self.policy.hosts)})"

    def sync_client(self) -> httpx.Client:
        with self._lock:
            if self._sync is None:
                self._sync = httpx.Client(timeout=self.policy.timeout, transport=self._transport, verify=self._verify)
            return self._sync

    def async_client(self) -> httpx.AsyncClient:
        with self._lock:
            if self._async is None:
                self._async = httpx.AsyncClient(
                    timeout=self.policy.timeout, transport=self._async_transport, verify=self._verify
                )
            return self._async

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()

    # --- the transfer as a flow: check, attempt, retry ------------------------------------------------

    def transfer_flow(self, http: Http) -> Flow[HttpResult]:
        """One transfer: the URL checked, then attempts (:class:`HttpAttempt`) with retries and backoff."""
        if any(name.lower() == "authorization" for name in http.headers):
            raise UntrustedUrlError("a pre-signed transfer never carries an Authorization header", url=None)
        self.policy.check(http.url)
        retry = self.policy.retry
        attempt = 0
        while True:
            try:
                result: HttpResult = yield HttpAttempt(http)
                return result
            except KsefApiError as exc:
                delay = (
                    None
                    if retry is None
                    else retry.delay_after_status(
                        http.method, None, attempt, exc.status_code, exc.headers.get("retry-after")
                    )
                )
                if delay is None:
                    raise
            except TransportError as exc:
                delay = None if retry is None else retry.delay_after_transport(http.method, None, attempt, exc)
                if delay is None:
                    raise
            yield Sleep(delay)
            attempt += 1

    # --- one attempt ---------------------------------------------------------------------------------

    @staticmethod
    def _headers(http: Http) -> dict[str, str]:
        headers = dict(http.headers)
        size = http.body.size() if isinstance(http.body, FileSlice) else len(http.body) if http.body else None
        if size is not None and not any(k.lower() == "content-length" for k in headers):
            headers["Content-Length"] = str(size)
        return headers

    @staticmethod
    def _failed(response: httpx.Response, http: Http) -> KsefApiError:
        return build_error(
            response.status_code, response.headers, response.content, method=http.method, url=safe_url(http.url)
        )

    def attempt_sync(self, http: Http) -> HttpResult:
        client = self.sync_client()
        body: Any = http.body.chunks() if isinstance(http.body, FileSlice) else http.body
        request = client.build_request(http.method, http.url, headers=self._headers(http), content=body)
        try:
            response = client.send(request, stream=True)
            try:
                if not response.is_success:
                    response.read()
                    raise self._failed(response, http)
                if http.save_to is None:
                    return HttpResult(response.status_code, dict(response.headers), response.read())
                with open(http.save_to, "wb") as fh:
                    for chunk in response.iter_bytes(CHUNK):
                        fh.write(chunk)
                return HttpResult(response.status_code, dict(response.headers), None)
            finally:
                response.close()
        except httpx.TransportError as exc:
            raise transport_error(exc, http.method, http.url) from exc
        except httpx.StreamError as exc:  # pragma: no cover - a body consumed twice: our bug, not the network
            raise OutcomeUnknownError(f"{http.method} transfer failed: {exc}", method=http.method) from exc

    async def attempt_async(self, http: Http) -> HttpResult:
        client = self.async_client()
        body: Any = _achunks(http.body) if isinstance(http.body, FileSlice) else http.body
        request = client.build_request(http.method, http.url, headers=self._headers(http), content=body)
        try:
            response = await client.send(request, stream=True)
            try:
                if not response.is_success:
                    await response.aread()
                    raise self._failed(response, http)
                if http.save_to is None:
                    return HttpResult(response.status_code, dict(response.headers), await response.aread())
                with open(http.save_to, "wb") as fh:
                    async for chunk in response.aiter_bytes(CHUNK):
                        fh.write(chunk)
                return HttpResult(response.status_code, dict(response.headers), None)
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            raise transport_error(exc, http.method, http.url) from exc
        except httpx.StreamError as exc:  # pragma: no cover
            raise OutcomeUnknownError(f"{http.method} transfer failed: {exc}", method=http.method) from exc


async def _achunks(body: FileSlice) -> AsyncIterator[bytes]:
    iterator: Iterator[bytes] = body.chunks()
    next_chunk: Callable[[], bytes | None] = lambda: next(iterator, None)  # noqa: E731
    while True:
        chunk = await asyncio.to_thread(next_chunk)
        if chunk is None:
            return
        yield chunk
