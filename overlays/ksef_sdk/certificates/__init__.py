"""KSeF certificates: obtain, keep, use, renew and revoke them (``certyfikaty-KSeF.md``).

KSeF tokens authenticate only until 31 December 2026; after that an integration logs in with a
certificate - a qualified one, or a **KSeF certificate** that the Ministry's CA issues through the API.
An ``Offline`` KSeF certificate also signs KOD II of offline invoices::

    from ksef_sdk.certificates import enroll_certificate, save_pkcs12, load_pkcs12, iter_certificates
    from ksef_sdk.authentication import CertificateAuthenticator

    # logged in with XAdES (a qualified or, on TEST, a self-signed certificate)
    cert = enroll_certificate(client, "Serwer faktur", "Authentication")   # limits, data, CSR, poll, retrieve
    save_pkcs12(cert, "ksef-auth.p12", password)                           # encrypted, mode 0600

    cert = load_pkcs12("ksef-auth.p12", password)
    client = build_client("test", authenticator=CertificateAuthenticator(public, cert, NIP))

    renewal = renew_certificate(client, cert)          # enrols the successor 30 days before the end
    revoke_certificate(client, cert.serial_number, reason="Superseded")

Every flow is sans-IO (:mod:`ksef_sdk.flow`) with sync and async entry points.
"""

from __future__ import annotations

from ksef_sdk.certificates._credential import (
    AUTHENTICATION,
    OFFLINE,
    CertificateType,
    KsefCertificate,
    certificate_type_of,
    check_serial,
)
from ksef_sdk.certificates._csr import (
    CertificateSigningRequest,
    EnrollmentData,
    KeyAlgorithm,
    build_csr,
    check_csr,
    check_key,
    generate_key,
)
from ksef_sdk.certificates._enrol import (
    CertificateLimits,
    EnrollOptions,
    RetrievedCertificate,
    acertificate_limits,
    aenroll_certificate,
    aenrollment_data,
    aretrieve_certificates,
    certificate_limits,
    check_certificate_name,
    enroll_certificate,
    enroll_flow,
    enrollment_data,
    enrollment_data_flow,
    limits_flow,
    retrieve_certificates,
    retrieve_flow,
)
from ksef_sdk.certificates._query import (
    CertificateInfo,
    CertificateStatus,
    RevocationReason,
    aiter_certificates,
    arevoke_certificate,
    iter_certificates,
    query_flow,
    revoke_certificate,
    revoke_flow,
)
from ksef_sdk.certificates._renew import (
    Renewal,
    arenew_certificate,
    needs_renewal,
    renew_certificate,
    renew_flow,
    successor_name,
)
from ksef_sdk.certificates._store import (
    FILE_MODE,
    load_certificate,
    load_pem,
    load_pkcs12,
    save_pem,
    save_pkcs12,
)

__all__ = [
    "AUTHENTICATION",
    "FILE_MODE",
    "OFFLINE",
    "CertificateInfo",
    "CertificateLimits",
    "CertificateSigningRequest",
    "CertificateStatus",
    "CertificateType",
    "EnrollOptions",
    "EnrollmentData",
    "KeyAlgorithm",
    "KsefCertificate",
    "Renewal",
    "RetrievedCertificate",
    "RevocationReason",
    "acertificate_limits",
    "aenroll_certificate",
    "aenrollment_data",
    "aiter_certificates",
    "arenew_certificate",
    "aretrieve_certificates",
    "arevoke_certificate",
    "build_csr",
    "certificate_limits",
    "certificate_type_of",
    "check_certificate_name",
    "check_csr",
    "check_key",
    "check_serial",
    "enroll_certificate",
    "enroll_flow",
    "enrollment_data",
    "enrollment_data_flow",
    "generate_key",
    "iter_certificates",
    "limits_flow",
    "load_certificate",
    "load_pem",
    "load_pkcs12",
    "needs_renewal",
    "query_flow",
    "renew_certificate",
    "renew_flow",
    "retrieve_certificates",
    "retrieve_flow",
    "revoke_certificate",
    "revoke_flow",
    "save_pem",
    "save_pkcs12",
    "successor_name",
]
