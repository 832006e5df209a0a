"""Helpers for the ksef_sdk core tests: tokens, a fake clock and the spec's own error examples."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.http import Token, TokenPair

BASE = "https://api-test.ksef.mf.gov.pl/v2"
ACCESS = "access-SECRET-aaaaaaaaaaaaaaaaaaaaaaaa"
REFRESH = "refresh-SECRET-rrrrrrrrrrrrrrrrrrrrrrr"
NEW_ACCESS = "access-SECRET-NEW-bbbbbbbbbbbbbbbbbbb"
AUTH_TOKEN = "authentication-SECRET-ccccccccccccccc"
SECRETS = (ACCESS, REFRESH, NEW_ACCESS, AUTH_TOKEN)


def utc(seconds_from_now: float) -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds_from_now)


def pair(access_in: float = 900, refresh_in: float = 7 * 86400, access: str = ACCESS) -> TokenPair:
    return TokenPair(access=Token(access, utc(access_in)), refresh=Token(REFRESH, utc(refresh_in)))


def refresh_body(token: str = NEW_ACCESS, valid_in: float = 900) -> dict[str, Any]:
    return {"accessToken": {"token": token, "validUntil": utc(valid_in).isoformat()}}


class FakeClock:
    """A monotonic clock that only moves when something sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def spec(shared_ksef: Path) -> dict[str, Any]:
    return json.loads((shared_ksef / "openapi.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def schema_example(spec: dict[str, Any]) -> Callable[[str], Any]:
    def get(name: str) -> Any:
        return spec["components"]["schemas"][name]["example"]

    return get
