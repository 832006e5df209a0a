"""KSeF certificates (spec tag "Certyfikaty"): the sandbox acts as the Ministry's CA.

- ``GET /certificates/limits``: requests and active certificates left to the authenticated subject;
- ``GET /certificates/enrollments/data``: the subject of the certificate used to log in (XAdES only: a
  KSeF-token login gets 25001);
- ``POST /certificates/enrollments``: the CSR is checked (Base64 DER, signature, SHA-1/256/384/512 with
  RSA PKCS#1 v1.5, RSA-PSS or ECDSA, key RSA 2048 or EC P-256, subject equal to the enrollment data,
  limits) and the request processed asynchronously (status 100 for ``Config.processing_polls`` reads and
  ``processing_time``);
- the certificate is issued by the sandbox's CA with the documented key usage (Authentication:
  digitalSignature; Offline: nonRepudiation), retrievable, listed, revocable by its owner; a revoked,
  expired, ``Offline`` or unknown KSeF certificate cannot log in (``api.auth``, status 460);
- ``PUT /testdata/certificates/{serial}``: move a certificate's end earlier (test data).

See ``certyfikaty-KSeF.md`` and ``limity/limity.md`` of the official documentation.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from datetime import timedelta
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from ksef_sandbox._http import ApiError, Forbidden, Gone, Request, Response
from ksef_sandbox._ids import b64e, format_dt, parse_dt, reference_number
from ksef_sandbox._records import Enrollment, IssuedCertificate
from ksef_sandbox._state import SandboxState

from ._input import bad, json_object, offset_page
from ._ksef_certificates import certificate_status, effective_limits, owner_of, usage_of
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

_NAME = re.compile(r"[a-zA-Z0-9_\- ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]{5,100}")
_FIELDS = {  # OID -> CertificateEnrollmentDataResponse field (certyfikaty-KSeF.md §2)
    "2.5.4.3": "commonName",
    "2.5.4.4": "surname",
    "2.5.4.5": "serialNumber",
    "2.5.4.6": "countryName",
    "2.5.4.10": "organizationName",
    "2.5.4.42": "givenName",
    "2.5.4.45": "uniqueIdentifier",
    "2.5.4.97": "organizationIdentifier",
}
_OID_OF = {name: oid for oid, name in _FIELDS.items()}
_HASHES = (hashes.SHA1, hashes.SHA256, hashes.SHA384, hashes.SHA512)
_RETENTION = timedelta(days=30)


def _owner(p: Principal) -> tuple[str, str]:
    return owner_of(p.op)


def limits(state: SandboxState, req: Request) -> Response:
    """``GET /certificates/limits``."""
    owner = _owner(access(state, req))
    max_requests, max_active = effective_limits(state, owner)
    used, active = usage_of(state, owner)
    return Response.json(
        {
            "canRequest": used < max_requests and active < max_active,
            "enrollment": {"limit": max_requests, "remaining": max(0, max_requests - used)},
            "certificate": {"limit": max_active, "remaining": max(0, max_active - active)},
        }
    )


def _enrollment_fields(p: Principal) -> dict[str, str]:
    """The enrollment data of the caller: the documented attributes of the certificate used to log in
    (several givenName values are joined with a space, ``givenName`` being one string in the spec)."""
    if p.op.method == "Token" or not p.op.certificate_dn:
        raise ApiError(
            400, 25001, "Brak możliwości pobrania danych do CSR dla wykorzystanego sposobu uwierzytelnienia."
        )
    out: dict[str, str] = {}
    for oid, value in p.op.certificate_dn:
        name = _FIELDS.get(oid)
        if name:
            out[name] = f"{out[name]} {value}" if name in out else value
    if "commonName" not in out or "countryName" not in out:
        raise ApiError(
            400,
            25001,
            "Brak możliwości pobrania danych do CSR dla wykorzystanego sposobu uwierzytelnienia.",
            ["Certyfikat uwierzytelnienia nie zawiera atrybutów commonName i countryName."],
        )
    return out


def enrollment_data(state: SandboxState, req: Request) -> Response:
    """``GET /certificates/enrollments/data``: the subject to certify (not after a KSeF-token login)."""
    return Response.json(_enrollment_fields(access(state, req)))


def _check_csr(body: dict[str, Any], expected: dict[str, str]) -> x509.CertificateSigningRequest:
    try:
        der = base64.b64decode(str(body["csr"]), validate=True)
        csr = x509.load_der_x509_csr(der)
    except ValueError as exc:
        raise ApiError(400, 25004, "Niepoprawny format CSR lub niepoprawny podpis CSR.", [str(exc)]) from exc
    try:
        hash_algorithm = csr.signature_hash_algorithm
        signature_valid = csr.is_signature_valid
    except Exception as exc:  # an algorithm cryptography does not know
        raise ApiError(400, 25011, "Nieprawidłowy algorytm podpisu CSR.", [str(exc)]) from exc
    if not signature_valid:
        raise ApiError(400, 25004, "Niepoprawny format CSR lub niepoprawny podpis CSR.", ["Invalid CSR signature."])
    if not isinstance(hash_algorithm, _HASHES):
        raise ApiError(400, 25011, "Nieprawidłowy algorytm podpisu CSR.", [csr.signature_algorithm_oid.dotted_string])
    key = csr.public_key()
    if not (isinstance(key, rsa.RSAPublicKey) and key.key_size == 2048) and not (
        isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1)
    ):
        described = f"RSA {key.key_size}" if isinstance(key, rsa.RSAPublicKey) else type(key).__name__
        if isinstance(key, ec.EllipticCurvePublicKey):
            described = f"EC {key.curve.name}"
        raise ApiError(400, 25010, "Nieprawidłowy typ lub długość klucza.", [described])
    wanted = sorted((_OID_OF[name], value) for name, value in expected.items())
    given = sorted((a.oid.dotted_string, str(a.value)) for a in csr.subject)
    if given != wanted:
        raise ApiError(
            400,
            25003,
            "Dane w CSR nie zgadzają się z danymi w użytym wektorze uwierzytelniającym.",
            [f"CSR: {csr.subject.rfc4514_string()}"],
        )
    return csr


def enroll(state: SandboxState, req: Request) -> Response:
    """``POST /certificates/enrollments``: checked at once, processed asynchronously."""
    p = access(state, req)
    if p.op.method == "Token":
        raise ApiError(
            400, 25002, "Brak możliwości złożenia wniosku certyfikacyjnego dla wykorzystanego sposobu uwierzytelnienia."
        )
    body = json_object(req, "certificateName", "certificateType", "csr")
    name = body["certificateName"]
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise bad("certificateName: 5-100 letters, digits, '_', '-' or spaces.")
    if body["certificateType"] not in ("Authentication", "Offline"):
        raise bad("certificateType must be Authentication or Offline.")
    expected = _enrollment_fields(p)
    csr = _check_csr(body, expected)
    owner = _owner(p)
    max_requests, max_active = effective_limits(state, owner)
    used, active = usage_of(state, owner)
    if used >= max_requests:
        raise ApiError(400, 25006, "Osiągnięto limit możliwych do złożenia wniosków certyfikacyjnych.")
    if active >= max_active:
        raise ApiError(400, 25007, "Osiągnięto limit dopuszczalnej liczby posiadanych certyfikatów.")
    now = state.now
    valid_from = None
    if body.get("validFrom"):
        try:
            valid_from = max(parse_dt(str(body["validFrom"])), now)
        except (ValueError, TypeError) as exc:
            raise bad(f"validFrom: {exc}") from exc
    ref = reference_number("EH", now)
    state.enrollments[ref] = Enrollment(
        reference=ref,
        owner_type=owner[0],
        owner_value=owner[1],
        request_date=now,
        name=name,
        type=str(body["certificateType"]),
        csr_der=csr.public_bytes(serialization.Encoding.DER),
        valid_from=valid_from,
        progress=state.progress(),
    )
    return Response.json({"referenceNumber": ref, "timestamp": format_dt(now)}, 202)


def _spki_hash(key: Any) -> str:
    spki = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(spki).hexdigest()


def _process(state: SandboxState, e: Enrollment) -> None:
    """Finish a request: reject a key certified before or a limit reached meanwhile, else issue."""
    csr = x509.load_der_x509_csr(e.csr_der)
    key = csr.public_key()
    spki = _spki_hash(key)
    if any(c.spki_sha256 == spki for c in state.certificates.values()):
        e.status = (400, "Wniosek odrzucony", ["Klucz publiczny został już certyfikowany przez inny podmiot."])
        return
    owner = (e.owner_type, e.owner_value)
    if usage_of(state, owner)[1] >= effective_limits(state, owner)[1]:
        e.status = (400, "Wniosek odrzucony", ["Osiągnięto dopuszczalny limit posiadanych certyfikatów."])
        return
    now = state.now
    serial = secrets.randbits(63) | (1 << 56)  # 16 hex digits, never 0
    while f"{serial:016X}" in state.certificates:
        serial = secrets.randbits(63) | (1 << 56)
    valid_from = e.valid_from or now
    valid_to = valid_from + state.config.certificate_validity
    cert = state.ca.issue(
        subject=csr.subject,
        public_key=key,
        serial=serial,
        certificate_type=e.type,
        not_before=valid_from,
        not_after=valid_to,
    )
    common = csr.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    record = IssuedCertificate(
        serial=f"{serial:016X}",
        der=cert.public_bytes(serialization.Encoding.DER),
        name=e.name,
        type=e.type,
        owner_type=e.owner_type,
        owner_value=e.owner_value,
        common_name=str(common[0].value) if common else "",
        spki_sha256=spki,
        valid_from=valid_from,
        valid_to=valid_to,
        request_date=e.request_date,
    )
    state.certificates[record.serial] = record
    e.serial = record.serial
    e.status = (200, "Wniosek obsłużony (certyfikat wygenerowany)", [])


def enrollment_status(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /certificates/enrollments/{referenceNumber}``: 100 while processing, then 200 with the serial."""
    owner = _owner(access(state, req))
    e = state.enrollments.get(referenceNumber)
    if e is None or (e.owner_type, e.owner_value) != owner:
        raise ApiError(400, 25005, "Nie znaleziono wniosku certyfikacyjnego.", [f"Wniosek {referenceNumber}."])
    if state.now - e.request_date > _RETENTION:
        raise Gone("Operacja wygasła i nie jest już dostępna.")
    if e.status[0] == 100 and not e.progress.read(state.now):
        _process(state, e)
    out: dict[str, Any] = {
        "requestDate": format_dt(e.request_date),
        "status": {"code": e.status[0], "description": e.status[1]},
    }
    if e.status[2]:
        out["status"]["details"] = e.status[2]
    if e.serial:
        out["certificateSerialNumber"] = e.serial
    return Response.json(out)


def retrieve(state: SandboxState, req: Request) -> Response:
    """``POST /certificates/retrieve``: the caller's certificates with these serial numbers (others left out)."""
    owner = _owner(access(state, req))
    body = json_object(req, "certificateSerialNumbers")
    serials = body["certificateSerialNumbers"]
    if not isinstance(serials, list) or not 1 <= len(serials) <= 10:
        raise bad("certificateSerialNumbers: 1-10 serial numbers.")
    out = []
    for serial in serials:
        c = state.certificates.get(str(serial))
        if c and (c.owner_type, c.owner_value) == owner:
            out.append(
                {
                    "certificate": b64e(c.der),
                    "certificateName": c.name,
                    "certificateSerialNumber": c.serial,
                    "certificateType": c.type,
                }
            )
    return Response.json({"certificates": out})


def _own(state: SandboxState, p: Principal, serial: str) -> IssuedCertificate:
    c = state.certificates.get(serial)
    if c is None or (c.owner_type, c.owner_value) != _owner(p):
        raise ApiError(400, 25008, "Nie znaleziono certyfikatu.", [f"Certyfikat {serial}."])
    return c


def revoke(state: SandboxState, req: Request, certificateSerialNumber: str) -> Response:
    """``POST /certificates/{certificateSerialNumber}/revoke``: the owner's, not after a KSeF-token login."""
    p = access(state, req)
    if p.op.method == "Token":
        raise Forbidden(
            "auth-method-not-allowed",
            "Niedozwolona metoda uwierzytelnienia.",
            {"authenticationMethodCategory": "Token"},
        )
    body = req.json() if req.body else {}
    reason = (body or {}).get("revocationReason") if isinstance(body, dict) else None
    if reason is not None and reason not in ("Unspecified", "Superseded", "KeyCompromise"):
        raise bad("revocationReason must be Unspecified, Superseded or KeyCompromise.")
    c = _own(state, p, certificateSerialNumber)
    if certificate_status(state, c) != "Active":
        raise ApiError(400, 25009, "Certyfikat jest już unieważniony, zablokowany lub nieważny.")
    c.status = "Revoked"
    c.revocation_reason = reason or "Unspecified"
    return Response.empty(204)


def query(state: SandboxState, req: Request) -> Response:
    """``POST /certificates/query``: the caller's certificates, filtered, newest request first."""
    owner = _owner(access(state, req))
    body = req.json() if req.body else {}
    body = body if isinstance(body, dict) else {}
    expires_after = parse_dt(str(body["expiresAfter"])) if body.get("expiresAfter") else None
    rows = sorted(
        (
            c
            for c in state.certificates.values()
            if (c.owner_type, c.owner_value) == owner
            and (not body.get("certificateSerialNumber") or c.serial == body["certificateSerialNumber"])
            and (not body.get("name") or str(body["name"]) in c.name)
            and (not body.get("type") or body["type"] == c.type)
            and (not body.get("status") or body["status"] == certificate_status(state, c))
            and (expires_after is None or c.valid_to > expires_after)
        ),
        key=lambda c: (c.request_date, c.serial),
        reverse=True,
    )
    page, more = offset_page(req, rows, 10, 50)
    items = []
    for c in page:
        item: dict[str, Any] = {
            "certificateSerialNumber": c.serial,
            "name": c.name,
            "type": c.type,
            "commonName": c.common_name,
            "status": certificate_status(state, c),
            "subjectIdentifier": {"type": c.owner_type, "value": c.owner_value},
            "validFrom": format_dt(c.valid_from),
            "validTo": format_dt(c.valid_to),
            "requestDate": format_dt(c.request_date),
        }
        if c.last_use:
            item["lastUseDate"] = format_dt(c.last_use)
        items.append(item)
    return Response.json({"certificates": items, "hasMore": more})


def set_validity(state: SandboxState, req: Request, serialNumber: str) -> Response:
    """``PUT /testdata/certificates/{serialNumber}``: a new ``validTo``, not later than the current one."""
    p = access(state, req)
    body = json_object(req, "validTo")
    c = _own(state, p, serialNumber)
    try:
        valid_to = parse_dt(str(body["validTo"]))
    except (ValueError, TypeError) as exc:
        raise bad(f"validTo: {exc}") from exc
    if valid_to > c.valid_to:
        raise bad("validTo nie może być późniejsza niż obecna data ważności certyfikatu.")
    c.valid_to = valid_to
    return Response.empty(200)
