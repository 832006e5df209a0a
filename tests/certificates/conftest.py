"""Fixtures for the certificate, token, permission and authentication-session tests: one embedded sandbox
(every response validated against openapi.yaml, as in tests/sandbox), fresh NIPs, self-signed XAdES
certificates, fast poll policies."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from certs_helpers import FAST, World
from ksef_sandbox import SandboxServer
from ksef_sdk.crypto.testcerts import TestCertificate, company_seal_certificate
from ksef_sdk.environments import Environment
from ksef_sdk.identifiers import random_nip

SANDBOX_TESTS = Path(__file__).resolve().parents[1] / "sandbox"


def _sandbox_conftest() -> Any:
    """tests/sandbox/conftest.py (its spec-conformance observer), loaded by path: the folders are siblings."""
    if str(SANDBOX_TESTS) not in sys.path:
        sys.path.insert(0, str(SANDBOX_TESTS))
    spec = importlib.util.spec_from_file_location("sandbox_conformance", SANDBOX_TESTS / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def conformance_checker() -> Any:
    return _sandbox_conftest().Conformance()


@pytest.fixture(scope="session")
def spec_request() -> Any:
    """``check(method, path, json_body)``: raise unless the request is valid by openapi.yaml."""
    import json

    from ksef_sandbox._http import Request

    module = _sandbox_conftest()
    api = module.Conformance()._api

    def check(method: str, path: str, body: Any) -> None:
        req = Request(
            method=method,
            path=path,
            headers={"content-type": "application/json", "authorization": "Bearer x"},
            body=json.dumps(body).encode(),
        )
        api.validate_request(module._OARequest(req))

    return check


@pytest.fixture(scope="session")
def sandbox_server(conformance_checker: Any) -> Iterator[SandboxServer]:
    server = SandboxServer().start()
    server.core.observers.append(conformance_checker)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox(sandbox_server: SandboxServer, conformance_checker: Any) -> Iterator[SandboxServer]:
    before = len(conformance_checker.violations)
    yield sandbox_server
    sandbox_server.control.reset()
    assert conformance_checker in sandbox_server.core.observers
    new = conformance_checker.violations[before:]
    assert not new, "responses that violate openapi.yaml:\n" + "\n".join(new)


@pytest.fixture
def env(sandbox: SandboxServer) -> Environment:
    return Environment.custom(sandbox.url, qr_base=sandbox.qr_url)


@pytest.fixture
def nip() -> str:
    return random_nip()


@pytest.fixture
def seal(nip: str) -> TestCertificate:
    """A self-signed company-seal look-alike for ``nip`` (what TEST accepts for XAdES login)."""
    return company_seal_certificate(organization=f"Firma {nip} sp. z o.o.", nip=nip, key_type="ec")


@pytest.fixture
def public(env: Environment) -> Iterator[Any]:
    from ksef_sdk.http import build_public_client

    with build_public_client(env) as client:
        yield client


@pytest.fixture
def xades_client(env: Environment, public: Any, seal: TestCertificate, nip: str) -> Iterator[Any]:
    """A client logged in with XAdES (the self-signed seal) on first use, re-authenticating when needed."""
    from ksef_sdk.authentication import XadesAuthenticator
    from ksef_sdk.http import build_client

    with build_client(env, authenticator=XadesAuthenticator(public, seal.signer(), nip, poll_policy=FAST)) as client:
        yield client


@pytest.fixture
def token_client(sandbox: SandboxServer, env: Environment, public: Any, nip: str) -> Iterator[Any]:
    """A client logged in with a KSeF token (every token permission) for ``nip``."""
    from ksef_sdk.authentication import KsefTokenAuthenticator
    from ksef_sdk.http import build_client

    token = sandbox.control.issue_ksef_token(nip)
    with build_client(env, authenticator=KsefTokenAuthenticator(public, token, nip, poll_policy=FAST)) as client:
        yield client


@pytest.fixture
def world(request: pytest.FixtureRequest) -> World:
    """The sandbox, its environment, a public client, a NIP, its seal and a client logged in with it."""
    names = ("sandbox", "env", "public", "nip", "seal", "xades_client")
    return World(*(request.getfixturevalue(name) for name in names))
