"""Logging in with a KSeF certificate: the way to authenticate once KSeF tokens end (31 December 2026).

A KSeF ``Authentication`` certificate signs the XAdES ``AuthTokenRequest`` like any qualified certificate
(``uwierzytelnianie.md`` §2.1; KSeF verifies its own certificates at once, without OCSP/CRL). Its subject
is the enrollment data - the NIP/PESEL of whoever enrolled it - so the subject identifier type is
``certificateSubject``: the identity is the certificate's subject, and permissions are checked for that
subject in the chosen context (``certyfikaty-KSeF.md``: the certificate carries no permissions itself)::

    cert = load_pkcs12("ksef-auth.p12", password)
    auth = CertificateAuthenticator(public_client, cert, "5265877635")
    client = build_client("test", authenticator=auth)          # logs in on first use and when needed

    tokens = authenticate_with_certificate(public_client, cert, "5265877635")

Before anything is sent the certificate is checked: type ``Authentication`` and within its validity period
(:class:`~ksef_sdk.errors.CertificateUsageError`, :class:`~ksef_sdk.errors.CertificateExpiredError`). A
certificate KSeF has revoked is refused by KSeF: :class:`~ksef_sdk.errors.CertificateError` (status 460).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from ksef_sdk.authentication._flows import _arun, _run, xades_flow
from ksef_sdk.certificates._credential import AUTHENTICATION, KsefCertificate
from ksef_sdk.errors import CertificateUsageError
from ksef_sdk.flow import Flow, PollPolicy
from ksef_sdk.identifiers import AllowedIps, ContextIdentifier

if TYPE_CHECKING:
    from ksef_api.client import AuthenticatedClient, Client

    from ksef_sdk.http._tokens import TokenPair

__all__ = [
    "KSEF_CERTIFICATE_SUBJECT_TYPE",
    "CertificateAuthenticator",
    "aauthenticate_with_certificate",
    "authenticate_with_certificate",
    "certificate_flow",
]

KSEF_CERTIFICATE_SUBJECT_TYPE = "certificateSubject"
"""The ``SubjectIdentifierType`` for KSeF certificates: their subject carries the enrolled identity."""


def _checked(certificate: KsefCertificate) -> KsefCertificate:
    if not isinstance(certificate, KsefCertificate):
        raise CertificateUsageError(
            "give a KsefCertificate (load_pkcs12/load_pem/enroll_certificate); for a qualified certificate "
            "use authenticate_with_xades"
        )
    certificate.check_usable(AUTHENTICATION)
    return certificate


def certificate_flow(
    certificate: KsefCertificate,
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    allowed_ips: AllowedIps | None = None,
    poll_policy: PollPolicy | None = None,
) -> Flow[TokenPair]:
    """XAdES login with a KSeF certificate as a sans-IO flow (checked first: type and validity)."""
    cert = _checked(certificate)
    return (
        yield from xades_flow(
            cert.signer(),
            context,
            subject_identifier_type=KSEF_CERTIFICATE_SUBJECT_TYPE,
            allowed_ips=allowed_ips,
            poll_policy=poll_policy,
        )
    )


def authenticate_with_certificate(
    client: Client | AuthenticatedClient,
    certificate: KsefCertificate,
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    allowed_ips: AllowedIps | None = None,
    poll_policy: PollPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> TokenPair:
    """Log in with a KSeF ``Authentication`` certificate; returns the redeemed access/refresh pair."""
    flow = certificate_flow(certificate, context, allowed_ips=allowed_ips, poll_policy=poll_policy)
    return _run(flow, client, None, sleep)


async def aauthenticate_with_certificate(
    client: Client | AuthenticatedClient,
    certificate: KsefCertificate,
    context: ContextIdentifier | tuple[str, str] | str,
    *,
    allowed_ips: AllowedIps | None = None,
    poll_policy: PollPolicy | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> TokenPair:
    """Async :func:`authenticate_with_certificate`."""
    flow = certificate_flow(certificate, context, allowed_ips=allowed_ips, poll_policy=poll_policy)
    return await _arun(flow, client, None, sleep)


class CertificateAuthenticator:
    """An ``authenticator`` for :func:`~ksef_sdk.build_client`: logs in with a KSeF certificate whenever the
    client needs fresh tokens (``auth()`` / ``await auth.authenticate_async()``).

    The certificate is checked at construction and again on every call (it may have expired since).
    Neither the key nor anything secret appears in ``repr``.
    """

    def __init__(
        self,
        client: Client | AuthenticatedClient,
        certificate: KsefCertificate,
        context: ContextIdentifier | tuple[str, str] | str,
        *,
        allowed_ips: AllowedIps | None = None,
        poll_policy: PollPolicy | None = None,
    ) -> None:
        self._client = client
        self.certificate = _checked(certificate)
        self.context = ContextIdentifier.coerce(context)
        self._options: dict[str, Any] = {"allowed_ips": allowed_ips, "poll_policy": poll_policy}

    def __repr__(self) -> str:
        return f"CertificateAuthenticator(serial={self.certificate.serial_number!r}, context={self.context!r})"

    def __call__(self) -> TokenPair:
        return _run(certificate_flow(self.certificate, self.context, **self._options), self._client, None, time.sleep)

    async def authenticate_async(self) -> TokenPair:
        flow = certificate_flow(self.certificate, self.context, **self._options)
        return await _arun(flow, self._client, None, asyncio.sleep)
