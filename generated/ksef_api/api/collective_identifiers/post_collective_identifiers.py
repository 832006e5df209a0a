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
from ...models.generate_collective_identifier_request import (
    GenerateCollectiveIdentifierRequest,
)
from ...models.generate_collective_identifier_response import (
    GenerateCollectiveIdentifierResponse,
)
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: GenerateCollectiveIdentifierRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/collective-identifiers",
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
    | GenerateCollectiveIdentifierResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 201:
            response_201 = GenerateCollectiveIdentifierResponse.from_dict(
                response.json()
            )

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
    | ForbiddenProblemDetails
    | GenerateCollectiveIdentifierResponse
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
    body: GenerateCollectiveIdentifierRequest,
) -> Response[GenerateCollectiveIdentifierResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateCollectiveIdentifierRequest,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | GenerateCollectiveIdentifierResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: GenerateCollectiveIdentifierRequest,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | GenerateCollectiveIdentifierResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[GenerateCollectiveIdentifierResponse]
):
    """Generowanie identyfikatora zbiorczego

     Generuje identyfikator zbiorczy dla przekazanej listy numerów KSeF faktur
    wystawionych przez tego samego sprzedawcę.

    Maksymalna liczba faktur przypisanych do jednego identyfikatora zbiorczego wynosi 500.
    Jedna faktura może zostać przypisana do maksymalnie 132 identyfikatorów zbiorczych
    w ramach jednego kontekstu.

    Identyfikator zbiorczy ma format:
    `9999999999-IZRRRRMM-FFFFFFFFFFFF-FF`, gdzie:
    - `9999999999` – 10-cyfrowy NIP sprzedawcy,
    - `IZ` – stały prefiks,
    - `RRRRMM` – rok i miesiąc utworzenia,
    - `FFFFFFFFFFFF` –  część techniczna składająca się z 12 znaków w zapisie szesnastkowym, tylko [0–9
    A–F], wielkie litery,
    - `FF` –  suma kontrolna CRC-8 - 2 znaki w zapisie szesnastkowym, tylko [0–9 A–F], wielkie litery.

    Do obliczenia sumy kontrolnej stosowany jest algorytm CRC-8 z parametrami:
    - Polinom: 0x07
    - Wartość początkowa: 0x00
    - Format wyniku: 2-znakowy zapis szesnastkowy(HEX, wielkie litery)

    Przykład:
    `1111111111-IZ202607-65ED02180000-E7`.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceRead`, `InvoiceWrite`, `CollectiveIdentifierManage`.

    Args:
        body (GenerateCollectiveIdentifierRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | GenerateCollectiveIdentifierResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[GenerateCollectiveIdentifierResponse]
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
    body: GenerateCollectiveIdentifierRequest,
) -> GenerateCollectiveIdentifierResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: GenerateCollectiveIdentifierRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | GenerateCollectiveIdentifierResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: GenerateCollectiveIdentifierRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | GenerateCollectiveIdentifierResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Generowanie identyfikatora zbiorczego

     Generuje identyfikator zbiorczy dla przekazanej listy numerów KSeF faktur
    wystawionych przez tego samego sprzedawcę.

    Maksymalna liczba faktur przypisanych do jednego identyfikatora zbiorczego wynosi 500.
    Jedna faktura może zostać przypisana do maksymalnie 132 identyfikatorów zbiorczych
    w ramach jednego kontekstu.

    Identyfikator zbiorczy ma format:
    `9999999999-IZRRRRMM-FFFFFFFFFFFF-FF`, gdzie:
    - `9999999999` – 10-cyfrowy NIP sprzedawcy,
    - `IZ` – stały prefiks,
    - `RRRRMM` – rok i miesiąc utworzenia,
    - `FFFFFFFFFFFF` –  część techniczna składająca się z 12 znaków w zapisie szesnastkowym, tylko [0–9
    A–F], wielkie litery,
    - `FF` –  suma kontrolna CRC-8 - 2 znaki w zapisie szesnastkowym, tylko [0–9 A–F], wielkie litery.

    Do obliczenia sumy kontrolnej stosowany jest algorytm CRC-8 z parametrami:
    - Polinom: 0x07
    - Wartość początkowa: 0x00
    - Format wyniku: 2-znakowy zapis szesnastkowy(HEX, wielkie litery)

    Przykład:
    `1111111111-IZ202607-65ED02180000-E7`.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceRead`, `InvoiceWrite`, `CollectiveIdentifierManage`.

    Args:
        body (GenerateCollectiveIdentifierRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | GenerateCollectiveIdentifierResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: GenerateCollectiveIdentifierResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    body: GenerateCollectiveIdentifierRequest,
) -> Response[GenerateCollectiveIdentifierResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateCollectiveIdentifierRequest,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | GenerateCollectiveIdentifierResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: GenerateCollectiveIdentifierRequest,
) -> (
    Response[
        ExceptionResponse
        | ForbiddenProblemDetails
        | GenerateCollectiveIdentifierResponse
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[GenerateCollectiveIdentifierResponse]
):
    """Generowanie identyfikatora zbiorczego

     Generuje identyfikator zbiorczy dla przekazanej listy numerów KSeF faktur
    wystawionych przez tego samego sprzedawcę.

    Maksymalna liczba faktur przypisanych do jednego identyfikatora zbiorczego wynosi 500.
    Jedna faktura może zostać przypisana do maksymalnie 132 identyfikatorów zbiorczych
    w ramach jednego kontekstu.

    Identyfikator zbiorczy ma format:
    `9999999999-IZRRRRMM-FFFFFFFFFFFF-FF`, gdzie:
    - `9999999999` – 10-cyfrowy NIP sprzedawcy,
    - `IZ` – stały prefiks,
    - `RRRRMM` – rok i miesiąc utworzenia,
    - `FFFFFFFFFFFF` –  część techniczna składająca się z 12 znaków w zapisie szesnastkowym, tylko [0–9
    A–F], wielkie litery,
    - `FF` –  suma kontrolna CRC-8 - 2 znaki w zapisie szesnastkowym, tylko [0–9 A–F], wielkie litery.

    Do obliczenia sumy kontrolnej stosowany jest algorytm CRC-8 z parametrami:
    - Polinom: 0x07
    - Wartość początkowa: 0x00
    - Format wyniku: 2-znakowy zapis szesnastkowy(HEX, wielkie litery)

    Przykład:
    `1111111111-IZ202607-65ED02180000-E7`.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceRead`, `InvoiceWrite`, `CollectiveIdentifierManage`.

    Args:
        body (GenerateCollectiveIdentifierRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | GenerateCollectiveIdentifierResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[GenerateCollectiveIdentifierResponse]
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
    body: GenerateCollectiveIdentifierRequest,
) -> GenerateCollectiveIdentifierResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GenerateCollectiveIdentifierRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | GenerateCollectiveIdentifierResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: GenerateCollectiveIdentifierRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | GenerateCollectiveIdentifierResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Generowanie identyfikatora zbiorczego

     Generuje identyfikator zbiorczy dla przekazanej listy numerów KSeF faktur
    wystawionych przez tego samego sprzedawcę.

    Maksymalna liczba faktur przypisanych do jednego identyfikatora zbiorczego wynosi 500.
    Jedna faktura może zostać przypisana do maksymalnie 132 identyfikatorów zbiorczych
    w ramach jednego kontekstu.

    Identyfikator zbiorczy ma format:
    `9999999999-IZRRRRMM-FFFFFFFFFFFF-FF`, gdzie:
    - `9999999999` – 10-cyfrowy NIP sprzedawcy,
    - `IZ` – stały prefiks,
    - `RRRRMM` – rok i miesiąc utworzenia,
    - `FFFFFFFFFFFF` –  część techniczna składająca się z 12 znaków w zapisie szesnastkowym, tylko [0–9
    A–F], wielkie litery,
    - `FF` –  suma kontrolna CRC-8 - 2 znaki w zapisie szesnastkowym, tylko [0–9 A–F], wielkie litery.

    Do obliczenia sumy kontrolnej stosowany jest algorytm CRC-8 z parametrami:
    - Polinom: 0x07
    - Wartość początkowa: 0x00
    - Format wyniku: 2-znakowy zapis szesnastkowy(HEX, wielkie litery)

    Przykład:
    `1111111111-IZ202607-65ED02180000-E7`.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceRead`, `InvoiceWrite`, `CollectiveIdentifierManage`.

    Args:
        body (GenerateCollectiveIdentifierRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | GenerateCollectiveIdentifierResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: GenerateCollectiveIdentifierResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
