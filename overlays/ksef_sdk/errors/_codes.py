"""KSeF exception codes: the well-known ones by name, the whole catalogue from the spec."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass


class Code(enum.IntEnum):
    """Well-known KSeF exception codes (the full catalogue: :func:`exception_codes`)."""

    INVALID_CHALLENGE = 21111
    SESSION_INVOICE_LIMIT = 21155
    INVOICE_NOT_FOUND = 21164
    INVOICE_NOT_YET_AVAILABLE = 21165
    SESSION_NOT_FOUND = 21173
    UPO_NOT_FOUND = 21178
    SESSION_STATUS = 21180
    EXPORT_LIMIT = 21182
    NOT_AUTHORIZED = 21301
    """Tokens already redeemed, status does not allow it, or KSeF token revoked."""
    AUTH_OPERATION_NOT_FOUND = 21304
    XSD_VIOLATION = 21401
    INVALID_FILE_SIZE = 21402
    INVALID_FILE_HASH = 21403
    VALIDATION = 21405
    INVALID_CONTINUATION_TOKEN = 21418
    UNKNOWN_PUBLIC_KEY = 21470
    ENROLLMENT_DATA_NOT_ALLOWED = 25001
    """No enrollment data for this authentication method (a KSeF token)."""
    ENROLLMENT_NOT_ALLOWED = 25002
    """No certificate request for this authentication method (a KSeF token)."""
    CSR_SUBJECT_MISMATCH = 25003
    INVALID_CSR = 25004
    ENROLLMENT_NOT_FOUND = 25005
    ENROLLMENT_LIMIT = 25006
    CERTIFICATE_LIMIT = 25007
    CERTIFICATE_NOT_FOUND = 25008
    CERTIFICATE_NOT_ACTIVE = 25009
    INVALID_CSR_KEY = 25010
    INVALID_CSR_SIGNATURE_ALGORITHM = 25011


@dataclass(frozen=True)
class CodeInfo:
    """One catalogue entry: the spec's (Polish) description, detail templates and documenting operations."""

    code: int
    description: str
    details: tuple[str, ...]
    operations: tuple[str, ...]


_CATALOGUE: dict[int, CodeInfo] | None = None


def exception_codes() -> Mapping[int, CodeInfo]:
    """The exception-code catalogue derived from the spec (code → :class:`CodeInfo`)."""
    global _CATALOGUE  # noqa: PLW0603 - built once, lazily (ksef_api imports httpx)
    if _CATALOGUE is None:
        from ksef_api._tables import EXCEPTION_CODES

        _CATALOGUE = {
            code: CodeInfo(
                code=code,
                description=str(entry.get("description", "")),
                details=tuple(entry.get("details", ())),
                operations=tuple(entry.get("operations", ())),
            )
            for code, entry in EXCEPTION_CODES.items()
        }
    return _CATALOGUE


def exception_code(code: int) -> CodeInfo | None:
    """The catalogue entry of ``code``, or ``None`` when the spec does not document it."""
    return exception_codes().get(int(code))
