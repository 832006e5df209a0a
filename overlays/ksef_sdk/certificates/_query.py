"""Listing, querying and revoking KSeF certificates (``certyfikaty-KSeF.md`` §7-8).

``POST /certificates/query`` pages by ``pageOffset``/``pageSize`` (at most 50) and says ``hasMore``; the
iterators follow the pages::

    for info in iter_certificates(client, status="Active", type="Offline"):
        print(info.serial_number, info.name, info.valid_to)

    revoke_certificate(client, "0321C82DA41B4362", reason="KeyCompromise")

Revocation is the owner's, takes effect at once, and cannot be undone (a KSeF-token login may not revoke).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from ksef_sdk import defaults
from ksef_sdk.certificates._credential import CERTIFICATE_TYPES, CertificateType, check_serial
from ksef_sdk.errors import BadRequestError, CertificateRejectedError, Code, ConfigurationError
from ksef_sdk.flow import Call, Emit, Flow, StreamFlow, iterate_async, iterate_sync, run_async, run_sync
from ksef_sdk.http._client import AsyncSecuredClient, SyncSecuredClient, workflow_env

__all__ = [
    "CertificateInfo",
    "CertificateStatus",
    "RevocationReason",
    "aiter_certificates",
    "arevoke_certificate",
    "iter_certificates",
    "query_flow",
    "query_page_flow",
    "revoke_certificate",
    "revoke_flow",
]

CertificateStatus = Literal["Active", "Blocked", "Revoked", "Expired"]
RevocationReason = Literal["Unspecified", "Superseded", "KeyCompromise"]
_STATUSES: Final = ("Active", "Blocked", "Revoked", "Expired")
_REASONS: Final = ("Unspecified", "Superseded", "KeyCompromise")


@dataclass(frozen=True)
class CertificateInfo:
    """One certificate's metadata (``CertificateListItem``)."""

    serial_number: str
    name: str
    type: CertificateType
    common_name: str
    status: CertificateStatus
    subject_identifier_type: str
    subject_identifier: str
    valid_from: dt.datetime
    valid_to: dt.datetime
    request_date: dt.datetime
    last_use_date: dt.datetime | None = None

    @classmethod
    def from_api(cls, item: Any) -> CertificateInfo:
        last = item.last_use_date
        return cls(
            serial_number=item.certificate_serial_number,
            name=item.name,
            type=str(item.type_),  # type: ignore[arg-type]
            common_name=item.common_name,
            status=str(item.status),  # type: ignore[arg-type]
            subject_identifier_type=str(item.subject_identifier.type_),
            subject_identifier=item.subject_identifier.value,
            valid_from=item.valid_from,
            valid_to=item.valid_to,
            request_date=item.request_date,
            last_use_date=last if isinstance(last, dt.datetime) else None,
        )


def _filters(
    *,
    status: str | None = None,
    type: str | None = None,
    name: str | None = None,
    serial_number: str | None = None,
    expires_after: dt.datetime | None = None,
) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if status is not None:
        if status not in _STATUSES:
            raise ConfigurationError(f"certificate status {status!r}: one of {', '.join(_STATUSES)}")
        body["status"] = status
    if type is not None:
        if type not in CERTIFICATE_TYPES:
            raise ConfigurationError(f"certificate type {type!r}: one of {', '.join(CERTIFICATE_TYPES)}")
        body["type"] = type
    if name:
        body["name"] = name
    if serial_number is not None:
        body["certificateSerialNumber"] = check_serial(serial_number)
    if expires_after is not None:
        if expires_after.tzinfo is None:
            raise ConfigurationError("expires_after must be timezone-aware")
        body["expiresAfter"] = expires_after.isoformat()
    return body


def query_page_flow(
    filters: Mapping[str, Any], offset: int, page_size: int
) -> Flow[tuple[list[CertificateInfo], bool]]:
    """One page of ``POST /certificates/query`` (``filters`` in the API's JSON names) and ``hasMore``."""
    from ksef_api.api.certificates import post_certificates_query as op
    from ksef_api.models.query_certificates_request import QueryCertificatesRequest
    from ksef_api.models.query_certificates_response import QueryCertificatesResponse

    if not 10 <= page_size <= 50:
        raise ConfigurationError("certificate query page_size must be 10..50")
    page = yield Call(
        op,
        {"body": QueryCertificatesRequest.from_dict(dict(filters)), "page_offset": offset, "page_size": page_size},
        expected=QueryCertificatesResponse,
    )
    return [CertificateInfo.from_api(item) for item in page.certificates], bool(page.has_more)


def query_flow(*, page_size: int = defaults.CERTIFICATE_PAGE_SIZE, **filters: Any) -> StreamFlow:
    """Every certificate matching the filters (``status``, ``type``, ``name`` - contains, ``serial_number``,
    ``expires_after``), newest request first, page after page."""
    body = _filters(**filters)
    offset, more = 0, True
    while more:
        items, more = yield from query_page_flow(body, offset, page_size)
        if items:
            yield Emit(items)
        offset += 1


def iter_certificates(
    client: SyncSecuredClient,
    *,
    status: CertificateStatus | None = None,
    type: CertificateType | None = None,
    name: str | None = None,
    serial_number: str | None = None,
    expires_after: dt.datetime | None = None,
    page_size: int = defaults.CERTIFICATE_PAGE_SIZE,
) -> Iterator[CertificateInfo]:
    """The caller's KSeF certificates (active and past) matching the filters, as :class:`CertificateInfo`."""
    flow = query_flow(
        page_size=page_size,
        status=status,
        type=type,
        name=name,
        serial_number=serial_number,
        expires_after=expires_after,
    )
    return iterate_sync(flow, workflow_env(client))


def aiter_certificates(
    client: AsyncSecuredClient,
    *,
    status: CertificateStatus | None = None,
    type: CertificateType | None = None,
    name: str | None = None,
    serial_number: str | None = None,
    expires_after: dt.datetime | None = None,
    page_size: int = defaults.CERTIFICATE_PAGE_SIZE,
) -> AsyncIterator[CertificateInfo]:
    """Async :func:`iter_certificates`."""
    flow = query_flow(
        page_size=page_size,
        status=status,
        type=type,
        name=name,
        serial_number=serial_number,
        expires_after=expires_after,
    )
    return iterate_async(flow, workflow_env(client))


def revoke_flow(serial_number: str, reason: RevocationReason | str = "Unspecified") -> Flow[None]:
    """``POST /certificates/{serial}/revoke`` with the reason (checked before sending)."""
    from ksef_api.api.certificates import post_certificates_certificate_serial_number_revoke as op
    from ksef_api.models.revoke_certificate_request import RevokeCertificateRequest

    serial = check_serial(serial_number)
    if reason not in _REASONS:
        raise ConfigurationError(f"revocation reason {reason!r}: one of {', '.join(_REASONS)}")
    body = RevokeCertificateRequest.from_dict({"revocationReason": reason})
    try:
        yield Call(op, {"certificate_serial_number": serial, "body": body})
    except BadRequestError as exc:
        if exc.has_code(Code.CERTIFICATE_NOT_FOUND, Code.CERTIFICATE_NOT_ACTIVE):
            raise CertificateRejectedError.from_error(exc) from exc
        raise


def revoke_certificate(
    client: SyncSecuredClient, serial_number: str, *, reason: RevocationReason | str = "Unspecified"
) -> None:
    """Revoke one of your KSeF certificates (``Unspecified``, ``Superseded`` or ``KeyCompromise``).

    Needs a XAdES login (a KSeF-token login gets 403). A certificate not found or no longer active raises
    :class:`~ksef_sdk.errors.CertificateRejectedError` (25008/25009).
    """
    run_sync(revoke_flow(serial_number, reason), workflow_env(client))


async def arevoke_certificate(
    client: AsyncSecuredClient, serial_number: str, *, reason: RevocationReason | str = "Unspecified"
) -> None:
    """Async :func:`revoke_certificate`."""
    await run_async(revoke_flow(serial_number, reason), workflow_env(client))
