"""Renewing a KSeF certificate before it expires: the successor is enrolled while the current one still works.

A KSeF certificate cannot be extended; its successor is a new certificate of the same type, for the same
subject, with a new key (``certyfikaty-KSeF.md``). The client must be logged in with XAdES - the current
``Authentication`` certificate itself will do::

    client = build_client(ENV, authenticator=CertificateAuthenticator(public, current, NIP))
    renewal = renew_certificate(client, current)               # nothing happens unless it ends within 30 days
    if renewal.renewed:
        save_pkcs12(renewal.current, "ksef-auth.p12", password, overwrite=True)
        revoke_certificate(client, renewal.previous.serial_number, reason="Superseded")   # once deployed

``revoke_previous=True`` revokes the old certificate (reason ``Superseded``) right after the successor is
retrieved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ksef_sdk import defaults
from ksef_sdk.certificates._credential import KsefCertificate
from ksef_sdk.certificates._enrol import EnrollOptions, enroll_flow
from ksef_sdk.certificates._query import revoke_flow
from ksef_sdk.errors import CertificateUsageError
from ksef_sdk.flow import Flow, run_async, run_sync
from ksef_sdk.http._client import AsyncSecuredClient, SyncSecuredClient, workflow_env

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Renewal", "arenew_certificate", "needs_renewal", "renew_certificate", "renew_flow", "successor_name"]

_DATE_SUFFIX = re.compile(r"[ _-]\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Renewal:
    """What :func:`renew_certificate` did: ``current`` is the certificate to use from now on (the successor,
    or ``previous`` itself when no renewal was due)."""

    previous: KsefCertificate
    current: KsefCertificate
    renewed: bool
    previous_revoked: bool = False


def needs_renewal(
    certificate: KsefCertificate,
    *,
    within: dt.timedelta = defaults.CERTIFICATE_RENEW_BEFORE,
    now: dt.datetime | None = None,
) -> bool:
    """Whether ``certificate`` ends within ``within`` (default 30 days) of ``now`` - or already has."""
    return certificate.expires_within(within, now)


def successor_name(previous: KsefCertificate, today: dt.date) -> str:
    """``"<name> YYYY-MM-DD"``: the previous name (without an earlier date suffix) and today's date."""
    base = _DATE_SUFFIX.sub("", previous.name or f"KSeF {previous.type or 'certificate'}").strip()
    return f"{base[:89]} {today.isoformat()}"


def renew_flow(
    current: KsefCertificate,
    *,
    within: dt.timedelta = defaults.CERTIFICATE_RENEW_BEFORE,
    force: bool = False,
    name: str | None = None,
    revoke_previous: bool = False,
    now: dt.datetime | None = None,
    **options: Unpack[EnrollOptions],
) -> Flow[Renewal]:
    """Enrol the successor of ``current`` when it ends within ``within`` (or ``force``); the key algorithm
    of ``current`` is kept unless ``algorithm``/``private_key`` say otherwise."""
    if not isinstance(current, KsefCertificate):
        raise CertificateUsageError("renew_certificate needs the current KsefCertificate (certificate and key)")
    if current.type is None:
        raise CertificateUsageError(
            "the certificate's type (Authentication or Offline) is unknown: not a KSeF certificate"
        )
    when = now or dt.datetime.now(dt.timezone.utc)
    if not force and not needs_renewal(current, within=within, now=when):
        return Renewal(current, current, renewed=False)
    enroll_options: dict[str, Any] = dict(options)
    if "private_key" not in enroll_options and "csr" not in enroll_options:
        enroll_options.setdefault("algorithm", current.key_algorithm)
    successor = yield from enroll_flow(name or successor_name(current, when.date()), current.type, **enroll_options)
    if revoke_previous:
        yield from revoke_flow(current.serial_number, "Superseded")
    return Renewal(current, successor, renewed=True, previous_revoked=revoke_previous)


def renew_certificate(
    client: SyncSecuredClient,
    current: KsefCertificate,
    *,
    within: dt.timedelta = defaults.CERTIFICATE_RENEW_BEFORE,
    force: bool = False,
    name: str | None = None,
    revoke_previous: bool = False,
    now: dt.datetime | None = None,
    **options: Unpack[EnrollOptions],
) -> Renewal:
    """Renew ``current`` if it ends within ``within`` (default 30 days): see the module docstring."""
    flow = renew_flow(
        current, within=within, force=force, name=name, revoke_previous=revoke_previous, now=now, **options
    )
    return run_sync(flow, workflow_env(client))


async def arenew_certificate(
    client: AsyncSecuredClient,
    current: KsefCertificate,
    *,
    within: dt.timedelta = defaults.CERTIFICATE_RENEW_BEFORE,
    force: bool = False,
    name: str | None = None,
    revoke_previous: bool = False,
    now: dt.datetime | None = None,
    **options: Unpack[EnrollOptions],
) -> Renewal:
    """Async :func:`renew_certificate`."""
    flow = renew_flow(
        current, within=within, force=force, name=name, revoke_previous=revoke_previous, now=now, **options
    )
    return await run_async(flow, workflow_env(client))
