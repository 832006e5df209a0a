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
from ...models.collective_identifier_invoices_query_request import (
    CollectiveIdentifierInvoicesQueryRequest,
)
from ...models.collective_identifier_invoices_query_response import (
    CollectiveIdentifierInvoicesQueryResponse,
)
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CollectiveIdentifierInvoicesQueryRequest,
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
        "method": "post",
        "url": "/collective-identifiers/invoices",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    CollectiveIdentifierInvoicesQueryResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = CollectiveIdentifierInvoicesQueryResponse.from_dict(
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
    CollectiveIdentifierInvoicesQueryResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
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
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[CollectiveIdentifierInvoicesQueryResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    CollectiveIdentifierInvoicesQueryResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        CollectiveIdentifierInvoicesQueryResponse
        | ExceptionResponse
        | ForbiddenProblemDetails
        | UnauthorizedProblemDetails
    ]
    | Response[CollectiveIdentifierInvoicesQueryResponse]
):
    """Pobranie listy faktur wchodzących w skład identyfikatora zbiorczego

     Zwraca listę numerów KSeF faktur wchodzących w skład identyfikatora zbiorczego.

    Informacje o kwocie i walucie płatności są zwracane wyłącznie podmiotowi, który utworzył
    identyfikator zbiorczy, lub podmiotowi występującemu w roli na danej fakturze.

    Jeżeli kwota i waluta płatności zostały określone podczas tworzenia identyfikatora zbiorczego, a
    podmiot nie ma dostępu do tych informacji, pola dotyczące kwoty i waluty płatności nie są zwracane,
    a pole <b>detailsHidden</b> przyjmuje wartość <b>true</b>.

    Jeżeli kwota i waluta płatności nie zostały określone podczas tworzenia identyfikatora zbiorczego,
    ich wartości pozostają puste, a pole <b>detailsHidden</b> przyjmuje wartość <b>false</b>.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - ksefNumber (Desc)



    **Wymagane jedno z uprawnień**: `InvoiceRead`, `InvoiceWrite`, `CollectiveIdentifierManage`.

    Args:
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):
        body (CollectiveIdentifierInvoicesQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectiveIdentifierInvoicesQueryResponse | ExceptionResponse | ForbiddenProblemDetails | UnauthorizedProblemDetails]
        Through a raising client: Response[CollectiveIdentifierInvoicesQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> CollectiveIdentifierInvoicesQueryResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    CollectiveIdentifierInvoicesQueryResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    CollectiveIdentifierInvoicesQueryResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy faktur wchodzących w skład identyfikatora zbiorczego

     Zwraca listę numerów KSeF faktur wchodzących w skład identyfikatora zbiorczego.

    Informacje o kwocie i walucie płatności są zwracane wyłącznie podmiotowi, który utworzył
    identyfikator zbiorczy, lub podmiotowi występującemu w roli na danej fakturze.

    Jeżeli kwota i waluta płatności zostały określone podczas tworzenia identyfikatora zbiorczego, a
    podmiot nie ma dostępu do tych informacji, pola dotyczące kwoty i waluty płatności nie są zwracane,
    a pole <b>detailsHidden</b> przyjmuje wartość <b>true</b>.

    Jeżeli kwota i waluta płatności nie zostały określone podczas tworzenia identyfikatora zbiorczego,
    ich wartości pozostają puste, a pole <b>detailsHidden</b> przyjmuje wartość <b>false</b>.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - ksefNumber (Desc)



    **Wymagane jedno z uprawnień**: `InvoiceRead`, `InvoiceWrite`, `CollectiveIdentifierManage`.

    Args:
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):
        body (CollectiveIdentifierInvoicesQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectiveIdentifierInvoicesQueryResponse | ExceptionResponse | ForbiddenProblemDetails | UnauthorizedProblemDetails
        Through a raising client: CollectiveIdentifierInvoicesQueryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        page_size=page_size,
        x_continuation_token=x_continuation_token,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[CollectiveIdentifierInvoicesQueryResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> Response[
    CollectiveIdentifierInvoicesQueryResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    Response[
        CollectiveIdentifierInvoicesQueryResponse
        | ExceptionResponse
        | ForbiddenProblemDetails
        | UnauthorizedProblemDetails
    ]
    | Response[CollectiveIdentifierInvoicesQueryResponse]
):
    """Pobranie listy faktur wchodzących w skład identyfikatora zbiorczego

     Zwraca listę numerów KSeF faktur wchodzących w skład identyfikatora zbiorczego.

    Informacje o kwocie i walucie płatności są zwracane wyłącznie podmiotowi, który utworzył
    identyfikator zbiorczy, lub podmiotowi występującemu w roli na danej fakturze.

    Jeżeli kwota i waluta płatności zostały określone podczas tworzenia identyfikatora zbiorczego, a
    podmiot nie ma dostępu do tych informacji, pola dotyczące kwoty i waluty płatności nie są zwracane,
    a pole <b>detailsHidden</b> przyjmuje wartość <b>true</b>.

    Jeżeli kwota i waluta płatności nie zostały określone podczas tworzenia identyfikatora zbiorczego,
    ich wartości pozostają puste, a pole <b>detailsHidden</b> przyjmuje wartość <b>false</b>.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - ksefNumber (Desc)



    **Wymagane jedno z uprawnień**: `InvoiceRead`, `InvoiceWrite`, `CollectiveIdentifierManage`.

    Args:
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):
        body (CollectiveIdentifierInvoicesQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectiveIdentifierInvoicesQueryResponse | ExceptionResponse | ForbiddenProblemDetails | UnauthorizedProblemDetails]
        Through a raising client: Response[CollectiveIdentifierInvoicesQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        page_size=page_size,
        x_continuation_token=x_continuation_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> CollectiveIdentifierInvoicesQueryResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    CollectiveIdentifierInvoicesQueryResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: CollectiveIdentifierInvoicesQueryRequest,
    page_size: int | Unset = 10,
    x_continuation_token: str | Unset = UNSET,
) -> (
    CollectiveIdentifierInvoicesQueryResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie listy faktur wchodzących w skład identyfikatora zbiorczego

     Zwraca listę numerów KSeF faktur wchodzących w skład identyfikatora zbiorczego.

    Informacje o kwocie i walucie płatności są zwracane wyłącznie podmiotowi, który utworzył
    identyfikator zbiorczy, lub podmiotowi występującemu w roli na danej fakturze.

    Jeżeli kwota i waluta płatności zostały określone podczas tworzenia identyfikatora zbiorczego, a
    podmiot nie ma dostępu do tych informacji, pola dotyczące kwoty i waluty płatności nie są zwracane,
    a pole <b>detailsHidden</b> przyjmuje wartość <b>true</b>.

    Jeżeli kwota i waluta płatności nie zostały określone podczas tworzenia identyfikatora zbiorczego,
    ich wartości pozostają puste, a pole <b>detailsHidden</b> przyjmuje wartość <b>false</b>.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - ksefNumber (Desc)



    **Wymagane jedno z uprawnień**: `InvoiceRead`, `InvoiceWrite`, `CollectiveIdentifierManage`.

    Args:
        page_size (int | Unset):  Default: 10.
        x_continuation_token (str | Unset):
        body (CollectiveIdentifierInvoicesQueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectiveIdentifierInvoicesQueryResponse | ExceptionResponse | ForbiddenProblemDetails | UnauthorizedProblemDetails
        Through a raising client: CollectiveIdentifierInvoicesQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            page_size=page_size,
            x_continuation_token=x_continuation_token,
        )
    ).parsed
