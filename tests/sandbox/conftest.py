"""Fixtures for the sandbox tests: a server on loopback whose every response is validated against the spec."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ksef_sandbox import SandboxServer
from ksef_sandbox._http import Request, Response
from sandbox_helpers import Client, random_nip

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "openapi.yaml"


class _OARequest:
    def __init__(self, req: Request) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = "https://api-test.ksef.mf.gov.pl"
        self.path = "/v2" + req.path
        self.method = req.method.lower()
        self.body = req.body or None
        self.content_type = (req.header("content-type") or "application/json").split(";")[0].lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(req.query), header=Headers(dict(req.headers)), cookie=ImmutableMultiDict()
        )


class _OAResponse:
    def __init__(self, resp: Response) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = resp.status
        self.data = resp.body or None
        self.content_type = (
            resp.headers.get("content-type", "application/json").split(";")[0].lower() if resp.body else ""
        )
        self.headers = Headers(resp.headers)


class Conformance:
    """Validates every (request, response) the core produces; collects violations."""

    _api: Any = None

    def __init__(self) -> None:
        from openapi_core import Config, OpenAPI

        if Conformance._api is None:
            # XML bodies are opaque strings in the spec (format: binary): keep them as text, do not parse them
            config = Config(
                extra_media_type_deserializers={
                    "application/xml": lambda data, **_: data,
                    "application/problem+json": lambda data, **_: json.loads(data),
                }
            )
            Conformance._api = OpenAPI.from_file_path(str(SPEC), config=config)
        self.violations: list[str] = []
        self.checked = 0
        self.lock = threading.Lock()

    def __call__(self, req: Request, resp: Response) -> None:
        if (resp.status == 404 and b"No operation" in resp.body) or resp.status == 405:
            return  # not an operation of the spec (schemathesis probes other methods)
        try:
            self._api.validate_response(_OARequest(req), _OAResponse(resp))
        except Exception as exc:
            cause = exc.__cause__
            errors = getattr(exc, "schema_errors", None) or getattr(cause, "schema_errors", None) or []
            detail = f"{cause!r} " + "; ".join(str(e)[:300] for e in errors)
            with self.lock:
                self.violations.append(
                    f"{req.method} {req.path} -> {resp.status}: {exc!r} {detail} body={resp.body[:300]!r}"
                )
        with self.lock:
            self.checked += 1


@pytest.fixture(scope="session")
def conformance() -> Conformance:
    return Conformance()


@pytest.fixture(scope="session")
def sandbox_server(conformance: Conformance) -> Iterator[SandboxServer]:
    server = SandboxServer().start()
    server.core.observers.append(conformance)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox(sandbox_server: SandboxServer, conformance: Conformance) -> Iterator[SandboxServer]:
    before = len(conformance.violations)
    yield sandbox_server
    sandbox_server.control.reset()
    sandbox_server.core.wait_idle(60)
    new = conformance.violations[before:]
    assert not new, "responses that violate openapi.yaml:\n" + "\n".join(new)


@pytest.fixture
def http(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=30) as client:
        yield client


@pytest.fixture
def nip() -> str:
    return random_nip()


@pytest.fixture
def client(sandbox: SandboxServer, http: httpx.Client, nip: str) -> Client:
    """An authenticated client (KSeF token with every token permission) for a fresh seller NIP."""
    c = Client(http)
    token = sandbox.control.issue_ksef_token(nip)
    status = c.authenticate(nip, token)
    assert status["status"]["code"] == 200, status
    return c
