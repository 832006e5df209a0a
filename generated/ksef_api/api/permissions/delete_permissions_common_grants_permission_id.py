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
from ...models.permissions_operation_response import PermissionsOperationResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    permission_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/permissions/common/grants/{permission_id}".format(
            permission_id=quote(str(permission_id), safe=""),
        ),
    }

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
    permission_id: str,
    *,
    client: SyncAuthenticatedClient,
) -> Response[PermissionsOperationResponse]: ...


@overload
def sync_detailed(
    permission_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    permission_id: str,
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
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
    """Odebranie uprawnień

     Metoda pozwala na odebranie uprawnienia o wskazanym identyfikatorze.
    Wymagane jest wcześniejsze odczytanie uprawnień w celu uzyskania
    identyfikatora uprawnienia, które ma zostać odebrane.

    > Więcej informacji:
    > - [Odbieranie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#odebranie-
    uprawnie%C5%84)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `CredentialsManage`, `VatUeManage`, `SubunitManage`.

    Args:
        permission_id (str): Techniczny identyfikator nadanego uprawnienia – wymagany m.in. przy
            operacjach odbierania.

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
        permission_id=permission_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    permission_id: str,
    *,
    client: SyncAuthenticatedClient,
) -> PermissionsOperationResponse: ...


@overload
def sync(
    permission_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    permission_id: str,
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Odebranie uprawnień

     Metoda pozwala na odebranie uprawnienia o wskazanym identyfikatorze.
    Wymagane jest wcześniejsze odczytanie uprawnień w celu uzyskania
    identyfikatora uprawnienia, które ma zostać odebrane.

    > Więcej informacji:
    > - [Odbieranie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#odebranie-
    uprawnie%C5%84)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `CredentialsManage`, `VatUeManage`, `SubunitManage`.

    Args:
        permission_id (str): Techniczny identyfikator nadanego uprawnienia – wymagany m.in. przy
            operacjach odbierania.

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
        permission_id=permission_id,
        client=client,
    ).parsed


@overload
async def asyncio_detailed(
    permission_id: str,
    *,
    client: AsyncAuthenticatedClient,
) -> Response[PermissionsOperationResponse]: ...


@overload
async def asyncio_detailed(
    permission_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    permission_id: str,
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
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
    """Odebranie uprawnień

     Metoda pozwala na odebranie uprawnienia o wskazanym identyfikatorze.
    Wymagane jest wcześniejsze odczytanie uprawnień w celu uzyskania
    identyfikatora uprawnienia, które ma zostać odebrane.

    > Więcej informacji:
    > - [Odbieranie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#odebranie-
    uprawnie%C5%84)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `CredentialsManage`, `VatUeManage`, `SubunitManage`.

    Args:
        permission_id (str): Techniczny identyfikator nadanego uprawnienia – wymagany m.in. przy
            operacjach odbierania.

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
        permission_id=permission_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    permission_id: str,
    *,
    client: AsyncAuthenticatedClient,
) -> PermissionsOperationResponse: ...


@overload
async def asyncio(
    permission_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    permission_id: str,
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | PermissionsOperationResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Odebranie uprawnień

     Metoda pozwala na odebranie uprawnienia o wskazanym identyfikatorze.
    Wymagane jest wcześniejsze odczytanie uprawnień w celu uzyskania
    identyfikatora uprawnienia, które ma zostać odebrane.

    > Więcej informacji:
    > - [Odbieranie uprawnień](https://github.com/CIRFMF/ksef-api/blob/main/uprawnienia.md#odebranie-
    uprawnie%C5%84)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `CredentialsManage`, `VatUeManage`, `SubunitManage`.

    Args:
        permission_id (str): Techniczny identyfikator nadanego uprawnienia – wymagany m.in. przy
            operacjach odbierania.

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
            permission_id=permission_id,
            client=client,
        )
    ).parsed
