"""ksef_sandbox: an offline, stateful KSeF API v2 server with real cryptography, for tests.

Quick start::

    from ksef_sandbox import SandboxServer

    with SandboxServer() as sandbox:            # loopback, free port
        token = sandbox.control.issue_ksef_token("5265877635")
        ...  # point any KSeF client at sandbox.url (http://127.0.0.1:PORT/v2)

In pytest, the ``ksef_sandbox`` fixture (installed plugin) gives the same object per test. For in-process
use without sockets: ``httpx.Client(transport=httpx.ASGITransport(app=...))`` is async-only, so use
``starlette.testclient.TestClient(create_app(SandboxCore()))`` or call ``SandboxCore.handle`` directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Config", "Fault", "SandboxControl", "SandboxCore", "SandboxServer", "create_app"]

if TYPE_CHECKING:
    from ._app import create_app
    from ._config import Config
    from ._core import SandboxCore
    from ._faults import Fault
    from .control import SandboxControl
    from .server import SandboxServer

_LAZY = {
    "create_app": "._app",
    "SandboxCore": "._core",
    "Fault": "._faults",
    "Config": "._config",
    "SandboxControl": ".control",
    "SandboxServer": ".server",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module, __name__), name)
