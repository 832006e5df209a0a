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
from ...models.entity_permissions_query_request import EntityPermissionsQueryRequest
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.query_entity_permissions_response import QueryEntityPermissionsResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["pageOffset"] = page_offset

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/permissions/query/entities/grants",
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
    | QueryEntityPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = QueryEntityPermissionsResponse.from_dict(response.json())

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
    | QueryEntityPermissionsResponse
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
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QueryEntityPermissionsResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryEntityPermissionsResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryEntityPermissionsResponse]
):
    """Pobranie listy uprawnień do obsługi faktur w bieżącym kontekście

      Metoda pozwala na odczytanie otrzymanych uprawnień do obsługi faktur w bieżącym kontekście
    logowania.

     W odpowiedzi przekazywane są następujące uprawnienia:
     - nadane podmiotowi do obsługi faktur przez inny podmiot

     Uprawnienia zwracane przez operację obejmują:
     - **InvoiceWrite** – wystawianie faktur
     - **InvoiceRead** – przeglądanie faktur

     Odpowiedź może być filtrowana na podstawie następujących parametrów:
     - **contextIdentifier** – identyfikator podmiotu, który nadał uprawnienie do obsługi faktur

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-do-obs%C5%82ugi-faktur-w-
    bie%C5%BC%C4%85cym-kontek%C5%9Bcie)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (EntityPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryEntityPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryEntityPermissionsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    client: SyncAuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QueryEntityPermissionsResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy uprawnień do obsługi faktur w bieżącym kontekście

      Metoda pozwala na odczytanie otrzymanych uprawnień do obsługi faktur w bieżącym kontekście
    logowania.

     W odpowiedzi przekazywane są następujące uprawnienia:
     - nadane podmiotowi do obsługi faktur przez inny podmiot

     Uprawnienia zwracane przez operację obejmują:
     - **InvoiceWrite** – wystawianie faktur
     - **InvoiceRead** – przeglądanie faktur

     Odpowiedź może być filtrowana na podstawie następujących parametrów:
     - **contextIdentifier** – identyfikator podmiotu, który nadał uprawnienie do obsługi faktur

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-do-obs%C5%82ugi-faktur-w-
    bie%C5%BC%C4%85cym-kontek%C5%9Bcie)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (EntityPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryEntityPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryEntityPermissionsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        page_offset=page_offset,
        page_size=page_size,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QueryEntityPermissionsResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryEntityPermissionsResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryEntityPermissionsResponse]
):
    """Pobranie listy uprawnień do obsługi faktur w bieżącym kontekście

      Metoda pozwala na odczytanie otrzymanych uprawnień do obsługi faktur w bieżącym kontekście
    logowania.

     W odpowiedzi przekazywane są następujące uprawnienia:
     - nadane podmiotowi do obsługi faktur przez inny podmiot

     Uprawnienia zwracane przez operację obejmują:
     - **InvoiceWrite** – wystawianie faktur
     - **InvoiceRead** – przeglądanie faktur

     Odpowiedź może być filtrowana na podstawie następujących parametrów:
     - **contextIdentifier** – identyfikator podmiotu, który nadał uprawnienie do obsługi faktur

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-do-obs%C5%82ugi-faktur-w-
    bie%C5%BC%C4%85cym-kontek%C5%9Bcie)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (EntityPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryEntityPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryEntityPermissionsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        page_offset=page_offset,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QueryEntityPermissionsResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: EntityPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy uprawnień do obsługi faktur w bieżącym kontekście

      Metoda pozwala na odczytanie otrzymanych uprawnień do obsługi faktur w bieżącym kontekście
    logowania.

     W odpowiedzi przekazywane są następujące uprawnienia:
     - nadane podmiotowi do obsługi faktur przez inny podmiot

     Uprawnienia zwracane przez operację obejmują:
     - **InvoiceWrite** – wystawianie faktur
     - **InvoiceRead** – przeglądanie faktur

     Odpowiedź może być filtrowana na podstawie następujących parametrów:
     - **contextIdentifier** – identyfikator podmiotu, który nadał uprawnienie do obsługi faktur

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-do-obs%C5%82ugi-faktur-w-
    bie%C5%BC%C4%85cym-kontek%C5%9Bcie)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (EntityPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryEntityPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryEntityPermissionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page_offset=page_offset,
            page_size=page_size,
        )
    ).parsed
