"""Errors of the workflows: authentication, sessions, batch, retrieval, UPO, key store, polling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ksef_sdk.errors._base import KsefError


class PollTimeoutError(KsefError):
    """Polling gave up after the policy's time budget; ``last`` holds the last observed state."""

    def __init__(self, message: str, last: Any = None) -> None:
        super().__init__(message)
        self.last = last


class AuthenticationFailedError(KsefError):
    """The authentication operation ended with a failure status (``GET /auth/{ref}`` ``status.code``)."""

    retryable = False

    def __init__(
        self, code: int, description: str, details: tuple[str, ...] = (), *, reference_number: str | None = None
    ) -> None:
        self.code = code
        self.description = description
        self.details = details
        self.reference_number = reference_number
        text = f"authentication {reference_number or ''} failed with status {code}: {description}".replace("  ", " ")
        if details:
            text += " (" + "; ".join(details) + ")"
        super().__init__(text)


class NoPermissionsError(AuthenticationFailedError):
    """415: no permissions assigned in this context."""


class AuthenticationRevokedError(AuthenticationFailedError):
    """425: authentication revoked by the user."""


class InvalidKsefTokenError(AuthenticationFailedError):
    """450: bad token (invalid challenge, token, token time; token revoked or inactive)."""


class CertificateError(AuthenticationFailedError):
    """460: certificate error (invalid, chain, untrusted, revoked, suspended, incorrect)."""


class DeceasedPersonError(AuthenticationFailedError):
    """470: credentials of a deceased person."""


class AuthenticationBlockedError(AuthenticationFailedError):
    """480: authentication blocked (suspected security incident)."""


class AuthenticationUnknownError(AuthenticationFailedError):
    """500: unknown error."""


class AuthenticationCancelledError(AuthenticationFailedError):
    """550: cancelled by the system; authenticating again may succeed."""

    retryable = True


class AuthenticationTimeoutError(AuthenticationFailedError, PollTimeoutError):
    """The status stayed 100 (in progress) for longer than the polling policy allows; ``last`` is the
    last ``GET /auth/{ref}`` response."""

    retryable = True


class SessionError(KsefError):
    """A session ended in a state that is not success, or could not be used."""

    def __init__(self, message: str, status: Any = None) -> None:
        # status: the ksef_sdk.sessions.SessionStatus, when there is one
        super().__init__(message)
        self.status = status


class SessionKeyRejectedError(SessionError):
    """KSeF could not decrypt the session's symmetric key (session status 415)."""


class BatchError(KsefError):
    """The batch cannot be built, sent or resumed."""


class BatchUploadError(BatchError):
    """Some parts could not be uploaded after retries. ``work_dir`` holds the manifest for :func:`resume_batch`."""

    def __init__(self, message: str, *, work_dir: Path, failed: dict[int, BaseException]) -> None:
        super().__init__(message)
        self.work_dir = work_dir
        self.failed = failed


class BatchWindowExpiredError(BatchError):
    """The upload window (20 min × parts after opening) has passed; KSeF will cancel the session."""


class IntegrityError(KsefError):
    """Downloaded bytes do not match the hash or size KSeF declared."""


class ExportError(KsefError):
    """An export ended in a status other than 200 (``code``, ``description``)."""

    def __init__(self, message: str, code: int | None = None, description: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.description = description


class KeyStoreError(KsefError):
    """The certificate list could not be fetched, parsed or verified."""


class NoValidCertificateError(KeyStoreError):
    """No certificate of the requested usage is valid at the requested time."""


class UpoError(KsefError):
    """The document is not a UPO this package can read."""


class UpoHashMismatchError(UpoError):
    """The UPO's SHA-256 differs from the ``x-ms-meta-hash`` the server sent with it."""

    def __init__(self, expected: str, actual: str) -> None:
        self.expected = expected
        self.actual = actual
        super().__init__(f"UPO hash mismatch: x-ms-meta-hash is {expected}, the document hashes to {actual}")
