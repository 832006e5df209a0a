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
from ...models.invoice_query_filters import InvoiceQueryFilters
from ...models.query_invoices_metadata_response import QueryInvoicesMetadataResponse
from ...models.sort_order import SortOrder
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params["pageOffset"] = page_offset

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/query/metadata",
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
    | QueryInvoicesMetadataResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = QueryInvoicesMetadataResponse.from_dict(response.json())

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
    | QueryInvoicesMetadataResponse
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
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QueryInvoicesMetadataResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryInvoicesMetadataResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryInvoicesMetadataResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryInvoicesMetadataResponse]
):
    """Pobranie listy metadanych faktur

     Zwraca metadane faktur spełniających filtry.

    Limit techniczny: ≤ 10 000 rekordów na zestaw filtrów, po jego osiągnięciu <b>isTruncated = true</b>
    i należy ponownie ustawić <b>dateRange</b>, używając ostatniej daty z wyników (tj. ustawić from/to -
    w zależności od kierunku sortowania, od daty ostatniego zwróconego rekordu) oraz wyzerować
    <b>pageOffset</b>.

    `Do scenariusza przyrostowego należy używać daty PermanentStorage oraz kolejność sortowania Asc`.

    <b>Scenariusz pobierania przyrostowego (skrót):</b>
    * Gdy <b>hasMore = false</b>, należy zakończyć,
    * Gdy <b>hasMore = true</b> i <b>isTruncated = false</b>, należy zwiększyć <b>pageOffset</b>,
    * Gdy <b>hasMore = true</b> i <b>isTruncated = true</b>, należy zawęzić <b>dateRange</b> (ustawić
    from od daty ostatniego rekordu), wyzerować <b>pageOffset</b> i kontynuować

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - permanentStorageDate | invoicingDate | issueDate (Asc | Desc) - pole wybierane na podstawie
    filtrów



    **Wymagane uprawnienie**: `InvoiceRead`.

    Args:
        sort_order (SortOrder | Unset): | Wartość | Opis |
            | --- | --- |
            | Asc | Sortowanie rosnąco. |
            | Desc | Sortowanie malejąco. |
             Default: SortOrder.ASC.
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (InvoiceQueryFilters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryInvoicesMetadataResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryInvoicesMetadataResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        sort_order=sort_order,
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
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QueryInvoicesMetadataResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryInvoicesMetadataResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryInvoicesMetadataResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy metadanych faktur

     Zwraca metadane faktur spełniających filtry.

    Limit techniczny: ≤ 10 000 rekordów na zestaw filtrów, po jego osiągnięciu <b>isTruncated = true</b>
    i należy ponownie ustawić <b>dateRange</b>, używając ostatniej daty z wyników (tj. ustawić from/to -
    w zależności od kierunku sortowania, od daty ostatniego zwróconego rekordu) oraz wyzerować
    <b>pageOffset</b>.

    `Do scenariusza przyrostowego należy używać daty PermanentStorage oraz kolejność sortowania Asc`.

    <b>Scenariusz pobierania przyrostowego (skrót):</b>
    * Gdy <b>hasMore = false</b>, należy zakończyć,
    * Gdy <b>hasMore = true</b> i <b>isTruncated = false</b>, należy zwiększyć <b>pageOffset</b>,
    * Gdy <b>hasMore = true</b> i <b>isTruncated = true</b>, należy zawęzić <b>dateRange</b> (ustawić
    from od daty ostatniego rekordu), wyzerować <b>pageOffset</b> i kontynuować

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - permanentStorageDate | invoicingDate | issueDate (Asc | Desc) - pole wybierane na podstawie
    filtrów



    **Wymagane uprawnienie**: `InvoiceRead`.

    Args:
        sort_order (SortOrder | Unset): | Wartość | Opis |
            | --- | --- |
            | Asc | Sortowanie rosnąco. |
            | Desc | Sortowanie malejąco. |
             Default: SortOrder.ASC.
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (InvoiceQueryFilters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryInvoicesMetadataResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryInvoicesMetadataResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        sort_order=sort_order,
        page_offset=page_offset,
        page_size=page_size,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[QueryInvoicesMetadataResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryInvoicesMetadataResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | QueryInvoicesMetadataResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[QueryInvoicesMetadataResponse]
):
    """Pobranie listy metadanych faktur

     Zwraca metadane faktur spełniających filtry.

    Limit techniczny: ≤ 10 000 rekordów na zestaw filtrów, po jego osiągnięciu <b>isTruncated = true</b>
    i należy ponownie ustawić <b>dateRange</b>, używając ostatniej daty z wyników (tj. ustawić from/to -
    w zależności od kierunku sortowania, od daty ostatniego zwróconego rekordu) oraz wyzerować
    <b>pageOffset</b>.

    `Do scenariusza przyrostowego należy używać daty PermanentStorage oraz kolejność sortowania Asc`.

    <b>Scenariusz pobierania przyrostowego (skrót):</b>
    * Gdy <b>hasMore = false</b>, należy zakończyć,
    * Gdy <b>hasMore = true</b> i <b>isTruncated = false</b>, należy zwiększyć <b>pageOffset</b>,
    * Gdy <b>hasMore = true</b> i <b>isTruncated = true</b>, należy zawęzić <b>dateRange</b> (ustawić
    from od daty ostatniego rekordu), wyzerować <b>pageOffset</b> i kontynuować

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - permanentStorageDate | invoicingDate | issueDate (Asc | Desc) - pole wybierane na podstawie
    filtrów



    **Wymagane uprawnienie**: `InvoiceRead`.

    Args:
        sort_order (SortOrder | Unset): | Wartość | Opis |
            | --- | --- |
            | Asc | Sortowanie rosnąco. |
            | Desc | Sortowanie malejąco. |
             Default: SortOrder.ASC.
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (InvoiceQueryFilters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | QueryInvoicesMetadataResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[QueryInvoicesMetadataResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        sort_order=sort_order,
        page_offset=page_offset,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> QueryInvoicesMetadataResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryInvoicesMetadataResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: InvoiceQueryFilters,
    sort_order: SortOrder | Unset = SortOrder.ASC,
    page_offset: int | Unset = 0,
    page_size: int | Unset = 10,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | QueryInvoicesMetadataResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy metadanych faktur

     Zwraca metadane faktur spełniających filtry.

    Limit techniczny: ≤ 10 000 rekordów na zestaw filtrów, po jego osiągnięciu <b>isTruncated = true</b>
    i należy ponownie ustawić <b>dateRange</b>, używając ostatniej daty z wyników (tj. ustawić from/to -
    w zależności od kierunku sortowania, od daty ostatniego zwróconego rekordu) oraz wyzerować
    <b>pageOffset</b>.

    `Do scenariusza przyrostowego należy używać daty PermanentStorage oraz kolejność sortowania Asc`.

    <b>Scenariusz pobierania przyrostowego (skrót):</b>
    * Gdy <b>hasMore = false</b>, należy zakończyć,
    * Gdy <b>hasMore = true</b> i <b>isTruncated = false</b>, należy zwiększyć <b>pageOffset</b>,
    * Gdy <b>hasMore = true</b> i <b>isTruncated = true</b>, należy zawęzić <b>dateRange</b> (ustawić
    from od daty ostatniego rekordu), wyzerować <b>pageOffset</b> i kontynuować

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - permanentStorageDate | invoicingDate | issueDate (Asc | Desc) - pole wybierane na podstawie
    filtrów



    **Wymagane uprawnienie**: `InvoiceRead`.

    Args:
        sort_order (SortOrder | Unset): | Wartość | Opis |
            | --- | --- |
            | Asc | Sortowanie rosnąco. |
            | Desc | Sortowanie malejąco. |
             Default: SortOrder.ASC.
        page_offset (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        body (InvoiceQueryFilters):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | QueryInvoicesMetadataResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: QueryInvoicesMetadataResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            sort_order=sort_order,
            page_offset=page_offset,
            page_size=page_size,
        )
    ).parsed
