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
from ...models.export_invoices_response import ExportInvoicesResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.invoice_export_request import InvoiceExportRequest
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: InvoiceExportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/exports",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    ExceptionResponse
    | ExportInvoicesResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 201:
            response_201 = ExportInvoicesResponse.from_dict(response.json())

            return response_201

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
    | ExportInvoicesResponse
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
    body: InvoiceExportRequest,
) -> Response[ExportInvoicesResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceExportRequest,
) -> Response[
    ExceptionResponse
    | ExportInvoicesResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: InvoiceExportRequest,
) -> (
    Response[
        ExceptionResponse
        | ExportInvoicesResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[ExportInvoicesResponse]
):
    """Eksport paczki faktur

     Rozpoczyna asynchroniczny proces wyszukiwania faktur w systemie KSeF na podstawie przekazanych
    filtrów oraz przygotowania ich w formie zaszyfrowanej paczki.
    Wymagane jest przekazanie informacji o szyfrowaniu w polu <b>Encryption</b>, które służą do
    zabezpieczenia przygotowanej paczki z fakturami.
    Maksymalnie można uruchomić 10 równoczesnych eksportów w zalogowanym kontekście.

    System pobiera faktury rosnąco według daty określonej w filtrze (Invoicing, Issue, PermanentStorage)
    i dodaje faktury(nazwa pliku: <b>{ksefNumber}.xml</b>) do paczki aż do osiągnięcia jednego z
    poniższych limitów:
    * Limit liczby faktur: 10 000 sztuk
    * Limit rozmiaru danych(skompresowanych): 1GB

    Paczka eksportu zawiera dodatkowy plik z metadanymi faktur w formacie JSON (`_metadata.json`).
    Zawartość pliku to
    obiekt z tablicą <b>invoices</b>, gdzie każdy element jest obiektem typu <b>InvoiceMetadata</b>
    (taki jak zwracany przez endpoint `POST /invoices/query/metadata`).

    <b>Plik z metadanymi(_metadata.json) nie jest wliczany do limitów algorytmu budowania paczki</b>.

    `Do realizacji pobierania przyrostowego należy stosować filtrowanie po dacie PermanentStorage`.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - permanentStorageDate | invoicingDate | issueDate (Asc) - pole wybierane na podstawie filtrów



    **Wymagane uprawnienie**: `InvoiceRead`.

    Args:
        body (InvoiceExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ExportInvoicesResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[ExportInvoicesResponse]
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
    body: InvoiceExportRequest,
) -> ExportInvoicesResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: InvoiceExportRequest,
) -> (
    ExceptionResponse
    | ExportInvoicesResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: InvoiceExportRequest,
) -> (
    ExceptionResponse
    | ExportInvoicesResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Eksport paczki faktur

     Rozpoczyna asynchroniczny proces wyszukiwania faktur w systemie KSeF na podstawie przekazanych
    filtrów oraz przygotowania ich w formie zaszyfrowanej paczki.
    Wymagane jest przekazanie informacji o szyfrowaniu w polu <b>Encryption</b>, które służą do
    zabezpieczenia przygotowanej paczki z fakturami.
    Maksymalnie można uruchomić 10 równoczesnych eksportów w zalogowanym kontekście.

    System pobiera faktury rosnąco według daty określonej w filtrze (Invoicing, Issue, PermanentStorage)
    i dodaje faktury(nazwa pliku: <b>{ksefNumber}.xml</b>) do paczki aż do osiągnięcia jednego z
    poniższych limitów:
    * Limit liczby faktur: 10 000 sztuk
    * Limit rozmiaru danych(skompresowanych): 1GB

    Paczka eksportu zawiera dodatkowy plik z metadanymi faktur w formacie JSON (`_metadata.json`).
    Zawartość pliku to
    obiekt z tablicą <b>invoices</b>, gdzie każdy element jest obiektem typu <b>InvoiceMetadata</b>
    (taki jak zwracany przez endpoint `POST /invoices/query/metadata`).

    <b>Plik z metadanymi(_metadata.json) nie jest wliczany do limitów algorytmu budowania paczki</b>.

    `Do realizacji pobierania przyrostowego należy stosować filtrowanie po dacie PermanentStorage`.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - permanentStorageDate | invoicingDate | issueDate (Asc) - pole wybierane na podstawie filtrów



    **Wymagane uprawnienie**: `InvoiceRead`.

    Args:
        body (InvoiceExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ExportInvoicesResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: ExportInvoicesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    body: InvoiceExportRequest,
) -> Response[ExportInvoicesResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceExportRequest,
) -> Response[
    ExceptionResponse
    | ExportInvoicesResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: InvoiceExportRequest,
) -> (
    Response[
        ExceptionResponse
        | ExportInvoicesResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[ExportInvoicesResponse]
):
    """Eksport paczki faktur

     Rozpoczyna asynchroniczny proces wyszukiwania faktur w systemie KSeF na podstawie przekazanych
    filtrów oraz przygotowania ich w formie zaszyfrowanej paczki.
    Wymagane jest przekazanie informacji o szyfrowaniu w polu <b>Encryption</b>, które służą do
    zabezpieczenia przygotowanej paczki z fakturami.
    Maksymalnie można uruchomić 10 równoczesnych eksportów w zalogowanym kontekście.

    System pobiera faktury rosnąco według daty określonej w filtrze (Invoicing, Issue, PermanentStorage)
    i dodaje faktury(nazwa pliku: <b>{ksefNumber}.xml</b>) do paczki aż do osiągnięcia jednego z
    poniższych limitów:
    * Limit liczby faktur: 10 000 sztuk
    * Limit rozmiaru danych(skompresowanych): 1GB

    Paczka eksportu zawiera dodatkowy plik z metadanymi faktur w formacie JSON (`_metadata.json`).
    Zawartość pliku to
    obiekt z tablicą <b>invoices</b>, gdzie każdy element jest obiektem typu <b>InvoiceMetadata</b>
    (taki jak zwracany przez endpoint `POST /invoices/query/metadata`).

    <b>Plik z metadanymi(_metadata.json) nie jest wliczany do limitów algorytmu budowania paczki</b>.

    `Do realizacji pobierania przyrostowego należy stosować filtrowanie po dacie PermanentStorage`.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - permanentStorageDate | invoicingDate | issueDate (Asc) - pole wybierane na podstawie filtrów



    **Wymagane uprawnienie**: `InvoiceRead`.

    Args:
        body (InvoiceExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ExportInvoicesResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[ExportInvoicesResponse]
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
    body: InvoiceExportRequest,
) -> ExportInvoicesResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InvoiceExportRequest,
) -> (
    ExceptionResponse
    | ExportInvoicesResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: InvoiceExportRequest,
) -> (
    ExceptionResponse
    | ExportInvoicesResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Eksport paczki faktur

     Rozpoczyna asynchroniczny proces wyszukiwania faktur w systemie KSeF na podstawie przekazanych
    filtrów oraz przygotowania ich w formie zaszyfrowanej paczki.
    Wymagane jest przekazanie informacji o szyfrowaniu w polu <b>Encryption</b>, które służą do
    zabezpieczenia przygotowanej paczki z fakturami.
    Maksymalnie można uruchomić 10 równoczesnych eksportów w zalogowanym kontekście.

    System pobiera faktury rosnąco według daty określonej w filtrze (Invoicing, Issue, PermanentStorage)
    i dodaje faktury(nazwa pliku: <b>{ksefNumber}.xml</b>) do paczki aż do osiągnięcia jednego z
    poniższych limitów:
    * Limit liczby faktur: 10 000 sztuk
    * Limit rozmiaru danych(skompresowanych): 1GB

    Paczka eksportu zawiera dodatkowy plik z metadanymi faktur w formacie JSON (`_metadata.json`).
    Zawartość pliku to
    obiekt z tablicą <b>invoices</b>, gdzie każdy element jest obiektem typu <b>InvoiceMetadata</b>
    (taki jak zwracany przez endpoint `POST /invoices/query/metadata`).

    <b>Plik z metadanymi(_metadata.json) nie jest wliczany do limitów algorytmu budowania paczki</b>.

    `Do realizacji pobierania przyrostowego należy stosować filtrowanie po dacie PermanentStorage`.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Sortowanie:**

    - permanentStorageDate | invoicingDate | issueDate (Asc) - pole wybierane na podstawie filtrów



    **Wymagane uprawnienie**: `InvoiceRead`.

    Args:
        body (InvoiceExportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ExportInvoicesResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: ExportInvoicesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
