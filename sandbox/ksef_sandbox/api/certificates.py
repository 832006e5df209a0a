"""KSeF certificates (spec tag "Certyfikaty"): limits, enrolment data, enrolment from a CSR (issued at once,
signed by the sandbox's key), retrieval, revocation, queries; and the test-data change of a certificate's
validity.

See ``certyfikaty-KSeF.md`` of the official documentation.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from ksef_sandbox._http import ApiError, Forbidden, Request, Response
from ksef_sandbox._ids import b64d, b64e, format_dt, parse_dt, reference_number
from ksef_sandbox._state import SandboxState

from ._input import bad, json_object, offset_page
from ._principal import Principal, access

__all__ = [
    "enroll",
    "enrollment_data",
    "enrollment_status",
    "limits",
    "query",
    "retrieve",
    "revoke",
    "set_validity",
]


def limits(state: SandboxState, req: Request) -> Response:
    """``GET /certificates/limits``."""
    p = access(state, req)
    mine = [c for c in state.certificates.values() if c["owner"] == p.op.subject_value]
    enrol = [e for e in state.enrollments.values() if e["owner"] == p.op.subject_value]
    return Response.json(
        {
            "canRequest": len(mine) < 100,
            "enrollment": {"limit": 300, "remaining": max(0, 300 - len(enrol))},
            "certificate": {"limit": 100, "remaining": max(0, 100 - len(mine))},
        }
    )


def _dn(p: Principal) -> dict[str, Any]:
    if p.op.subject_type == "Pesel":
        return {
            "commonName": "Jan Testowy",
            "countryName": "PL",
            "givenName": "Jan",
            "surname": "Testowy",
            "serialNumber": f"PNOPL-{p.op.subject_value}",
        }
    return {
        "commonName": f"Podmiot {p.op.subject_value}",
        "countryName": "PL",
        "organizationName": f"Podmiot {p.op.subject_value}",
        "organizationIdentifier": f"VATPL-{p.op.subject_value}",
    }


def enrollment_data(state: SandboxState, req: Request) -> Response:
    """``GET /certificates/enrollments/data``: the subject's distinguished name (not after a token login)."""
    p = access(state, req)
    if p.op.method == "Token":
        raise ApiError(
            400, 25001, "Brak możliwości pobrania danych do CSR dla wykorzystanego sposobu uwierzytelnienia."
        )
    return Response.json(_dn(p))


def enroll(state: SandboxState, req: Request) -> Response:
    """``POST /certificates/enrollments``: a valid CSR (RSA 2048 or P-256) gets a certificate at once."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    p = access(state, req)
    if p.op.method == "Token":
        raise ApiError(400, 25002, "Brak możliwości złożenia wniosku dla wykorzystanego sposobu uwierzytelnienia.")
    body = json_object(req, "certificateName", "certificateType", "csr")
    if body["certificateType"] not in ("Authentication", "Offline"):
        raise bad("certificateType must be Authentication or Offline.")
    name = str(body["certificateName"])
    if not 5 <= len(name) <= 100:
        raise bad("certificateName must have 5-100 characters.")
    try:
        csr = x509.load_der_x509_csr(b64d(str(body["csr"])))
    except ValueError as exc:
        raise ApiError(400, 25004, "Niepoprawny format lub podpis CSR.", [str(exc)]) from exc
    if not csr.is_signature_valid:
        raise ApiError(400, 25004, "Niepoprawny format lub podpis CSR.", ["Invalid CSR signature."])
    key = csr.public_key()
    if not (isinstance(key, rsa.RSAPublicKey) and key.key_size == 2048) and not (
        isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1"
    ):
        raise ApiError(400, 25010, "Niepoprawny typ lub długość klucza.")
    now = state.now
    ref = reference_number("CE", now)
    ca = state.keys.pairs[0]
    serial = secrets.randbits(63) | 1
    valid_from = parse_dt(body["validFrom"]) if body.get("validFrom") else now
    cert = (
        x509.CertificateBuilder()
        .subject_name(csr.subject)
        .issuer_name(ca.certificate.subject)
        .public_key(key)
        .serial_number(serial)
        .not_valid_before(valid_from)
        .not_valid_after(valid_from + timedelta(days=730))
        .sign(ca.private_key, hashes.SHA256())
    )
    serial_hex = f"{serial:016X}"
    state.certificates[serial_hex] = {
        "der": cert.public_bytes(serialization.Encoding.DER),
        "name": name,
        "type": body["certificateType"],
        "owner": p.op.subject_value,
        "ownerType": p.op.subject_type if p.op.subject_type in ("Nip", "Pesel", "Fingerprint") else "Nip",
        "commonName": _dn(p)["commonName"],
        "status": "Active",
        "validFrom": valid_from,
        "validTo": valid_from + timedelta(days=730),
        "requestDate": now,
    }
    state.enrollments[ref] = {"owner": p.op.subject_value, "requestDate": now, "serial": serial_hex}
    return Response.json({"referenceNumber": ref, "timestamp": format_dt(now)}, 202)


def enrollment_status(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /certificates/enrollments/{referenceNumber}``."""
    access(state, req)
    e = state.enrollments.get(referenceNumber)
    if e is None:
        raise ApiError(400, 25005, "Nie znaleziono wniosku certyfikacyjnego.")
    return Response.json(
        {
            "requestDate": format_dt(e["requestDate"]),
            "status": {"code": 200, "description": "Wniosek obsłużony pomyślnie"},
            "certificateSerialNumber": e["serial"],
        }
    )


def retrieve(state: SandboxState, req: Request) -> Response:
    """``POST /certificates/retrieve``: the certificates with the given serial numbers (unknown ones left out)."""
    access(state, req)
    body = json_object(req, "certificateSerialNumbers")
    out = []
    for serial in body["certificateSerialNumbers"] or []:
        c = state.certificates.get(str(serial))
        if c:
            out.append(
                {
                    "certificate": b64e(c["der"]),
                    "certificateName": c["name"],
                    "certificateSerialNumber": serial,
                    "certificateType": c["type"],
                }
            )
    return Response.json({"certificates": out})


def revoke(state: SandboxState, req: Request, certificateSerialNumber: str) -> Response:
    """``POST /certificates/{certificateSerialNumber}/revoke`` (not after a token login)."""
    p = access(state, req)
    if p.op.method == "Token":
        raise Forbidden(
            "auth-method-not-allowed",
            "Niedozwolona metoda uwierzytelnienia.",
            {"authenticationMethodCategory": "Token"},
        )
    c = state.certificates.get(certificateSerialNumber)
    if c is None:
        raise ApiError(400, 25008, "Nie znaleziono certyfikatu.")
    if c["status"] != "Active":
        raise ApiError(400, 25009, "Certyfikat jest już unieważniony, zablokowany lub nieważny.")
    c["status"] = "Revoked"
    return Response.empty(204)


def query(state: SandboxState, req: Request) -> Response:
    """``POST /certificates/query``: the caller's certificates, filtered."""
    p = access(state, req)
    body = req.json() if req.body else {}
    body = body if isinstance(body, dict) else {}
    rows = [
        (serial, c)
        for serial, c in sorted(state.certificates.items())
        if c["owner"] == p.op.subject_value
        and (not body.get("certificateSerialNumber") or serial == body["certificateSerialNumber"])
        and (not body.get("name") or body["name"] in c["name"])
        and (not body.get("type") or body["type"] == c["type"])
        and (not body.get("status") or body["status"] == c["status"])
    ]
    page, more = offset_page(req, rows, 10, 50)
    return Response.json(
        {
            "certificates": [
                {
                    "certificateSerialNumber": serial,
                    "name": c["name"],
                    "type": c["type"],
                    "commonName": c["commonName"],
                    "status": c["status"],
                    "subjectIdentifier": {"type": c["ownerType"], "value": c["owner"]},
                    "validFrom": format_dt(c["validFrom"]),
                    "validTo": format_dt(c["validTo"]),
                    "requestDate": format_dt(c["requestDate"]),
                }
                for serial, c in page
            ],
            "hasMore": more,
        }
    )


def set_validity(state: SandboxState, req: Request, serialNumber: str) -> Response:
    """``PUT /testdata/certificates/{serialNumber}``: move a certificate's ``validTo`` (test data)."""
    access(state, req)
    body = json_object(req, "validTo")
    c = state.certificates.get(serialNumber)
    if c is None:
        raise ApiError(400, 25008, "Nie znaleziono certyfikatu.")
    c["validTo"] = parse_dt(str(body["validTo"]))
    return Response.empty(200)
