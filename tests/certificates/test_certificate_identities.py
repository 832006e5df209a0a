"""Whose certificate it is: a person (PESEL) acting in a company's context, and a subject known only by its
certificate's fingerprint. A KSeF certificate carries the identity it was enrolled for, and logging in with
it (``certificateSubject``) acts as that identity in any context where it holds permissions."""

from __future__ import annotations

import pytest
from certs_helpers import FAST, World, invoice, send
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from ksef_sdk.authentication import (
    CertificateAuthenticator,
    XadesAuthenticator,
    aauthenticate_with_certificate,
    authenticate_with_certificate,
)
from ksef_sdk.certificates import aenroll_certificate, enroll_certificate, enrollment_data, iter_certificates
from ksef_sdk.crypto.testcerts import TestCertificate, personal_certificate
from ksef_sdk.errors import NoPermissionsError
from ksef_sdk.http import build_async_client, build_async_public_client, build_client
from ksef_sdk.identifiers import random_nip

PESEL = "80010112340"  # a valid PESEL (checksum)


def test_a_person_enrols_with_their_pesel_and_logs_in_to_the_company(world: World) -> None:
    person = personal_certificate(given_name="Anna", surname="Nowak", pesel=PESEL, key_type="rsa")
    world.sandbox.control.grant(world.nip, PESEL, ["InvoiceWrite", "InvoiceRead"])
    auth = XadesAuthenticator(world.public, person.signer(), world.nip, poll_policy=FAST)
    with build_client(world.env, authenticator=auth) as client:
        data = enrollment_data(client)
        assert (data.given_names, data.surname, data.serial_number) == (("Anna",), "Nowak", f"PNOPL-{PESEL}")
        cert = enroll_certificate(client, "Ksiegowa Anna", "Authentication", poll_policy=FAST)
        listed = next(iter_certificates(client, serial_number=cert.serial_number))
    assert (listed.subject_identifier_type, listed.subject_identifier) == ("Pesel", PESEL)
    with build_client(
        world.env, authenticator=CertificateAuthenticator(world.public, cert, world.nip, poll_policy=FAST)
    ) as c:
        assert send(c, invoice(world.nip, "FV/PESEL/1")).startswith(world.nip)
    # the certificate carries no permissions: in a context where the person holds none, login is refused
    other = random_nip()
    with pytest.raises(NoPermissionsError):
        authenticate_with_certificate(world.public, cert, other, poll_policy=FAST)


def _anonymous_certificate() -> TestCertificate:
    """A certificate whose subject has no NIP or PESEL: usable only through its fingerprint."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, "EU Vendor Ltd"), x509.NameAttribute(NameOID.COUNTRY_NAME, "DE")]
    )
    import datetime as dt

    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    return TestCertificate(cert, key)


def test_a_subject_known_by_fingerprint_keeps_that_identity_in_its_ksef_certificate(world: World) -> None:
    vendor = _anonymous_certificate()
    fingerprint = vendor.signer().fingerprint
    world.sandbox.control.grant(world.nip, fingerprint, ["InvoiceWrite"])
    auth = XadesAuthenticator(
        world.public, vendor.signer(), world.nip, subject_identifier_type="certificateFingerprint", poll_policy=FAST
    )
    with build_client(world.env, authenticator=auth) as client:
        cert = enroll_certificate(client, "Dostawca UE", "Authentication", poll_policy=FAST)
        listed = next(iter_certificates(client, serial_number=cert.serial_number))
    assert (listed.subject_identifier_type, listed.subject_identifier) == ("Fingerprint", fingerprint)
    assert "VATPL" not in cert.subject and "PNOPL" not in cert.subject
    tokens = authenticate_with_certificate(world.public, cert, world.nip, poll_policy=FAST)
    assert tokens.access.value


async def test_async_enrollment_and_certificate_login(world: World) -> None:
    from ksef_sdk.authentication import XadesAuthenticator as Xades

    async with build_async_public_client(world.env) as public:
        auth = Xades(public, world.seal.signer(), world.nip, poll_policy=FAST)
        async with build_async_client(world.env, authenticator=auth.authenticate_async) as client:
            cert = await aenroll_certificate(client, "Asynchroniczny", "Authentication", poll_policy=FAST)
        tokens = await aauthenticate_with_certificate(public, cert, world.nip, poll_policy=FAST)
    assert cert.type == "Authentication" and tokens.refresh.value
