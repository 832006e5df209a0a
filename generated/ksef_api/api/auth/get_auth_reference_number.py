from http import HTTPStatus
from typing import Any, overload
from urllib.parse import quote

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
from ...models.authentication_operation_status_response import (
    AuthenticationOperationStatusResponse,
)
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.gone_problem_details import GoneProblemDetails
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    reference_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auth/{reference_number}".format(
            reference_number=quote(str(reference_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    AuthenticationOperationStatusResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | GoneProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = AuthenticationOperationStatusResponse.from_dict(
                response.json()
            )

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

        if response.status_code == 410:
            response_410 = GoneProblemDetails.from_dict(response.json())

            return response_410

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
    AuthenticationOperationStatusResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | GoneProblemDetails
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
    reference_number: str,
    *,
    client: SyncAuthenticatedClient,
) -> Response[AuthenticationOperationStatusResponse]: ...


@overload
def sync_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    AuthenticationOperationStatusResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | GoneProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
) -> (
    Response[
        AuthenticationOperationStatusResponse
        | ExceptionResponse
        | ForbiddenProblemDetails
        | GoneProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[AuthenticationOperationStatusResponse]
):
    """Pobranie statusu uwierzytelniania

     Sprawdza bieżący status operacji uwierzytelniania dla podanego tokena.

    Sposób uwierzytelnienia: `AuthenticationToken` otrzymany przy rozpoczęciu operacji uwierzytelniania.
    Operacja jest dostępna przez 7 dni.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        reference_number (str): Numer referencyjny.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationOperationStatusResponse | ExceptionResponse | ForbiddenProblemDetails | GoneProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[AuthenticationOperationStatusResponse]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    reference_number: str,
    *,
    client: SyncAuthenticatedClient,
) -> AuthenticationOperationStatusResponse: ...


@overload
def sync(
    reference_number: str,
    *,
    client: AuthenticatedClient,
) -> (
    AuthenticationOperationStatusResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | GoneProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    reference_number: str,
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
) -> (
    AuthenticationOperationStatusResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | GoneProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie statusu uwierzytelniania

     Sprawdza bieżący status operacji uwierzytelniania dla podanego tokena.

    Sposób uwierzytelnienia: `AuthenticationToken` otrzymany przy rozpoczęciu operacji uwierzytelniania.
    Operacja jest dostępna przez 7 dni.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        reference_number (str): Numer referencyjny.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationOperationStatusResponse | ExceptionResponse | ForbiddenProblemDetails | GoneProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: AuthenticationOperationStatusResponse
    """

    return sync_detailed(
        reference_number=reference_number,
        client=client,
    ).parsed


@overload
async def asyncio_detailed(
    reference_number: str,
    *,
    client: AsyncAuthenticatedClient,
) -> Response[AuthenticationOperationStatusResponse]: ...


@overload
async def asyncio_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    AuthenticationOperationStatusResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | GoneProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
) -> (
    Response[
        AuthenticationOperationStatusResponse
        | ExceptionResponse
        | ForbiddenProblemDetails
        | GoneProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[AuthenticationOperationStatusResponse]
):
    """Pobranie statusu uwierzytelniania

     Sprawdza bieżący status operacji uwierzytelniania dla podanego tokena.

    Sposób uwierzytelnienia: `AuthenticationToken` otrzymany przy rozpoczęciu operacji uwierzytelniania.
    Operacja jest dostępna przez 7 dni.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        reference_number (str): Numer referencyjny.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationOperationStatusResponse | ExceptionResponse | ForbiddenProblemDetails | GoneProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[AuthenticationOperationStatusResponse]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    reference_number: str,
    *,
    client: AsyncAuthenticatedClient,
) -> AuthenticationOperationStatusResponse: ...


@overload
async def asyncio(
    reference_number: str,
    *,
    client: AuthenticatedClient,
) -> (
    AuthenticationOperationStatusResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | GoneProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    reference_number: str,
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
) -> (
    AuthenticationOperationStatusResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | GoneProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie statusu uwierzytelniania

     Sprawdza bieżący status operacji uwierzytelniania dla podanego tokena.

    Sposób uwierzytelnienia: `AuthenticationToken` otrzymany przy rozpoczęciu operacji uwierzytelniania.
    Operacja jest dostępna przez 7 dni.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        reference_number (str): Numer referencyjny.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationOperationStatusResponse | ExceptionResponse | ForbiddenProblemDetails | GoneProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: AuthenticationOperationStatusResponse
    """

    return (
        await asyncio_detailed(
            reference_number=reference_number,
            client=client,
        )
    ).parsed
