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
from ...models.query_subunit_permissions_response import QuerySubunitPermissionsResponse
from ...models.subunit_permissions_query_request import SubunitPermissionsQueryRequest
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SubunitPermissionsQueryRequest,
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
        "url": "/permissions/query/subunits/grants",
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
    | QuerySubunitPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = QuerySubunitPermissionsResponse.from_dict(response.json())

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
    | QuerySubunitPermissionsResponse
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
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QuerySubunitPermissionsResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QuerySubunitPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QuerySubunitPermissionsResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QuerySubunitPermissionsResponse]
):
    """Pobranie listy uprawnień administratorów jednostek i podmiotów podrzędnych

      Metoda pozwala na odczytanie uprawnień do zarządzania uprawnieniami nadanych administratorom:
     - jednostek podrzędnych identyfikowanych identyfikatorem wewnętrznym
     - podmiotów podrzędnych (podrzędnych JST lub członków grupy VAT) identyfikowanych przez NIP

     Lista zwraca wyłącznie uprawnienia do zarządzania uprawnieniami nadane z kontekstu bieżącego (z
    podmiotu nadrzędnego).
     Nie są odczytywane uprawnienia nadane przez administratorów jednostek podrzędnych wewnątrz tych
    jednostek.

     Odpowiedź może być filtrowana na podstawie parametru:
     - **subunitIdentifier** – identyfikator jednostki lub podmiotu podrzędnego

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-administrator%C3%B3w-jednostek-i-
    podmiot%C3%B3w-podrz%C4%99dnych)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`, `SubunitManage`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (SubunitPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QuerySubunitPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QuerySubunitPermissionsResponse]
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
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QuerySubunitPermissionsResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QuerySubunitPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QuerySubunitPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy uprawnień administratorów jednostek i podmiotów podrzędnych

      Metoda pozwala na odczytanie uprawnień do zarządzania uprawnieniami nadanych administratorom:
     - jednostek podrzędnych identyfikowanych identyfikatorem wewnętrznym
     - podmiotów podrzędnych (podrzędnych JST lub członków grupy VAT) identyfikowanych przez NIP

     Lista zwraca wyłącznie uprawnienia do zarządzania uprawnieniami nadane z kontekstu bieżącego (z
    podmiotu nadrzędnego).
     Nie są odczytywane uprawnienia nadane przez administratorów jednostek podrzędnych wewnątrz tych
    jednostek.

     Odpowiedź może być filtrowana na podstawie parametru:
     - **subunitIdentifier** – identyfikator jednostki lub podmiotu podrzędnego

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-administrator%C3%B3w-jednostek-i-
    podmiot%C3%B3w-podrz%C4%99dnych)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`, `SubunitManage`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (SubunitPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QuerySubunitPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QuerySubunitPermissionsResponse
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
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QuerySubunitPermissionsResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QuerySubunitPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QuerySubunitPermissionsResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QuerySubunitPermissionsResponse]
):
    """Pobranie listy uprawnień administratorów jednostek i podmiotów podrzędnych

      Metoda pozwala na odczytanie uprawnień do zarządzania uprawnieniami nadanych administratorom:
     - jednostek podrzędnych identyfikowanych identyfikatorem wewnętrznym
     - podmiotów podrzędnych (podrzędnych JST lub członków grupy VAT) identyfikowanych przez NIP

     Lista zwraca wyłącznie uprawnienia do zarządzania uprawnieniami nadane z kontekstu bieżącego (z
    podmiotu nadrzędnego).
     Nie są odczytywane uprawnienia nadane przez administratorów jednostek podrzędnych wewnątrz tych
    jednostek.

     Odpowiedź może być filtrowana na podstawie parametru:
     - **subunitIdentifier** – identyfikator jednostki lub podmiotu podrzędnego

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-administrator%C3%B3w-jednostek-i-
    podmiot%C3%B3w-podrz%C4%99dnych)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`, `SubunitManage`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (SubunitPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QuerySubunitPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QuerySubunitPermissionsResponse]
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
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QuerySubunitPermissionsResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QuerySubunitPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: SubunitPermissionsQueryRequest,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QuerySubunitPermissionsResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy uprawnień administratorów jednostek i podmiotów podrzędnych

      Metoda pozwala na odczytanie uprawnień do zarządzania uprawnieniami nadanych administratorom:
     - jednostek podrzędnych identyfikowanych identyfikatorem wewnętrznym
     - podmiotów podrzędnych (podrzędnych JST lub członków grupy VAT) identyfikowanych przez NIP

     Lista zwraca wyłącznie uprawnienia do zarządzania uprawnieniami nadane z kontekstu bieżącego (z
    podmiotu nadrzędnego).
     Nie są odczytywane uprawnienia nadane przez administratorów jednostek podrzędnych wewnątrz tych
    jednostek.

     Odpowiedź może być filtrowana na podstawie parametru:
     - **subunitIdentifier** – identyfikator jednostki lub podmiotu podrzędnego

    #### Stronicowanie wyników
    Zapytanie zwraca **jedną stronę wyników** o numerze i rozmiarze podanym w ścieżce.
    - Przy pierwszym wywołaniu należy ustawić parametr `pageOffset = 0`.
    - Jeżeli dostępna jest kolejna strona wyników, w odpowiedzi pojawi się flaga **`hasMore`**.
    - W takim przypadku można wywołać zapytanie ponownie z kolejnym numerem strony.

     > Więcej informacji:
     > - [Pobieranie listy uprawnień](https://github.com/CIRFMF/ksef-
    api/blob/main/uprawnienia.md#pobranie-listy-uprawnie%C5%84-administrator%C3%B3w-jednostek-i-
    podmiot%C3%B3w-podrz%C4%99dnych)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)
    - id (Asc)



    **Wymagane jedno z uprawnień**: `CredentialsManage`, `CredentialsRead`, `SubunitManage`.

    Args:
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (SubunitPermissionsQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QuerySubunitPermissionsResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QuerySubunitPermissionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page_offset=page_offset,
            page_size=page_size,
        )
    ).parsed
