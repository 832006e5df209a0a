"""Bad input gets a typed error - before sending when it can be known locally, after when only KSeF knows:
a subject differing from the enrollment data, RSA 1024 or another curve, a wrong PKCS#12 password, an
expired or revoked certificate, a limit reached, enrollment after a KSeF-token login."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import time_machine
from certs_helpers import FAST, World
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from ksef_api.api.certificates import post_certificates_enrollments, put_testdata_certificates_serial_number
from ksef_api.models import test_data_update_certificate_request as update_request
from ksef_api.models.enroll_certificate_request import EnrollCertificateRequest
from ksef_sdk.authentication import CertificateAuthenticator, authenticate_with_certificate
from ksef_sdk.certificates import (
    EnrollmentData,
    build_csr,
    certificate_limits,
    enroll_certificate,
    enrollment_data,
    load_pem,
    load_pkcs12,
    revoke_certificate,
    save_pem,
    save_pkcs12,
)
from ksef_sdk.errors import (
    BadRequestError,
    CertificateError,
    CertificateExpiredError,
    CertificateLimitError,
    CertificateRejectedError,
    CertificateRequestError,
    CertificateStoreError,
    Code,
    EnrollmentNotAllowedError,
    ForbiddenError,
    InvalidIdentifierError,
)


def _calls(world: World, key: str) -> int:
    return world.sandbox.control.call_counts().get(key, 0)


def _raw_enroll(client: Any, csr_der: bytes) -> Any:
    body = EnrollCertificateRequest.from_dict(
        {
            "certificateName": "Raw request",
            "certificateType": "Authentication",
            "csr": base64.b64encode(csr_der).decode(),
        }
    )
    return post_certificates_enrollments.sync(client=client, body=body)


def _foreign_csr(key: Any, subject: x509.Name) -> bytes:
    from cryptography.hazmat.primitives import serialization

    csr = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return csr.public_bytes(serialization.Encoding.DER)


# ----------------------------------------------------------------------------- subject (DN) differs


def test_a_subject_differing_from_the_enrollment_data_is_refused_before_sending(world: World) -> None:
    data = enrollment_data(world.xades)
    other = EnrollmentData(common_name="Someone Else", country_name="PL", organization_identifier="VATPL-1111111111")
    before = _calls(world, "POST /certificates/enrollments")
    with pytest.raises(CertificateRequestError, match="differs from the enrollment data"):
        enroll_certificate(world.xades, "Zly podmiot", "Authentication", csr=build_csr(other))
    assert _calls(world, "POST /certificates/enrollments") == before
    assert data.common_name != "Someone Else"


def test_a_subject_differing_from_the_enrollment_data_is_refused_by_ksef_after_sending(world: World) -> None:
    enrollment_data(world.xades)  # logs in
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, "Inny"), x509.NameAttribute(NameOID.COUNTRY_NAME, "PL")]
    )
    with pytest.raises(BadRequestError) as refused:
        _raw_enroll(world.xades, _foreign_csr(key, subject))
    assert refused.value.has_code(Code.CSR_SUBJECT_MISMATCH)


# ------------------------------------------------------------------------------ key type and size


@pytest.mark.parametrize(
    "key",
    [
        rsa.generate_private_key(65537, 1024),
        rsa.generate_private_key(65537, 3072),
        ec.generate_private_key(ec.SECP384R1()),
    ],
    ids=["rsa1024", "rsa3072", "p384"],
)
def test_a_key_ksef_does_not_certify_is_refused_before_sending(world: World, key: Any) -> None:
    before = _calls(world, "POST /certificates/enrollments")
    with pytest.raises(CertificateRequestError, match="KSeF certifies"):
        enroll_certificate(world.xades, "Zly klucz", "Authentication", private_key=key)
    assert _calls(world, "POST /certificates/enrollments") == before


@pytest.mark.parametrize(
    "key", [rsa.generate_private_key(65537, 1024), ec.generate_private_key(ec.SECP384R1())], ids=["rsa1024", "p384"]
)
def test_a_key_ksef_does_not_certify_is_refused_by_ksef_after_sending(world: World, key: Any) -> None:
    data = enrollment_data(world.xades)
    with pytest.raises(BadRequestError) as refused:
        _raw_enroll(world.xades, _foreign_csr(key, data.to_name()))
    assert refused.value.has_code(Code.INVALID_CSR_KEY)


def test_the_enrollment_flow_turns_ksef_refusals_into_certificate_rejected_errors(world: World) -> None:
    """A request KSeF refuses (here: a CSR whose signature does not verify, 25004) is still a BadRequestError."""
    from ksef_sdk.certificates import enroll_flow
    from ksef_sdk.flow import run_sync
    from ksef_sdk.http import workflow_env

    data = enrollment_data(world.xades)
    flow = enroll_flow("Zly podpis", "Authentication")
    original = post_certificates_enrollments.sync_detailed

    def corrupt(*, client: Any, body: EnrollCertificateRequest) -> Any:
        der = bytearray(base64.b64decode(body.csr))
        der[-3] ^= 0x01
        body.csr = base64.b64encode(bytes(der)).decode()
        return original(client=client, body=body)

    mp = pytest.MonkeyPatch()
    mp.setattr(post_certificates_enrollments, "sync_detailed", corrupt)
    try:
        with pytest.raises(CertificateRejectedError) as refused:
            run_sync(flow, workflow_env(world.xades))
    finally:
        mp.undo()
    assert isinstance(refused.value, BadRequestError) and refused.value.has_code(Code.INVALID_CSR)
    assert data.common_name


# -------------------------------------------------------------------------------- storage password


def test_a_wrong_pkcs12_password_is_a_store_error_that_does_not_leak_it(world: World, tmp_path: Path) -> None:
    cert = enroll_certificate(world.xades, "Haslo test", "Authentication", poll_policy=FAST)
    path = save_pkcs12(cert, tmp_path / "c.p12", "the-right-password")
    with pytest.raises(CertificateStoreError) as wrong:
        load_pkcs12(path, "not-the-password-xyz")
    assert "not-the-password-xyz" not in str(wrong.value) and "the-right-password" not in str(wrong.value)
    with pytest.raises(CertificateStoreError, match="already exists"):
        save_pkcs12(cert, path, "another-password")
    with pytest.raises(CertificateStoreError, match="non-empty password"):
        save_pkcs12(cert, tmp_path / "plain.p12", "")
    crt, key = save_pem(cert, tmp_path / "c.crt", tmp_path / "c.key", password="pem-password")
    with pytest.raises(CertificateStoreError, match="encrypted: give the password"):
        load_pem(crt, key)
    with pytest.raises(CertificateStoreError) as wrong_pem:
        load_pem(crt, key, "bad-pem-pass")
    assert "bad-pem-pass" not in str(wrong_pem.value)
    with pytest.raises(CertificateStoreError):  # a key of another certificate
        load_pem(crt, _other_key(tmp_path))


def _other_key(tmp_path: Path) -> Path:
    from cryptography.hazmat.primitives import serialization

    path = tmp_path / "other.key"
    key = ec.generate_private_key(ec.SECP256R1())
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return path


# ------------------------------------------------------------------------------ expired or revoked


def test_an_expired_certificate_is_refused_before_sending(world: World) -> None:
    cert = enroll_certificate(world.xades, "Wygasly lokalnie", "Authentication", poll_policy=FAST)
    auth = CertificateAuthenticator(world.public, cert, world.nip, poll_policy=FAST)
    before = _calls(world, "POST /auth/xades-signature")
    with time_machine.travel(cert.valid_until + dt.timedelta(days=1), tick=False):
        with pytest.raises(CertificateExpiredError, match="renew it"):
            auth()
        with pytest.raises(CertificateExpiredError):
            CertificateAuthenticator(world.public, cert, world.nip)
    assert _calls(world, "POST /auth/xades-signature") == before
    assert auth().access.value  # still valid today


def test_a_certificate_ksef_considers_expired_is_refused_by_ksef(world: World) -> None:
    cert = enroll_certificate(world.xades, "Wygasly w KSeF", "Authentication", poll_policy=FAST)
    body = update_request.TestDataUpdateCertificateRequest.from_dict(
        {"validTo": (dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)).isoformat()}
    )
    put_testdata_certificates_serial_number.sync_detailed(cert.serial_number, client=world.xades, body=body)
    with pytest.raises(CertificateError) as refused:
        authenticate_with_certificate(world.public, cert, world.nip, poll_policy=FAST)
    assert refused.value.code == 460 and "Nieważny certyfikat" in refused.value.details
    with pytest.raises(CertificateRejectedError) as again:  # no longer active: cannot be revoked either
        revoke_certificate(world.xades, cert.serial_number)
    assert again.value.has_code(Code.CERTIFICATE_NOT_ACTIVE)


def test_a_revoked_certificate_cannot_log_in_or_be_revoked_twice(world: World) -> None:
    cert = enroll_certificate(world.xades, "Odwolany", "Authentication", poll_policy=FAST)
    revoke_certificate(world.xades, cert.serial_number, reason="Superseded")
    with pytest.raises(CertificateError, match="Certyfikat odwołany"):
        authenticate_with_certificate(world.public, cert, world.nip, poll_policy=FAST)
    with pytest.raises(CertificateRejectedError):
        revoke_certificate(world.xades, cert.serial_number)
    with pytest.raises(InvalidIdentifierError):
        revoke_certificate(world.xades, "not-a-serial")


# ------------------------------------------------------------------------------------------ limits


def test_a_reached_limit_is_refused_before_sending(world: World) -> None:
    world.sandbox.control.set_certificate_limits(("Nip", world.nip), certificates=1)
    enroll_certificate(world.xades, "Pierwszy", "Authentication", poll_policy=FAST)
    limits = certificate_limits(world.xades)
    assert (limits.can_request, limits.certificate_limit, limits.certificate_remaining) == (False, 1, 0)
    before = _calls(world, "POST /certificates/enrollments")
    with pytest.raises(CertificateLimitError) as refused:
        enroll_certificate(world.xades, "Drugi", "Authentication", poll_policy=FAST)
    assert refused.value.limits == limits
    assert _calls(world, "POST /certificates/enrollments") == before


def test_a_reached_limit_is_refused_by_ksef_after_sending(world: World) -> None:
    world.sandbox.control.set_certificate_limits(("Nip", world.nip), enrollments=1)
    enroll_certificate(world.xades, "Pierwszy", "Offline", poll_policy=FAST)
    with pytest.raises(CertificateLimitError, match="over a limit") as refused:
        enroll_certificate(world.xades, "Drugi", "Offline", poll_policy=FAST, check_limits=False)
    assert isinstance(refused.value.__cause__, BadRequestError)
    assert refused.value.__cause__.has_code(Code.ENROLLMENT_LIMIT)


# --------------------------------------------------------------------- enrollment after token login


def test_enrollment_after_a_ksef_token_login_is_refused(world: World, token_client: Any) -> None:
    with pytest.raises(EnrollmentNotAllowedError) as refused:
        enroll_certificate(token_client, "Po tokenie", "Authentication", poll_policy=FAST)
    assert isinstance(refused.value, BadRequestError) and refused.value.has_code(Code.ENROLLMENT_DATA_NOT_ALLOWED)
    data = enrollment_data(world.xades)  # with XAdES the same NIP may; the raw request after a token login may not
    with pytest.raises(BadRequestError) as refused_post:
        _raw_enroll(token_client, build_csr(data).der)
    assert refused_post.value.has_code(Code.ENROLLMENT_NOT_ALLOWED)


def test_revocation_after_a_ksef_token_login_is_forbidden(world: World, token_client: Any) -> None:
    cert = enroll_certificate(world.xades, "Do odwolania", "Authentication", poll_policy=FAST)
    with pytest.raises(ForbiddenError):
        revoke_certificate(token_client, cert.serial_number)


# ------------------------------------------------------------------------------ bad local arguments


@pytest.mark.parametrize(
    ("name", "kind", "match"),
    [("abc", "Authentication", "5-100"), ("Nazwa (zla)", "Authentication", "5-100"), ("Dobra nazwa", "Both", "type")],
)
def test_bad_names_and_types_are_refused_before_anything_is_sent(
    world: World, name: str, kind: str, match: str
) -> None:
    before = sum(world.sandbox.control.call_counts().values())
    with pytest.raises(CertificateRequestError, match=match):
        enroll_certificate(world.xades, name, kind)
    assert sum(world.sandbox.control.call_counts().values()) == before
