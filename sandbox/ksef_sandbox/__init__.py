"""ksef_sandbox: an offline, stateful KSeF API v2 server with real cryptography, for tests.

Quick start::

    from ksef_sandbox import SandboxServer

    with SandboxServer() as sandbox:            # loopback, free port
        token = sandbox.control.issue_ksef_token("5265877635")
        ...  # point any KSeF client at sandbox.url (http://127.0.0.1:PORT/v2)

In pytest, the ``ksef_sandbox`` fixture (installed plugin) gives the same object per test. For in-process
use without sockets: ``httpx.Client(transport=httpx.ASGITransport(app=...))`` is async-only, so use
``starlette.testclient.TestClient(create_app(SandboxCore()))`` or call ``SandboxCore.handle`` directly.

Names are imported lazily (on first attribute access) so ``import ksef_sandbox`` stays cheap; ``_EXPORTS``
is the one table of public names (``__all__`` and the type checker's imports below must match it).
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: the same pattern as ksef_sdk, no typing import needed

_EXPORTS: dict[str, str] = {
    "SandboxServer": "server",
    "SandboxControl": "control",
    "SandboxCore": "_core",
    "Config": "_config",
    "Fault": "_faults",
    "create_app": "_app",
}

__all__ = ["Config", "Fault", "SandboxControl", "SandboxCore", "SandboxServer", "create_app"]


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ksef_sandbox' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from ._app import create_app
    from ._config import Config
    from ._core import SandboxCore
    from ._faults import Fault
    from .control import SandboxControl
    from .server import SandboxServer
