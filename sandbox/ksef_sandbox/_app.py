"""The ASGI layer: Starlette routes around the sans-IO core, streamed uploads, fault injection."""

from __future__ import annotations

import asyncio
import hashlib
import tempfile
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request as StarletteRequest
from starlette.responses import Response as StarletteResponse
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from ._core import SandboxCore
from ._faults import FaultInjector
from ._http import Request, Response
from ._ids import b64e

__all__ = ["create_app"]

_METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH"]


def _client_ip(request: StarletteRequest) -> str:
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded:
        return forwarded.split(",")[0].strip()
    return request.client.host if request.client else "127.0.0.1"


def _root(request: StarletteRequest) -> str:
    return str(request.base_url).rstrip("/")


def _to_starlette(resp: Response) -> StarletteResponse:
    headers = dict(resp.headers)
    media = headers.pop("content-type", None)
    return StarletteResponse(resp.body, status_code=resp.status, headers=headers, media_type=media)


def create_app(core: SandboxCore, faults: FaultInjector | None = None) -> Any:
    """The ASGI application: API under ``/v2``, pre-signed blob URLs under ``/blob``, KOD II verification under
    ``/qr/certificate``."""
    faults = faults or FaultInjector()

    async def api(request: StarletteRequest) -> StarletteResponse:
        body = await request.body()
        req = Request(
            method=request.method,
            path="/" + request.path_params["path"],
            query=list(request.query_params.multi_items()),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=body,
            client_ip=_client_ip(request),
            root_url=_root(request),
        )
        return _to_starlette(core.handle(req))

    async def upload(request: StarletteRequest) -> StarletteResponse:
        started = core.now
        headers = {k.lower(): v for k, v in request.headers.items()}
        expires, sig = request.query_params.get("se"), request.query_params.get("sig")
        refused = core.check_upload(request.url.path, expires, sig, headers)
        if refused is not None:
            async for _ in request.stream():  # drain: answering mid-upload would break the client's send
                pass
            return _to_starlette(refused)
        digest = hashlib.sha256()
        size = 0
        with tempfile.NamedTemporaryFile(dir=core.tmpdir, delete=False, suffix=".part") as fh:
            async for chunk in request.stream():
                digest.update(chunk)
                size += len(chunk)
                fh.write(chunk)
        resp = core.store_part(
            request.url.path, expires, sig, Path(fh.name), size=size, digest=b64e(digest.digest()), started=started
        )
        return _to_starlette(resp)

    async def blob(request: StarletteRequest) -> StarletteResponse:
        headers = {k.lower(): v for k, v in request.headers.items()}
        return _to_starlette(
            core.blob_get(request.url.path, request.query_params.get("se"), request.query_params.get("sig"), headers)
        )

    async def qr_certificate(request: StarletteRequest) -> StarletteResponse:
        return _to_starlette(Response.json(core.verify_certificate_qr(str(request.url))))

    async def health(request: StarletteRequest) -> StarletteResponse:
        return StarletteResponse(b"ok", media_type="text/plain")

    app = Starlette(
        routes=[
            Route("/v2/{path:path}", api, methods=_METHODS),
            Route("/blob/upload/{rest:path}", upload, methods=["PUT"]),
            Route("/blob/{rest:path}", blob, methods=["GET"]),
            Route("/qr/certificate/{rest:path}", qr_certificate, methods=["GET"]),
            Route("/health", health, methods=["GET"]),
        ]
    )
    return _FaultMiddleware(app, faults)


class _FaultMiddleware:
    def __init__(self, app: Any, faults: FaultInjector) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.faults.faults:
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        rel = path[3:] if path.startswith("/v2/") else path
        fault = self.faults.pick(scope["method"], rel)
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.latency:
            await asyncio.sleep(fault.latency)
        if fault.status is not None:
            body, ctype = fault.error_body()
            headers = [(b"content-type", ctype.encode()), (b"content-length", str(len(body)).encode())]
            if fault.status == 429 or fault.retry_after is not None:
                headers.append(
                    (b"retry-after", str(fault.retry_after if fault.retry_after is not None else 1).encode())
                )
            headers += [
                (k.lower().encode(), v.encode()) for k, v in fault.headers.items() if k.lower() != "content-type"
            ]
            if fault.drop or fault.truncate is not None:
                await self._send_cut(send, fault, fault.status, headers, body)
                return
            await send({"type": "http.response.start", "status": fault.status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if not (fault.drop or fault.truncate is not None):
            await self.app(scope, receive, send)
            return
        captured: dict[str, Any] = {"status": 500, "headers": [], "body": b""}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                captured["headers"] = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
            elif message["type"] == "http.response.body":
                captured["body"] += message.get("body", b"")

        await self.app(scope, receive, capture)
        await self._send_cut(send, fault, captured["status"], captured["headers"], captured["body"])

    @staticmethod
    async def _send_cut(send: Send, fault: Any, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
        if fault.truncate is not None and not fault.drop:
            cut = body[: fault.truncate]
            await send(
                {
                    "type": "http.response.start",
                    "status": status,
                    "headers": [*headers, (b"content-length", str(len(cut)).encode())],
                }
            )
            await send({"type": "http.response.body", "body": cut})
            return
        # drop: promise the whole body, deliver half, then abort the connection
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [*headers, (b"content-length", str(max(len(body), 2)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        raise ConnectionAbortedError("ksef_sandbox: injected connection drop")
