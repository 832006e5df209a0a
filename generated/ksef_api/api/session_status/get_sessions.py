import datetime
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
from ...models.common_session_status import CommonSessionStatus
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.session_type import SessionType
from ...models.sessions_query_response import SessionsQueryResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_continuation_token, Unset):
        headers["x-continuation-token"] = x_continuation_token

    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    json_session_type = session_type.value
    params["sessionType"] = json_session_type

    params["referenceNumber"] = reference_number

    json_date_created_from: str | Unset = UNSET
    if not isinstance(date_created_from, Unset):
        json_date_created_from = date_created_from.isoformat()
    params["dateCreatedFrom"] = json_date_created_from

    json_date_created_to: str | Unset = UNSET
    if not isinstance(date_created_to, Unset):
        json_date_created_to = date_created_to.isoformat()
    params["dateCreatedTo"] = json_date_created_to

    json_date_closed_from: str | Unset = UNSET
    if not isinstance(date_closed_from, Unset):
        json_date_closed_from = date_closed_from.isoformat()
    params["dateClosedFrom"] = json_date_closed_from

    json_date_closed_to: str | Unset = UNSET
    if not isinstance(date_closed_to, Unset):
        json_date_closed_to = date_closed_to.isoformat()
    params["dateClosedTo"] = json_date_closed_to

    json_date_modified_from: str | Unset = UNSET
    if not isinstance(date_modified_from, Unset):
        json_date_modified_from = date_modified_from.isoformat()
    params["dateModifiedFrom"] = json_date_modified_from

    json_date_modified_to: str | Unset = UNSET
    if not isinstance(date_modified_to, Unset):
        json_date_modified_to = date_modified_to.isoformat()
    params["dateModifiedTo"] = json_date_modified_to

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item = statuses_item_data.value
            json_statuses.append(statuses_item)

    params["statuses"] = json_statuses

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionsQueryResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = SessionsQueryResponse.from_dict(response.json())

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
    | SessionsQueryResponse
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
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> Response[SessionsQueryResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionsQueryResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | SessionsQueryResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[SessionsQueryResponse]
):
    """Pobranie listy sesji

     Zwraca listę sesji spełniających podane kryteria wyszukiwania.

    **Wymagane jedno z uprawnień**:
    - `Introspection`/`EnforcementOperations` – pozwala pobrać wszystkie sesje w bieżącym kontekście
    uwierzytelnienia `(ContextIdentifier)`.
    - `InvoiceWrite` – pozwala pobrać wyłącznie sesje utworzone przez podmiot uwierzytelniający, czyli
    podmiot inicjujący uwierzytelnienie.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        session_type (SessionType): | Wartość | Opis |
            | --- | --- |
            | Online | Wysyłka interaktywna (pojedyncze faktury). |
            | Batch | Wysyłka wsadowa (paczka faktur). |
        reference_number (str | Unset): Numer referencyjny.
        date_created_from (datetime.datetime | Unset):
        date_created_to (datetime.datetime | Unset):
        date_closed_from (datetime.datetime | Unset):
        date_closed_to (datetime.datetime | Unset):
        date_modified_from (datetime.datetime | Unset):
        date_modified_to (datetime.datetime | Unset):
        statuses (list[CommonSessionStatus] | Unset):
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | SessionsQueryResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[SessionsQueryResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        session_type=session_type,
        reference_number=reference_number,
        date_created_from=date_created_from,
        date_created_to=date_created_to,
        date_closed_from=date_closed_from,
        date_closed_to=date_closed_to,
        date_modified_from=date_modified_from,
        date_modified_to=date_modified_to,
        statuses=statuses,
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
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> SessionsQueryResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionsQueryResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionsQueryResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy sesji

     Zwraca listę sesji spełniających podane kryteria wyszukiwania.

    **Wymagane jedno z uprawnień**:
    - `Introspection`/`EnforcementOperations` – pozwala pobrać wszystkie sesje w bieżącym kontekście
    uwierzytelnienia `(ContextIdentifier)`.
    - `InvoiceWrite` – pozwala pobrać wyłącznie sesje utworzone przez podmiot uwierzytelniający, czyli
    podmiot inicjujący uwierzytelnienie.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        session_type (SessionType): | Wartość | Opis |
            | --- | --- |
            | Online | Wysyłka interaktywna (pojedyncze faktury). |
            | Batch | Wysyłka wsadowa (paczka faktur). |
        reference_number (str | Unset): Numer referencyjny.
        date_created_from (datetime.datetime | Unset):
        date_created_to (datetime.datetime | Unset):
        date_closed_from (datetime.datetime | Unset):
        date_closed_to (datetime.datetime | Unset):
        date_modified_from (datetime.datetime | Unset):
        date_modified_to (datetime.datetime | Unset):
        statuses (list[CommonSessionStatus] | Unset):
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | SessionsQueryResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: SessionsQueryResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        session_type=session_type,
        reference_number=reference_number,
        date_created_from=date_created_from,
        date_created_to=date_created_to,
        date_closed_from=date_closed_from,
        date_closed_to=date_closed_to,
        date_modified_from=date_modified_from,
        date_modified_to=date_modified_to,
        statuses=statuses,
        x_continuation_token=x_continuation_token,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> Response[SessionsQueryResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionsQueryResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | SessionsQueryResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[SessionsQueryResponse]
):
    """Pobranie listy sesji

     Zwraca listę sesji spełniających podane kryteria wyszukiwania.

    **Wymagane jedno z uprawnień**:
    - `Introspection`/`EnforcementOperations` – pozwala pobrać wszystkie sesje w bieżącym kontekście
    uwierzytelnienia `(ContextIdentifier)`.
    - `InvoiceWrite` – pozwala pobrać wyłącznie sesje utworzone przez podmiot uwierzytelniający, czyli
    podmiot inicjujący uwierzytelnienie.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        session_type (SessionType): | Wartość | Opis |
            | --- | --- |
            | Online | Wysyłka interaktywna (pojedyncze faktury). |
            | Batch | Wysyłka wsadowa (paczka faktur). |
        reference_number (str | Unset): Numer referencyjny.
        date_created_from (datetime.datetime | Unset):
        date_created_to (datetime.datetime | Unset):
        date_closed_from (datetime.datetime | Unset):
        date_closed_to (datetime.datetime | Unset):
        date_modified_from (datetime.datetime | Unset):
        date_modified_to (datetime.datetime | Unset):
        statuses (list[CommonSessionStatus] | Unset):
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | SessionsQueryResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[SessionsQueryResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        session_type=session_type,
        reference_number=reference_number,
        date_created_from=date_created_from,
        date_created_to=date_created_to,
        date_closed_from=date_closed_from,
        date_closed_to=date_closed_to,
        date_modified_from=date_modified_from,
        date_modified_to=date_modified_to,
        statuses=statuses,
        x_continuation_token=x_continuation_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> SessionsQueryResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionsQueryResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    page_size: int | Unset = 10,
    session_type: SessionType,
    reference_number: str | Unset = UNSET,
    date_created_from: datetime.datetime | Unset = UNSET,
    date_created_to: datetime.datetime | Unset = UNSET,
    date_closed_from: datetime.datetime | Unset = UNSET,
    date_closed_to: datetime.datetime | Unset = UNSET,
    date_modified_from: datetime.datetime | Unset = UNSET,
    date_modified_to: datetime.datetime | Unset = UNSET,
    statuses: list[CommonSessionStatus] | Unset = UNSET,
    x_continuation_token: str | Unset = UNSET,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SessionsQueryResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy sesji

     Zwraca listę sesji spełniających podane kryteria wyszukiwania.

    **Wymagane jedno z uprawnień**:
    - `Introspection`/`EnforcementOperations` – pozwala pobrać wszystkie sesje w bieżącym kontekście
    uwierzytelnienia `(ContextIdentifier)`.
    - `InvoiceWrite` – pozwala pobrać wyłącznie sesje utworzone przez podmiot uwierzytelniający, czyli
    podmiot inicjujący uwierzytelnienie.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - dateCreated (Desc)


    Args:
        page_size (int | Unset):  Default: 10.
        session_type (SessionType): | Wartość | Opis |
            | --- | --- |
            | Online | Wysyłka interaktywna (pojedyncze faktury). |
            | Batch | Wysyłka wsadowa (paczka faktur). |
        reference_number (str | Unset): Numer referencyjny.
        date_created_from (datetime.datetime | Unset):
        date_created_to (datetime.datetime | Unset):
        date_closed_from (datetime.datetime | Unset):
        date_closed_to (datetime.datetime | Unset):
        date_modified_from (datetime.datetime | Unset):
        date_modified_to (datetime.datetime | Unset):
        statuses (list[CommonSessionStatus] | Unset):
        x_continuation_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | SessionsQueryResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: SessionsQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            session_type=session_type,
            reference_number=reference_number,
            date_created_from=date_created_from,
            date_created_to=date_created_to,
            date_closed_from=date_closed_from,
            date_closed_to=date_closed_to,
            date_modified_from=date_modified_from,
            date_modified_to=date_modified_to,
            statuses=statuses,
            x_continuation_token=x_continuation_token,
        )
    ).parsed
