"""The test suite runs with the network blocked except the loopback hosts of the embedded sandbox."""

from __future__ import annotations

import socket

import pytest


def test_connections_outside_the_allowed_loopback_hosts_are_blocked() -> None:
    # 127.0.0.2 is loopback (no traffic leaves the machine) but not in --allowed-hosts: without the
    # block this would be a ConnectionRefusedError (an OSError), not pytest-recording's RuntimeError.
    with pytest.raises(RuntimeError, match="Network is disabled"):
        socket.create_connection(("127.0.0.2", 9), timeout=1)
