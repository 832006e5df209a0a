"""pytest plugin (entry point ``ksef_sandbox``): fixtures that run the sandbox for a test session.

- ``ksef_sandbox_server`` (session scope): one :class:`SandboxServer` on a free loopback port.
- ``ksef_sandbox`` (function scope): the same server; after each test its faults are cleared and its
  configuration restored (data stays: use fresh NIPs per test).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import SandboxServer


@pytest.fixture(scope="session")
def ksef_sandbox_server() -> Iterator[SandboxServer]:
    server = SandboxServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def ksef_sandbox(ksef_sandbox_server: SandboxServer) -> Iterator[SandboxServer]:
    yield ksef_sandbox_server
    ksef_sandbox_server.control.reset()
