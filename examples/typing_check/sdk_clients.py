"""Downstream typing of generated operations called through ``ksef_sdk``'s clients (type-checked, never run).

Checked by ``tools/downstream_typing.py`` like ``generated_kinds.py``: a line ending in
``# type: ignore[...]  # pyright: ignore[...]`` MUST be an error.
"""

from __future__ import annotations

import ksef_sdk
from ksef_api.api.auth import post_auth_challenge
from ksef_api.api.limits import get_limits_context
from ksef_api.models import (
    AuthenticationChallengeResponse,
    EffectiveContextLimits,
    ExceptionResponse,
    ForbiddenProblemDetails,
    TooManyRequestsResponse,
    UnauthorizedProblemDetails,
)
from ksef_api.types import Response
from typing_extensions import assert_type


def sync_use(tokens: ksef_sdk.TokenPair) -> float:
    public = ksef_sdk.build_public_client(ksef_sdk.TEST)
    assert_type(post_auth_challenge.sync(client=public), AuthenticationChallengeResponse)
    with ksef_sdk.build_client(ksef_sdk.TEST, tokens=tokens) as client:
        limits = get_limits_context.sync(client=client)
        assert_type(get_limits_context.sync_detailed(client=client), Response[EffectiveContextLimits])
        get_limits_context.asyncio(client=client)  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue, reportArgumentType]
    return limits.online_session.max_invoice_size_in_mb


async def async_use(tokens: ksef_sdk.TokenPair) -> float:
    public = ksef_sdk.build_async_public_client(ksef_sdk.TEST)
    assert_type(await post_auth_challenge.asyncio(client=public), AuthenticationChallengeResponse)
    async with ksef_sdk.build_async_client(ksef_sdk.TEST, tokens=tokens) as client:
        limits = await get_limits_context.asyncio(client=client)
        get_limits_context.sync(client=client)  # type: ignore[call-overload]  # pyright: ignore[reportCallIssue, reportArgumentType]
    return limits.batch_session.max_invoice_size_in_mb


def without_typed_errors(tokens: ksef_sdk.TokenPair) -> None:
    client = ksef_sdk.build_client(ksef_sdk.TEST, tokens=tokens, raise_on_error=False)
    assert_type(
        get_limits_context.sync(client=client),  # the error models are possible again
        EffectiveContextLimits
        | ExceptionResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
        | None,
    )
