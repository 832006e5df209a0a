"""A small downstream invoicing service, written the way the README shows: type-checked with
``mypy --strict`` and pyright against the installed wheel (tools/downstream_typing.py) and run
against the sandbox (tests/test_example_service.py).

A line ending in ``# type: ignore[...]  # pyright: ignore[...]`` is a misuse that MUST be an error.
"""

from __future__ import annotations

import datetime as dt

import ksef_sdk
from ksef_api.models import InvoiceMetadata
from ksef_sdk.authentication import aauthenticate_with_ksef_token, authenticate_with_ksef_token
from ksef_sdk.batch import BatchResult, send_batch
from ksef_sdk.certificates import aiter_certificates, iter_certificates
from ksef_sdk.http import SyncSecuredClient
from ksef_sdk.management import iter_tokens
from ksef_sdk.retrieval import download_invoice, iter_invoice_metadata, query_filters
from ksef_sdk.sessions import AsyncOnlineSession, InvoiceOutcome, OnlineSession, SessionResult
from typing_extensions import assert_type


def send_online(env: ksef_sdk.Environment, ksef_token: str, nip: str, invoices: list[bytes]) -> list[str]:
    """Send invoices in one online session; the KSeF number of each, in order."""
    with ksef_sdk.build_public_client(env) as public:
        tokens = authenticate_with_ksef_token(public, ksef_token, nip)
    with ksef_sdk.build_client(env, tokens=tokens) as client:
        with OnlineSession.open(client, resolve_attempts=3) as session:
            for invoice in invoices:
                session.send(invoice)
        result = session.wait()
        assert_type(result, SessionResult)
        numbers: list[str] = []
        for outcome in result.outcomes:
            assert_type(outcome, InvoiceOutcome)
            if outcome.ksef_number is None:
                raise RuntimeError(f"rejected: {outcome.result.status_code} {outcome.result.details}")
            numbers.append(outcome.ksef_number)
        for number in numbers:
            assert download_invoice(client, number) in invoices
        return numbers


async def send_async(env: ksef_sdk.Environment, ksef_token: str, nip: str, invoice: bytes) -> str | None:
    async with ksef_sdk.build_async_public_client(env) as public:
        tokens = await aauthenticate_with_ksef_token(public, ksef_token, nip)
    async with ksef_sdk.build_async_client(env, tokens=tokens) as client:
        async with AsyncOnlineSession.open(client) as session:
            await session.send(invoice)
        result = await session.wait()
        return result.outcomes[0].ksef_number


def send_many(client: SyncSecuredClient, invoices: list[tuple[str, bytes]]) -> BatchResult:
    return send_batch(client, invoices, part_size=1_000_000, compression="zip")


def received_since(client: SyncSecuredClient, since: dt.datetime, seller_nip: str) -> list[str]:
    filters = query_filters("Subject1", date_from=since, seller_nip=seller_nip, date_type="Invoicing")
    numbers: list[str] = []
    for meta in iter_invoice_metadata(client, filters):
        assert_type(meta, InvoiceMetadata)
        numbers.append(meta.ksef_number)
    return numbers


def misuse(env: ksef_sdk.Environment, tokens: ksef_sdk.TokenPair, since: dt.datetime) -> None:
    """What the type checker stops before it runs."""
    async_client = ksef_sdk.build_async_client(env, tokens=tokens)
    sync_client = ksef_sdk.build_client(env, tokens=tokens)
    OnlineSession.open(async_client)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    AsyncOnlineSession.open(sync_client)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    OnlineSession.open(sync_client, poll_polcy=None)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    query_filters("Subject1", date_from=since, sellerNipp="1")  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    send_batch(sync_client, [], part_size="big")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    iter_tokens(async_client)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    iter_certificates(async_client)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    aiter_certificates(sync_client)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
