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
from ...models.permissions_operation_response import PermissionsOperationResponse
from ...models.subunit_permissions_grant_request import SubunitPermissionsGrantRequest
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: SubunitPermissionsGrantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/permissions/subunits/grants",
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
    body: SubunitPermissionsGrantRequest,
) -> Response[PermissionsOperationResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubunitPermissionsGrantRequest,
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
    body: SubunitPermissionsGrantRequest,
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
    r"""Nadanie uprawnień administratora podmiotu podrzędnego

     Metoda pozwala na nadanie wskazanemu w żądaniu podmiotowi lub osobie fizycznej uprawnień
    administratora w kontekście:
    - wskazanego NIP podmiotu podrzędnego – wyłącznie jeżeli podmiot bieżącego kontekstu logowania ma
    rolę podmiotu nadrzędnego:
      - **LocalGovernmentUnit**
      - **VatGroupUnit**
    - wskazanego lub utworzonego identyfikatora wewnętrznego

    Wraz z utworzeniem administratora jednostki podrzędnej tworzony jest identyfikator wewnętrzny
    składający się z numeru NIP podmiotu kontekstu logowania oraz 5 cyfr unikalnie identyfikujących
    jednostkę wewnętrzną.
    Ostatnia cyfra musi być poprawną sumą kontrolną, która jest obliczana według poniższego algorytmu.

    Algorytm używa naprzemiennych wag (1×, 3×, 1×, 3×, ...), sumuje wyniki i zwraca resztę z dzielenia
    przez 10.

    Przykład:
    - Wejście: \"6824515772-1234\" (bez cyfry kontrolnej)
    - Pozycja 0 (1. cyfra): 6 × 1 = 6
    - Pozycja 1 (2. cyfra): 8 × 3 = 24
    - Pozycja 2 (3. cyfra): 2 × 1 = 2
    - Pozycja 3 (4. cyfra): 4 × 3 = 12
    - Pozycja 4 (5. cyfra): 5 × 1 = 5
    - Pozycja 5 (6. cyfra): 1 × 3 = 3
    - Pozycja 6 (7. cyfra): 5 × 1 = 5
    - Pozycja 7 (8. cyfra): 7 × 3 = 21
    - Pozycja 8 (9. cyfra): 7 × 1 = 7
    - Pozycja 9 (10. cyfra): 2 × 3 = 6
    - Pozycja 10 (11. cyfra): 1 × 1 = 1
    - Pozycja 11 (12. cyfra): 2 × 3 = 6
    - Pozycja 12 (13. cyfra): 3 × 1 = 3
    - Pozycja 13 (14. cyfra): 4 × 3 = 12
    - Suma: 6 + 24 + 2 + 12 + 5 + 3 + 5 + 21 + 7 + 6 + 1 + 6 + 3 + 12 = 113
    - Cyfra kontrolna (15. cyfra): 113 % 10 = 3

    W żądaniu podaje się również nazwę tej jednostki.

    Uprawnienia administratora jednostki podrzędnej obejmują:
    - **CredentialsManage** – zarządzanie uprawnieniami

    Metoda automatycznie nadaje powyższe uprawnienie, bez konieczności podawania go w żądaniu.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-administratora-podmiotu-podrz%C4%99dnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `SubunitManage`.

    Args:
        body (SubunitPermissionsGrantRequest):

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
    body: SubunitPermissionsGrantRequest,
) -> PermissionsOperationResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: SubunitPermissionsGrantRequest,
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
    body: SubunitPermissionsGrantRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    r"""Nadanie uprawnień administratora podmiotu podrzędnego

     Metoda pozwala na nadanie wskazanemu w żądaniu podmiotowi lub osobie fizycznej uprawnień
    administratora w kontekście:
    - wskazanego NIP podmiotu podrzędnego – wyłącznie jeżeli podmiot bieżącego kontekstu logowania ma
    rolę podmiotu nadrzędnego:
      - **LocalGovernmentUnit**
      - **VatGroupUnit**
    - wskazanego lub utworzonego identyfikatora wewnętrznego

    Wraz z utworzeniem administratora jednostki podrzędnej tworzony jest identyfikator wewnętrzny
    składający się z numeru NIP podmiotu kontekstu logowania oraz 5 cyfr unikalnie identyfikujących
    jednostkę wewnętrzną.
    Ostatnia cyfra musi być poprawną sumą kontrolną, która jest obliczana według poniższego algorytmu.

    Algorytm używa naprzemiennych wag (1×, 3×, 1×, 3×, ...), sumuje wyniki i zwraca resztę z dzielenia
    przez 10.

    Przykład:
    - Wejście: \"6824515772-1234\" (bez cyfry kontrolnej)
    - Pozycja 0 (1. cyfra): 6 × 1 = 6
    - Pozycja 1 (2. cyfra): 8 × 3 = 24
    - Pozycja 2 (3. cyfra): 2 × 1 = 2
    - Pozycja 3 (4. cyfra): 4 × 3 = 12
    - Pozycja 4 (5. cyfra): 5 × 1 = 5
    - Pozycja 5 (6. cyfra): 1 × 3 = 3
    - Pozycja 6 (7. cyfra): 5 × 1 = 5
    - Pozycja 7 (8. cyfra): 7 × 3 = 21
    - Pozycja 8 (9. cyfra): 7 × 1 = 7
    - Pozycja 9 (10. cyfra): 2 × 3 = 6
    - Pozycja 10 (11. cyfra): 1 × 1 = 1
    - Pozycja 11 (12. cyfra): 2 × 3 = 6
    - Pozycja 12 (13. cyfra): 3 × 1 = 3
    - Pozycja 13 (14. cyfra): 4 × 3 = 12
    - Suma: 6 + 24 + 2 + 12 + 5 + 3 + 5 + 21 + 7 + 6 + 1 + 6 + 3 + 12 = 113
    - Cyfra kontrolna (15. cyfra): 113 % 10 = 3

    W żądaniu podaje się również nazwę tej jednostki.

    Uprawnienia administratora jednostki podrzędnej obejmują:
    - **CredentialsManage** – zarządzanie uprawnieniami

    Metoda automatycznie nadaje powyższe uprawnienie, bez konieczności podawania go w żądaniu.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-administratora-podmiotu-podrz%C4%99dnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `SubunitManage`.

    Args:
        body (SubunitPermissionsGrantRequest):

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
    body: SubunitPermissionsGrantRequest,
) -> Response[PermissionsOperationResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubunitPermissionsGrantRequest,
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
    body: SubunitPermissionsGrantRequest,
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
    r"""Nadanie uprawnień administratora podmiotu podrzędnego

     Metoda pozwala na nadanie wskazanemu w żądaniu podmiotowi lub osobie fizycznej uprawnień
    administratora w kontekście:
    - wskazanego NIP podmiotu podrzędnego – wyłącznie jeżeli podmiot bieżącego kontekstu logowania ma
    rolę podmiotu nadrzędnego:
      - **LocalGovernmentUnit**
      - **VatGroupUnit**
    - wskazanego lub utworzonego identyfikatora wewnętrznego

    Wraz z utworzeniem administratora jednostki podrzędnej tworzony jest identyfikator wewnętrzny
    składający się z numeru NIP podmiotu kontekstu logowania oraz 5 cyfr unikalnie identyfikujących
    jednostkę wewnętrzną.
    Ostatnia cyfra musi być poprawną sumą kontrolną, która jest obliczana według poniższego algorytmu.

    Algorytm używa naprzemiennych wag (1×, 3×, 1×, 3×, ...), sumuje wyniki i zwraca resztę z dzielenia
    przez 10.

    Przykład:
    - Wejście: \"6824515772-1234\" (bez cyfry kontrolnej)
    - Pozycja 0 (1. cyfra): 6 × 1 = 6
    - Pozycja 1 (2. cyfra): 8 × 3 = 24
    - Pozycja 2 (3. cyfra): 2 × 1 = 2
    - Pozycja 3 (4. cyfra): 4 × 3 = 12
    - Pozycja 4 (5. cyfra): 5 × 1 = 5
    - Pozycja 5 (6. cyfra): 1 × 3 = 3
    - Pozycja 6 (7. cyfra): 5 × 1 = 5
    - Pozycja 7 (8. cyfra): 7 × 3 = 21
    - Pozycja 8 (9. cyfra): 7 × 1 = 7
    - Pozycja 9 (10. cyfra): 2 × 3 = 6
    - Pozycja 10 (11. cyfra): 1 × 1 = 1
    - Pozycja 11 (12. cyfra): 2 × 3 = 6
    - Pozycja 12 (13. cyfra): 3 × 1 = 3
    - Pozycja 13 (14. cyfra): 4 × 3 = 12
    - Suma: 6 + 24 + 2 + 12 + 5 + 3 + 5 + 21 + 7 + 6 + 1 + 6 + 3 + 12 = 113
    - Cyfra kontrolna (15. cyfra): 113 % 10 = 3

    W żądaniu podaje się również nazwę tej jednostki.

    Uprawnienia administratora jednostki podrzędnej obejmują:
    - **CredentialsManage** – zarządzanie uprawnieniami

    Metoda automatycznie nadaje powyższe uprawnienie, bez konieczności podawania go w żądaniu.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-administratora-podmiotu-podrz%C4%99dnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `SubunitManage`.

    Args:
        body (SubunitPermissionsGrantRequest):

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
    body: SubunitPermissionsGrantRequest,
) -> PermissionsOperationResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubunitPermissionsGrantRequest,
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
    body: SubunitPermissionsGrantRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    r"""Nadanie uprawnień administratora podmiotu podrzędnego

     Metoda pozwala na nadanie wskazanemu w żądaniu podmiotowi lub osobie fizycznej uprawnień
    administratora w kontekście:
    - wskazanego NIP podmiotu podrzędnego – wyłącznie jeżeli podmiot bieżącego kontekstu logowania ma
    rolę podmiotu nadrzędnego:
      - **LocalGovernmentUnit**
      - **VatGroupUnit**
    - wskazanego lub utworzonego identyfikatora wewnętrznego

    Wraz z utworzeniem administratora jednostki podrzędnej tworzony jest identyfikator wewnętrzny
    składający się z numeru NIP podmiotu kontekstu logowania oraz 5 cyfr unikalnie identyfikujących
    jednostkę wewnętrzną.
    Ostatnia cyfra musi być poprawną sumą kontrolną, która jest obliczana według poniższego algorytmu.

    Algorytm używa naprzemiennych wag (1×, 3×, 1×, 3×, ...), sumuje wyniki i zwraca resztę z dzielenia
    przez 10.

    Przykład:
    - Wejście: \"6824515772-1234\" (bez cyfry kontrolnej)
    - Pozycja 0 (1. cyfra): 6 × 1 = 6
    - Pozycja 1 (2. cyfra): 8 × 3 = 24
    - Pozycja 2 (3. cyfra): 2 × 1 = 2
    - Pozycja 3 (4. cyfra): 4 × 3 = 12
    - Pozycja 4 (5. cyfra): 5 × 1 = 5
    - Pozycja 5 (6. cyfra): 1 × 3 = 3
    - Pozycja 6 (7. cyfra): 5 × 1 = 5
    - Pozycja 7 (8. cyfra): 7 × 3 = 21
    - Pozycja 8 (9. cyfra): 7 × 1 = 7
    - Pozycja 9 (10. cyfra): 2 × 3 = 6
    - Pozycja 10 (11. cyfra): 1 × 1 = 1
    - Pozycja 11 (12. cyfra): 2 × 3 = 6
    - Pozycja 12 (13. cyfra): 3 × 1 = 3
    - Pozycja 13 (14. cyfra): 4 × 3 = 12
    - Suma: 6 + 24 + 2 + 12 + 5 + 3 + 5 + 21 + 7 + 6 + 1 + 6 + 3 + 12 = 113
    - Cyfra kontrolna (15. cyfra): 113 % 10 = 3

    W żądaniu podaje się również nazwę tej jednostki.

    Uprawnienia administratora jednostki podrzędnej obejmują:
    - **CredentialsManage** – zarządzanie uprawnieniami

    Metoda automatycznie nadaje powyższe uprawnienie, bez konieczności podawania go w żądaniu.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-administratora-podmiotu-podrz%C4%99dnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `SubunitManage`.

    Args:
        body (SubunitPermissionsGrantRequest):

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
