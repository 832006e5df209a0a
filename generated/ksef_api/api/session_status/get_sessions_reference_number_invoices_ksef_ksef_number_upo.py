from http import HTTPStatus
from io import BytesIO
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
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import File, Response


def _get_kwargs(
    reference_number: str,
    ksef_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{reference_number}/invoices/ksef/{ksef_number}/upo".format(
            reference_number=quote(str(reference_number), safe=""),
            ksef_number=quote(str(ksef_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    ExceptionResponse
    | File
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 200:
            response_200 = File(payload=BytesIO(response.content))

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
    | File
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
    reference_number: str,
    ksef_number: str,
    *,
    client: SyncAuthenticatedClient,
) -> Response[File]: ...


@overload
def sync_detailed(
    reference_number: str,
    ksef_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ExceptionResponse
    | File
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    reference_number: str,
    ksef_number: str,
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
) -> (
    Response[
        ExceptionResponse
        | File
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[File]
):
    """Pobranie UPO faktury z sesji na podstawie numeru KSeF

     Zwraca UPO faktury przesłanego w sesji na podstawie jego numeru KSeF.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `Introspection`, `PefInvoiceWrite`,
    `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        ksef_number (str): Numer KSeF o długości 36 znaków jest akceptowany, by zachować
            kompatybilność wsteczną z KSeF 1.0. W KSeF 2.0 numery są generowane wyłącznie w formacie
            35-znakowym.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | File | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[File]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
        ksef_number=ksef_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


@overload
def sync(
    reference_number: str,
    ksef_number: str,
    *,
    client: SyncAuthenticatedClient,
) -> File: ...


@overload
def sync(
    reference_number: str,
    ksef_number: str,
    *,
    client: AuthenticatedClient,
) -> (
    ExceptionResponse
    | File
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    reference_number: str,
    ksef_number: str,
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
) -> (
    ExceptionResponse
    | File
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie UPO faktury z sesji na podstawie numeru KSeF

     Zwraca UPO faktury przesłanego w sesji na podstawie jego numeru KSeF.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `Introspection`, `PefInvoiceWrite`,
    `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        ksef_number (str): Numer KSeF o długości 36 znaków jest akceptowany, by zachować
            kompatybilność wsteczną z KSeF 1.0. W KSeF 2.0 numery są generowane wyłącznie w formacie
            35-znakowym.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | File | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: File
    """

    return sync_detailed(
        reference_number=reference_number,
        ksef_number=ksef_number,
        client=client,
    ).parsed


@overload
async def asyncio_detailed(
    reference_number: str,
    ksef_number: str,
    *,
    client: AsyncAuthenticatedClient,
) -> Response[File]: ...


@overload
async def asyncio_detailed(
    reference_number: str,
    ksef_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ExceptionResponse
    | File
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    reference_number: str,
    ksef_number: str,
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
) -> (
    Response[
        ExceptionResponse
        | File
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[File]
):
    """Pobranie UPO faktury z sesji na podstawie numeru KSeF

     Zwraca UPO faktury przesłanego w sesji na podstawie jego numeru KSeF.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `Introspection`, `PefInvoiceWrite`,
    `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        ksef_number (str): Numer KSeF o długości 36 znaków jest akceptowany, by zachować
            kompatybilność wsteczną z KSeF 1.0. W KSeF 2.0 numery są generowane wyłącznie w formacie
            35-znakowym.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | File | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[File]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
        ksef_number=ksef_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


@overload
async def asyncio(
    reference_number: str,
    ksef_number: str,
    *,
    client: AsyncAuthenticatedClient,
) -> File: ...


@overload
async def asyncio(
    reference_number: str,
    ksef_number: str,
    *,
    client: AuthenticatedClient,
) -> (
    ExceptionResponse
    | File
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    reference_number: str,
    ksef_number: str,
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
) -> (
    ExceptionResponse
    | File
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Pobranie UPO faktury z sesji na podstawie numeru KSeF

     Zwraca UPO faktury przesłanego w sesji na podstawie jego numeru KSeF.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `Introspection`, `PefInvoiceWrite`,
    `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        ksef_number (str): Numer KSeF o długości 36 znaków jest akceptowany, by zachować
            kompatybilność wsteczną z KSeF 1.0. W KSeF 2.0 numery są generowane wyłącznie w formacie
            35-znakowym.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | File | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: File
    """

    return (
        await asyncio_detailed(
            reference_number=reference_number,
            ksef_number=ksef_number,
            client=client,
        )
    ).parsed
