"""Obtaining a KSeF certificate: limits → enrollment data → CSR → request → status → retrieval.

``certyfikaty-KSeF.md`` §1-6. One sans-IO flow (:func:`enroll_flow`) does it all; :func:`enroll_certificate`
and :func:`aenroll_certificate` drive it::

    # the client must be logged in with XAdES (a qualified or self-signed certificate, or a KSeF
    # Authentication certificate): KSeF refuses enrollment after a KSeF-token login
    cert = enroll_certificate(client, "Serwer faktur", "Authentication")       # EC P-256 by default
    save_pkcs12(cert, "ksef-auth.p12", password)

1. ``GET /certificates/limits``: no request is sent when ``canRequest`` is false
   (:class:`~ksef_sdk.errors.CertificateLimitError`);
2. ``GET /certificates/enrollments/data``: the subject to certify (after a KSeF-token login KSeF answers
   25001: :class:`~ksef_sdk.errors.EnrollmentNotAllowedError`);
3. a CSR with exactly that subject and a new key (:func:`~ksef_sdk.certificates.build_csr`);
4. ``POST /certificates/enrollments`` with the name, the type and ``validFrom``; KSeF's refusals become
   :class:`~ksef_sdk.errors.CertificateRejectedError` (still a ``BadRequestError``);
5. ``GET /certificates/enrollments/{ref}`` polled with the shared :class:`~ksef_sdk.flow.PollPolicy`
   until issued (a failure status: :class:`~ksef_sdk.errors.CertificateEnrollmentError`);
6. ``POST /certificates/retrieve``: the certificate, checked to hold the public key of the request.

A request whose answer was lost (:class:`~ksef_sdk.errors.OutcomeUnknownError`) is resolved, not
reported: the certificates of that name are searched for the request's public key, and only when none is
found is the request sent again.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, TypedDict

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ksef_sdk import defaults
from ksef_sdk._options import check_options
from ksef_sdk.certificates._credential import CERTIFICATE_TYPES, CertificateType, KsefCertificate, check_serial
from ksef_sdk.certificates._csr import (
    CertificateSigningRequest,
    EnrollmentData,
    KeyAlgorithm,
    PrivateKey,
    build_csr,
    check_csr,
    check_key,
)
from ksef_sdk.certificates._query import query_page_flow
from ksef_sdk.errors import (
    BadRequestError,
    CertificateEnrollmentError,
    CertificateLimitError,
    CertificateRejectedError,
    CertificateRequestError,
    Code,
    EnrollmentNotAllowedError,
    OutcomeUnknownError,
)
from ksef_sdk.flow import Call, Flow, PollPolicy, Sleep, poll, run_async, run_sync
from ksef_sdk.http._client import AsyncSecuredClient, SyncSecuredClient, workflow_env

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = [
    "CertificateLimits",
    "EnrollOptions",
    "RetrievedCertificate",
    "acertificate_limits",
    "aenroll_certificate",
    "aenrollment_data",
    "aretrieve_certificates",
    "certificate_limits",
    "check_certificate_name",
    "enroll_certificate",
    "enroll_flow",
    "enrollment_data",
    "enrollment_data_flow",
    "limits_flow",
    "retrieve_certificates",
    "retrieve_flow",
]

_NAME: Final = re.compile(r"[a-zA-Z0-9_\- ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]{5,100}")
_RETRIEVE_BATCH: Final = 10  # RetrieveCertificatesRequest.certificateSerialNumbers: maxItems 10
_ALREADY_CERTIFIED: Final = "certyfikowany"  # status 400 "Klucz publiczny został już certyfikowany..."


# ------------------------------------------------------------------------------------------- input


def check_certificate_name(name: str) -> str:
    """The name KSeF shows for the certificate: 5-100 letters (Polish ones too), digits, ``_``, ``-``, spaces."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise CertificateRequestError(
            f"certificate name {name!r}: 5-100 characters of letters, digits, '_', '-' and spaces"
        )
    return name


def _check_type(certificate_type: str) -> CertificateType:
    if certificate_type not in CERTIFICATE_TYPES:
        raise CertificateRequestError(f"certificate type {certificate_type!r}: use 'Authentication' or 'Offline'")
    return certificate_type  # type: ignore[return-value]


def _check_valid_from(valid_from: dt.datetime | None) -> dt.datetime | None:
    if valid_from is not None and (not isinstance(valid_from, dt.datetime) or valid_from.tzinfo is None):
        raise CertificateRequestError("valid_from must be a timezone-aware datetime")
    return valid_from


def _spki(key: Any) -> bytes:
    return bytes(key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))


# ------------------------------------------------------------------------------------------ limits


@dataclass(frozen=True)
class CertificateLimits:
    """``GET /certificates/limits``: whether a request may be made, and what is left of both limits."""

    can_request: bool
    enrollment_limit: int
    enrollment_remaining: int
    certificate_limit: int
    certificate_remaining: int

    @classmethod
    def from_api(cls, model: Any) -> CertificateLimits:
        return cls(
            can_request=bool(model.can_request),
            enrollment_limit=int(model.enrollment.limit),
            enrollment_remaining=int(model.enrollment.remaining),
            certificate_limit=int(model.certificate.limit),
            certificate_remaining=int(model.certificate.remaining),
        )


def limits_flow() -> Flow[CertificateLimits]:
    from ksef_api.api.certificates import get_certificates_limits as op
    from ksef_api.models.certificate_limits_response import CertificateLimitsResponse

    model = yield Call(op, expected=CertificateLimitsResponse)
    return CertificateLimits.from_api(model)


def enrollment_data_flow() -> Flow[EnrollmentData]:
    """The subject KSeF will certify, read from the certificate the client logged in with."""
    from ksef_api.api.certificates import get_certificates_enrollments_data as op
    from ksef_api.models.certificate_enrollment_data_response import CertificateEnrollmentDataResponse

    try:
        model = yield Call(op, expected=CertificateEnrollmentDataResponse)
    except BadRequestError as exc:
        if exc.has_code(Code.ENROLLMENT_DATA_NOT_ALLOWED):
            raise EnrollmentNotAllowedError.from_error(exc) from exc
        raise
    return EnrollmentData.from_api(model)


# --------------------------------------------------------------------------------------- retrieval


@dataclass(frozen=True)
class RetrievedCertificate:
    """One item of ``POST /certificates/retrieve``: the certificate (no private key: that stays with you)."""

    serial_number: str
    name: str
    type: CertificateType
    certificate: x509.Certificate = field(repr=False)


def retrieve_flow(serials: Iterable[str]) -> Flow[list[RetrievedCertificate]]:
    """The certificates with these serial numbers (asked for 10 at a time); unknown ones are left out."""
    from ksef_api.api.certificates import post_certificates_retrieve as op
    from ksef_api.models.retrieve_certificates_request import RetrieveCertificatesRequest
    from ksef_api.models.retrieve_certificates_response import RetrieveCertificatesResponse

    wanted = list(dict.fromkeys(check_serial(s) for s in serials))
    out: list[RetrievedCertificate] = []
    for start in range(0, len(wanted), _RETRIEVE_BATCH):
        body = RetrieveCertificatesRequest(certificate_serial_numbers=wanted[start : start + _RETRIEVE_BATCH])
        page = yield Call(op, {"body": body}, expected=RetrieveCertificatesResponse)
        for item in page.certificates:
            try:
                cert = x509.load_der_x509_certificate(base64.b64decode(item.certificate))
            except ValueError as exc:
                raise CertificateEnrollmentError(
                    500, f"KSeF returned certificate {item.certificate_serial_number} in a form that cannot be read"
                ) from exc
            out.append(
                RetrievedCertificate(
                    item.certificate_serial_number,
                    item.certificate_name,
                    "Offline" if str(item.certificate_type) == "Offline" else "Authentication",
                    cert,
                )
            )
    return out


# -------------------------------------------------------------------------------------- enrollment


class EnrollOptions(TypedDict, total=False):
    """Options of :func:`enroll_certificate` (all optional).

    - ``private_key``: your own key (EC P-256 or RSA 2048); default a new key of ``algorithm``.
    - ``algorithm``: ``"ec"`` (default, NIST P-256, recommended by KSeF) or ``"rsa"`` (2048 bits).
    - ``rsa_pss``: sign an RSA request with RSA-PSS instead of PKCS#1 v1.5.
    - ``csr``: a :class:`~ksef_sdk.certificates.CertificateSigningRequest` built beforehand (checked against
      the enrollment data before it is sent).
    - ``valid_from``: when the certificate starts to be valid (default: when issued); timezone-aware.
    - ``check_limits``: read ``GET /certificates/limits`` first and send nothing when it says no (default on).
    - ``poll_policy``: how long to wait for the certificate (default ``defaults.CERTIFICATE_POLL``).
    """

    private_key: PrivateKey | None
    algorithm: KeyAlgorithm
    rsa_pss: bool
    csr: CertificateSigningRequest | None
    valid_from: dt.datetime | None
    check_limits: bool
    poll_policy: PollPolicy


def _rejected(exc: BadRequestError) -> Exception:
    """KSeF's 400 to a certificate request, as the most specific typed error."""
    if exc.has_code(Code.ENROLLMENT_NOT_ALLOWED, Code.ENROLLMENT_DATA_NOT_ALLOWED):
        return EnrollmentNotAllowedError.from_error(exc)
    if exc.has_code(Code.ENROLLMENT_LIMIT, Code.CERTIFICATE_LIMIT):
        return CertificateLimitError(f"KSeF refused the certificate request over a limit: {exc}")
    if exc.has_code(
        Code.CSR_SUBJECT_MISMATCH, Code.INVALID_CSR, Code.INVALID_CSR_KEY, Code.INVALID_CSR_SIGNATURE_ALGORITHM
    ):
        return CertificateRejectedError.from_error(exc)
    return exc


def _find_by_key(key: PrivateKey, name: str, certificate_type: str) -> Flow[str | None]:
    """The serial of a certificate of ``name`` and type that certifies ``key``'s public key, if any."""
    wanted = _spki(key.public_key())
    serials: list[str] = []
    offset, more = 0, True
    while more:
        page, more = yield from query_page_flow(
            {"name": name, "type": certificate_type}, offset, defaults.CERTIFICATE_PAGE_SIZE
        )
        serials.extend(info.serial_number for info in page)
        offset += 1
    for found in (yield from retrieve_flow(serials)) if serials else []:
        if _spki(found.certificate.public_key()) == wanted:
            return found.serial_number
    return None


def _submit(body: Any, key: PrivateKey, name: str, certificate_type: str) -> Flow[tuple[str | None, str | None]]:
    """``POST /certificates/enrollments`` → (reference number, None), or (None, serial) when a lost answer
    turns out to have been acted on."""
    from ksef_api.api.certificates import post_certificates_enrollments as op
    from ksef_api.models.enroll_certificate_response import EnrollCertificateResponse

    for attempt in (0, 1):
        try:
            response = yield Call(op, {"body": body}, expected=EnrollCertificateResponse)
            return response.reference_number, None
        except BadRequestError as exc:
            specific = _rejected(exc)
            if specific is exc:
                raise
            raise specific from exc
        except OutcomeUnknownError:
            if attempt:
                raise
            for look in range(defaults.RESOLVE_ATTEMPTS):
                if look:
                    yield Sleep(defaults.RESOLVE_DELAY)
                serial = yield from _find_by_key(key, name, certificate_type)
                if serial is not None:
                    return None, serial
    raise AssertionError("unreachable")  # pragma: no cover


def _await_issued(reference: str, policy: PollPolicy) -> Flow[Any]:
    from ksef_api.api.certificates import get_certificates_enrollments_reference_number as op
    from ksef_api.models.certificate_enrollment_status_response import CertificateEnrollmentStatusResponse

    def fetch() -> Flow[CertificateEnrollmentStatusResponse]:
        status: CertificateEnrollmentStatusResponse = yield Call(
            op, {"reference_number": reference}, expected=CertificateEnrollmentStatusResponse
        )
        return status

    return (yield from poll(fetch, lambda s: s.status.code != 100, policy, f"certificate enrollment {reference}"))


def _status_details(status: Any) -> tuple[str, ...]:
    details = status.details
    return tuple(str(d) for d in details) if isinstance(details, list) else ()


def enroll_flow(
    name: str, certificate_type: CertificateType | str, **options: Unpack[EnrollOptions]
) -> Flow[KsefCertificate]:
    """The whole enrollment as a sans-IO flow; see the module docstring. Input is checked before anything
    is sent."""
    from ksef_api.models.enroll_certificate_request import EnrollCertificateRequest

    check_options(options, EnrollOptions, "enroll_certificate")
    name = check_certificate_name(name)
    kind = _check_type(certificate_type)
    valid_from = _check_valid_from(options.get("valid_from"))
    given_csr = options.get("csr")
    given_key = options.get("private_key")
    if given_csr is not None and not isinstance(given_csr, CertificateSigningRequest):
        raise CertificateRequestError("csr must be a CertificateSigningRequest (it carries the private key)")
    key = check_key(given_key) if given_key is not None else None
    policy = options.get("poll_policy") or defaults.CERTIFICATE_POLL

    if options.get("check_limits", True):
        limits = yield from limits_flow()
        if not limits.can_request:
            raise CertificateLimitError(
                f"KSeF allows no further certificate request now ({limits.enrollment_remaining} of "
                f"{limits.enrollment_limit} requests and {limits.certificate_remaining} of "
                f"{limits.certificate_limit} active certificates left)",
                limits=limits,
            )
    data = yield from enrollment_data_flow()
    if given_csr is not None:
        csr = check_csr(given_csr, data)
        assert isinstance(csr, CertificateSigningRequest)
    else:
        csr = build_csr(data, key, algorithm=options.get("algorithm", "ec"), rsa_pss=options.get("rsa_pss", False))
    body: dict[str, Any] = {"certificateName": name, "certificateType": kind, "csr": csr.base64}
    if valid_from is not None:
        body["validFrom"] = valid_from.isoformat()
    request = EnrollCertificateRequest.from_dict(body)

    reference, serial = yield from _submit(request, csr.private_key, name, kind)
    if reference is not None:
        status = yield from _await_issued(reference, policy)
        code = int(status.status.code)
        details = _status_details(status.status)
        if code == 400 and any(_ALREADY_CERTIFIED in d for d in details):
            serial = yield from _find_by_key(csr.private_key, name, kind)  # an earlier, lost request won
        if serial is None:
            if code != 200 or not isinstance(status.certificate_serial_number, str):
                raise CertificateEnrollmentError(
                    code, str(status.status.description), details, reference_number=reference
                )
            serial = status.certificate_serial_number
    assert serial is not None
    found = yield from retrieve_flow([serial])
    if not found:
        raise CertificateEnrollmentError(500, f"certificate {serial} was issued but cannot be retrieved")
    issued = found[0]
    if _spki(issued.certificate.public_key()) != _spki(csr.private_key.public_key()):
        raise CertificateEnrollmentError(500, f"certificate {serial} does not certify the requested key")
    return KsefCertificate(issued.certificate, csr.private_key, name=issued.name or name, type=issued.type or kind)


# ------------------------------------------------------------------------------------ entry points


def certificate_limits(client: SyncSecuredClient) -> CertificateLimits:
    """``GET /certificates/limits``."""
    return run_sync(limits_flow(), workflow_env(client))


async def acertificate_limits(client: AsyncSecuredClient) -> CertificateLimits:
    return await run_async(limits_flow(), workflow_env(client))


def enrollment_data(client: SyncSecuredClient) -> EnrollmentData:
    """``GET /certificates/enrollments/data`` (needs a XAdES login)."""
    return run_sync(enrollment_data_flow(), workflow_env(client))


async def aenrollment_data(client: AsyncSecuredClient) -> EnrollmentData:
    return await run_async(enrollment_data_flow(), workflow_env(client))


def retrieve_certificates(client: SyncSecuredClient, serials: Iterable[str]) -> list[RetrievedCertificate]:
    """``POST /certificates/retrieve`` for any number of serial numbers."""
    return run_sync(retrieve_flow(serials), workflow_env(client))


async def aretrieve_certificates(client: AsyncSecuredClient, serials: Iterable[str]) -> list[RetrievedCertificate]:
    return await run_async(retrieve_flow(serials), workflow_env(client))


def enroll_certificate(
    client: SyncSecuredClient, name: str, certificate_type: CertificateType | str, **options: Unpack[EnrollOptions]
) -> KsefCertificate:
    """Obtain a KSeF certificate of ``certificate_type`` (``"Authentication"`` or ``"Offline"``) named ``name``:
    the issued certificate with its private key (store it: :func:`~ksef_sdk.certificates.save_pkcs12`)."""
    return run_sync(enroll_flow(name, certificate_type, **options), workflow_env(client))


async def aenroll_certificate(
    client: AsyncSecuredClient, name: str, certificate_type: CertificateType | str, **options: Unpack[EnrollOptions]
) -> KsefCertificate:
    """Async :func:`enroll_certificate`."""
    return await run_async(enroll_flow(name, certificate_type, **options), workflow_env(client))
