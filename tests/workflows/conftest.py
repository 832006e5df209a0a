"""Fixtures for the workflow tests (validation, builder, UPO, sessions, batch, invoices).

Sessions, batches and retrieval run against the offline KSeF server ``ksef_sandbox`` (real HTTP on
loopback, real crypto, real XSD checks): each test gets a fresh NIP, a KSeF token for it and a client
authenticated with that token (:class:`Ksef`: ``ksef`` sync, ``aksef`` asyncio). The sandbox enforces the
spec's rate limits during these tests and so does the client (its default), so the tests stay correct
against a strict KSeF. Protocol paths a server rarely takes are stepped by hand with
``ksef_sdk.flow.scripted.Script`` in the test modules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import ssl
import tempfile
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from ksef_sdk.flow import PollPolicy
from ksef_sdk.invoice import InvoiceLine, Party, SchemaNotAvailableError, XsdValidator, build_fa3_invoice


def shared_dir() -> Path:
    if os.environ.get("KSEF_SHARED"):
        return Path(os.environ["KSEF_SHARED"])
    return (Path(__file__).resolve().parents[2] / ".." / "shared" / "ksef").resolve()


SHARED = shared_dir()
SELLER = Party(nip="5265877635", name="Sprzedawca sp. z o.o.", address="ul. Prosta 1, 00-001 Warszawa")
BUYER = Party(nip="1111111111", name="Nabywca S.A.", address="ul. Krzywa 2, 30-001 Kraków")

FAST = PollPolicy(initial=0.05, factor=1.5, max_delay=0.2, timeout=30.0)
"""Polling for the sandbox: quick, with a budget a slow (asynchronous) server still fits in."""


def make_invoice(
    number: str = "FV/1",
    *,
    lines: int = 1,
    issue_date: dt.date | None = None,
    seller: Party = SELLER,
) -> bytes:
    return build_fa3_invoice(
        seller=seller,
        buyer=BUYER,
        lines=[InvoiceLine(f"Usługa {i}", quantity=i + 1, unit_net_price="100.00") for i in range(lines)],
        invoice_number=number,
        issue_date=issue_date or dt.date(2026, 5, 1),
        created_at=dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.timezone.utc),
    )


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared KSeF material not found at {SHARED}")
    return SHARED


@pytest.fixture
def invoice() -> bytes:
    return make_invoice()


@pytest.fixture(scope="module")
def xsd() -> XsdValidator:
    """The official invoice schemas (../shared/ksef or KSEF_SCHEMA_DIR); CI has them, so their absence fails."""
    try:
        return XsdValidator()
    except SchemaNotAvailableError as exc:
        pytest.fail(str(exc))


# --- the sandbox and a client authenticated on it --------------------------------------------------------


class Recorder(httpx.BaseTransport):
    """The innermost transport of a test client: records every request that leaves (API and pre-signed)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncRecorder(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


class NoIo(httpx.BaseTransport):
    """A transport for tests that must not reach any server: every request fails the test."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        pytest.fail(f"unexpected request {request.method} {request.url}")


@dataclasses.dataclass(frozen=True)
class Mislabelled:
    """A certificate-like key that names the Ministry's key id but holds another RSA key."""

    public_key_id: str
    public_key: rsa.RSAPublicKey


class WrongKeyStore:
    """A key store that wraps session keys for a key KSeF cannot decrypt with (under the right key id)."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.other = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()

    def get(self, usage: Any, *, force_refresh: bool = False) -> Mislabelled:
        return Mislabelled(self.real.get(usage, force_refresh=force_refresh).public_key_id, self.other)

    async def aget(self, usage: Any, *, force_refresh: bool = False) -> Mislabelled:
        return self.get(usage, force_refresh=force_refresh)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The process's temporary directory for this test only (others may share the real one meanwhile)."""
    path = tmp_path / "tmp"
    path.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(path))
    return path


@pytest.fixture(scope="session")
def tls() -> ssl.SSLContext:
    """One TLS context for all test clients (loading the CA bundle per client costs ~0.1 s; the sandbox is
    plain http on loopback anyway)."""
    return ssl.create_default_context()


@dataclass
class Ksef:
    """One test's world: the sandbox, a fresh NIP with a KSeF token, and a client authenticated for it."""

    sandbox: Any
    nip: str
    token: str = field(repr=False)
    client: Any = field(repr=False)
    recorder: Recorder | AsyncRecorder = field(repr=False)
    seller: Party = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.seller = Party(self.nip, "Sprzedawca sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa")

    @property
    def control(self) -> Any:
        return self.sandbox.control

    def invoice(self, number: str, *, lines: int = 1, issue_date: dt.date | None = None) -> bytes:
        """An FA(3) invoice of this test's NIP (issued today unless said otherwise)."""
        return make_invoice(number, lines=lines, issue_date=issue_date or dt.date.today(), seller=self.seller)

    def off_schema(self, number: str, *, lines: int = 1) -> bytes:
        """An invoice the local checks pass (XSD validation is opt-in) but KSeF's schema check refuses (450):
        it holds an element the FA(3) schema does not know, ``<Nieznany>``."""
        return self.invoice(number, lines=lines).replace(b"<P_2>", b"<Nieznany>1</Nieznany><P_2>", 1)

    def invoices(self, count: int, prefix: str = "FV", *, lines: int = 1) -> list[tuple[str, bytes]]:
        return [(f"fv-{i:04d}.xml", self.invoice(f"{prefix}/{i}", lines=lines)) for i in range(count)]

    def requests(self, method: str | None = None, path: str = "") -> list[httpx.Request]:
        """Requests this client sent (API and pre-signed), by method and a path fragment."""
        return [r for r in self.recorder.requests if (method is None or r.method == method) and path in r.url.path]

    def server_counts(self) -> Counter[str]:
        """Requests the sandbox answered, per operation (``"POST /sessions/online"``), since it started."""
        return Counter(self.control.call_counts())


def authenticate(sandbox: Any, nip: str, token: str, tls: ssl.SSLContext) -> Any:
    import ksef_sdk
    from ksef_sdk.authentication import authenticate_with_ksef_token

    env = ksef_sdk.Environment.custom(sandbox.url)
    with ksef_sdk.build_public_client(env, verify=tls) as public:
        return authenticate_with_ksef_token(public, token, nip, poll_policy=FAST)


def connect(sandbox: Any, tls: ssl.SSLContext, nip: str | None = None, **options: Any) -> Ksef:
    """A sync :class:`Ksef` for ``nip`` (a fresh one by default); ``options`` go to ``build_client``."""
    import ksef_sdk
    from ksef_sdk.http import RetryPolicy
    from ksef_sdk.identifiers import random_nip

    nip = nip or random_nip()
    token = sandbox.control.issue_ksef_token(nip)
    recorder = Recorder(httpx.HTTPTransport(verify=tls))
    options.setdefault("retry", RetryPolicy(backoff_base=0.01, backoff_max=0.05))
    client = ksef_sdk.build_client(
        ksef_sdk.Environment.custom(sandbox.url),
        tokens=authenticate(sandbox, nip, token, tls),
        transport=recorder,
        verify=tls,
        **options,
    )
    return Ksef(sandbox, nip, token, client, recorder)


def disconnect(ksef: Ksef) -> None:
    from ksef_sdk.http import resources_of

    resources_of(ksef.client).storage.close()
    ksef.client.get_httpx_client().close()


@pytest.fixture
def strict_sandbox(ksef_sandbox: Any) -> Any:
    """The sandbox with the spec's rate limits enforced (restored by ``ksef_sandbox`` after the test)."""
    ksef_sandbox.control.set_rate_limits(True)
    return ksef_sandbox


@pytest.fixture
def ksef(strict_sandbox: Any, tls: ssl.SSLContext) -> Iterator[Ksef]:
    world = connect(strict_sandbox, tls)
    yield world
    disconnect(world)


@pytest.fixture
async def aksef(strict_sandbox: Any, tls: ssl.SSLContext) -> AsyncIterator[Ksef]:
    import ksef_sdk
    from ksef_sdk.http import RetryPolicy, resources_of
    from ksef_sdk.identifiers import random_nip

    nip = random_nip()
    token = strict_sandbox.control.issue_ksef_token(nip)
    recorder = AsyncRecorder(httpx.AsyncHTTPTransport(verify=tls))
    client = ksef_sdk.build_async_client(
        ksef_sdk.Environment.custom(strict_sandbox.url),
        tokens=authenticate(strict_sandbox, nip, token, tls),
        transport=recorder,
        verify=tls,
        retry=RetryPolicy(backoff_base=0.01, backoff_max=0.05),
    )
    async with client:
        yield Ksef(strict_sandbox, nip, token, client, recorder)
        await resources_of(client).storage.aclose()


@pytest.fixture
def offline_client() -> Iterator[Any]:
    """A client that must not send anything (its transport fails the test on any request)."""
    from ksef_sdk.http import Token, TokenPair, build_client

    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    tokens = TokenPair(Token("access-token-value", later), Token("refresh-token-value", later + dt.timedelta(days=1)))
    with build_client("http://ksef.invalid/v2", tokens=tokens, transport=NoIo(), retry=False) as client:
        yield client
