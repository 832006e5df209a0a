from http import HTTPStatus
from typing import Any, cast, overload

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
from ...models.exception_response import ExceptionResponse
from ...models.person_remove_request import PersonRemoveRequest
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PersonRemoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/testdata/person/remove",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> Any | ExceptionResponse | TooManyRequestsResponse | None:
    try:
        if response.status_code == 200:
            response_200 = cast(Any, None)
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
) -> Response[Any | ExceptionResponse | TooManyRequestsResponse]:
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
    body: PersonRemoveRequest,
) -> Response[None]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PersonRemoveRequest,
) -> Response[Any | ExceptionResponse | TooManyRequestsResponse]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | Client | SyncClient,
    body: PersonRemoveRequest,
) -> Response[Any | ExceptionResponse | TooManyRequestsResponse] | Response[None]:
    """Usunięcie osoby fizycznej

     Usuwanie testowej osoby fizycznej. System automatycznie odbierze jej wszystkie uprawnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (PersonRemoveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExceptionResponse | TooManyRequestsResponse]
        Through a raising client: Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: SyncClient,
    body: PersonRemoveRequest,
) -> None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PersonRemoveRequest,
) -> Any | ExceptionResponse | TooManyRequestsResponse | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client | SyncClient,
    body: PersonRemoveRequest,
) -> Any | ExceptionResponse | TooManyRequestsResponse | None:
    """Usunięcie osoby fizycznej

     Usuwanie testowej osoby fizycznej. System automatycznie odbierze jej wszystkie uprawnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (PersonRemoveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExceptionResponse | TooManyRequestsResponse
        Through a raising client: None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: PersonRemoveRequest,
) -> Response[None]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PersonRemoveRequest,
) -> Response[Any | ExceptionResponse | TooManyRequestsResponse]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncClient,
    body: PersonRemoveRequest,
) -> Response[Any | ExceptionResponse | TooManyRequestsResponse] | Response[None]:
    """Usunięcie osoby fizycznej

     Usuwanie testowej osoby fizycznej. System automatycznie odbierze jej wszystkie uprawnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (PersonRemoveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExceptionResponse | TooManyRequestsResponse]
        Through a raising client: Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncClient,
    body: PersonRemoveRequest,
) -> None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PersonRemoveRequest,
) -> Any | ExceptionResponse | TooManyRequestsResponse | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncClient,
    body: PersonRemoveRequest,
) -> Any | ExceptionResponse | TooManyRequestsResponse | None:
    """Usunięcie osoby fizycznej

     Usuwanie testowej osoby fizycznej. System automatycznie odbierze jej wszystkie uprawnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (PersonRemoveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExceptionResponse | TooManyRequestsResponse
        Through a raising client: None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
