from http import HTTPStatus
from typing import Any, cast, overload

import httpx

from ... import errors
from ...client import (
    AsyncAuthenticatedClient,
    AuthenticatedClient,
    Client,
    RaisingClient,
    SyncAuthenticatedClient,
    make_response_error,
)
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/testdata/rate-limits",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = cast(Any, None)
            return response_200

        if response.status_code == 400:
            response_400 = ExceptionResponse.from_dict(response.json())

            return response_400

        if response.status_code == 401:
            response_401 = UnauthorizedProblemDetails.from_dict(response.json())

            return response_401

        if response.status_code == 403:
            response_403 = ForbiddenProblemDetails.from_dict(response.json())

            return response_403

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
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
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
    client: SyncAuthenticatedClient,
) -> Response[None]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
) -> (
    Response[
        Any
        | ExceptionResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[None]
):
    """Przywrócenie domyślnych wartości limitów API dla bieżącego kontekstu

     Przywraca wartości aktualnie obowiązujących limitów żądań przesyłanych do API dla bieżącego
    kontekstu do wartości domyślnych. **Tylko na środowiskach testowych.**

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[None]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: SyncAuthenticatedClient,
) -> None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
) -> (
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Przywrócenie domyślnych wartości limitów API dla bieżącego kontekstu

     Przywraca wartości aktualnie obowiązujących limitów żądań przesyłanych do API dla bieżącego
    kontekstu do wartości domyślnych. **Tylko na środowiskach testowych.**

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: None
    """

    return sync_detailed(
        client=client,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
) -> Response[None]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
) -> (
    Response[
        Any
        | ExceptionResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[None]
):
    """Przywrócenie domyślnych wartości limitów API dla bieżącego kontekstu

     Przywraca wartości aktualnie obowiązujących limitów żądań przesyłanych do API dla bieżącego
    kontekstu do wartości domyślnych. **Tylko na środowiskach testowych.**

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[None]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
) -> None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
) -> (
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Przywrócenie domyślnych wartości limitów API dla bieżącego kontekstu

     Przywraca wartości aktualnie obowiązujących limitów żądań przesyłanych do API dla bieżącego
    kontekstu do wartości domyślnych. **Tylko na środowiskach testowych.**

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: None
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
