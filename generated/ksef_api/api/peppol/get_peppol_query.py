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
from ...models.exception_response import ExceptionResponse
from ...models.query_peppol_providers_response import QueryPeppolProvidersResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["pageOffset"] = page_offset

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/peppol/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse | None:
    try:
        if response.status_code == 200:
            response_200 = QueryPeppolProvidersResponse.from_dict(response.json())

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
    ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse
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
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QueryPeppolProvidersResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | Client | SyncClient,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse]
    | Response[QueryPeppolProvidersResponse]
):
    """Pobranie listy dostawców usług Peppol

     Zwraca listę dostawców usług Peppol zarejestrowanych w systemie.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)
    - id (Asc)


    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse]
        Through a raising client: Response[QueryPeppolProvidersResponse]
    """

    kwargs = _get_kwargs(
        page_offset=page_offset,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: SyncClient,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QueryPeppolProvidersResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse | None
): ...


def sync(
    *,
    client: AuthenticatedClient | Client | SyncClient,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse | None:
    """Pobranie listy dostawców usług Peppol

     Zwraca listę dostawców usług Peppol zarejestrowanych w systemie.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)
    - id (Asc)


    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse
        Through a raising client: QueryPeppolProvidersResponse
    """

    return sync_detailed(
        client=client,
        page_offset=page_offset,
        page_size=page_size,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncClient,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QueryPeppolProvidersResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncClient,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse]
    | Response[QueryPeppolProvidersResponse]
):
    """Pobranie listy dostawców usług Peppol

     Zwraca listę dostawców usług Peppol zarejestrowanych w systemie.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)
    - id (Asc)


    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse]
        Through a raising client: Response[QueryPeppolProvidersResponse]
    """

    kwargs = _get_kwargs(
        page_offset=page_offset,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncClient,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QueryPeppolProvidersResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncClient,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse | None:
    """Pobranie listy dostawców usług Peppol

     Zwraca listę dostawców usług Peppol zarejestrowanych w systemie.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)
    - id (Asc)


    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | QueryPeppolProvidersResponse | TooManyRequestsResponse
        Through a raising client: QueryPeppolProvidersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_offset=page_offset,
            page_size=page_size,
        )
    ).parsed
