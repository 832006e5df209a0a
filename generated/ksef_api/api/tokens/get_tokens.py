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
from ...models.authentication_token_status import AuthenticationTokenStatus
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.query_tokens_response import QueryTokensResponse
from ...models.token_author_identifier_type import TokenAuthorIdentifierType
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_continuation_token, Unset):
        headers["x-continuation-token"] = x_continuation_token

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    params["description"] = description

    params["authorIdentifier"] = author_identifier

    json_author_identifier_type: str | Unset = UNSET
    if not isinstance(author_identifier_type, Unset):
        json_author_identifier_type = author_identifier_type.value

    params["authorIdentifierType"] = json_author_identifier_type

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tokens",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryTokensResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = QueryTokensResponse.from_dict(response.json())

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
    | QueryTokensResponse
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
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[QueryTokensResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryTokensResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryTokensResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryTokensResponse]
):
    """Pobranie listy wygenerowanych tokenów

     Zwraca listę metadanych tokenów. Zakres wyników zależy od sposobu uwierzytelnienia oraz uprawnień
    podmiotu wywołującego.

    Jeżeli podmiot posiada uprawnienie **CredentialsManage** lub **CredentialsRead**,
    usługa zwraca wszystkie tokeny wygenerowane w danym kontekście niezależnie od metody
    uwierzytelnienia.

    Jeżeli podmiot nie posiada żadnego z powyższych uprawnień, zakres wyników jest ograniczony:
    - Dla podmiotu uwierzytelnionego tokenem zwracany jest wyłącznie token użyty do uwierzytelnienia.
    - Dla pozostałych metod uwierzytelnienia zwracane są tokeny,
    których autorem jest wywołujący podmiot – z uwzględnieniem powiązania NIP–PESEL.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)


    Args:
        status (list[AuthenticationTokenStatus] | Unset):
        description (str | Unset):
        author_identifier (str | Unset):
        author_identifier_type (TokenAuthorIdentifierType | Unset): | Wartość | Opis |
            | --- | --- |
            | Nip | NIP. |
            | Pesel | PESEL. |
            | Fingerprint | Odcisk palca certyfikatu. |
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryTokensResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryTokensResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        description=description,
        author_identifier=author_identifier,
        author_identifier_type=author_identifier_type,
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
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> QueryTokensResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryTokensResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryTokensResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy wygenerowanych tokenów

     Zwraca listę metadanych tokenów. Zakres wyników zależy od sposobu uwierzytelnienia oraz uprawnień
    podmiotu wywołującego.

    Jeżeli podmiot posiada uprawnienie **CredentialsManage** lub **CredentialsRead**,
    usługa zwraca wszystkie tokeny wygenerowane w danym kontekście niezależnie od metody
    uwierzytelnienia.

    Jeżeli podmiot nie posiada żadnego z powyższych uprawnień, zakres wyników jest ograniczony:
    - Dla podmiotu uwierzytelnionego tokenem zwracany jest wyłącznie token użyty do uwierzytelnienia.
    - Dla pozostałych metod uwierzytelnienia zwracane są tokeny,
    których autorem jest wywołujący podmiot – z uwzględnieniem powiązania NIP–PESEL.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)


    Args:
        status (list[AuthenticationTokenStatus] | Unset):
        description (str | Unset):
        author_identifier (str | Unset):
        author_identifier_type (TokenAuthorIdentifierType | Unset): | Wartość | Opis |
            | --- | --- |
            | Nip | NIP. |
            | Pesel | PESEL. |
            | Fingerprint | Odcisk palca certyfikatu. |
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryTokensResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryTokensResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        description=description,
        author_identifier=author_identifier,
        author_identifier_type=author_identifier_type,
        page_size=page_size,
        x_continuation_token=x_continuation_token,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[QueryTokensResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryTokensResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryTokensResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryTokensResponse]
):
    """Pobranie listy wygenerowanych tokenów

     Zwraca listę metadanych tokenów. Zakres wyników zależy od sposobu uwierzytelnienia oraz uprawnień
    podmiotu wywołującego.

    Jeżeli podmiot posiada uprawnienie **CredentialsManage** lub **CredentialsRead**,
    usługa zwraca wszystkie tokeny wygenerowane w danym kontekście niezależnie od metody
    uwierzytelnienia.

    Jeżeli podmiot nie posiada żadnego z powyższych uprawnień, zakres wyników jest ograniczony:
    - Dla podmiotu uwierzytelnionego tokenem zwracany jest wyłącznie token użyty do uwierzytelnienia.
    - Dla pozostałych metod uwierzytelnienia zwracane są tokeny,
    których autorem jest wywołujący podmiot – z uwzględnieniem powiązania NIP–PESEL.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)


    Args:
        status (list[AuthenticationTokenStatus] | Unset):
        description (str | Unset):
        author_identifier (str | Unset):
        author_identifier_type (TokenAuthorIdentifierType | Unset): | Wartość | Opis |
            | --- | --- |
            | Nip | NIP. |
            | Pesel | PESEL. |
            | Fingerprint | Odcisk palca certyfikatu. |
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryTokensResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryTokensResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        description=description,
        author_identifier=author_identifier,
        author_identifier_type=author_identifier_type,
        page_size=page_size,
        x_continuation_token=x_continuation_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> QueryTokensResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryTokensResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    status: list[AuthenticationTokenStatus] | Unset = UNSET,
    description: str | Unset = UNSET,
    author_identifier: str | Unset = UNSET,
    author_identifier_type: TokenAuthorIdentifierType | Unset = UNSET,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryTokensResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy wygenerowanych tokenów

     Zwraca listę metadanych tokenów. Zakres wyników zależy od sposobu uwierzytelnienia oraz uprawnień
    podmiotu wywołującego.

    Jeżeli podmiot posiada uprawnienie **CredentialsManage** lub **CredentialsRead**,
    usługa zwraca wszystkie tokeny wygenerowane w danym kontekście niezależnie od metody
    uwierzytelnienia.

    Jeżeli podmiot nie posiada żadnego z powyższych uprawnień, zakres wyników jest ograniczony:
    - Dla podmiotu uwierzytelnionego tokenem zwracany jest wyłącznie token użyty do uwierzytelnienia.
    - Dla pozostałych metod uwierzytelnienia zwracane są tokeny,
    których autorem jest wywołujący podmiot – z uwzględnieniem powiązania NIP–PESEL.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)


    Args:
        status (list[AuthenticationTokenStatus] | Unset):
        description (str | Unset):
        author_identifier (str | Unset):
        author_identifier_type (TokenAuthorIdentifierType | Unset): | Wartość | Opis |
            | --- | --- |
            | Nip | NIP. |
            | Pesel | PESEL. |
            | Fingerprint | Odcisk palca certyfikatu. |
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryTokensResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryTokensResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            description=description,
            author_identifier=author_identifier,
            author_identifier_type=author_identifier_type,
            page_size=page_size,
            x_continuation_token=x_continuation_token,
        )
    ).parsed
