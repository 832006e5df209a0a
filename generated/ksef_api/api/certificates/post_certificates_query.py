from http import HTTPStatus
from typing import Any, overload

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
from ...models.query_certificates_request import QueryCertificatesRequest
from ...models.query_certificates_response import QueryCertificatesResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["pageOffset"] = page_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/certificates/query",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = QueryCertificatesResponse.from_dict(response.json())

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
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryCertificatesResponse
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
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> Response[QueryCertificatesResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryCertificatesResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryCertificatesResponse]
):
    """Pobranie listy metadanych certyfikatów

     Zwraca listę certyfikatów spełniających podane kryteria wyszukiwania.
    W przypadku braku podania kryteriów wyszukiwania zwrócona zostanie nieprzefiltrowana lista.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - requestDate (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        page_offset (int | Unset):  Default: 0.
        body (QueryCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryCertificatesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryCertificatesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        page_size=page_size,
        page_offset=page_offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: SyncAuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> QueryCertificatesResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy metadanych certyfikatów

     Zwraca listę certyfikatów spełniających podane kryteria wyszukiwania.
    W przypadku braku podania kryteriów wyszukiwania zwrócona zostanie nieprzefiltrowana lista.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - requestDate (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        page_offset (int | Unset):  Default: 0.
        body (QueryCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryCertificatesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryCertificatesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        page_size=page_size,
        page_offset=page_offset,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> Response[QueryCertificatesResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryCertificatesResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryCertificatesResponse]
):
    """Pobranie listy metadanych certyfikatów

     Zwraca listę certyfikatów spełniających podane kryteria wyszukiwania.
    W przypadku braku podania kryteriów wyszukiwania zwrócona zostanie nieprzefiltrowana lista.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - requestDate (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        page_offset (int | Unset):  Default: 0.
        body (QueryCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryCertificatesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryCertificatesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        page_size=page_size,
        page_offset=page_offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> QueryCertificatesResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: QueryCertificatesRequest,
    page_size: int | Unset = 10,
    page_offset: int | Unset = 0,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy metadanych certyfikatów

     Zwraca listę certyfikatów spełniających podane kryteria wyszukiwania.
    W przypadku braku podania kryteriów wyszukiwania zwrócona zostanie nieprzefiltrowana lista.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - requestDate (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        page_offset (int | Unset):  Default: 0.
        body (QueryCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryCertificatesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryCertificatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page_size=page_size,
            page_offset=page_offset,
        )
    ).parsed
