from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.send_invoice_request import SendInvoiceRequest
from ...models.send_invoice_response import SendInvoiceResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    reference_number: str,
    *,
    body: SendInvoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sessions/online/{reference_number}/invoices".format(
            reference_number=quote(str(reference_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SendInvoiceResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    if response.status_code == 202:
        response_202 = SendInvoiceResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | SendInvoiceResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    body: SendInvoiceRequest,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | SendInvoiceResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]:
    """Wysłanie faktury

     Przyjmuje zaszyfrowaną fakturę oraz jej metadane i rozpoczyna jej przetwarzanie.

    > Więcej informacji:
    > - [Wysłanie faktury](https://github.com/CIRFMF/ksef-api/blob/main/sesja-
    interaktywna.md#2-wys%C5%82anie-faktury)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `PefInvoiceWrite`, `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        body (SendInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | SendInvoiceResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    body: SendInvoiceRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SendInvoiceResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Wysłanie faktury

     Przyjmuje zaszyfrowaną fakturę oraz jej metadane i rozpoczyna jej przetwarzanie.

    > Więcej informacji:
    > - [Wysłanie faktury](https://github.com/CIRFMF/ksef-api/blob/main/sesja-
    interaktywna.md#2-wys%C5%82anie-faktury)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `PefInvoiceWrite`, `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        body (SendInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | SendInvoiceResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
    """

    return sync_detailed(
        reference_number=reference_number,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    body: SendInvoiceRequest,
) -> Response[
    ExceptionResponse
    | ForbiddenProblemDetails
    | SendInvoiceResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]:
    """Wysłanie faktury

     Przyjmuje zaszyfrowaną fakturę oraz jej metadane i rozpoczyna jej przetwarzanie.

    > Więcej informacji:
    > - [Wysłanie faktury](https://github.com/CIRFMF/ksef-api/blob/main/sesja-
    interaktywna.md#2-wys%C5%82anie-faktury)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `PefInvoiceWrite`, `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        body (SendInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExceptionResponse | ForbiddenProblemDetails | SendInvoiceResponse | TooManyRequestsResponse | UnauthorizedProblemDetails]
    """

    kwargs = _get_kwargs(
        reference_number=reference_number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    reference_number: str,
    *,
    client: AuthenticatedClient,
    body: SendInvoiceRequest,
) -> (
    ExceptionResponse
    | ForbiddenProblemDetails
    | SendInvoiceResponse
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Wysłanie faktury

     Przyjmuje zaszyfrowaną fakturę oraz jej metadane i rozpoczyna jej przetwarzanie.

    > Więcej informacji:
    > - [Wysłanie faktury](https://github.com/CIRFMF/ksef-api/blob/main/sesja-
    interaktywna.md#2-wys%C5%82anie-faktury)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    **Wymagane jedno z uprawnień**: `InvoiceWrite`, `PefInvoiceWrite`, `EnforcementOperations`.

    Args:
        reference_number (str): Numer referencyjny.
        body (SendInvoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExceptionResponse | ForbiddenProblemDetails | SendInvoiceResponse | TooManyRequestsResponse | UnauthorizedProblemDetails
    """

    return (
        await asyncio_detailed(
            reference_number=reference_number,
            client=client,
            body=body,
        )
    ).parsed
