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
from ...models.eu_entity_administration_permissions_grant_request import (
    EuEntityAdministrationPermissionsGrantRequest,
)
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.permissions_operation_response import PermissionsOperationResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: EuEntityAdministrationPermissionsGrantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/permissions/eu-entities/administration/grants",
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
    body: EuEntityAdministrationPermissionsGrantRequest,
) -> Response[PermissionsOperationResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EuEntityAdministrationPermissionsGrantRequest,
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
    body: EuEntityAdministrationPermissionsGrantRequest,
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
    """Nadanie uprawnień administratora podmiotu unijnego

     Metoda pozwala na nadanie wskazanemu w żądaniu podmiotowi lub osobie fizycznej uprawnień
    administratora w kontekście złożonym z identyfikatora NIP podmiotu kontekstu bieżącego oraz numeru
    VAT UE podmiotu unijnego wskazanego w żądaniu.
    Wraz z utworzeniem administratora podmiotu unijnego tworzony jest kontekst złożony składający się z
    numeru NIP podmiotu kontekstu logowania oraz wskazanego numeru identyfikacyjnego VAT UE podmiotu
    unijnego.
    W żądaniu podaje się również nazwę i adres podmiotu unijnego.

    Jedynym sposobem identyfikacji uprawnianego jest odcisk palca certyfikatu kwalifikowanego:
    - certyfikat podpisu elektronicznego dla osób fizycznych
    - certyfikat pieczęci elektronicznej dla podmiotów

    Uprawnienia administratora podmiotu unijnego obejmują:
    - **VatEuManage** – zarządzanie uprawnieniami w ramach podmiotu unijnego
    - **InvoiceWrite** – wystawianie faktur
    - **InvoiceRead** – przeglądanie faktur
    - **Introspection** – przeglądanie historii sesji

    Metoda automatycznie nadaje wszystkie powyższe uprawnienia, bez konieczności ich wskazywania w
    żądaniu.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-administratora-podmiotu-unijnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `CredentialsManage`.

    Args:
        body (EuEntityAdministrationPermissionsGrantRequest):

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
    body: EuEntityAdministrationPermissionsGrantRequest,
) -> PermissionsOperationResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: EuEntityAdministrationPermissionsGrantRequest,
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
    body: EuEntityAdministrationPermissionsGrantRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Nadanie uprawnień administratora podmiotu unijnego

     Metoda pozwala na nadanie wskazanemu w żądaniu podmiotowi lub osobie fizycznej uprawnień
    administratora w kontekście złożonym z identyfikatora NIP podmiotu kontekstu bieżącego oraz numeru
    VAT UE podmiotu unijnego wskazanego w żądaniu.
    Wraz z utworzeniem administratora podmiotu unijnego tworzony jest kontekst złożony składający się z
    numeru NIP podmiotu kontekstu logowania oraz wskazanego numeru identyfikacyjnego VAT UE podmiotu
    unijnego.
    W żądaniu podaje się również nazwę i adres podmiotu unijnego.

    Jedynym sposobem identyfikacji uprawnianego jest odcisk palca certyfikatu kwalifikowanego:
    - certyfikat podpisu elektronicznego dla osób fizycznych
    - certyfikat pieczęci elektronicznej dla podmiotów

    Uprawnienia administratora podmiotu unijnego obejmują:
    - **VatEuManage** – zarządzanie uprawnieniami w ramach podmiotu unijnego
    - **InvoiceWrite** – wystawianie faktur
    - **InvoiceRead** – przeglądanie faktur
    - **Introspection** – przeglądanie historii sesji

    Metoda automatycznie nadaje wszystkie powyższe uprawnienia, bez konieczności ich wskazywania w
    żądaniu.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-administratora-podmiotu-unijnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `CredentialsManage`.

    Args:
        body (EuEntityAdministrationPermissionsGrantRequest):

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
    body: EuEntityAdministrationPermissionsGrantRequest,
) -> Response[PermissionsOperationResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EuEntityAdministrationPermissionsGrantRequest,
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
    body: EuEntityAdministrationPermissionsGrantRequest,
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
    """Nadanie uprawnień administratora podmiotu unijnego

     Metoda pozwala na nadanie wskazanemu w żądaniu podmiotowi lub osobie fizycznej uprawnień
    administratora w kontekście złożonym z identyfikatora NIP podmiotu kontekstu bieżącego oraz numeru
    VAT UE podmiotu unijnego wskazanego w żądaniu.
    Wraz z utworzeniem administratora podmiotu unijnego tworzony jest kontekst złożony składający się z
    numeru NIP podmiotu kontekstu logowania oraz wskazanego numeru identyfikacyjnego VAT UE podmiotu
    unijnego.
    W żądaniu podaje się również nazwę i adres podmiotu unijnego.

    Jedynym sposobem identyfikacji uprawnianego jest odcisk palca certyfikatu kwalifikowanego:
    - certyfikat podpisu elektronicznego dla osób fizycznych
    - certyfikat pieczęci elektronicznej dla podmiotów

    Uprawnienia administratora podmiotu unijnego obejmują:
    - **VatEuManage** – zarządzanie uprawnieniami w ramach podmiotu unijnego
    - **InvoiceWrite** – wystawianie faktur
    - **InvoiceRead** – przeglądanie faktur
    - **Introspection** – przeglądanie historii sesji

    Metoda automatycznie nadaje wszystkie powyższe uprawnienia, bez konieczności ich wskazywania w
    żądaniu.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-administratora-podmiotu-unijnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `CredentialsManage`.

    Args:
        body (EuEntityAdministrationPermissionsGrantRequest):

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
    body: EuEntityAdministrationPermissionsGrantRequest,
) -> PermissionsOperationResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EuEntityAdministrationPermissionsGrantRequest,
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
    body: EuEntityAdministrationPermissionsGrantRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Nadanie uprawnień administratora podmiotu unijnego

     Metoda pozwala na nadanie wskazanemu w żądaniu podmiotowi lub osobie fizycznej uprawnień
    administratora w kontekście złożonym z identyfikatora NIP podmiotu kontekstu bieżącego oraz numeru
    VAT UE podmiotu unijnego wskazanego w żądaniu.
    Wraz z utworzeniem administratora podmiotu unijnego tworzony jest kontekst złożony składający się z
    numeru NIP podmiotu kontekstu logowania oraz wskazanego numeru identyfikacyjnego VAT UE podmiotu
    unijnego.
    W żądaniu podaje się również nazwę i adres podmiotu unijnego.

    Jedynym sposobem identyfikacji uprawnianego jest odcisk palca certyfikatu kwalifikowanego:
    - certyfikat podpisu elektronicznego dla osób fizycznych
    - certyfikat pieczęci elektronicznej dla podmiotów

    Uprawnienia administratora podmiotu unijnego obejmują:
    - **VatEuManage** – zarządzanie uprawnieniami w ramach podmiotu unijnego
    - **InvoiceWrite** – wystawianie faktur
    - **InvoiceRead** – przeglądanie faktur
    - **Introspection** – przeglądanie historii sesji

    Metoda automatycznie nadaje wszystkie powyższe uprawnienia, bez konieczności ich wskazywania w
    żądaniu.

    > Więcej informacji:
    > - [Nadawanie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#nadanie-
    uprawnie%C5%84-administratora-podmiotu-unijnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane uprawnienie**: `CredentialsManage`.

    Args:
        body (EuEntityAdministrationPermissionsGrantRequest):

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
