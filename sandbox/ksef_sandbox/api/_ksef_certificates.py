"""KSeF certificates as several areas need them: whose they are, the limits per subject, their status, and
whether one may log in.

See ``certyfikaty-KSeF.md``, ``limity/limity.md`` (requests and active certificates per subject: NIP 300/100,
PESEL 12/6, fingerprint 12/6) and ``uwierzytelnianie.md`` (status 460 reasons) of the official documentation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes

from ksef_sandbox._records import AuthOperation, IssuedCertificate
from ksef_sandbox._state import SandboxState

__all__ = [
    "DEFAULT_LIMITS",
    "LoginCheck",
    "certificate_status",
    "check_login_certificate",
    "effective_limits",
    "issued_certificate",
    "owner_of",
    "subject_resolver",
    "usage_of",
]

DEFAULT_LIMITS: dict[str, tuple[int, int]] = {"Nip": (300, 100), "Pesel": (12, 6), "Fingerprint": (12, 6)}
"""(certificate requests, active certificates) per type of the subject's identifier."""


def owner_of(op: AuthOperation) -> tuple[str, str]:
    """The authenticated subject (identifier type and value) that owns certificates and spends the limits."""
    return op.subject_type, op.subject_value


def effective_limits(state: SandboxState, owner: tuple[str, str]) -> tuple[int, int]:
    """(max requests, max active certificates) for ``owner``: the defaults or the test-data override."""
    requests, active = DEFAULT_LIMITS.get(owner[0], DEFAULT_LIMITS["Fingerprint"])
    override = state.certificate_limits.get(owner, {})
    return override.get("maxEnrollments", requests), override.get("maxCertificates", active)


def certificate_status(state: SandboxState, cert: IssuedCertificate) -> str:
    """``Active``, ``Blocked``, ``Revoked`` or ``Expired`` (an active certificate past ``valid_to``)."""
    if cert.status == "Active" and state.now > cert.valid_to:
        return "Expired"
    return cert.status


def usage_of(state: SandboxState, owner: tuple[str, str]) -> tuple[int, int]:
    """(requests made, active certificates) of ``owner``."""
    requests = sum(1 for e in state.enrollments.values() if (e.owner_type, e.owner_value) == owner)
    active = sum(
        1
        for c in state.certificates.values()
        if (c.owner_type, c.owner_value) == owner and certificate_status(state, c) == "Active"
    )
    return requests, active


def issued_certificate(state: SandboxState, certificate: x509.Certificate) -> IssuedCertificate | None:
    """The registry entry of a certificate the sandbox's CA issued (same serial and same bytes)."""
    from cryptography.hazmat.primitives import serialization

    record = state.certificates.get(f"{certificate.serial_number:016X}")
    if record is None or record.der != certificate.public_bytes(serialization.Encoding.DER):
        return None
    return record


@dataclass
class LoginCheck:
    """What a KSeF certificate used to log in amounts to: its registry entry, or why it is refused (460)."""

    record: IssuedCertificate | None
    failure: str | None = None


def check_login_certificate(state: SandboxState, der: bytes) -> LoginCheck | None:
    """``None`` for a certificate the sandbox's CA did not issue (any other certificate); otherwise the
    entry when it may log in now, or the 460 detail: a bad signature, an unknown or ``Offline``
    certificate, revoked, blocked, expired or not yet valid."""
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        return None
    if not state.ca.claims_to_be_issued(cert):
        return None
    if not state.ca.issued(cert):
        return LoginCheck(None, "Błąd weryfikacji łańcucha certyfikatów")
    record = issued_certificate(state, cert)
    if record is None or record.type != "Authentication":
        return LoginCheck(record, "Niepoprawny certyfikat")
    status = certificate_status(state, record)
    if status == "Revoked":
        return LoginCheck(record, "Certyfikat odwołany")
    if status == "Blocked":
        return LoginCheck(record, "Certyfikat zawieszony")
    if status == "Expired" or state.now < record.valid_from:
        return LoginCheck(record, "Nieważny certyfikat")
    return LoginCheck(record)


def subject_resolver(state: SandboxState) -> Any:
    """For the XAdES verifier: a KSeF certificate's subject is the identity it was enrolled for."""

    def resolve(cert: x509.Certificate) -> tuple[str, str, bool] | None:
        if not state.ca.issued(cert):
            return None
        record = issued_certificate(state, cert)
        return (record.owner_type, record.owner_value, False) if record else None

    return resolve


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex().upper()
