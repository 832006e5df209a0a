"""The sans-IO core: ``handle(Request) -> Response`` over the route table and one shared state. No sockets,
no framework: the ASGI layer (``_app``) and tests call it directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from ._config import Config
from ._crypto import KeyStore
from ._http import ApiError, HttpProblem, Request, Response, Router
from ._ids import Clock
from ._state import SandboxState
from ._xml import SchemaStore
from .api import qr_codes, storage
from .api._input import bad
from .api._rate_limits import enforce
from .api.routes import ROUTES

__all__ = ["SandboxCore"]

log = logging.getLogger("ksef_sandbox")


class SandboxCore:
    """Dispatches requests to the API areas (``ksef_sandbox.api``); thread-safe (one lock, in ``state``)."""

    def __init__(
        self, *, schema_dir: Path | str | None = "auto", config: Config | None = None, keys: KeyStore | None = None
    ) -> None:
        self.state = SandboxState(schema_dir=schema_dir, config=config, keys=keys)
        self.router = Router(ROUTES)
        self.observers: list[Callable[[Request, Response], None]] = []
        self.call_counts: dict[str, int] = {}

    # the parts of the state callers reach for most
    @property
    def config(self) -> Config:
        return self.state.config

    @property
    def clock(self) -> Clock:
        return self.state.clock

    @property
    def keys(self) -> KeyStore:
        return self.state.keys

    @property
    def schemas(self) -> SchemaStore:
        return self.state.schemas

    @property
    def tmpdir(self) -> Path:
        return self.state.tmpdir

    @property
    def now(self) -> datetime:
        return self.state.now

    def reset_state(self) -> None:
        self.state.reset()

    def close(self) -> None:
        self.state.close()

    def wait_idle(self, timeout: float | None = None) -> None:
        """Wait for background work (batch processing) to finish."""
        self.state.wait_idle(timeout)

    def handle(self, req: Request) -> Response:
        """Answer one API request (path relative to ``/v2``); never raises."""
        state = self.state
        now = state.now
        try:
            matched = self.router.match(req.method, req.path)
            if matched is None:
                resp = Response.json(
                    {"title": "Not Found", "status": 404, "detail": f"No operation {req.method} {req.path}"},
                    404,
                    "application/problem+json",
                )
            else:
                route, params = matched
                with state.lock:
                    self.call_counts[route.key] = self.call_counts.get(route.key, 0) + 1
                    enforce(state, route.key, req)
                    resp = route.handler(state, req, **params)
        except HttpProblem as problem:
            resp = problem.render(req, now)
        except (TypeError, AttributeError, KeyError, ValueError) as exc:
            # a body of the wrong shape (e.g. a number where an object belongs): KSeF answers 21405
            log.debug("ksef_sandbox: malformed input for %s %s: %r", req.method, req.path, exc)
            resp = bad(f"Nieprawidłowa struktura żądania: {exc.__class__.__name__}: {exc}").render(req, now)
        except Exception:
            log.exception("ksef_sandbox: unhandled error in %s %s", req.method, req.path)
            resp = ApiError(500, 500, "Nieznany błąd.").render(req, now)
        if 200 <= resp.status < 300 and req.header("x-test-system-warning"):
            resp.headers["x-system-warning"] = req.header("x-test-system-warning") or ""
        for observer in self.observers:
            observer(req, resp)
        return resp

    def check_upload(
        self, path: str, expires: str | None, sig: str | None, headers: Mapping[str, str]
    ) -> Response | None:
        """The checks of a part upload when it starts (``PUT /blob/upload/...``): ``None`` when it may go on."""
        return storage.check_upload(self.state, path, expires, sig, headers)

    def store_part(
        self,
        path: str,
        expires: str | None,
        sig: str | None,
        tmp: Path,
        *,
        size: int,
        digest: str,
        started: datetime | None = None,
    ) -> Response:
        """A batch part the HTTP layer streamed to ``tmp`` after :meth:`check_upload` passed."""
        return storage.store_part(self.state, path, expires, sig, tmp, size=size, digest=digest, started=started)

    def blob_get(
        self, path: str, expires: str | None, sig: str | None, headers: Mapping[str, str] | None = None
    ) -> Response:
        """Pre-signed downloads (UPO pages, per-invoice UPO, export parts); no bearer."""
        return storage.download(self.state, path, expires, sig, headers)

    def verify_certificate_qr(self, url: str) -> dict[str, Any]:
        """KOD II verification (``/qr/certificate/...``, no bearer): see :mod:`ksef_sandbox.api.qr_codes`."""
        with self.state.lock:
            return qr_codes.verify_certificate_link(self.state, url)
