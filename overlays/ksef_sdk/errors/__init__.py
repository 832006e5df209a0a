"""The one exception tree of ksef_sdk and the one place that turns KSeF answers into it.

Every error the package raises is a :class:`KsefError`; nothing else escapes the public API::

    KsefError                               every error ksef_sdk raises
    ├── ConfigurationError (ValueError)     bad options or arguments, found before anything is sent
    ├── InvalidIdentifierError (ValueError) a malformed KSeF number, NIP, PESEL, reference number...
    ├── InvalidAuthenticationRequestError   unusable authentication input (empty token, bad signer)
    ├── XadesError (ValueError)             the AuthTokenRequest cannot be built or signed
    ├── QrError (ValueError)                a QR link or image cannot be made
    │   └── OfflineCertificateRequiredError KOD II needs an Offline KSeF certificate (not Authentication)
    ├── InvoiceBuilderError                 the builder cannot make a valid invoice of the input
    ├── InvoiceValidationError              an invoice failed a local check (nothing was sent); ``path``
    │   ├── InvoiceTooLargeError, InvoiceEncodingError, DiscouragedCharacterError,
    │   ├── MalformedXmlError, ProcessingInstructionError, FormMismatchError, SchemaValidationError
    │   ├── UnsafeXmlError                  a DTD, entity declarations, or a size/depth limit exceeded
    │   ├── UnknownDocumentError            the root element / namespace is not a modelled KSeF form
    │   ├── DocumentModelError              the XML does not map onto the generated model (or back)
    │   └── BusinessRuleError               a rule beyond the XSD failed (``rule``, all in ``errors``)
    │       ├── LineAmountError, TotalsMismatchError, VatRateError, DateRuleError,
    │       └── IdentifierChecksumError, CurrencyRuleError, CorrectionRuleError, AnnotationRuleError, KindRuleError
    ├── SchemaNotAvailableError             XSD validation asked for, schemas or the extra missing
    ├── CryptoError                         a cryptographic operation failed
    │   └── DecryptionError                 wrong length, key/IV or padding
    ├── KeyStoreError                       the Ministry certificates cannot be fetched or verified
    │   └── NoValidCertificateError         none valid now for the usage
    ├── AuthenticationRequiredError         no usable tokens and no authenticator
    ├── KsefCertificateError                a KSeF certificate cannot be requested, issued, stored or used
    │   ├── CertificateRequestError (ValueError)  unusable key, subject or name: nothing was sent
    │   ├── CertificateLimitError           the limits allow no further request (checked first, or 25006/25007)
    │   ├── CertificateRejectedError        KSeF refused the request (400: 25003, 25004, 25010...); also a
    │   │   │                               BadRequestError
    │   │   └── EnrollmentNotAllowedError   25001/25002: enrollment needs a XAdES login, not a KSeF token
    │   ├── CertificateEnrollmentError      the enrollment ended with a failure status
    │   ├── CertificateStoreError           a certificate/key file cannot be written or read (wrong password...)
    │   └── CertificateUsageError (ValueError)  not for this use (Offline to log in...): nothing was sent
    │       └── CertificateExpiredError     outside its validity period: renew it
    ├── KsefTokenError                      a KSeF token did not become active (Failed, Revoked)
    ├── PermissionOperationError            a permission grant or revocation ended with a failure status
    ├── AuthenticationFailedError           the authentication operation ended with a failure status
    │   ├── NoPermissionsError (415), AuthenticationRevokedError (425), InvalidKsefTokenError (450),
    │   ├── CertificateError (460), DeceasedPersonError (470), AuthenticationBlockedError (480),
    │   ├── AuthenticationUnknownError (500), AuthenticationCancelledError (550)
    │   └── AuthenticationTimeoutError      still in progress after the poll budget (also PollTimeoutError)
    ├── PollTimeoutError                    polling gave up after its time budget (``last`` state kept)
    ├── SessionError                        a session cannot be used or ended in a failure state
    │   └── SessionKeyRejectedError         415: KSeF could not decrypt the session key
    ├── BatchError                          a batch cannot be built, sent or resumed
    │   ├── BatchUploadError                parts failed after retries (``work_dir`` to resume)
    │   └── BatchWindowExpiredError         the upload window has passed
    ├── ExportError                         an export ended in a failure status
    ├── IntegrityError                      downloaded bytes do not match the declared hash or size
    ├── RenderError                         an invoice/UPO cannot be rendered (extra, fonts, refused resource)
    ├── UpoError                            not a UPO this package can read
    │   └── UpoHashMismatchError            the UPO's SHA-256 differs from ``x-ms-meta-hash``
    ├── UntrustedUrlError                   a pre-signed URL the client refuses to follow (not https, host)
    ├── StoreError                          a durable store cannot be used (found at start-up)
    │   ├── StoreUnavailableError           its server or file cannot be reached or opened
    │   ├── StoreCorruptError               not a readable ksef_sdk store
    │   ├── StoreVersionError               written by a newer ksef_sdk (``found``, ``supported``)
    │   ├── CheckpointConflictError         another process moved the checkpoint since it was read
    │   └── LeaseLostError                  another worker took over what this one was doing
    ├── OutboxError                         the outbox cannot accept an invoice or run
    ├── TransportError                      no complete answer arrived (``cause``, ``maybe_processed``)
    │   ├── RequestNotSentError             it never reached KSeF: no effect, safe to repeat
    │   └── OutcomeUnknownError             sent, answer lost or cut short: KSeF may have acted on it
    └── KsefApiError                        an answer that is not the documented success
        ├── BadRequestError                 400: ``errors`` = [ErrorDetail(code, description, details)]
        ├── UnauthorizedError               401
        ├── ForbiddenError                  403: ``reason_code``, ``security``
        ├── GoneError                       410
        ├── RateLimitError                  429: ``retry_after`` seconds, exactly as the server sent it
        ├── ServerError                     5xx
        │   └── GatewayError                5xx whose body is not KSeF JSON (a proxy's HTML page)
        └── UnexpectedResponseError         an undocumented status, or a body that is not what the spec
                                            promises (garbage JSON, HTML, a 204 where JSON was due)

``KsefSystemWarning`` (a ``UserWarning``, not an error) carries ``X-System-Warning`` items.

KSeF answers errors in two shapes: the legacy ``ExceptionResponse`` / ``TooManyRequestsResponse`` JSON
(``application/json``) and RFC 9457 problem details (``application/problem+json``, asked for with
``X-Error-Format: problem-details``; see the spec's description of errors). :func:`error_from_response`
reads both, tolerating ``null`` anywhere and timestamps without offset or with 7 fractional digits.

The exception-code catalogue (:func:`exception_code`) is derived from the spec's per-operation 400 tables
at generation time (``ksef_api._tables.EXCEPTION_CODES``); :class:`Code` names the well-known ones::

    try:
        ...
    except BadRequestError as err:
        if err.has_code(Code.VALIDATION):
            ...

This package does not import httpx or ksef_api at import time (``import ksef_sdk`` stays fast).
"""

from ksef_sdk.errors._api import (
    AuthenticationRequiredError,
    BadRequestError,
    ErrorDetail,
    ForbiddenError,
    GatewayError,
    GoneError,
    KsefApiError,
    RateLimitError,
    ServerError,
    UnauthorizedError,
    UnexpectedResponseError,
)
from ksef_sdk.errors._base import (
    ConfigurationError,
    KsefError,
    KsefSystemWarning,
    OutcomeUnknownError,
    RequestNotSentError,
    TransportError,
    UntrustedUrlError,
)
from ksef_sdk.errors._codes import Code, CodeInfo, exception_code, exception_codes
from ksef_sdk.errors._invoice import (
    AnnotationRuleError,
    BusinessRuleError,
    CorrectionRuleError,
    CurrencyRuleError,
    DateRuleError,
    DocumentModelError,
    IdentifierChecksumError,
    KindRuleError,
    LineAmountError,
    TotalsMismatchError,
    UnknownDocumentError,
    UnsafeXmlError,
    VatRateError,
)
from ksef_sdk.errors._local import (
    CryptoError,
    DecryptionError,
    DiscouragedCharacterError,
    FormMismatchError,
    InvalidAuthenticationRequestError,
    InvalidIdentifierError,
    InvoiceBuilderError,
    InvoiceEncodingError,
    InvoiceTooLargeError,
    InvoiceValidationError,
    MalformedXmlError,
    ProcessingInstructionError,
    QrError,
    SchemaNotAvailableError,
    SchemaValidationError,
    XadesError,
)
from ksef_sdk.errors._management import (
    CertificateEnrollmentError,
    CertificateExpiredError,
    CertificateLimitError,
    CertificateRejectedError,
    CertificateRequestError,
    CertificateStoreError,
    CertificateUsageError,
    EnrollmentNotAllowedError,
    KsefCertificateError,
    KsefTokenError,
    PermissionOperationError,
)
from ksef_sdk.errors._render import OfflineCertificateRequiredError, RenderError
from ksef_sdk.errors._responses import build_error, error_from_response, raise_for_status, unwrap
from ksef_sdk.errors._stores import (
    CheckpointConflictError,
    LeaseLostError,
    OutboxError,
    StoreCorruptError,
    StoreError,
    StoreUnavailableError,
    StoreVersionError,
)
from ksef_sdk.errors._time import parse_retry_after, parse_timestamp
from ksef_sdk.errors._workflows import (
    AuthenticationBlockedError,
    AuthenticationCancelledError,
    AuthenticationFailedError,
    AuthenticationRevokedError,
    AuthenticationTimeoutError,
    AuthenticationUnknownError,
    BatchError,
    BatchUploadError,
    BatchWindowExpiredError,
    CertificateError,
    DeceasedPersonError,
    ExportError,
    IntegrityError,
    InvalidKsefTokenError,
    KeyStoreError,
    NoPermissionsError,
    NoValidCertificateError,
    PollTimeoutError,
    SessionError,
    SessionKeyRejectedError,
    UpoError,
    UpoHashMismatchError,
)

__all__ = [
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
    "build_error",
    "error_from_response",
    "exception_code",
    "exception_codes",
    "parse_retry_after",
    "parse_timestamp",
    "raise_for_status",
    "unwrap",
]
