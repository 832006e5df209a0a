"""Cross-checks with the independent implementations in ksef_sandbox, and the auth flows against it."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import httpx
import ksef_api
import pytest
from ksef_sdk.authentication import aauthenticate_with_ksef_token, authenticate_with_ksef_token, authenticate_with_xades
from ksef_sdk.crypto.testcerts import personal_certificate
from ksef_sdk.identifiers import ksef_number_checksum, random_nip, validate_ksef_number, validate_reference_number


def test_ksef_number_checksum_agrees_with_sandbox() -> None:
    from ksef_sandbox import _ids

    rng = random.Random(4)
    for _ in range(500):
        data = "".join(rng.choice("0123456789ABCDEF-") for _ in range(32))
        assert ksef_number_checksum(data) == f"{_ids.crc8(data.encode()):02X}"
    when = dt.datetime(2025, 8, 26, tzinfo=dt.timezone.utc)
    for _ in range(50):
        number = _ids.ksef_number("5265877635", when)
        assert validate_ksef_number(number) == number
        assert validate_reference_number(_ids.reference_number("SO", when), kind="SO")


@pytest.fixture
def sandbox(ksef_sandbox: Any) -> Any:
    return ksef_sandbox


def _client(sandbox: Any) -> ksef_api.Client:
    return ksef_api.Client(base_url=sandbox.url, timeout=httpx.Timeout(30.0))


def test_ksef_token_flow_against_sandbox(sandbox: Any) -> None:
    nip = random_nip()
    token = sandbox.control.issue_ksef_token(nip)
    tokens = authenticate_with_ksef_token(_client(sandbox), token, nip, sleep=lambda s: None)
    assert tokens.access.value and tokens.refresh.value


async def test_ksef_token_flow_against_sandbox_async(sandbox: Any) -> None:
    nip = random_nip()
    token = sandbox.control.issue_ksef_token(nip)

    async def no_sleep(seconds: float) -> None:
        return None

    tokens = await aauthenticate_with_ksef_token(_client(sandbox), token, nip, sleep=no_sleep)
    assert tokens.access.value


@pytest.mark.parametrize("key_type", ["rsa", "ec"])
def test_xades_flow_against_sandbox(sandbox: Any, key_type: str) -> None:
    nip = random_nip()
    sandbox.control.seed_subject(nip, owners=[nip])
    sandbox.control.grant(nip, nip)
    cert = personal_certificate(given_name="Jan", surname="Kowalski", nip=nip, key_type=key_type)  # type: ignore[arg-type]
    tokens = authenticate_with_xades(_client(sandbox), cert.signer(), nip, sleep=lambda s: None)
    assert tokens.access.value
