"""The post-token way to log in, end to end against the sandbox acting as the Ministry's CA.

XAdES login with a self-signed certificate → enrol a KSeF certificate → keep it (PKCS#12 / PEM) → log in
with it → send an invoice → revoke it → the next login is refused with a typed error; and the same for an
``Offline`` certificate and KOD II.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path
from typing import Any

import httpx
import pytest
from certs_helpers import FAST, World, invoice, send
from ksef_sdk.authentication import CertificateAuthenticator, authenticate_with_certificate
from ksef_sdk.certificates import (
    KsefCertificate,
    enroll_certificate,
    iter_certificates,
    load_certificate,
    load_pem,
    load_pkcs12,
    revoke_certificate,
    save_pem,
    save_pkcs12,
)
from ksef_sdk.errors import CertificateError, CertificateUsageError
from ksef_sdk.http import build_client


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_authentication_certificate_enrol_store_login_send_revoke(world: World, tmp_path: Path) -> None:
    sandbox, env, public, xades_client, nip = world.sandbox, world.env, world.public, world.xades, world.nip
    cert = enroll_certificate(xades_client, "Serwer faktur 01", "Authentication", poll_policy=FAST)
    assert cert.type == "Authentication" and cert.name == "Serwer faktur 01" and cert.key_algorithm == "ec"
    assert "VATPL-" + nip in cert.subject
    listed = list(iter_certificates(xades_client, serial_number=cert.serial_number))
    assert [(i.status, i.type, i.subject_identifier) for i in listed] == [("Active", "Authentication", nip)]

    # keep it: an encrypted PKCS#12 and a PEM pair, both 0600, both load back to the same credential
    p12 = save_pkcs12(cert, tmp_path / "ksef-auth.p12", "correct horse")
    crt, key = save_pem(cert, tmp_path / "ksef-auth.crt", tmp_path / "ksef-auth.key", password="correct horse")
    assert {_mode(p12), _mode(crt), _mode(key)} == {0o600}
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in key.read_bytes()
    loaded = load_pkcs12(p12, "correct horse")
    assert loaded.serial_number == cert.serial_number and loaded.name == cert.name and loaded.type == cert.type
    assert load_pem(crt, key, "correct horse").fingerprint == cert.fingerprint
    assert load_certificate(p12, password="correct horse").fingerprint == cert.fingerprint

    # log in with it (authenticator of build_client) and send an invoice
    auth = CertificateAuthenticator(public, loaded, nip, poll_policy=FAST)
    assert cert.serial_number in repr(auth) and "PRIVATE" not in repr(auth)
    with build_client(env, authenticator=auth) as client:
        ksef_number = send(client, invoice(nip, "FV/CERT/1"))
    assert ksef_number.startswith(nip)
    methods = {op.method for op in sandbox.core.state.auth_ops.values() if op.context_value == nip}
    assert "InternalCertificate" in methods

    # revoke it: the next login is refused by KSeF (status 460, "Certyfikat odwołany")
    revoke_certificate(xades_client, cert.serial_number, reason="KeyCompromise")
    assert next(iter_certificates(xades_client, serial_number=cert.serial_number)).status == "Revoked"
    with pytest.raises(CertificateError) as refused:
        authenticate_with_certificate(public, loaded, nip, poll_policy=FAST)
    assert refused.value.code == 460 and "Certyfikat odwołany" in refused.value.details


@pytest.mark.parametrize("algorithm", ["ec", "rsa"])
def test_offline_certificate_signs_kod2_the_sandbox_verifies(world: World, algorithm: str) -> None:
    sandbox, env, public, xades_client, nip = world.sandbox, world.env, world.public, world.xades, world.nip
    offline = enroll_certificate(xades_client, f"Kasa offline {algorithm}", "Offline", algorithm=algorithm)  # type: ignore[arg-type]
    assert offline.type == "Offline" and offline.key_algorithm == algorithm
    issued = offline.certificate.extensions.get_extension_for_class(__import__("cryptography").x509.KeyUsage).value
    assert issued.content_commitment and not issued.digital_signature

    # offline: the invoice gets KOD II signed with the Offline certificate; the QR host accepts it
    xml = invoice(nip, f"FV/OFF/{algorithm}", dt.date.today() - dt.timedelta(days=1))
    url = offline.kod2_url(context=nip, seller_nip=nip, invoice_xml=xml, environment=env)
    assert url.startswith(sandbox.qr_url + f"/certificate/Nip/{nip}/{nip}/{offline.serial_number}/")
    verdict = httpx.get(url).json()
    assert verdict["valid"] is True, verdict
    assert set(verdict["checks"].values()) == {"ok"}

    # a tampered link is refused; an Offline certificate cannot log in (refused before anything is sent)
    tampered = url[:-4] + ("AAAA" if not url.endswith("AAAA") else "BBBB")
    assert sandbox.control.verify_certificate_qr(tampered)["checks"]["signature"] != "ok"
    calls = sandbox.control.call_counts().get("POST /auth/challenge", 0)
    with pytest.raises(CertificateUsageError, match="Offline"):
        CertificateAuthenticator(public, offline, nip)
    assert sandbox.control.call_counts().get("POST /auth/challenge", 0) == calls

    # back online: the invoice is sent in offline mode; then the certificate is revoked and KOD II fails
    assert send(xades_client, xml, offline=True).startswith(nip)
    revoke_certificate(xades_client, offline.serial_number, reason="Superseded")
    after = sandbox.control.verify_certificate_qr(url)
    assert after["valid"] is False and "Revoked" in after["checks"]["certificate"]


def test_an_authentication_certificate_cannot_sign_kod2(xades_client: Any, nip: str) -> None:
    auth = enroll_certificate(xades_client, "Tylko logowanie", "Authentication", poll_policy=FAST)
    with pytest.raises(CertificateUsageError, match="only Offline"):
        auth.kod2_url(context=nip, seller_nip=nip, invoice_xml=b"<Faktura/>")


def test_the_issued_certificate_is_a_credential_without_secrets_in_reprs(xades_client: Any) -> None:
    cert = enroll_certificate(xades_client, "Repr check", "Authentication", poll_policy=FAST)
    assert isinstance(cert, KsefCertificate)
    text = repr(cert) + str(cert)
    assert cert.serial_number in text and "PRIVATE" not in text and "private_key" not in text
