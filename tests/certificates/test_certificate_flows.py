"""The enrollment flow stepped with no I/O (``ksef_sdk.flow.scripted``): the order of the steps, a lost
answer resolved by the public key, failure statuses, and a certificate that does not certify our key."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from ksef_api.api.certificates import (
    get_certificates_enrollments_data,
    get_certificates_enrollments_reference_number,
    get_certificates_limits,
    post_certificates_enrollments,
    post_certificates_query,
    post_certificates_retrieve,
)
from ksef_api.models.certificate_enrollment_data_response import CertificateEnrollmentDataResponse
from ksef_api.models.certificate_enrollment_status_response import CertificateEnrollmentStatusResponse
from ksef_api.models.certificate_limits_response import CertificateLimitsResponse
from ksef_api.models.enroll_certificate_response import EnrollCertificateResponse
from ksef_api.models.query_certificates_response import QueryCertificatesResponse
from ksef_api.models.retrieve_certificates_response import RetrieveCertificatesResponse
from ksef_sandbox._ca import CertificateAuthority
from ksef_sdk import defaults
from ksef_sdk.certificates import EnrollmentData, enroll_flow
from ksef_sdk.errors import CertificateEnrollmentError, OutcomeUnknownError, PollTimeoutError
from ksef_sdk.flow import PollPolicy, Sleep
from ksef_sdk.flow.scripted import Script, step

NIP = "5265877635"
DATA = {
    "commonName": "Firma",
    "countryName": "PL",
    "organizationName": "Firma",
    "organizationIdentifier": f"VATPL-{NIP}",
}
REF = "20260501-EH-1B6C9EB000-4B15D3AEB9-89"
SERIAL = "0321C82DA41B4362"
NOW = "2026-05-01T10:00:00+00:00"
CA = CertificateAuthority.generate(shared=False)
POLICY = PollPolicy(initial=0.1, max_delay=0.1, timeout=5.0)


def _issued(key: Any, serial: str = SERIAL) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    cert = CA.issue(
        subject=EnrollmentData.from_dict(DATA).to_name(),
        public_key=key.public_key(),
        serial=int(serial, 16),
        certificate_type="Authentication",
        not_before=now,
        not_after=now + dt.timedelta(days=730),
    )
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def _limits(can: bool = True) -> Any:
    left = 5 if can else 0
    return CertificateLimitsResponse.from_dict(
        {
            "canRequest": can,
            "enrollment": {"limit": 300, "remaining": 299},
            "certificate": {"limit": 100, "remaining": left},
        }
    )


def _status(code: int, serial: str | None = None, details: list[str] | None = None) -> Any:
    body: dict[str, Any] = {"requestDate": NOW, "status": {"code": code, "description": f"status {code}"}}
    if serial:
        body["certificateSerialNumber"] = serial
    if details:
        body["status"]["details"] = details
    return CertificateEnrollmentStatusResponse.from_dict(body)


def _retrieved(key: Any, serial: str = SERIAL, name: str = "Serwer") -> Any:
    item = {
        "certificate": _issued(key, serial),
        "certificateName": name,
        "certificateSerialNumber": serial,
        "certificateType": "Authentication",
    }
    return RetrieveCertificatesResponse.from_dict({"certificates": [item]})


def _listed(serial: str = SERIAL) -> Any:
    item = {
        "certificateSerialNumber": serial,
        "name": "Serwer",
        "type": "Authentication",
        "commonName": "Firma",
        "status": "Active",
        "subjectIdentifier": {"type": "Nip", "value": NIP},
        "validFrom": NOW,
        "validTo": NOW,
        "requestDate": NOW,
    }
    return QueryCertificatesResponse.from_dict({"certificates": [item], "hasMore": False})


def _head() -> list[Any]:
    return [
        step(get_certificates_limits, returns=_limits()),
        step(get_certificates_enrollments_data, returns=CertificateEnrollmentDataResponse.from_dict(DATA)),
    ]


def test_the_steps_in_order_with_polling_until_issued() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    sent: list[Any] = []
    script = Script(
        *_head(),
        step(
            post_certificates_enrollments,
            returns=EnrollCertificateResponse.from_dict({"referenceNumber": REF, "timestamp": NOW}),
            check=sent.append,
        ),
        step(get_certificates_enrollments_reference_number, returns=_status(100)),
        step(Sleep),
        step(get_certificates_enrollments_reference_number, returns=_status(200, SERIAL)),
        step(post_certificates_retrieve, returns=_retrieved(key)),
    )
    valid_from = dt.datetime(2026, 5, 2, tzinfo=dt.timezone.utc)
    cert = script.run(
        enroll_flow("Serwer", "Authentication", private_key=key, valid_from=valid_from, poll_policy=POLICY)
    )
    assert script.done and cert.serial_number == SERIAL and cert.type == "Authentication"
    body = sent[0].kwargs["body"].to_dict()
    assert body["certificateName"] == "Serwer" and body["certificateType"] == "Authentication"
    assert body["validFrom"].startswith("2026-05-02T00:00:00")
    from cryptography import x509

    csr = x509.load_der_x509_csr(base64.b64decode(body["csr"]))
    assert csr.is_signature_valid and EnrollmentData.from_dict(DATA).matches(csr.subject)


def test_a_lost_answer_is_resolved_by_finding_the_certificate_of_our_key() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    script = Script(
        *_head(),
        step(post_certificates_enrollments, raises=OutcomeUnknownError("answer lost")),
        step(post_certificates_query, returns=_listed()),
        step(post_certificates_retrieve, returns=_retrieved(key)),
        step(post_certificates_retrieve, returns=_retrieved(key)),
    )
    cert = script.run(enroll_flow("Serwer", "Authentication", private_key=key))
    assert script.done and cert.serial_number == SERIAL  # sent once, found by key, no second request


def test_a_lost_answer_with_nothing_to_find_sends_the_request_again() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    other = ec.generate_private_key(ec.SECP256R1())
    lookups: list[Any] = []
    for attempt in range(defaults.RESOLVE_ATTEMPTS):
        if attempt:
            lookups.append(step(Sleep))
        lookups += [
            step(post_certificates_query, returns=_listed("0321C82DA41B4363")),
            step(post_certificates_retrieve, returns=_retrieved(other, "0321C82DA41B4363")),  # someone else's key
        ]
    script = Script(
        *_head(),
        step(post_certificates_enrollments, raises=OutcomeUnknownError("answer lost")),
        *lookups,
        step(
            post_certificates_enrollments,
            returns=EnrollCertificateResponse.from_dict({"referenceNumber": REF, "timestamp": NOW}),
        ),
        step(get_certificates_enrollments_reference_number, returns=_status(200, SERIAL)),
        step(post_certificates_retrieve, returns=_retrieved(key)),
    )
    cert = script.run(enroll_flow("Serwer", "Authentication", private_key=key))
    assert script.done and cert.serial_number == SERIAL


def test_a_failure_status_is_a_typed_error_with_its_details() -> None:
    script = Script(
        *_head(),
        step(
            post_certificates_enrollments,
            returns=EnrollCertificateResponse.from_dict({"referenceNumber": REF, "timestamp": NOW}),
        ),
        step(
            get_certificates_enrollments_reference_number,
            returns=_status(400, details=["Osiągnięto dopuszczalny limit posiadanych certyfikatów."]),
        ),
    )
    with pytest.raises(CertificateEnrollmentError) as failed:
        script.run(enroll_flow("Serwer", "Authentication"))
    assert failed.value.code == 400 and failed.value.reference_number == REF and "limit" in failed.value.details[0]


def test_polling_is_bounded() -> None:
    script = Script(
        *_head(),
        step(
            post_certificates_enrollments,
            returns=EnrollCertificateResponse.from_dict({"referenceNumber": REF, "timestamp": NOW}),
        ),
        *[
            s
            for _ in range(60)
            for s in (step(get_certificates_enrollments_reference_number, returns=_status(100)), step(Sleep))
        ],
    )
    with pytest.raises(PollTimeoutError):
        script.run(
            enroll_flow("Serwer", "Authentication", poll_policy=PollPolicy(initial=1.0, max_delay=1.0, timeout=10.0))
        )


def test_a_certificate_for_another_key_is_refused() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    script = Script(
        *_head(),
        step(
            post_certificates_enrollments,
            returns=EnrollCertificateResponse.from_dict({"referenceNumber": REF, "timestamp": NOW}),
        ),
        step(get_certificates_enrollments_reference_number, returns=_status(200, SERIAL)),
        step(post_certificates_retrieve, returns=_retrieved(ec.generate_private_key(ec.SECP256R1()))),
    )
    with pytest.raises(CertificateEnrollmentError, match="does not certify the requested key"):
        script.run(enroll_flow("Serwer", "Authentication", private_key=key))
