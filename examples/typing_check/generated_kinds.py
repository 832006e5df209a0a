"""Downstream typing of the generated ``ksef_api`` client kinds (type-checked, never run).

Checked by ``tools/downstream_typing.py`` with ``mypy --strict`` and pyright (strict) against the
installed wheel. A line ending in ``# type: ignore[...]  # pyright: ignore[...]`` MUST be an error: both
checkers are told to report an ignore comment that is not needed.
"""

from __future__ import annotations

from ksef_api import (
    AsyncAuthenticatedClient,
    AsyncClient,
    AuthenticatedClient,
    Client,
    SyncAuthenticatedClient,
    SyncClient,
)
from ksef_api.api.auth import post_auth_challenge
from ksef_api.api.invoices import get_invoices_ksef_ksef_number
from ksef_api.api.limits import get_limits_context
from ksef_api.api.tokens import delete_tokens_reference_number
from ksef_api.models import (
    AuthenticationChallengeResponse,
    EffectiveContextLimits,
    ExceptionResponse,
    ForbiddenProblemDetails,
    TooManyRequestsResponse,
    UnauthorizedProblemDetails,
)
from ksef_api.types import File, Response
from typing_extensions import assert_type


def through_sync_kinds(client: SyncAuthenticatedClient, public: SyncClient) -> int:
    limits = get_limits_context.sync(client=client)
    assert_type(limits, EffectiveContextLimits)
    assert_type(get_limits_context.sync_detailed(client=client), Response[EffectiveContextLimits])
    assert_type(post_auth_challenge.sync(client=public), AuthenticationChallengeResponse)
    assert_type(post_auth_challenge.sync(client=client), AuthenticationChallengeResponse)
    assert_type(get_invoices_ksef_ksef_number.sync(client=client, ksef_number="x"), File)
    assert_type(delete_tokens_reference_number.sync_detailed(client=client, reference_number="x"), Response[None])
    # a secured operation needs a client with a token
    get_limits_context.sync(client=public)  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue, reportArgumentType]
    return limits.online_session.max_invoices


async def through_async_kinds(client: AsyncAuthenticatedClient, public: AsyncClient) -> int:
    limits = await get_limits_context.asyncio(client=client)
    assert_type(limits, EffectiveContextLimits)
    detailed = await get_limits_context.asyncio_detailed(client=client)
    assert_type(detailed, Response[EffectiveContextLimits])
    assert_type(await post_auth_challenge.asyncio(client=public), AuthenticationChallengeResponse)
    return limits.batch_session.max_invoices


async def mixing_kinds(sync_client: SyncAuthenticatedClient, async_client: AsyncAuthenticatedClient) -> None:
    get_limits_context.sync(client=async_client)  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue, reportArgumentType]
    get_limits_context.sync_detailed(client=async_client)  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue, reportArgumentType]
    await get_limits_context.asyncio(client=sync_client)  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue, reportArgumentType]
    await get_limits_context.asyncio_detailed(client=sync_client)  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue, reportArgumentType]


async def stock_clients_as_before(client: AuthenticatedClient, public: Client) -> None:
    assert_type(
        get_limits_context.sync(client=client),
        EffectiveContextLimits
        | ExceptionResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
        | None,
    )
    assert_type(
        await post_auth_challenge.asyncio(client=public),
        AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse | None,
    )
