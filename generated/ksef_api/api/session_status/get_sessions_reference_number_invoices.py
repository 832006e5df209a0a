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
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.session_invoices_response import SessionInvoicesResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    reference_number: str,
    *,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_continuation_token, Unset):
        headers["x-continuation-token"] = x_continuation_token

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{reference_number}/invoices".format(
            reference_number=quote(str(reference_number), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionInvoicesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = SessionInvoicesResponse.from_dict(response.json())

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
    | SessionInvoicesResponse
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
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[SessionInvoicesResponse]: ...


@overload
def sync_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionInvoicesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | SessionInvoicesResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[SessionInvoicesResponse]
):
    """Pobranie faktur sesji

     Zwraca listę faktur przesłanych w sesji wraz z ich statusami, oraz informacje na temat ilości
    poprawnie i niepoprawnie przetworzonych faktur.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `Introspection`, `PefInvoiceWrite`,
    `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | SessionInvoicesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[SessionInvoicesResponse]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
        page_size=page_size,
        x_continuation_token=x_continuation_token,
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
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> SessionInvoicesResponse: ...


@overload
def sync(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionInvoicesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    reference_number: str,
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionInvoicesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie faktur sesji

     Zwraca listę faktur przesłanych w sesji wraz z ich statusami, oraz informacje na temat ilości
    poprawnie i niepoprawnie przetworzonych faktur.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `Introspection`, `PefInvoiceWrite`,
    `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | SessionInvoicesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: SessionInvoicesResponse
    """

    return sync_detailed(
        reference_number=reference_number,
        client=client,
        page_size=page_size,
        x_continuation_token=x_continuation_token,
    ).parsed


@overload
async def asyncio_detailed(
    reference_number: str,
    *,
    client: AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[SessionInvoicesResponse]: ...


@overload
async def asyncio_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionInvoicesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | SessionInvoicesResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[SessionInvoicesResponse]
):
    """Pobranie faktur sesji

     Zwraca listę faktur przesłanych w sesji wraz z ich statusami, oraz informacje na temat ilości
    poprawnie i niepoprawnie przetworzonych faktur.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `Introspection`, `PefInvoiceWrite`,
    `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | SessionInvoicesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[SessionInvoicesResponse]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
        page_size=page_size,
        x_continuation_token=x_continuation_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    reference_number: str,
    *,
    client: AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> SessionInvoicesResponse: ...


@overload
async def asyncio(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionInvoicesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    reference_number: str,
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionInvoicesResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie faktur sesji

     Zwraca listę faktur przesłanych w sesji wraz z ich statusami, oraz informacje na temat ilości
    poprawnie i niepoprawnie przetworzonych faktur.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `Introspection`, `PefInvoiceWrite`,
    `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | SessionInvoicesResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: SessionInvoicesResponse
    """

    return (
        await asyncio_detailed(
            reference_number=reference_number,
            client=client,
            page_size=page_size,
            x_continuation_token=x_continuation_token,
        )
    ).parsed
