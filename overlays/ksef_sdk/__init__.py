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

from ksef_sdk import _moved
from ksef_sdk._version import __version__

TYPE_CHECKING = False  # not ``typing.TYPE_CHECKING``: importing typing alone costs ~8 ms


_moved.install()  # old import paths (ksef_sdk.client, ksef_sdk.invoices...) keep working one release

# The one list of public names, by the module that defines them. The TYPE_CHECKING imports below
# repeat it for type checkers; tests/test_public_api.py fails when the two differ.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "http": (
        "BearerAuth",
        "DEFAULT_TIMEOUT",
        "RateLimiter",
        "RetryPolicy",
        "Token",
        "TokenPair",
        "bearer_client",
        "build_async_client",
        "build_async_public_client",
        "build_client",
        "build_public_client",
        "get_auth",
    ),
    "environments": (
        "DEMO",
        "Environment",
        "PRODUCTION",
        "TEST",
    ),
    "errors": (
        "AnnotationRuleError",
        "AuthenticationBlockedError",
        "AuthenticationCancelledError",
        "AuthenticationFailedError",
        "AuthenticationRequiredError",
        "AuthenticationRevokedError",
        "AuthenticationTimeoutError",
        "AuthenticationUnknownError",
        "BadRequestError",
        "BatchError",
        "BatchUploadError",
        "BatchWindowExpiredError",
        "BusinessRuleError",
        "CertificateEnrollmentError",
        "CertificateError",
        "CertificateExpiredError",
        "CertificateLimitError",
        "CertificateRejectedError",
        "CertificateRequestError",
        "CertificateStoreError",
        "CertificateUsageError",
        "CheckpointConflictError",
        "Code",
        "CodeInfo",
        "ConfigurationError",
        "CorrectionRuleError",
        "CryptoError",
        "CurrencyRuleError",
        "DateRuleError",
        "DeceasedPersonError",
        "DecryptionError",
        "DiscouragedCharacterError",
        "DocumentModelError",
        "EnrollmentNotAllowedError",
        "ErrorDetail",
        "ExportError",
        "ForbiddenError",
        "FormMismatchError",
        "GatewayError",
        "GoneError",
        "IdentifierChecksumError",
        "IntegrityError",
        "InvalidAuthenticationRequestError",
        "InvalidIdentifierError",
        "InvalidKsefTokenError",
        "InvoiceBuilderError",
        "InvoiceEncodingError",
        "InvoiceTooLargeError",
        "InvoiceValidationError",
        "KeyStoreError",
        "KindRuleError",
        "KsefApiError",
        "KsefCertificateError",
        "KsefError",
        "KsefSystemWarning",
        "KsefTokenError",
        "LeaseLostError",
        "LineAmountError",
        "MalformedXmlError",
        "NoPermissionsError",
        "NoValidCertificateError",
        "OfflineCertificateRequiredError",
        "OutboxError",
        "OutcomeUnknownError",
        "PermissionOperationError",
        "PollTimeoutError",
        "ProcessingInstructionError",
        "QrError",
        "RateLimitError",
        "RenderError",
        "RequestNotSentError",
        "SchemaNotAvailableError",
        "SchemaValidationError",
        "ServerError",
        "SessionError",
        "SessionKeyRejectedError",
        "StoreCorruptError",
        "StoreError",
        "StoreUnavailableError",
        "StoreVersionError",
        "TotalsMismatchError",
        "TransportError",
        "UnauthorizedError",
        "UnexpectedResponseError",
        "UnknownDocumentError",
        "UnsafeXmlError",
        "UntrustedUrlError",
        "UpoError",
        "UpoHashMismatchError",
        "VatRateError",
        "XadesError",
        "error_from_response",
        "exception_code",
        "unwrap",
    ),
    "authentication": (
        "CertificateAuthenticator",
        "KsefTokenAuthenticator",
        "XadesAuthenticator",
        "aauthenticate_with_certificate",
        "aauthenticate_with_ksef_token",
        "aauthenticate_with_xades",
        "authenticate_with_certificate",
        "authenticate_with_ksef_token",
        "authenticate_with_xades",
    ),
    "certificates": (
        "KsefCertificate",
        "aenroll_certificate",
        "enroll_certificate",
        "load_certificate",
        "renew_certificate",
        "revoke_certificate",
        "save_pkcs12",
    ),
    "crypto": (
        "PublicKeyStore",
        "SessionKey",
    ),
    "identifiers": (
        "validate_ksef_number",
        "validate_nip",
    ),
    "qr": ("invoice_verification_url",),
    "invoice": (
        "FormCode",
        "InvoiceLine",
        "Party",
        "build_fa3_invoice",
        "validate_invoice",
    ),
    "sessions": (
        "AsyncOnlineSession",
        "OnlineSession",
    ),
    "batch": (
        "aresume_batch",
        "asend_batch",
        "resume_batch",
        "send_batch",
    ),
    "upo": (
        "Upo",
        "parse_upo",
    ),
    "retrieval": (
        "HwmState",
        "adownload_invoice",
        "aexport_invoices",
        "aiter_invoice_metadata",
        "async_sync_invoices",
        "download_invoice",
        "export_invoices",
        "iter_invoice_metadata",
        "query_filters",
        "sync_invoices",
    ),
    "flow": ("PollPolicy",),
}

_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = [*_MODULE_OF, "__version__"]  # noqa: PLE0604 - computed from the one table above


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        return _moved.attribute(name)
    value = getattr(importlib.import_module(f"ksef_sdk.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from ksef_sdk.authentication import (
        CertificateAuthenticator as CertificateAuthenticator,
    )
    from ksef_sdk.authentication import (
        KsefTokenAuthenticator as KsefTokenAuthenticator,
    )
    from ksef_sdk.authentication import (
        XadesAuthenticator as XadesAuthenticator,
    )
    from ksef_sdk.authentication import (
        aauthenticate_with_certificate as aauthenticate_with_certificate,
    )
    from ksef_sdk.authentication import (
        aauthenticate_with_ksef_token as aauthenticate_with_ksef_token,
    )
    from ksef_sdk.authentication import (
        aauthenticate_with_xades as aauthenticate_with_xades,
    )
    from ksef_sdk.authentication import (
        authenticate_with_certificate as authenticate_with_certificate,
    )
    from ksef_sdk.authentication import (
        authenticate_with_ksef_token as authenticate_with_ksef_token,
    )
    from ksef_sdk.authentication import (
        authenticate_with_xades as authenticate_with_xades,
    )
    from ksef_sdk.batch import (
        aresume_batch as aresume_batch,
    )
    from ksef_sdk.batch import (
        asend_batch as asend_batch,
    )
    from ksef_sdk.batch import (
        resume_batch as resume_batch,
    )
    from ksef_sdk.batch import (
        send_batch as send_batch,
    )
    from ksef_sdk.certificates import (
        KsefCertificate as KsefCertificate,
    )
    from ksef_sdk.certificates import (
        aenroll_certificate as aenroll_certificate,
    )
    from ksef_sdk.certificates import (
        enroll_certificate as enroll_certificate,
    )
    from ksef_sdk.certificates import (
        load_certificate as load_certificate,
    )
    from ksef_sdk.certificates import (
        renew_certificate as renew_certificate,
    )
    from ksef_sdk.certificates import (
        revoke_certificate as revoke_certificate,
    )
    from ksef_sdk.certificates import (
        save_pkcs12 as save_pkcs12,
    )
    from ksef_sdk.crypto import (
        PublicKeyStore as PublicKeyStore,
    )
    from ksef_sdk.crypto import (
        SessionKey as SessionKey,
    )
    from ksef_sdk.environments import (
        DEMO as DEMO,
    )
    from ksef_sdk.environments import (
        PRODUCTION as PRODUCTION,
    )
    from ksef_sdk.environments import (
        TEST as TEST,
    )
    from ksef_sdk.environments import (
        Environment as Environment,
    )
    from ksef_sdk.errors import (
        AnnotationRuleError as AnnotationRuleError,
    )
    from ksef_sdk.errors import (
        AuthenticationBlockedError as AuthenticationBlockedError,
    )
    from ksef_sdk.errors import (
        AuthenticationCancelledError as AuthenticationCancelledError,
    )
    from ksef_sdk.errors import (
        AuthenticationFailedError as AuthenticationFailedError,
    )
    from ksef_sdk.errors import (
        AuthenticationRequiredError as AuthenticationRequiredError,
    )
    from ksef_sdk.errors import (
        AuthenticationRevokedError as AuthenticationRevokedError,
    )
    from ksef_sdk.errors import (
        AuthenticationTimeoutError as AuthenticationTimeoutError,
    )
    from ksef_sdk.errors import (
        AuthenticationUnknownError as AuthenticationUnknownError,
    )
    from ksef_sdk.errors import (
        BadRequestError as BadRequestError,
    )
    from ksef_sdk.errors import (
        BatchError as BatchError,
    )
    from ksef_sdk.errors import (
        BatchUploadError as BatchUploadError,
    )
    from ksef_sdk.errors import (
        BatchWindowExpiredError as BatchWindowExpiredError,
    )
    from ksef_sdk.errors import (
        BusinessRuleError as BusinessRuleError,
    )
    from ksef_sdk.errors import (
        CertificateEnrollmentError as CertificateEnrollmentError,
    )
    from ksef_sdk.errors import (
        CertificateError as CertificateError,
    )
    from ksef_sdk.errors import (
        CertificateExpiredError as CertificateExpiredError,
    )
    from ksef_sdk.errors import (
        CertificateLimitError as CertificateLimitError,
    )
    from ksef_sdk.errors import (
        CertificateRejectedError as CertificateRejectedError,
    )
    from ksef_sdk.errors import (
        CertificateRequestError as CertificateRequestError,
    )
    from ksef_sdk.errors import (
        CertificateStoreError as CertificateStoreError,
    )
    from ksef_sdk.errors import (
        CertificateUsageError as CertificateUsageError,
    )
    from ksef_sdk.errors import (
        CheckpointConflictError as CheckpointConflictError,
    )
    from ksef_sdk.errors import (
        Code as Code,
    )
    from ksef_sdk.errors import (
        CodeInfo as CodeInfo,
    )
    from ksef_sdk.errors import (
        ConfigurationError as ConfigurationError,
    )
    from ksef_sdk.errors import (
        CorrectionRuleError as CorrectionRuleError,
    )
    from ksef_sdk.errors import (
        CryptoError as CryptoError,
    )
    from ksef_sdk.errors import (
        CurrencyRuleError as CurrencyRuleError,
    )
    from ksef_sdk.errors import (
        DateRuleError as DateRuleError,
    )
    from ksef_sdk.errors import (
        DeceasedPersonError as DeceasedPersonError,
    )
    from ksef_sdk.errors import (
        DecryptionError as DecryptionError,
    )
    from ksef_sdk.errors import (
        DiscouragedCharacterError as DiscouragedCharacterError,
    )
    from ksef_sdk.errors import (
        DocumentModelError as DocumentModelError,
    )
    from ksef_sdk.errors import (
        EnrollmentNotAllowedError as EnrollmentNotAllowedError,
    )
    from ksef_sdk.errors import (
        ErrorDetail as ErrorDetail,
    )
    from ksef_sdk.errors import (
        ExportError as ExportError,
    )
    from ksef_sdk.errors import (
        ForbiddenError as ForbiddenError,
    )
    from ksef_sdk.errors import (
        FormMismatchError as FormMismatchError,
    )
    from ksef_sdk.errors import (
        GatewayError as GatewayError,
    )
    from ksef_sdk.errors import (
        GoneError as GoneError,
    )
    from ksef_sdk.errors import (
        IdentifierChecksumError as IdentifierChecksumError,
    )
    from ksef_sdk.errors import (
        IntegrityError as IntegrityError,
    )
    from ksef_sdk.errors import (
        InvalidAuthenticationRequestError as InvalidAuthenticationRequestError,
    )
    from ksef_sdk.errors import (
        InvalidIdentifierError as InvalidIdentifierError,
    )
    from ksef_sdk.errors import (
        InvalidKsefTokenError as InvalidKsefTokenError,
    )
    from ksef_sdk.errors import (
        InvoiceBuilderError as InvoiceBuilderError,
    )
    from ksef_sdk.errors import (
        InvoiceEncodingError as InvoiceEncodingError,
    )
    from ksef_sdk.errors import (
        InvoiceTooLargeError as InvoiceTooLargeError,
    )
    from ksef_sdk.errors import (
        InvoiceValidationError as InvoiceValidationError,
    )
    from ksef_sdk.errors import (
        KeyStoreError as KeyStoreError,
    )
    from ksef_sdk.errors import (
        KindRuleError as KindRuleError,
    )
    from ksef_sdk.errors import (
        KsefApiError as KsefApiError,
    )
    from ksef_sdk.errors import (
        KsefCertificateError as KsefCertificateError,
    )
    from ksef_sdk.errors import (
        KsefError as KsefError,
    )
    from ksef_sdk.errors import (
        KsefSystemWarning as KsefSystemWarning,
    )
    from ksef_sdk.errors import (
        KsefTokenError as KsefTokenError,
    )
    from ksef_sdk.errors import (
        LeaseLostError as LeaseLostError,
    )
    from ksef_sdk.errors import (
        LineAmountError as LineAmountError,
    )
    from ksef_sdk.errors import (
        MalformedXmlError as MalformedXmlError,
    )
    from ksef_sdk.errors import (
        NoPermissionsError as NoPermissionsError,
    )
    from ksef_sdk.errors import (
        NoValidCertificateError as NoValidCertificateError,
    )
    from ksef_sdk.errors import (
        OfflineCertificateRequiredError as OfflineCertificateRequiredError,
    )
    from ksef_sdk.errors import (
        OutboxError as OutboxError,
    )
    from ksef_sdk.errors import (
        OutcomeUnknownError as OutcomeUnknownError,
    )
    from ksef_sdk.errors import (
        PermissionOperationError as PermissionOperationError,
    )
    from ksef_sdk.errors import (
        PollTimeoutError as PollTimeoutError,
    )
    from ksef_sdk.errors import (
        ProcessingInstructionError as ProcessingInstructionError,
    )
    from ksef_sdk.errors import (
        QrError as QrError,
    )
    from ksef_sdk.errors import (
        RateLimitError as RateLimitError,
    )
    from ksef_sdk.errors import (
        RenderError as RenderError,
    )
    from ksef_sdk.errors import (
        RequestNotSentError as RequestNotSentError,
    )
    from ksef_sdk.errors import (
        SchemaNotAvailableError as SchemaNotAvailableError,
    )
    from ksef_sdk.errors import (
        SchemaValidationError as SchemaValidationError,
    )
    from ksef_sdk.errors import (
        ServerError as ServerError,
    )
    from ksef_sdk.errors import (
        SessionError as SessionError,
    )
    from ksef_sdk.errors import (
        SessionKeyRejectedError as SessionKeyRejectedError,
    )
    from ksef_sdk.errors import (
        StoreCorruptError as StoreCorruptError,
    )
    from ksef_sdk.errors import (
        StoreError as StoreError,
    )
    from ksef_sdk.errors import (
        StoreUnavailableError as StoreUnavailableError,
    )
    from ksef_sdk.errors import (
        StoreVersionError as StoreVersionError,
    )
    from ksef_sdk.errors import (
        TotalsMismatchError as TotalsMismatchError,
    )
    from ksef_sdk.errors import (
        TransportError as TransportError,
    )
    from ksef_sdk.errors import (
        UnauthorizedError as UnauthorizedError,
    )
    from ksef_sdk.errors import (
        UnexpectedResponseError as UnexpectedResponseError,
    )
    from ksef_sdk.errors import (
        UnknownDocumentError as UnknownDocumentError,
    )
    from ksef_sdk.errors import (
        UnsafeXmlError as UnsafeXmlError,
    )
    from ksef_sdk.errors import (
        UntrustedUrlError as UntrustedUrlError,
    )
    from ksef_sdk.errors import (
        UpoError as UpoError,
    )
    from ksef_sdk.errors import (
        UpoHashMismatchError as UpoHashMismatchError,
    )
    from ksef_sdk.errors import (
        VatRateError as VatRateError,
    )
    from ksef_sdk.errors import (
        XadesError as XadesError,
    )
    from ksef_sdk.errors import (
        error_from_response as error_from_response,
    )
    from ksef_sdk.errors import (
        exception_code as exception_code,
    )
    from ksef_sdk.errors import (
        unwrap as unwrap,
    )
    from ksef_sdk.flow import (
        PollPolicy as PollPolicy,
    )
    from ksef_sdk.http import (
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
    )
    from ksef_sdk.http import (
        BearerAuth as BearerAuth,
    )
    from ksef_sdk.http import (
        RateLimiter as RateLimiter,
    )
    from ksef_sdk.http import (
        RetryPolicy as RetryPolicy,
    )
    from ksef_sdk.http import (
        Token as Token,
    )
    from ksef_sdk.http import (
        TokenPair as TokenPair,
    )
    from ksef_sdk.http import (
        bearer_client as bearer_client,
    )
    from ksef_sdk.http import (
        build_async_client as build_async_client,
    )
    from ksef_sdk.http import (
        build_async_public_client as build_async_public_client,
    )
    from ksef_sdk.http import (
        build_client as build_client,
    )
    from ksef_sdk.http import (
        build_public_client as build_public_client,
    )
    from ksef_sdk.http import (
        get_auth as get_auth,
    )
    from ksef_sdk.identifiers import (
        validate_ksef_number as validate_ksef_number,
    )
    from ksef_sdk.identifiers import (
        validate_nip as validate_nip,
    )
    from ksef_sdk.invoice import (
        FormCode as FormCode,
    )
    from ksef_sdk.invoice import (
        InvoiceLine as InvoiceLine,
    )
    from ksef_sdk.invoice import (
        Party as Party,
    )
    from ksef_sdk.invoice import (
        build_fa3_invoice as build_fa3_invoice,
    )
    from ksef_sdk.invoice import (
        validate_invoice as validate_invoice,
    )
    from ksef_sdk.qr import (
        invoice_verification_url as invoice_verification_url,
    )
    from ksef_sdk.retrieval import (
        HwmState as HwmState,
    )
    from ksef_sdk.retrieval import (
        adownload_invoice as adownload_invoice,
    )
    from ksef_sdk.retrieval import (
        aexport_invoices as aexport_invoices,
    )
    from ksef_sdk.retrieval import (
        aiter_invoice_metadata as aiter_invoice_metadata,
    )
    from ksef_sdk.retrieval import (
        async_sync_invoices as async_sync_invoices,
    )
    from ksef_sdk.retrieval import (
        download_invoice as download_invoice,
    )
    from ksef_sdk.retrieval import (
        export_invoices as export_invoices,
    )
    from ksef_sdk.retrieval import (
        iter_invoice_metadata as iter_invoice_metadata,
    )
    from ksef_sdk.retrieval import (
        query_filters as query_filters,
    )
    from ksef_sdk.retrieval import (
        sync_invoices as sync_invoices,
    )
    from ksef_sdk.sessions import (
        AsyncOnlineSession as AsyncOnlineSession,
    )
    from ksef_sdk.sessions import (
        OnlineSession as OnlineSession,
    )
    from ksef_sdk.upo import (
        Upo as Upo,
    )
    from ksef_sdk.upo import (
        parse_upo as parse_upo,
    )
