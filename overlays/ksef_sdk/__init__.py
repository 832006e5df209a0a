"""ksef_sdk: the hand-written layer over the generated KSeF client ``ksef_api``.

::

    import ksef_sdk
    from ksef_api.api.auth import post_auth_challenge

    public = ksef_sdk.build_public_client("test")
    challenge = post_auth_challenge.sync(client=public)          # typed errors are raised

    client = ksef_sdk.build_client("test", tokens=pair, on_tokens=save)

Names are imported lazily (on first attribute access) so ``import ksef_sdk`` does not pay for httpx.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing alone costs ~8 ms

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # clients
    "build_client": "client",
    "build_async_client": "client",
    "build_public_client": "client",
    "build_async_public_client": "client",
    "bearer_client": "client",
    "get_auth": "client",
    "DEFAULT_TIMEOUT": "client",
    # auth and tokens
    "BearerAuth": "auth",
    "Token": "tokens",
    "TokenPair": "tokens",
    # environments
    "Environment": "environments",
    "TEST": "environments",
    "DEMO": "environments",
    "PRODUCTION": "environments",
    # transport
    "RetryPolicy": "transport",
    "RateLimiter": "transport",
    # errors
    "KsefError": "errors",
    "ConfigurationError": "errors",
    "AuthenticationRequiredError": "errors",
    "KsefApiError": "errors",
    "BadRequestError": "errors",
    "UnauthorizedError": "errors",
    "ForbiddenError": "errors",
    "GoneError": "errors",
    "RateLimitError": "errors",
    "ServerError": "errors",
    "GatewayError": "errors",
    "UnexpectedResponseError": "errors",
    "KsefSystemWarning": "errors",
    "Code": "errors",
    "ErrorDetail": "errors",
    "error_from_response": "errors",
    "unwrap": "errors",
    # authentication
    "authenticate_with_ksef_token": "authentication",
    "aauthenticate_with_ksef_token": "authentication",
    "authenticate_with_xades": "authentication",
    "aauthenticate_with_xades": "authentication",
    "KsefTokenAuthenticator": "authentication",
    "XadesAuthenticator": "authentication",
    "AuthenticationFailedError": "authentication",
    # encryption and keys
    "SessionKey": "crypto",
    "PublicKeyStore": "keys",
    # identifiers and QR codes
    "validate_ksef_number": "identifiers",
    "validate_nip": "identifiers",
    "InvalidIdentifierError": "identifiers",
    "invoice_verification_url": "qr",
    # invoices before sending
    "validate_invoice": "validation",
    "InvoiceValidationError": "validation",
    "FormCode": "validation",
    "build_fa3_invoice": "invoice_builder",
    "Party": "invoice_builder",
    "InvoiceLine": "invoice_builder",
    # sessions
    "OnlineSession": "sessions",
    "AsyncOnlineSession": "sessions",
    "send_batch": "batch",
    "asend_batch": "batch",
    "resume_batch": "batch",
    "aresume_batch": "batch",
    "parse_upo": "upo",
    "Upo": "upo",
    # retrieval
    "download_invoice": "invoices",
    "adownload_invoice": "invoices",
    "query_filters": "invoices",
    "iter_invoice_metadata": "invoices",
    "aiter_invoice_metadata": "invoices",
    "export_invoices": "invoices",
    "aexport_invoices": "invoices",
    "sync_invoices": "invoices",
    "async_sync_invoices": "invoices",
    "HwmState": "invoices",
}

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEMO",
    "PRODUCTION",
    "TEST",
    "AsyncOnlineSession",
    "AuthenticationFailedError",
    "AuthenticationRequiredError",
    "BadRequestError",
    "BearerAuth",
    "Code",
    "ConfigurationError",
    "Environment",
    "ErrorDetail",
    "ForbiddenError",
    "FormCode",
    "GatewayError",
    "GoneError",
    "HwmState",
    "InvalidIdentifierError",
    "InvoiceLine",
    "InvoiceValidationError",
    "KsefApiError",
    "KsefError",
    "KsefSystemWarning",
    "KsefTokenAuthenticator",
    "OnlineSession",
    "Party",
    "PublicKeyStore",
    "RateLimitError",
    "RateLimiter",
    "RetryPolicy",
    "ServerError",
    "SessionKey",
    "Token",
    "TokenPair",
    "UnauthorizedError",
    "UnexpectedResponseError",
    "Upo",
    "XadesAuthenticator",
    "__version__",
    "aauthenticate_with_ksef_token",
    "aauthenticate_with_xades",
    "adownload_invoice",
    "aexport_invoices",
    "aiter_invoice_metadata",
    "aresume_batch",
    "asend_batch",
    "async_sync_invoices",
    "authenticate_with_ksef_token",
    "authenticate_with_xades",
    "bearer_client",
    "build_async_client",
    "build_async_public_client",
    "build_client",
    "build_fa3_invoice",
    "build_public_client",
    "download_invoice",
    "error_from_response",
    "export_invoices",
    "get_auth",
    "invoice_verification_url",
    "iter_invoice_metadata",
    "parse_upo",
    "query_filters",
    "resume_batch",
    "send_batch",
    "sync_invoices",
    "unwrap",
    "validate_invoice",
    "validate_ksef_number",
    "validate_nip",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ksef_sdk' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from typing import Any

    from .auth import BearerAuth
    from .authentication import (
        AuthenticationFailedError,
        KsefTokenAuthenticator,
        XadesAuthenticator,
        aauthenticate_with_ksef_token,
        aauthenticate_with_xades,
        authenticate_with_ksef_token,
        authenticate_with_xades,
    )
    from .batch import aresume_batch, asend_batch, resume_batch, send_batch
    from .client import (
        DEFAULT_TIMEOUT,
        bearer_client,
        build_async_client,
        build_async_public_client,
        build_client,
        build_public_client,
        get_auth,
    )
    from .crypto import SessionKey
    from .environments import DEMO, PRODUCTION, TEST, Environment
    from .errors import (
        AuthenticationRequiredError,
        BadRequestError,
        Code,
        ConfigurationError,
        ErrorDetail,
        ForbiddenError,
        GatewayError,
        GoneError,
        KsefApiError,
        KsefError,
        KsefSystemWarning,
        RateLimitError,
        ServerError,
        UnauthorizedError,
        UnexpectedResponseError,
        error_from_response,
        unwrap,
    )
    from .identifiers import InvalidIdentifierError, validate_ksef_number, validate_nip
    from .invoice_builder import InvoiceLine, Party, build_fa3_invoice
    from .invoices import (
        HwmState,
        adownload_invoice,
        aexport_invoices,
        aiter_invoice_metadata,
        async_sync_invoices,
        download_invoice,
        export_invoices,
        iter_invoice_metadata,
        query_filters,
        sync_invoices,
    )
    from .keys import PublicKeyStore
    from .qr import invoice_verification_url
    from .sessions import AsyncOnlineSession, OnlineSession
    from .tokens import Token, TokenPair
    from .transport import RateLimiter, RetryPolicy
    from .upo import Upo, parse_upo
    from .validation import FormCode, InvoiceValidationError, validate_invoice
