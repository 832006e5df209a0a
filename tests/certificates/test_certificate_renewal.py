"""Renewal: nothing happens while the certificate has time left; when it ends within the period, the
successor is enrolled (same type, same subject, new key) while the current one still logs in - with the
current certificate itself - and the old one can be revoked as ``Superseded``."""

from __future__ import annotations

import datetime as dt

import pytest
from certs_helpers import FAST, World
from ksef_sdk.authentication import CertificateAuthenticator, authenticate_with_certificate
from ksef_sdk.certificates import (
    enroll_certificate,
    iter_certificates,
    needs_renewal,
    renew_certificate,
    successor_name,
)
from ksef_sdk.errors import CertificateError
from ksef_sdk.http import build_client


def test_renewal_waits_until_the_end_is_near(world: World) -> None:
    cert = enroll_certificate(world.xades, "Serwer glowny", "Authentication", poll_policy=FAST)
    assert not needs_renewal(cert)
    before = world.sandbox.control.call_counts().get("POST /certificates/enrollments", 0)
    renewal = renew_certificate(world.xades, cert)
    assert (renewal.renewed, renewal.current) == (False, cert)
    assert world.sandbox.control.call_counts().get("POST /certificates/enrollments", 0) == before


def test_renewal_with_the_current_certificate_enrols_the_successor_and_retires_the_old_one(world: World) -> None:
    cert = enroll_certificate(world.xades, "Serwer glowny", "Authentication", poll_policy=FAST, algorithm="rsa")
    near_end = cert.valid_until - dt.timedelta(days=10)
    assert needs_renewal(cert, now=near_end)
    auth = CertificateAuthenticator(world.public, cert, world.nip, poll_policy=FAST)
    with build_client(world.env, authenticator=auth) as client:  # logged in with the certificate being renewed
        renewal = renew_certificate(client, cert, now=near_end, revoke_previous=True, poll_policy=FAST)
    new = renewal.current
    assert renewal.renewed and renewal.previous_revoked and renewal.previous is cert
    assert new.serial_number != cert.serial_number and new.type == cert.type and new.key_algorithm == "rsa"
    assert new.certificate.subject == cert.certificate.subject
    assert new.name == successor_name(cert, near_end.date()) == f"Serwer glowny {near_end.date().isoformat()}"
    statuses = {i.serial_number: i.status for i in iter_certificates(world.xades)}
    assert statuses[cert.serial_number] == "Revoked" and statuses[new.serial_number] == "Active"
    assert authenticate_with_certificate(world.public, new, world.nip, poll_policy=FAST).access.value
    with pytest.raises(CertificateError):
        authenticate_with_certificate(world.public, cert, world.nip, poll_policy=FAST)


def test_an_offline_certificate_is_renewed_as_offline(world: World) -> None:
    offline = enroll_certificate(world.xades, "Kasa 2026-01-01", "Offline", poll_policy=FAST)
    renewal = renew_certificate(world.xades, offline, force=True, poll_policy=FAST)
    assert renewal.renewed and renewal.current.type == "Offline" and not renewal.previous_revoked
    assert renewal.current.name == f"Kasa {dt.date.today().isoformat()}"
