"""Property-based run: schemathesis generates requests for every operation of openapi.yaml and sends them to
the sandbox on loopback; no response may be a 5xx or violate the spec (schemathesis' checks plus our
server-side openapi-core conformance observer, which the ``sandbox`` fixture asserts on)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402
from ksef_sandbox import SandboxServer  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
schema = schemathesis.openapi.from_path(str(SPEC))
# the coverage phase probes every unexpected method and boundary value of 83 operations: too slow for the
# default suite; KSEF_SANDBOX_FUZZ_COVERAGE=1 turns it on (it passed at the time of writing)
schema.config.phases.coverage.enabled = os.environ.get("KSEF_SANDBOX_FUZZ_COVERAGE") == "1"
EXAMPLES = int(os.environ.get("KSEF_SANDBOX_FUZZ_EXAMPLES", "5"))


@pytest.fixture(scope="module")
def bearer(sandbox_server: SandboxServer) -> str:
    import httpx
    from sandbox_helpers import Client, random_nip

    nip = random_nip()
    with httpx.Client(base_url=sandbox_server.url) as http:
        c = Client(http)
        c.authenticate(nip, sandbox_server.control.issue_ksef_token(nip))
        assert c.access
        return c.access


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_fuzz_operations(case: schemathesis.Case, sandbox: SandboxServer, bearer: str) -> None:
    headers = {"Authorization": f"Bearer {bearer}"} if case.operation.definition.raw.get("security") else {}
    response = case.call(base_url=sandbox.url, headers=headers, timeout=30)
    case.validate_response(response, checks=[not_a_server_error, response_schema_conformance, content_type_conformance])
