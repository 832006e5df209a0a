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
from ...models.indirect_permissions_grant_request import IndirectPermissionsGrantRequest
from ...models.permissions_operation_response import PermissionsOperationResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: IndirectPermissionsGrantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/permissions/indirect/grants",
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
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 202:
            response_202 = PermissionsOperationResponse.from_dict(response.json())

            return response_202

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
    | PermissionsOperationResponse
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
    body: IndirectPermissionsGrantRequest,
) -> Response[PermissionsOperationResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IndirectPermissionsGrantRequest,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: IndirectPermissionsGrantRequest,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | PermissionsOperationResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[PermissionsOperationResponse]
):
    """Nadanie uprawnień w sposób pośredni

     Metoda pozwala na nadanie w sposób pośredni osobie wskazanej w żądaniu uprawnień do obsługi faktur
    innego podmiotu – klienta.
    Może to być jedna z możliwości:
    - nadanie uprawnień generalnych – do obsługi wszystkich klientów
    - nadanie uprawnień selektywnych – do obsługi wskazanego klienta

    Uprawnienie selektywne może być nadane wyłącznie wtedy, gdy klient nadał wcześniej podmiotowi
    bieżącego kontekstu dowolne uprawnienie z prawem do jego dalszego przekazywania (patrz [POST
    /v2/permissions/entities/grants](/docs/v2/index.html#tag/Nadawanie-
    uprawnien/paths/~1permissions~1entities~1grants/post)).

    W żądaniu określane są nadawane uprawnienia ze zbioru:
    - **InvoiceWrite** – wystawianie faktur
    - **InvoiceRead** – przeglądanie faktur

    Metoda pozwala na wybór dowolnej kombinacji powyższych uprawnień.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-w-spos%C3%B3b-po%C5%9Bredni)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `CredentialsManage`.

    Args:
        body (IndirectPermissionsGrantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | PermissionsOperationResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[PermissionsOperationResponse]
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
    body: IndirectPermissionsGrantRequest,
) -> PermissionsOperationResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: IndirectPermissionsGrantRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: IndirectPermissionsGrantRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Nadanie uprawnień w sposób pośredni

     Metoda pozwala na nadanie w sposób pośredni osobie wskazanej w żądaniu uprawnień do obsługi faktur
    innego podmiotu – klienta.
    Może to być jedna z możliwości:
    - nadanie uprawnień generalnych – do obsługi wszystkich klientów
    - nadanie uprawnień selektywnych – do obsługi wskazanego klienta

    Uprawnienie selektywne może być nadane wyłącznie wtedy, gdy klient nadał wcześniej podmiotowi
    bieżącego kontekstu dowolne uprawnienie z prawem do jego dalszego przekazywania (patrz [POST
    /v2/permissions/entities/grants](/docs/v2/index.html#tag/Nadawanie-
    uprawnien/paths/~1permissions~1entities~1grants/post)).

    W żądaniu określane są nadawane uprawnienia ze zbioru:
    - **InvoiceWrite** – wystawianie faktur
    - **InvoiceRead** – przeglądanie faktur

    Metoda pozwala na wybór dowolnej kombinacji powyższych uprawnień.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-w-spos%C3%B3b-po%C5%9Bredni)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `CredentialsManage`.

    Args:
        body (IndirectPermissionsGrantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | PermissionsOperationResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: PermissionsOperationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    body: IndirectPermissionsGrantRequest,
) -> Response[PermissionsOperationResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IndirectPermissionsGrantRequest,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: IndirectPermissionsGrantRequest,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | PermissionsOperationResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[PermissionsOperationResponse]
):
    """Nadanie uprawnień w sposób pośredni

     Metoda pozwala na nadanie w sposób pośredni osobie wskazanej w żądaniu uprawnień do obsługi faktur
    innego podmiotu – klienta.
    Może to być jedna z możliwości:
    - nadanie uprawnień generalnych – do obsługi wszystkich klientów
    - nadanie uprawnień selektywnych – do obsługi wskazanego klienta

    Uprawnienie selektywne może być nadane wyłącznie wtedy, gdy klient nadał wcześniej podmiotowi
    bieżącego kontekstu dowolne uprawnienie z prawem do jego dalszego przekazywania (patrz [POST
    /v2/permissions/entities/grants](/docs/v2/index.html#tag/Nadawanie-
    uprawnien/paths/~1permissions~1entities~1grants/post)).

    W żądaniu określane są nadawane uprawnienia ze zbioru:
    - **InvoiceWrite** – wystawianie faktur
    - **InvoiceRead** – przeglądanie faktur

    Metoda pozwala na wybór dowolnej kombinacji powyższych uprawnień.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-w-spos%C3%B3b-po%C5%9Bredni)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `CredentialsManage`.

    Args:
        body (IndirectPermissionsGrantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | PermissionsOperationResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[PermissionsOperationResponse]
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
    body: IndirectPermissionsGrantRequest,
) -> PermissionsOperationResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IndirectPermissionsGrantRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: IndirectPermissionsGrantRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Nadanie uprawnień w sposób pośredni

     Metoda pozwala na nadanie w sposób pośredni osobie wskazanej w żądaniu uprawnień do obsługi faktur
    innego podmiotu – klienta.
    Może to być jedna z możliwości:
    - nadanie uprawnień generalnych – do obsługi wszystkich klientów
    - nadanie uprawnień selektywnych – do obsługi wskazanego klienta

    Uprawnienie selektywne może być nadane wyłącznie wtedy, gdy klient nadał wcześniej podmiotowi
    bieżącego kontekstu dowolne uprawnienie z prawem do jego dalszego przekazywania (patrz [POST
    /v2/permissions/entities/grants](/docs/v2/index.html#tag/Nadawanie-
    uprawnien/paths/~1permissions~1entities~1grants/post)).

    W żądaniu określane są nadawane uprawnienia ze zbioru:
    - **InvoiceWrite** – wystawianie faktur
    - **InvoiceRead** – przeglądanie faktur

    Metoda pozwala na wybór dowolnej kombinacji powyższych uprawnień.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-w-spos%C3%B3b-po%C5%9Bredni)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `CredentialsManage`.

    Args:
        body (IndirectPermissionsGrantRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | PermissionsOperationResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: PermissionsOperationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
