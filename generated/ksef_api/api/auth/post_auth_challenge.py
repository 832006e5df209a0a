from http import HTTPStatus
from typing import Any, overload

import httpx

from ... import errors
from ...client import (
    AsyncClient,
    AuthenticatedClient,
    Client,
    RaisingClient,
    SyncClient,
    make_response_error,
)
from ...models.authentication_challenge_response import AuthenticationChallengeResponse
from ...models.exception_response import ExceptionResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/challenge",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse | None
):
    try:
        if response.status_code == 200:
            response_200 = AuthenticationChallengeResponse.from_dict(response.json())

            return response_200

        if response.status_code == 400:
            response_400 = ExceptionResponse.from_dict(response.json())

            return response_400

        if response.status_code == 429:
            response_429 = TooManyRequestsResponse.from_dict(response.json())

            return response_429

    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise make_response_error(client, response, exc) from exc
    if response.is_success:  # a 2xx status the API does not document
        raise make_response_error(client, response, None)
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> Response[
    AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse
]:
    if isinstance(client, RaisingClient):
        client.raise_for_status(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


@overload
def sync_detailed(
    *,
    client: SyncClient,
) -> Response[AuthenticationChallengeResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | Client | SyncClient,
) -> (
    Response[
        AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse
    ]
    | Response[AuthenticationChallengeResponse]
):
    """Inicjalizacja uwierzytelnienia

     Generuje unikalny challenge wymagany w kolejnym kroku operacji uwierzytelnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse]
        Through a raising client: Response[AuthenticationChallengeResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: SyncClient,
) -> AuthenticationChallengeResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse | None
): ...


def sync(
    *,
    client: AuthenticatedClient | Client | SyncClient,
) -> (
    AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse | None
):
    """Inicjalizacja uwierzytelnienia

     Generuje unikalny challenge wymagany w kolejnym kroku operacji uwierzytelnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse
        Through a raising client: AuthenticationChallengeResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[AuthenticationChallengeResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncClient,
) -> (
    Response[
        AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse
    ]
    | Response[AuthenticationChallengeResponse]
):
    """Inicjalizacja uwierzytelnienia

     Generuje unikalny challenge wymagany w kolejnym kroku operacji uwierzytelnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse]
        Through a raising client: Response[AuthenticationChallengeResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncClient,
) -> AuthenticationChallengeResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncClient,
) -> (
    AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse | None
):
    """Inicjalizacja uwierzytelnienia

     Generuje unikalny challenge wymagany w kolejnym kroku operacji uwierzytelnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationChallengeResponse | ExceptionResponse | TooManyRequestsResponse
        Through a raising client: AuthenticationChallengeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
