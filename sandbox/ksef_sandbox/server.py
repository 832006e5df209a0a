"""Run the sandbox: in a background thread (tests) or in the foreground (``python -m ksef_sandbox``)."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from ._app import create_app
from ._config import Config
from ._core import SandboxCore
from ._faults import FaultInjector
from .control import SandboxControl

__all__ = ["SandboxServer"]


class SandboxServer:
    """A sandbox on loopback. ``url`` is the API base (``http://127.0.0.1:PORT/v2``); ``control`` drives it.

    >>> with SandboxServer() as sandbox:  # doctest: +SKIP
    ...     token = sandbox.control.issue_ksef_token("5265877635")
    ...     client = make_client(base_url=sandbox.url)
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        schema_dir: Path | str | None = "auto",
        config: Config | None = None,
        fault_seed: int | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.core = SandboxCore(schema_dir=schema_dir, config=config)
        self.faults = FaultInjector(fault_seed)
        self.control = SandboxControl(self.core, self.faults)
        self.app = create_app(self.core, self.faults)
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def root_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.root_url}/v2"

    @property
    def qr_url(self) -> str:
        """The QR verification host of this sandbox (``Environment.custom(sandbox.url, qr_base=sandbox.qr_url)``):
        KOD II links made for it are verified at ``GET {qr_url}/certificate/...``."""
        return f"{self.root_url}/qr"

    def _config(self) -> Any:
        import uvicorn

        return uvicorn.Config(
            self.app, host=self.host, port=self.port, log_level="warning", access_log=False, lifespan="off"
        )

    def start(self, timeout: float = 10.0) -> SandboxServer:
        """Start serving in a daemon thread and return once the socket listens."""
        import uvicorn

        self._server = uvicorn.Server(self._config())
        self._server.install_signal_handlers = lambda: None  # uvicorn < 0.29 compatibility; harmless otherwise

        def run() -> None:
            asyncio.run(self._server.serve())

        self._thread = threading.Thread(target=run, name="ksef-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("ksef_sandbox: server failed to start")
            time.sleep(0.005)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def serve_forever(self, on_ready: Any = None) -> None:
        """Serve in the current thread (``python -m ksef_sandbox``); ``on_ready(server)`` runs once listening."""
        import uvicorn

        self._server = uvicorn.Server(self._config())

        async def main() -> None:
            task = asyncio.create_task(self._server.serve())
            while not self._server.started:
                if task.done():
                    await task
                    return
                await asyncio.sleep(0.005)
            self.port = self._server.servers[0].sockets[0].getsockname()[1]
            if on_ready is not None:
                on_ready(self)
            await task

        asyncio.run(main())

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self.core.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
