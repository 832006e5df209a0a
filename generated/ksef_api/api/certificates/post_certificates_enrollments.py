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
from ...models.enroll_certificate_request import EnrollCertificateRequest
from ...models.enroll_certificate_response import EnrollCertificateResponse
from ...models.exception_response import ExceptionResponse
from ...models.forbidden_problem_details import ForbiddenProblemDetails
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_problem_details import UnauthorizedProblemDetails
from ...types import Response


def _get_kwargs(
    *,
    body: EnrollCertificateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/certificates/enrollments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client | RaisingClient, response: httpx.Response
) -> (
    EnrollCertificateResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    try:
        if response.status_code == 202:
            response_202 = EnrollCertificateResponse.from_dict(response.json())

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
    EnrollCertificateResponse
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
    body: EnrollCertificateRequest,
) -> Response[EnrollCertificateResponse]: ...


@overload
def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EnrollCertificateRequest,
) -> Response[
    EnrollCertificateResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


def sync_detailed(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: EnrollCertificateRequest,
) -> (
    Response[
        EnrollCertificateResponse
        | ExceptionResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[EnrollCertificateResponse]
):
    """Wysyłka wniosku certyfikacyjnego

     Przyjmuje wniosek certyfikacyjny i rozpoczyna jego przetwarzanie.

    Dozwolone typy kluczy prywatnych:
    - RSA (OID: 1.2.840.113549.1.1.1), długość klucza równa 2048 bitów,
    - EC (klucze oparte na krzywych eliptycznych, OID: 1.2.840.10045.2.1), krzywa NIST P-256 (secp256r1)

    Zalecane jest stosowanie kluczy EC.

    Dozwolone algorytmy podpisu:
    - RSA PKCS#1 v1.5,
    - RSA PSS,
    - ECDSA (format podpisu zgodny z RFC 3279)

    Dozwolone funkcje skrótu użyte do podpisu CSR:
    - SHA1,
    - SHA256,
    - SHA384,
    - SHA512

    > Więcej informacji:
    > - [Wysłanie wniosku certyfikacyjnego](https://github.com/CIRFMF/ksef-api/blob/main/certyfikaty-
    KSeF.md#4-wys%C5%82anie-wniosku-certyfikacyjnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (EnrollCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollCertificateResponse | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[EnrollCertificateResponse]
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
    body: EnrollCertificateRequest,
) -> EnrollCertificateResponse: ...


@overload
def sync(
    *,
    client: AuthenticatedClient,
    body: EnrollCertificateRequest,
) -> (
    EnrollCertificateResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


def sync(
    *,
    client: AuthenticatedClient | SyncAuthenticatedClient,
    body: EnrollCertificateRequest,
) -> (
    EnrollCertificateResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Wysyłka wniosku certyfikacyjnego

     Przyjmuje wniosek certyfikacyjny i rozpoczyna jego przetwarzanie.

    Dozwolone typy kluczy prywatnych:
    - RSA (OID: 1.2.840.113549.1.1.1), długość klucza równa 2048 bitów,
    - EC (klucze oparte na krzywych eliptycznych, OID: 1.2.840.10045.2.1), krzywa NIST P-256 (secp256r1)

    Zalecane jest stosowanie kluczy EC.

    Dozwolone algorytmy podpisu:
    - RSA PKCS#1 v1.5,
    - RSA PSS,
    - ECDSA (format podpisu zgodny z RFC 3279)

    Dozwolone funkcje skrótu użyte do podpisu CSR:
    - SHA1,
    - SHA256,
    - SHA384,
    - SHA512

    > Więcej informacji:
    > - [Wysłanie wniosku certyfikacyjnego](https://github.com/CIRFMF/ksef-api/blob/main/certyfikaty-
    KSeF.md#4-wys%C5%82anie-wniosku-certyfikacyjnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (EnrollCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollCertificateResponse | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: EnrollCertificateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


@overload
async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
    body: EnrollCertificateRequest,
) -> Response[EnrollCertificateResponse]: ...


@overload
async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EnrollCertificateRequest,
) -> Response[
    EnrollCertificateResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
]: ...


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: EnrollCertificateRequest,
) -> (
    Response[
        EnrollCertificateResponse
        | ExceptionResponse
        | ForbiddenProblemDetails
        | TooManyRequestsResponse
        | UnauthorizedProblemDetails
    ]
    | Response[EnrollCertificateResponse]
):
    """Wysyłka wniosku certyfikacyjnego

     Przyjmuje wniosek certyfikacyjny i rozpoczyna jego przetwarzanie.

    Dozwolone typy kluczy prywatnych:
    - RSA (OID: 1.2.840.113549.1.1.1), długość klucza równa 2048 bitów,
    - EC (klucze oparte na krzywych eliptycznych, OID: 1.2.840.10045.2.1), krzywa NIST P-256 (secp256r1)

    Zalecane jest stosowanie kluczy EC.

    Dozwolone algorytmy podpisu:
    - RSA PKCS#1 v1.5,
    - RSA PSS,
    - ECDSA (format podpisu zgodny z RFC 3279)

    Dozwolone funkcje skrótu użyte do podpisu CSR:
    - SHA1,
    - SHA256,
    - SHA384,
    - SHA512

    > Więcej informacji:
    > - [Wysłanie wniosku certyfikacyjnego](https://github.com/CIRFMF/ksef-api/blob/main/certyfikaty-
    KSeF.md#4-wys%C5%82anie-wniosku-certyfikacyjnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (EnrollCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrollCertificateResponse | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails]
        Through a raising client: Response[EnrollCertificateResponse]
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
    body: EnrollCertificateRequest,
) -> EnrollCertificateResponse: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EnrollCertificateRequest,
) -> (
    EnrollCertificateResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
): ...


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    body: EnrollCertificateRequest,
) -> (
    EnrollCertificateResponse
    | ExceptionResponse
    | ForbiddenProblemDetails
    | TooManyRequestsResponse
    | UnauthorizedProblemDetails
    | None
):
    """Wysyłka wniosku certyfikacyjnego

     Przyjmuje wniosek certyfikacyjny i rozpoczyna jego przetwarzanie.

    Dozwolone typy kluczy prywatnych:
    - RSA (OID: 1.2.840.113549.1.1.1), długość klucza równa 2048 bitów,
    - EC (klucze oparte na krzywych eliptycznych, OID: 1.2.840.10045.2.1), krzywa NIST P-256 (secp256r1)

    Zalecane jest stosowanie kluczy EC.

    Dozwolone algorytmy podpisu:
    - RSA PKCS#1 v1.5,
    - RSA PSS,
    - ECDSA (format podpisu zgodny z RFC 3279)

    Dozwolone funkcje skrótu użyte do podpisu CSR:
    - SHA1,
    - SHA256,
    - SHA384,
    - SHA512

    > Więcej informacji:
    > - [Wysłanie wniosku certyfikacyjnego](https://github.com/CIRFMF/ksef-api/blob/main/certyfikaty-
    KSeF.md#4-wys%C5%82anie-wniosku-certyfikacyjnego)

    **Headers:**

    `X-Error-Format: problem-details` - ustawienie tego nagłówka powoduje zwracanie błędów w formacie
    **Problem Details** (`application/problem+json`).

    Args:
        body (EnrollCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.ErrorStatus: With a raising client (SyncClient, AsyncClient, SyncAuthenticatedClient,
            AsyncAuthenticatedClient), for any status that is not 2xx (or what its error_factory makes).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrollCertificateResponse | ExceptionResponse | ForbiddenProblemDetails | TooManyRequestsResponse | UnauthorizedProblemDetails
        Through a raising client: EnrollCertificateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
