from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.revoke_certificate_request import RevokeCertificateRequest
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    certificate_serial_number: str,
    *,
    body: RevokeCertificateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/certificates/{certificate_serial_number}/revoke".format(
            certificate_serial_number=quote(str(certificate_serial_number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
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
    certificate_serial_number: str,
    *,
    client: AuthenticatedClient,
    body: RevokeCertificateRequest,
) -> Response[
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]:
    """Unieważnienie certyfikatu

     Unieważnia certyfikat o podanym numerze seryjnym. Operacja nie jest dostępna dla podmiotu
    uwierzytelnionego tokenem KSeF.

    Podmiot może unieważnić wyłącznie certyfikat wygenerowany na jego identyfikator uwierzytelnienia
    lub na identyfikator powiązany w ramach powiązania NIP–PESEL.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        certificate_serial_number (str):
        body (RevokeCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
    """

    kwargs = _get_kwargs(
        certificate_serial_number=certificate_serial_number,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_serial_number: str,
    *,
    client: AuthenticatedClient,
    body: RevokeCertificateRequest,
) -> (
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Unieważnienie certyfikatu

     Unieważnia certyfikat o podanym numerze seryjnym. Operacja nie jest dostępna dla podmiotu
    uwierzytelnionego tokenem KSeF.

    Podmiot może unieważnić wyłącznie certyfikat wygenerowany na jego identyfikator uwierzytelnienia
    lub na identyfikator powiązany w ramach powiązania NIP–PESEL.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        certificate_serial_number (str):
        body (RevokeCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
    """

    return sync_detailed(
        certificate_serial_number=certificate_serial_number,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    certificate_serial_number: str,
    *,
    client: AuthenticatedClient,
    body: RevokeCertificateRequest,
) -> Response[
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]:
    """Unieważnienie certyfikatu

     Unieważnia certyfikat o podanym numerze seryjnym. Operacja nie jest dostępna dla podmiotu
    uwierzytelnionego tokenem KSeF.

    Podmiot może unieważnić wyłącznie certyfikat wygenerowany na jego identyfikator uwierzytelnienia
    lub na identyfikator powiązany w ramach powiązania NIP–PESEL.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        certificate_serial_number (str):
        body (RevokeCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
    """

    kwargs = _get_kwargs(
        certificate_serial_number=certificate_serial_number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_serial_number: str,
    *,
    client: AuthenticatedClient,
    body: RevokeCertificateRequest,
) -> (
    Any
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Unieważnienie certyfikatu

     Unieważnia certyfikat o podanym numerze seryjnym. Operacja nie jest dostępna dla podmiotu
    uwierzytelnionego tokenem KSeF.

    Podmiot może unieważnić wyłącznie certyfikat wygenerowany na jego identyfikator uwierzytelnienia
    lub na identyfikator powiązany w ramach powiązania NIP–PESEL.

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        certificate_serial_number (str):
        body (RevokeCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
    """

    return (
        await asyncio_detailed(
            certificate_serial_number=certificate_serial_number,
            client=client,
            body=body,
        )
    ).parsed
