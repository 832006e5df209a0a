"""Fixtures for the workflow unit tests (validation, builder, UPO, sessions, batch, invoices)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.invoice import InvoiceLine, Party, SchemaNotAvailableError, XsdValidator, build_fa3_invoice


def shared_dir() -> Path:
    if os.environ.get("KSEF_SHARED"):
        return Path(os.environ["KSEF_SHARED"])
    return (Path(__file__).resolve().parents[2] / ".." / "shared" / "ksef").resolve()


SHARED = shared_dir()
SELLER = Party(nip="5265877635", name="Sprzedawca sp. z o.o.", address="ul. Prosta 1, 00-001 Warszawa")
BUYER = Party(nip="1111111111", name="Nabywca S.A.", address="ul. Krzywa 2, 30-001 Kraków")


def make_invoice(number: str = "FV/1", *, lines: int = 1, issue_date: dt.date | None = None) -> bytes:
    return build_fa3_invoice(
        seller=SELLER,
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


@pytest.fixture
def fake() -> Any:
    from .fake_ksef import FakeKsef

    return FakeKsef()


def _tokens() -> Any:
    from ksef_sdk.http import Token, TokenPair

    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    return TokenPair(Token("access-token-value", later), Token("refresh-token-value", later + dt.timedelta(days=1)))


@pytest.fixture
def client(fake: Any) -> Any:
    import httpx
    from ksef_sdk.http import build_client

    from .fake_ksef import ENV

    with build_client(
        ENV, tokens=_tokens(), transport=httpx.MockTransport(fake.handler), retry=False, rate_limits=False
    ) as c:
        yield c


@pytest.fixture
async def aclient(fake: Any) -> Any:
    import httpx
    from ksef_sdk.http import build_async_client

    from .fake_ksef import ENV

    async with build_async_client(
        ENV, tokens=_tokens(), transport=httpx.MockTransport(fake.handler), retry=False, rate_limits=False
    ) as c:
        yield c


@pytest.fixture
def storage(fake: Any) -> Any:
    import httpx

    with httpx.Client(transport=httpx.MockTransport(fake.handler)) as c:
        yield c


@pytest.fixture
async def astorage(fake: Any) -> Any:
    import httpx

    async with httpx.AsyncClient(transport=httpx.MockTransport(fake.handler)) as c:
        yield c


@pytest.fixture(scope="module")
def xsd() -> XsdValidator:
    """The official invoice schemas (../shared/ksef or KSEF_SCHEMA_DIR); CI has them, so their absence fails."""
    try:
        return XsdValidator()
    except SchemaNotAvailableError as exc:
        pytest.fail(str(exc))
