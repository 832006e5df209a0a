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
from ...models.entity_authorization_permissions_query_request import (
    EntityAuthorizationPermissionsQueryRequest,
)
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.query_entity_authorization_permissions_response import (
    QueryEntityAuthorizationPermissionsResponse,
)
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: EntityAuthorizationPermissionsQueryRequest,
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
        "url": "/permissions/query/authorizations/grants",
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
    | QueryEntityAuthorizationPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = QueryEntityAuthorizationPermissionsResponse.from_dict(
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
    | QueryEntityAuthorizationPermissionsResponse
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
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QueryEntityAuthorizationPermissionsResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityAuthorizationPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryEntityAuthorizationPermissionsResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryEntityAuthorizationPermissionsResponse]
):
    """Pobranie listy uprawnień podmiotowych do obsługi faktur

      Metoda pozwala na odczytanie uprawnień podmiotowych:
     - otrzymanych przez podmiot bieżącego kontekstu
     - nadanych przez podmiot bieżącego kontekstu

     Wybór listy nadanych lub otrzymanych uprawnień odbywa się przy użyciu parametru **queryType**.

     Uprawnienia zwracane przez operację obejmują:
     - **SelfInvoicing** – wystawianie faktur w trybie samofakturowania
     - **TaxRepresentative** – wykonywanie operacji przedstawiciela podatkowego
     - **RRInvoicing** – wystawianie faktur VAT RR
     - **PefInvoicing** – wystawianie faktur PEF

     Odpowiedź może być filtrowana na podstawie następujących parametrów:
     - **authorizingIdentifier** – identyfikator podmiotu uprawniającego (stosowane przy queryType =
    Received)
     - **authorizedIdentifier** – identyfikator podmiotu uprawnionego (stosowane przy queryType =
    Granted)
     - **permissionTypes** – lista rodzajów wyszukiwanych uprawnień

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-podmiotowych-do-obs%C5%82ugi-faktur)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`, `PefInvoiceWrite`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (EntityAuthorizationPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryEntityAuthorizationPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryEntityAuthorizationPermissionsResponse]
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
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QueryEntityAuthorizationPermissionsResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityAuthorizationPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityAuthorizationPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy uprawnień podmiotowych do obsługi faktur

      Metoda pozwala na odczytanie uprawnień podmiotowych:
     - otrzymanych przez podmiot bieżącego kontekstu
     - nadanych przez podmiot bieżącego kontekstu

     Wybór listy nadanych lub otrzymanych uprawnień odbywa się przy użyciu parametru **queryType**.

     Uprawnienia zwracane przez operację obejmują:
     - **SelfInvoicing** – wystawianie faktur w trybie samofakturowania
     - **TaxRepresentative** – wykonywanie operacji przedstawiciela podatkowego
     - **RRInvoicing** – wystawianie faktur VAT RR
     - **PefInvoicing** – wystawianie faktur PEF

     Odpowiedź może być filtrowana na podstawie następujących parametrów:
     - **authorizingIdentifier** – identyfikator podmiotu uprawniającego (stosowane przy queryType =
    Received)
     - **authorizedIdentifier** – identyfikator podmiotu uprawnionego (stosowane przy queryType =
    Granted)
     - **permissionTypes** – lista rodzajów wyszukiwanych uprawnień

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-podmiotowych-do-obs%C5%82ugi-faktur)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`, `PefInvoiceWrite`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (EntityAuthorizationPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryEntityAuthorizationPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryEntityAuthorizationPermissionsResponse
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
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QueryEntityAuthorizationPermissionsResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityAuthorizationPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryEntityAuthorizationPermissionsResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryEntityAuthorizationPermissionsResponse]
):
    """Pobranie listy uprawnień podmiotowych do obsługi faktur

      Metoda pozwala na odczytanie uprawnień podmiotowych:
     - otrzymanych przez podmiot bieżącego kontekstu
     - nadanych przez podmiot bieżącego kontekstu

     Wybór listy nadanych lub otrzymanych uprawnień odbywa się przy użyciu parametru **queryType**.

     Uprawnienia zwracane przez operację obejmują:
     - **SelfInvoicing** – wystawianie faktur w trybie samofakturowania
     - **TaxRepresentative** – wykonywanie operacji przedstawiciela podatkowego
     - **RRInvoicing** – wystawianie faktur VAT RR
     - **PefInvoicing** – wystawianie faktur PEF

     Odpowiedź może być filtrowana na podstawie następujących parametrów:
     - **authorizingIdentifier** – identyfikator podmiotu uprawniającego (stosowane przy queryType =
    Received)
     - **authorizedIdentifier** – identyfikator podmiotu uprawnionego (stosowane przy queryType =
    Granted)
     - **permissionTypes** – lista rodzajów wyszukiwanych uprawnień

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-podmiotowych-do-obs%C5%82ugi-faktur)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`, `PefInvoiceWrite`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (EntityAuthorizationPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryEntityAuthorizationPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryEntityAuthorizationPermissionsResponse]
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
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QueryEntityAuthorizationPermissionsResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityAuthorizationPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: EntityAuthorizationPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryEntityAuthorizationPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy uprawnień podmiotowych do obsługi faktur

      Metoda pozwala na odczytanie uprawnień podmiotowych:
     - otrzymanych przez podmiot bieżącego kontekstu
     - nadanych przez podmiot bieżącego kontekstu

     Wybór listy nadanych lub otrzymanych uprawnień odbywa się przy użyciu parametru **queryType**.

     Uprawnienia zwracane przez operację obejmują:
     - **SelfInvoicing** – wystawianie faktur w trybie samofakturowania
     - **TaxRepresentative** – wykonywanie operacji przedstawiciela podatkowego
     - **RRInvoicing** – wystawianie faktur VAT RR
     - **PefInvoicing** – wystawianie faktur PEF

     Odpowiedź może być filtrowana na podstawie następujących parametrów:
     - **authorizingIdentifier** – identyfikator podmiotu uprawniającego (stosowane przy queryType =
    Received)
     - **authorizedIdentifier** – identyfikator podmiotu uprawnionego (stosowane przy queryType =
    Granted)
     - **permissionTypes** – lista rodzajów wyszukiwanych uprawnień

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-podmiotowych-do-obs%C5%82ugi-faktur)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`, `PefInvoiceWrite`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (EntityAuthorizationPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryEntityAuthorizationPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryEntityAuthorizationPermissionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page_offset=page_offset,
            page_size=page_size,
        )
    ).parsed
