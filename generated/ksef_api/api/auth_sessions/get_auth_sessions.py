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
from ...models.authentication_list_response import AuthenticationListResponse
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/auth/sessions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    AuthenticationListResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = AuthenticationListResponse.from_dict(response.json())

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
    AuthenticationListResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
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
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[AuthenticationListResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    AuthenticationListResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        AuthenticationListResponse
        | ExceptionResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[AuthenticationListResponse]
):
    """Pobranie listy aktywnych sesji

     Zwraca listę aktywnych sesji uwierzytelnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationListResponse | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[AuthenticationListResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        x_continuation_token=x_continuation_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: SyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> AuthenticationListResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    AuthenticationListResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    AuthenticationListResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy aktywnych sesji

     Zwraca listę aktywnych sesji uwierzytelnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationListResponse | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: AuthenticationListResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        x_continuation_token=x_continuation_token,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[AuthenticationListResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    AuthenticationListResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        AuthenticationListResponse
        | ExceptionResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[AuthenticationListResponse]
):
    """Pobranie listy aktywnych sesji

     Zwraca listę aktywnych sesji uwierzytelnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthenticationListResponse | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[AuthenticationListResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        x_continuation_token=x_continuation_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> AuthenticationListResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    AuthenticationListResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    AuthenticationListResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy aktywnych sesji

     Zwraca listę aktywnych sesji uwierzytelnienia.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - startDate (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthenticationListResponse | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: AuthenticationListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            x_continuation_token=x_continuation_token,
        )
    ).parsed
