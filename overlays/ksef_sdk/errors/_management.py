"""Errors of KSeF certificates (``certyfikaty-KSeF.md``), KSeF tokens and permission operations."""

from __future__ import annotations

from typing import Any, TypeVar

from ksef_sdk.errors._api import BadRequestError
from ksef_sdk.errors._base import KsefError

_E = TypeVar("_E", bound="CertificateRejectedError")


class KsefCertificateError(KsefError):
    """A KSeF certificate cannot be requested, issued, stored, loaded or used."""


class CertificateRequestError(KsefCertificateError, ValueError):
    """The certificate request is unusable and nothing was sent: a key KSeF does not certify (only RSA 2048
    and EC P-256), a subject that differs from the enrollment data, a bad name or start date."""


class CertificateLimitError(KsefCertificateError):
    """No further certificate may be requested: ``GET /certificates/limits`` says so (nothing was sent),
    or KSeF refused the request over a limit (25006 enrollments, 25007 active certificates).

    ``limits`` is the :class:`~ksef_sdk.certificates.CertificateLimits` read, when there is one.
    """

    def __init__(self, message: str, *, limits: Any = None) -> None:
        super().__init__(message)
        self.limits = limits


class CertificateRejectedError(KsefCertificateError, BadRequestError):
    """KSeF refused a certificate request with a 400 (``codes``: 25003 subject differs from the
    authentication data, 25004 bad CSR, 25010 key type or size, 25011 CSR signature algorithm...).
    Also a :class:`~ksef_sdk.errors.BadRequestError`, with the same attributes."""

    @classmethod
    def from_error(cls: type[_E], error: BadRequestError) -> _E:
        """The same answer, as this more specific type (``__cause__`` is set by ``raise ... from``)."""
        specific = cls.__new__(cls)
        specific.__dict__.update(error.__dict__)
        specific.args = error.args
        return specific


class EnrollmentNotAllowedError(CertificateRejectedError):
    """KSeF refuses enrollment for the way the client authenticated (25001/25002): enrollment data and
    certificate requests need a XAdES login (qualified signature or seal, a KSeF certificate), never a
    KSeF token."""


class CertificateEnrollmentError(KsefCertificateError):
    """The enrollment ended with a failure status (``GET /certificates/enrollments/{ref}``): ``code``
    (400 rejected, 500 unknown, 550 cancelled), ``description``, ``details``, ``reference_number``."""

    def __init__(
        self, code: int, description: str, details: tuple[str, ...] = (), *, reference_number: str | None = None
    ) -> None:
        self.code = code
        self.description = description
        self.details = details
        self.reference_number = reference_number
        text = f"certificate enrollment {reference_number or ''} ended with status {code}: {description}"
        if details:
            text += " (" + "; ".join(details) + ")"
        super().__init__(text.replace("  ", " "))


class CertificateStoreError(KsefCertificateError):
    """A certificate or key file cannot be written or read: wrong password, damaged or foreign file, a key
    that does not belong to the certificate, a file that already exists. Never names the password."""


class CertificateUsageError(KsefCertificateError, ValueError):
    """The certificate cannot be used for this, and nothing was sent: an ``Offline`` certificate to log in,
    an ``Authentication`` certificate for KOD II, a certificate not valid at this time."""


class CertificateExpiredError(CertificateUsageError):
    """The certificate is past its ``notAfter`` (or before its ``notBefore``): renew it."""


class KsefTokenError(KsefError):
    """A KSeF token did not become usable: its status ended ``Failed``, ``Revoking`` or ``Revoked``
    (``status``, ``reference_number``)."""

    def __init__(self, message: str, *, status: str | None = None, reference_number: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.reference_number = reference_number


class PermissionOperationError(KsefError):
    """A permission grant or revocation ended with a failure status (``GET /permissions/operations/{ref}``):
    ``code`` (400, 410, 420, 430, 440, 450, 500, 550), ``description``, ``details``, ``reference_number``."""

    def __init__(
        self, code: int, description: str, details: tuple[str, ...] = (), *, reference_number: str | None = None
    ) -> None:
        self.code = code
        self.description = description
        self.details = details
        self.reference_number = reference_number
        text = f"permission operation {reference_number or ''} ended with status {code}: {description}"
        if details:
            text += " (" + "; ".join(details) + ")"
        super().__init__(text.replace("  ", " "))
