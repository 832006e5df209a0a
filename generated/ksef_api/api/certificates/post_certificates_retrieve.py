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
from ...models.retrieve_certificates_request import RetrieveCertificatesRequest
from ...models.retrieve_certificates_response import RetrieveCertificatesResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: RetrieveCertificatesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/certificates/retrieve",
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
    | RetrieveCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = RetrieveCertificatesResponse.from_dict(response.json())

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
    | RetrieveCertificatesResponse
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
    body: RetrieveCertificatesRequest,
) -> Response[RetrieveCertificatesResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | RetrieveCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | RetrieveCertificatesResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[RetrieveCertificatesResponse]
):
    """Pobranie certyfikatu lub listy certyfikatów

     Zwraca certyfikaty o podanych numerach seryjnych w formacie DER zakodowanym w Base64.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (RetrieveCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | RetrieveCertificatesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[RetrieveCertificatesResponse]
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
    client: SyncAuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> RetrieveCertificatesResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | RetrieveCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | RetrieveCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie certyfikatu lub listy certyfikatów

     Zwraca certyfikaty o podanych numerach seryjnych w formacie DER zakodowanym w Base64.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (RetrieveCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | RetrieveCertificatesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: RetrieveCertificatesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> Response[RetrieveCertificatesResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | RetrieveCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | RetrieveCertificatesResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[RetrieveCertificatesResponse]
):
    """Pobranie certyfikatu lub listy certyfikatów

     Zwraca certyfikaty o podanych numerach seryjnych w formacie DER zakodowanym w Base64.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (RetrieveCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | RetrieveCertificatesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[RetrieveCertificatesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> RetrieveCertificatesResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | RetrieveCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: RetrieveCertificatesRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | RetrieveCertificatesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie certyfikatu lub listy certyfikatów

     Zwraca certyfikaty o podanych numerach seryjnych w formacie DER zakodowanym w Base64.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (RetrieveCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | RetrieveCertificatesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: RetrieveCertificatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
