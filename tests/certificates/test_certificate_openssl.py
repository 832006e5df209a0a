"""Independent checks with OpenSSL: the CSR verifies (``openssl req -verify``) and the issued certificate
chains to the sandbox CA (``openssl verify``) with the documented key usage."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from certs_helpers import FAST, World
from ksef_sdk.certificates import EnrollmentData, build_csr, enroll_certificate, enrollment_data, save_pem


@pytest.fixture(scope="module")
def openssl() -> str:
    path = shutil.which("openssl")
    if path is None:
        pytest.fail("openssl is required (Debian package: openssl; `make setup` installs it)")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=False)


@pytest.mark.parametrize(("algorithm", "rsa_pss"), [("ec", False), ("rsa", False), ("rsa", True)])
def test_openssl_verifies_the_csr_and_reads_exactly_the_enrollment_subject(
    world: World, openssl: str, tmp_path: Path, algorithm: str, rsa_pss: bool
) -> None:
    data = enrollment_data(world.xades)
    assert data.organization_identifier == f"VATPL-{world.nip}" and data.country_name == "PL"
    csr = build_csr(data, algorithm=algorithm, rsa_pss=rsa_pss)  # type: ignore[arg-type]
    path = tmp_path / "request.der"
    path.write_bytes(csr.der)
    done = _run(
        openssl, "req", "-inform", "DER", "-in", str(path), "-verify", "-noout", "-subject", "-nameopt", "RFC2253"
    )
    assert done.returncode == 0, done.stderr
    assert "verify OK" in done.stdout + done.stderr
    subject = done.stdout.strip().removeprefix("subject=")
    wanted = {f"O={data.organization_name}", f"CN={data.common_name}", "C=PL", f"2.5.4.97=VATPL-{world.nip}"}
    assert {part.replace("organizationIdentifier", "2.5.4.97") for part in subject.split(",")} == wanted
    text = _run(openssl, "req", "-inform", "DER", "-in", str(path), "-noout", "-text").stdout
    expected = {"ec": "id-ecPublicKey", "rsa": "rsaEncryption"}[algorithm]
    assert expected in text and ("prime256v1" in text if algorithm == "ec" else "(2048 bit)" in text)
    if rsa_pss:
        assert "rsassaPss" in text


def test_openssl_sees_a_corrupted_csr_fail(openssl: str, tmp_path: Path) -> None:
    csr = build_csr(EnrollmentData(common_name="Jan Kowalski", country_name="PL", serial_number="PNOPL-80010112345"))
    broken = bytearray(csr.der)
    broken[-5] ^= 0xFF  # a bit of the signature
    path = tmp_path / "broken.der"
    path.write_bytes(bytes(broken))
    done = _run(openssl, "req", "-inform", "DER", "-in", str(path), "-verify", "-noout")
    assert done.returncode != 0 or "verify failure" in done.stdout + done.stderr


@pytest.mark.parametrize(("kind", "usage"), [("Authentication", "Digital Signature"), ("Offline", "Non Repudiation")])
def test_openssl_verifies_the_issued_chain_against_the_sandbox_ca(
    world: World, openssl: str, tmp_path: Path, kind: str, usage: str
) -> None:
    cert = enroll_certificate(world.xades, f"Chain check {kind}", kind, poll_policy=FAST)
    crt, _ = save_pem(cert, tmp_path / "ksef.crt", tmp_path / "ksef.key")
    ca = tmp_path / "ca.pem"
    ca.write_bytes(world.sandbox.control.ca_certificate_pem())
    done = _run(openssl, "verify", "-CAfile", str(ca), str(crt))
    assert done.returncode == 0 and f"{crt}: OK" in done.stdout, done.stdout + done.stderr
    text = _run(openssl, "x509", "-in", str(crt), "-noout", "-text").stdout
    after = text.split("X509v3 Key Usage: critical", 1)[1].splitlines()[1].strip()
    assert after == usage
    assert "Serial Number:" in text
    # a certificate of another CA (the self-signed seal) does not verify against it
    other = tmp_path / "seal.pem"
    other.write_bytes(world.seal.cert_pem())
    assert _run(openssl, "verify", "-CAfile", str(ca), str(other)).returncode != 0
