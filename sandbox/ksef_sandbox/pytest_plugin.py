"""pytest plugin (entry point ``ksef_sandbox``): fixtures that run the sandbox for a test session.

- ``ksef_sandbox_server`` (session scope): one :class:`~ksef_sandbox.SandboxServer` on a free loopback port.
- ``ksef_sandbox`` (function scope): the same server; after each test its faults are cleared and its
  configuration restored (data stays: use fresh NIPs per test).

Heavy imports (starlette, uvicorn, lxml) happen only when a fixture is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .server import SandboxServer


@pytest.fixture(scope="session")
def ksef_sandbox_server() -> Iterator[SandboxServer]:
    from .server import SandboxServer

    server = SandboxServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def ksef_sandbox(ksef_sandbox_server: SandboxServer) -> Iterator[SandboxServer]:
    yield ksef_sandbox_server
    ksef_sandbox_server.control.reset()
    ksef_sandbox_server.core.wait_idle(60)
