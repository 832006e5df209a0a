"""The remaining operations: auth sessions, KSeF tokens, permissions, certificates, limits, test data,
Peppol, collective identifiers. Simple state, spec-valid answers."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from ._http import ApiError, Request, Response, Route
from ._ids import b64d, b64e, format_dt, parse_dt, reference_number
from ._records import TOKEN_PERMISSIONS, KsefToken

if TYPE_CHECKING:
    from ._core import Principal

__all__ = ["OtherOperations"]

_PERSON_PERMISSIONS = (
    "CredentialsManage",
    "CredentialsRead",
    "InvoiceWrite",
    "InvoiceRead",
    "Introspection",
    "SubunitManage",
    "EnforcementOperations",
    "CollectiveIdentifierManage",
)
_GROUPS = {
    "onlineSession": "POST /sessions/online",
    "batchSession": "POST /sessions/batch",
    "invoiceSend": "POST /sessions/online/{referenceNumber}/invoices",
    "invoiceStatus": "GET /sessions/{referenceNumber}/invoices/{invoiceReferenceNumber}",
    "sessionList": "GET /sessions",
    "sessionInvoiceList": "GET /sessions/{referenceNumber}/invoices",
    "sessionMisc": "GET /sessions/{referenceNumber}",
    "invoiceMetadata": "POST /invoices/query/metadata",
    "invoiceExport": "POST /invoices/exports",
    "invoiceExportStatus": "GET /invoices/exports/{referenceNumber}",
    "invoiceDownload": "GET /invoices/ksef/{ksefNumber}",
    "collectiveIdentifier": "POST /collective-identifiers",
    "other": "GET /limits/context",
}


def _bad(detail: str, code: int = 21405, description: str = "Błąd walidacji danych wejściowych.") -> ApiError:
    return ApiError(400, code, description, [detail])


def _obj(req: Request, *required: str) -> dict[str, Any]:
    body = req.json()
    if not isinstance(body, dict):
        raise _bad("Request body must be a JSON object.")
    for name in required:
        if body.get(name) is None:
            raise _bad(f"Pole '{name}' jest wymagane.")
    return body


def _paged(req: Request, items: list[Any], lo: int = 10, hi: int = 100) -> tuple[list[Any], bool]:
    try:
        size = int(req.q("pageSize") or lo)
        offset = int(req.q("pageOffset") or 0)
    except (ValueError, TypeError):
        raise _bad("pageSize/pageOffset must be integers.") from None
    if not lo <= size <= hi or offset < 0:
        raise _bad(f"pageSize must be between {lo} and {hi}; pageOffset >= 0.")
    start = offset * size
    return items[start : start + size], start + size < len(items)


def _size(req: Request, hi: int) -> int:
    try:
        size = int(req.q("pageSize") or 10)
    except ValueError:
        raise _bad("pageSize must be an integer.") from None
    if not 10 <= size <= hi:
        raise _bad(f"pageSize must be between 10 and {hi}.")
    return size


class OtherOperations:
    """Mixin for :class:`ksef_sandbox._core.SandboxCore`."""

    ROUTES: ClassVar[list[Route]] = [
        Route("POST", "/tokens", "tokens_create"),
        Route("GET", "/tokens", "tokens_list"),
        Route("GET", "/tokens/{referenceNumber}", "tokens_get"),
        Route("DELETE", "/tokens/{referenceNumber}", "tokens_revoke"),
        Route("POST", "/permissions/persons/grants", "perm_grant_persons"),
        Route("POST", "/permissions/entities/grants", "perm_grant_generic"),
        Route("POST", "/permissions/authorizations/grants", "perm_grant_generic"),
        Route("POST", "/permissions/indirect/grants", "perm_grant_generic"),
        Route("POST", "/permissions/subunits/grants", "perm_grant_subunit"),
        Route("POST", "/permissions/eu-entities/administration/grants", "perm_grant_generic"),
        Route("POST", "/permissions/eu-entities/grants", "perm_grant_generic"),
        Route("DELETE", "/permissions/common/grants/{permissionId}", "perm_revoke"),
        Route("DELETE", "/permissions/authorizations/grants/{permissionId}", "perm_revoke"),
        Route("GET", "/permissions/operations/{referenceNumber}", "perm_operation"),
        Route("GET", "/permissions/attachments/status", "perm_attachments"),
        Route("POST", "/permissions/query/personal/grants", "perm_query_personal"),
        Route("POST", "/permissions/query/persons/grants", "perm_query_persons"),
        Route("POST", "/permissions/query/subunits/grants", "perm_query_empty_permissions"),
        Route("POST", "/permissions/query/entities/grants", "perm_query_empty_permissions"),
        Route("GET", "/permissions/query/entities/roles", "perm_query_roles"),
        Route("POST", "/permissions/query/subordinate-entities/roles", "perm_query_roles"),
        Route("POST", "/permissions/query/authorizations/grants", "perm_query_authorizations"),
        Route("POST", "/permissions/query/eu-entities/grants", "perm_query_empty_permissions"),
        Route("GET", "/certificates/limits", "cert_limits"),
        Route("GET", "/certificates/enrollments/data", "cert_enrollment_data"),
        Route("POST", "/certificates/enrollments", "cert_enroll"),
        Route("GET", "/certificates/enrollments/{referenceNumber}", "cert_enrollment_status"),
        Route("POST", "/certificates/retrieve", "cert_retrieve"),
        Route("POST", "/certificates/{certificateSerialNumber}/revoke", "cert_revoke"),
        Route("POST", "/certificates/query", "cert_query"),
        Route("PUT", "/testdata/certificates/{serialNumber}", "td_certificate"),
        Route("GET", "/limits/context", "limits_context"),
        Route("GET", "/limits/subject", "limits_subject"),
        Route("GET", "/rate-limits", "rate_limits"),
        Route("POST", "/testdata/limits/context/session", "td_limits_set"),
        Route("DELETE", "/testdata/limits/context/session", "td_limits_reset"),
        Route("POST", "/testdata/limits/subject/certificate", "td_ok_auth"),
        Route("DELETE", "/testdata/limits/subject/certificate", "td_ok_auth"),
        Route("POST", "/testdata/rate-limits", "td_rate_limits_set"),
        Route("DELETE", "/testdata/rate-limits", "td_rate_limits_reset"),
        Route("POST", "/testdata/rate-limits/production", "td_rate_limits_reset"),
        Route("POST", "/testdata/subject", "td_subject"),
        Route("POST", "/testdata/subject/remove", "td_subject_remove"),
        Route("POST", "/testdata/person", "td_person"),
        Route("POST", "/testdata/person/remove", "td_person_remove"),
        Route("POST", "/testdata/permissions", "td_permissions"),
        Route("POST", "/testdata/permissions/revoke", "td_permissions_revoke"),
        Route("POST", "/testdata/attachment", "td_attachment"),
        Route("POST", "/testdata/attachment/revoke", "td_attachment_revoke"),
        Route("POST", "/testdata/context/block", "td_block"),
        Route("POST", "/testdata/context/unblock", "td_unblock"),
        Route("GET", "/peppol/query", "peppol_query"),
        Route("POST", "/collective-identifiers", "ci_create"),
        Route("POST", "/collective-identifiers/query", "ci_query"),
        Route("POST", "/collective-identifiers/invoices", "ci_invoices"),
        Route("GET", "/collective-identifiers/ksef/{ksefNumber}", "ci_by_ksef"),
    ]

    if TYPE_CHECKING:
        from ._core import SandboxCore as _Core

        @property
        def now(self) -> datetime: ...

        ksef_tokens: dict[str, KsefToken]
        subjects: dict[str, dict[str, Any]]
        grants: dict[tuple[str, str], set[str]]
        blocked_contexts: set[str]
        custom_rate_limits: dict[str, dict[str, int]] | None

        def _access(self, req: Request, *required: str) -> Principal: ...
        def _principal(self, req: Request, kind: str = "ContextToken") -> Principal: ...
        def _encode_continuation(self, offset: int) -> str: ...
        def _decode_continuation(self, req: Request) -> int: ...
        def _auth_op_json(self, op: Any) -> dict[str, Any]: ...

    def reset_other_state(self) -> None:
        self.permission_grants: list[dict[str, Any]] = []
        self.permission_ops: dict[str, tuple[datetime, int, str]] = {}
        self.enrollments: dict[str, dict[str, Any]] = {}
        self.certificates: dict[str, dict[str, Any]] = {}
        self.collective_ids: list[dict[str, Any]] = []
        self.session_limits: dict[str, dict[str, Any]] = {}
        self.attachments: dict[str, datetime | None] = {}
        self.peppol_providers: list[dict[str, Any]] = []

    # ------------------------------------------------------------ auth sessions
    def auth_sessions_list(self, req: Request) -> Response:
        p = self._principal(req, "ContextToken")
        core: Any = self
        size = _size(req, 100)
        start = self._decode_continuation(req)
        ops = sorted(
            (
                op
                for op in core.auth_ops.values()
                if op.context_value == p.op.context_value and op.redeemed and not op.revoked and op.status[0] == 200
            ),
            key=lambda o: o.started,
            reverse=True,
        )
        items = []
        for op in ops[start : start + size]:
            item = self._auth_op_json(op)
            item["referenceNumber"] = op.reference
            item["isCurrent"] = op.reference == p.op.reference
            items.append(item)
        out: dict[str, Any] = {"items": items}
        if start + size < len(ops):
            out["continuationToken"] = self._encode_continuation(start + size)
        return Response.json(out)

    def auth_sessions_delete_current(self, req: Request) -> Response:
        p = self._principal(req, ("ContextToken", "RefreshToken"))  # type: ignore[arg-type]
        p.op.revoked = True
        return Response.empty(204)

    def auth_sessions_delete(self, req: Request, referenceNumber: str) -> Response:
        p = self._principal(req, "ContextToken")
        core: Any = self
        op = core.auth_ops.get(referenceNumber)
        if op is None or op.context_value != p.op.context_value:
            raise ApiError(400, 21304, "Brak uwierzytelnienia.", [f"Sesja {referenceNumber} nie istnieje."])
        op.revoked = True
        return Response.empty(204)

    # --------------------------------------------------------------- KSeF tokens
    def issue_token(
        self, context_type: str, context_value: str, permissions: list[str], description: str, author: tuple[str, str]
    ) -> KsefToken:
        now = self.now
        ref = reference_number("EC", now)
        secret = f"{ref}|{context_type}-{context_value}|{secrets.token_hex(32)}"
        token = KsefToken(
            ref, secret, context_type, context_value, list(permissions), description, author[0], author[1], now
        )
        self.ksef_tokens[ref] = token
        return token

    def tokens_create(self, req: Request) -> Response:
        p = self._access(req)
        body = _obj(req, "permissions", "description")
        perms = body["permissions"]
        desc = body["description"]
        if not isinstance(perms, list) or not all(x in TOKEN_PERMISSIONS for x in perms):
            raise _bad("permissions contain an unknown value.")
        if not isinstance(desc, str) or not 5 <= len(desc) <= 256:
            raise _bad("description must have 5-256 characters.")
        if p.op.context_type not in ("Nip", "InternalId"):
            raise ApiError(400, 26002, "Nie można wygenerować tokena dla tego typu kontekstu.")
        if not set(perms) <= set(p.permissions):
            raise ApiError(
                400,
                26001,
                "Nie można nadać tokenowi uprawnień, których się nie posiada.",
                sorted(set(perms) - set(p.permissions)),
            )
        author = (
            (p.op.subject_type, p.op.subject_value)
            if p.op.subject_type in ("Nip", "Pesel", "Fingerprint")
            else ("Nip", p.op.context_value[:10])
        )
        token = self.issue_token(p.op.context_type, p.op.context_value, perms, desc, author)
        return Response.json({"referenceNumber": token.reference, "token": token.secret}, 202)

    def _token_json(self, t: KsefToken) -> dict[str, Any]:
        out: dict[str, Any] = {
            "referenceNumber": t.reference,
            "authorIdentifier": {"type": t.author_type, "value": t.author_value},
            "contextIdentifier": {"type": t.context_type, "value": t.context_value},
            "description": t.description,
            "requestedPermissions": t.permissions,
            "dateCreated": format_dt(t.created),
            "status": t.status,
        }
        if t.last_use:
            out["lastUseDate"] = format_dt(t.last_use)
        return out

    def tokens_list(self, req: Request) -> Response:
        p = self._access(req)
        size = _size(req, 100)
        start = self._decode_continuation(req)
        statuses = set(req.q_all("status"))
        desc = req.q("description")
        author = req.q("authorIdentifier")
        author_type = req.q("authorIdentifierType")
        rows = [
            t
            for t in sorted(self.ksef_tokens.values(), key=lambda x: x.created, reverse=True)
            if t.context_value == p.op.context_value
            and (not statuses or t.status in statuses)
            and (not desc or desc.lower() in t.description.lower())
            and (not author or author in t.author_value)
            and (not author_type or author_type == t.author_type)
        ]
        out: dict[str, Any] = {"tokens": [self._token_json(t) for t in rows[start : start + size]]}
        if start + size < len(rows):
            out["continuationToken"] = self._encode_continuation(start + size)
        return Response.json(out)

    def _token(self, req: Request, ref: str) -> tuple[Principal, KsefToken]:
        p = self._access(req)
        t = self.ksef_tokens.get(ref)
        if t is None or t.context_value != p.op.context_value:
            raise _bad(f"Token {ref} nie istnieje.")
        return p, t

    def tokens_get(self, req: Request, referenceNumber: str) -> Response:
        _, t = self._token(req, referenceNumber)
        return Response.json(self._token_json(t))

    def tokens_revoke(self, req: Request, referenceNumber: str) -> Response:
        p, t = self._token(req, referenceNumber)
        if p.op.ksef_token_ref != t.reference and "CredentialsManage" not in p.permissions:
            from ._http import Forbidden

            raise Forbidden(
                "missing-permissions",
                "Brak uprawnień.",
                {"requiredAnyOfPermissions": ["CredentialsManage"], "presentPermissions": p.permissions},
            )
        t.status = "Revoked"
        return Response.empty(204)

    # ---------------------------------------------------------------- permissions
    def _perm_op(self, code: int = 200, description: str = "Operacja zakończona sukcesem") -> Response:
        ref = reference_number("EG", self.now)
        self.permission_ops[ref] = (self.now, code, description)
        return Response.json({"referenceNumber": ref}, 202)

    def perm_grant_persons(self, req: Request) -> Response:
        p = self._access(req, "CredentialsManage")
        body = _obj(req, "subjectIdentifier", "permissions", "description", "subjectDetails")
        subject = body["subjectIdentifier"]
        if (
            not isinstance(subject, dict)
            or subject.get("type") not in ("Nip", "Pesel", "Fingerprint")
            or not subject.get("value")
        ):
            raise _bad("subjectIdentifier is invalid.")
        perms = body["permissions"]
        if (
            not isinstance(perms, list)
            or not perms
            or not all(isinstance(x, str) and x in _PERSON_PERMISSIONS for x in perms)
        ):
            raise _bad(f"permissions must be a non-empty list of {', '.join(_PERSON_PERMISSIONS)}.")
        if not 10 <= len(str(subject["value"])) <= 64:
            raise _bad("subjectIdentifier.value must have 10-64 characters.")
        if not isinstance(body["description"], str) or not 5 <= len(body["description"]) <= 256:
            raise _bad("description must have 5-256 characters.")
        key = (p.op.context_value, str(subject["value"]))
        self.grants.setdefault(key, set()).update(str(x) for x in perms)
        for perm in perms:
            self.permission_grants.append(
                {
                    "id": reference_number("PE", self.now),
                    "context": p.op.context_value,
                    "contextType": p.op.context_type,
                    "subjectType": subject["type"],
                    "subjectValue": str(subject["value"]),
                    "permission": perm,
                    "description": str(body["description"])[:256],
                    "authorType": p.op.subject_type
                    if p.op.subject_type in ("Nip", "Pesel", "Fingerprint")
                    else "System",
                    "authorValue": p.op.subject_value,
                    "start": self.now,
                }
            )
        return self._perm_op()

    def perm_grant_generic(self, req: Request) -> Response:
        self._access(req, "CredentialsManage", "VatUeManage")
        body = _obj(req, "subjectIdentifier", "description")
        if not isinstance(body.get("subjectIdentifier"), dict):
            raise _bad("subjectIdentifier is invalid.")
        return self._perm_op()

    def perm_grant_subunit(self, req: Request) -> Response:
        self._access(req, "SubunitManage")
        _obj(req, "subjectIdentifier", "contextIdentifier", "description")
        return self._perm_op()

    def perm_revoke(self, req: Request, permissionId: str) -> Response:
        p = self._access(req, "CredentialsManage", "VatUeManage", "SubunitManage")
        for g in list(self.permission_grants):
            if g["id"] == permissionId and g["context"] == p.op.context_value:
                self.permission_grants.remove(g)
                self.grants.get((g["context"], g["subjectValue"]), set()).discard(g["permission"])
                return self._perm_op()
        return self._perm_op(430, "Nie znaleziono uprawnienia")

    def perm_operation(self, req: Request, referenceNumber: str) -> Response:
        self._access(req)
        op = self.permission_ops.get(referenceNumber)
        if op is None:
            raise _bad(f"Operacja {referenceNumber} nie istnieje.")
        if self.now - op[0] > timedelta(days=30):
            from ._http import Gone

            raise Gone("Operacja wygasła.")
        return Response.json({"status": {"code": op[1], "description": op[2]}})

    def perm_attachments(self, req: Request) -> Response:
        p = self._access(req, "CredentialsManage", "CredentialsRead")
        nip = p.op.context_value[:10]
        out: dict[str, Any] = {"isAttachmentAllowed": nip in self.attachments and self.attachments[nip] is None}
        revoked = self.attachments.get(nip)
        if revoked is not None:
            out["revokedDate"] = format_dt(revoked)
        return Response.json(out)

    def _grant_json(self, g: dict[str, Any], personal: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": g["id"],
            "authorizedIdentifier": {"type": g["subjectType"], "value": g["subjectValue"]},
            "contextIdentifier": {
                "type": g["contextType"] if g["contextType"] in ("Nip", "InternalId") else "Nip",
                "value": g["context"][:16],
            },
            "permissionScope": g["permission"],
            "description": g["description"],
            "permissionState": "Active",
            "startDate": format_dt(g["start"]),
            "canDelegate": False,
        }
        if not personal:
            author: dict[str, Any] = {"type": g["authorType"]}
            if g["authorType"] != "System" and len(g["authorValue"]) >= 10:
                author["value"] = g["authorValue"]
            out["authorIdentifier"] = author
        return out

    def perm_query_personal(self, req: Request) -> Response:
        p = self._access(req)
        body = req.json() if req.body else {}
        types = set((body or {}).get("permissionTypes") or [])
        rows = [
            g
            for g in self.permission_grants
            if g["subjectValue"] == p.op.subject_value and (not types or g["permission"] in types)
        ]
        page, more = _paged(req, rows)
        return Response.json({"permissions": [self._grant_json(g, True) for g in page], "hasMore": more})

    def perm_query_persons(self, req: Request) -> Response:
        p = self._access(req, "CredentialsManage", "CredentialsRead", "SubunitManage")
        body = _obj(req, "queryType")
        types = set(body.get("permissionTypes") or [])
        who = (body.get("authorizedIdentifier") or {}).get("value")
        rows = [
            g
            for g in self.permission_grants
            if g["context"] == p.op.context_value
            and (not types or g["permission"] in types)
            and (not who or g["subjectValue"] == who)
        ]
        page, more = _paged(req, rows)
        return Response.json({"permissions": [self._grant_json(g, False) for g in page], "hasMore": more})

    def perm_query_empty_permissions(self, req: Request) -> Response:
        self._access(req, "CredentialsManage", "CredentialsRead", "SubunitManage", "VatUeManage")
        _paged(req, [])
        return Response.json({"permissions": [], "hasMore": False})

    def perm_query_roles(self, req: Request) -> Response:
        self._access(req, "CredentialsManage", "CredentialsRead", "SubunitManage")
        _paged(req, [])
        return Response.json({"roles": [], "hasMore": False})

    def perm_query_authorizations(self, req: Request) -> Response:
        self._access(req, "CredentialsManage", "CredentialsRead", "PefInvoiceWrite")
        _obj(req, "queryType")
        _paged(req, [])
        return Response.json({"authorizationGrants": [], "hasMore": False})

    # --------------------------------------------------------------- certificates
    def cert_limits(self, req: Request) -> Response:
        p = self._access(req)
        mine = [c for c in self.certificates.values() if c["owner"] == p.op.subject_value]
        enrol = [e for e in self.enrollments.values() if e["owner"] == p.op.subject_value]
        return Response.json(
            {
                "canRequest": len(mine) < 100,
                "enrollment": {"limit": 300, "remaining": max(0, 300 - len(enrol))},
                "certificate": {"limit": 100, "remaining": max(0, 100 - len(mine))},
            }
        )

    def _dn(self, p: Principal) -> dict[str, Any]:
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

    def cert_enrollment_data(self, req: Request) -> Response:
        p = self._access(req)
        if p.op.method == "Token":
            raise ApiError(
                400, 25001, "Brak możliwości pobrania danych do CSR dla wykorzystanego sposobu uwierzytelnienia."
            )
        return Response.json(self._dn(p))

    def cert_enroll(self, req: Request) -> Response:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec, rsa

        p = self._access(req)
        if p.op.method == "Token":
            raise ApiError(400, 25002, "Brak możliwości złożenia wniosku dla wykorzystanego sposobu uwierzytelnienia.")
        body = _obj(req, "certificateName", "certificateType", "csr")
        if body["certificateType"] not in ("Authentication", "Offline"):
            raise _bad("certificateType must be Authentication or Offline.")
        name = str(body["certificateName"])
        if not 5 <= len(name) <= 100:
            raise _bad("certificateName must have 5-100 characters.")
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
        now = self.now
        ref = reference_number("CE", now)
        core: Any = self
        ca = core.keys.pairs[0]
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
        self.certificates[serial_hex] = {
            "der": cert.public_bytes(serialization.Encoding.DER),
            "name": name,
            "type": body["certificateType"],
            "owner": p.op.subject_value,
            "ownerType": p.op.subject_type if p.op.subject_type in ("Nip", "Pesel", "Fingerprint") else "Nip",
            "commonName": self._dn(p)["commonName"],
            "status": "Active",
            "validFrom": valid_from,
            "validTo": valid_from + timedelta(days=730),
            "requestDate": now,
        }
        self.enrollments[ref] = {"owner": p.op.subject_value, "requestDate": now, "serial": serial_hex}
        return Response.json({"referenceNumber": ref, "timestamp": format_dt(now)}, 202)

    def cert_enrollment_status(self, req: Request, referenceNumber: str) -> Response:
        self._access(req)
        e = self.enrollments.get(referenceNumber)
        if e is None:
            raise ApiError(400, 25005, "Nie znaleziono wniosku certyfikacyjnego.")
        return Response.json(
            {
                "requestDate": format_dt(e["requestDate"]),
                "status": {"code": 200, "description": "Wniosek obsłużony pomyślnie"},
                "certificateSerialNumber": e["serial"],
            }
        )

    def cert_retrieve(self, req: Request) -> Response:
        self._access(req)
        body = _obj(req, "certificateSerialNumbers")
        out = []
        for serial in body["certificateSerialNumbers"] or []:
            c = self.certificates.get(str(serial))
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

    def cert_revoke(self, req: Request, certificateSerialNumber: str) -> Response:
        p = self._access(req)
        if p.op.method == "Token":
            from ._http import Forbidden

            raise Forbidden(
                "auth-method-not-allowed",
                "Niedozwolona metoda uwierzytelnienia.",
                {"authenticationMethodCategory": "Token"},
            )
        c = self.certificates.get(certificateSerialNumber)
        if c is None:
            raise ApiError(400, 25008, "Nie znaleziono certyfikatu.")
        if c["status"] != "Active":
            raise ApiError(400, 25009, "Certyfikat jest już unieważniony, zablokowany lub nieważny.")
        c["status"] = "Revoked"
        return Response.empty(204)

    def cert_query(self, req: Request) -> Response:
        p = self._access(req)
        body = req.json() if req.body else {}
        body = body if isinstance(body, dict) else {}
        rows = [
            (serial, c)
            for serial, c in sorted(self.certificates.items())
            if c["owner"] == p.op.subject_value
            and (not body.get("certificateSerialNumber") or serial == body["certificateSerialNumber"])
            and (not body.get("name") or body["name"] in c["name"])
            and (not body.get("type") or body["type"] == c["type"])
            and (not body.get("status") or body["status"] == c["status"])
        ]
        page, more = _paged(req, rows, 10, 50)
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

    def td_certificate(self, req: Request, serialNumber: str) -> Response:
        self._access(req)
        body = _obj(req, "validTo")
        c = self.certificates.get(serialNumber)
        if c is None:
            raise ApiError(400, 25008, "Nie znaleziono certyfikatu.")
        c["validTo"] = parse_dt(str(body["validTo"]))
        return Response.empty(200)

    # ------------------------------------------------------------------ limits
    def _context_limits(self, context: str) -> dict[str, Any]:
        core: Any = self
        cfg = core.config
        default = {
            "maxInvoiceSizeInMB": cfg.max_invoice_size // 1_000_000,
            "maxInvoiceWithAttachmentSizeInMB": cfg.max_invoice_with_attachment_size // 1_000_000,
            "maxInvoices": cfg.max_invoices_per_session,
        }
        return self.session_limits.get(context) or {"onlineSession": dict(default), "batchSession": dict(default)}

    def limits_context(self, req: Request) -> Response:
        p = self._access(req)
        return Response.json(self._context_limits(p.op.context_value))

    def limits_subject(self, req: Request) -> Response:
        self._access(req)
        return Response.json({"enrollment": {"maxEnrollments": 300}, "certificate": {"maxCertificates": 100}})

    def rate_limits(self, req: Request) -> Response:
        self._access(req)
        core: Any = self
        out = {}
        for group, key in _GROUPS.items():
            lim = core._limits_for(key) or {}
            scale = core.config.rate_limit_scale
            out[group] = {
                "perSecond": int(lim.get("perSecond", 10) * scale),
                "perMinute": int(lim.get("perMinute", lim.get("perSecond", 10) * 60) * scale),
                "perHour": int(lim.get("perHour", lim.get("perSecond", 10) * 3600) * scale),
            }
        return Response.json(out)

    def td_limits_set(self, req: Request) -> Response:
        p = self._access(req)
        body = _obj(req, "onlineSession", "batchSession")
        self.session_limits[p.op.context_value] = {
            "onlineSession": body["onlineSession"],
            "batchSession": body["batchSession"],
        }
        return Response.empty(200)

    def td_limits_reset(self, req: Request) -> Response:
        p = self._access(req)
        self.session_limits.pop(p.op.context_value, None)
        return Response.empty(200)

    def td_ok_auth(self, req: Request) -> Response:
        self._access(req)
        return Response.empty(200)

    def td_rate_limits_set(self, req: Request) -> Response:
        self._access(req)
        body = _obj(req, "rateLimits")
        limits = body["rateLimits"]
        if not isinstance(limits, dict):
            raise _bad("rateLimits must be an object.")
        from ksef_api._tables import RATE_LIMITS

        custom: dict[str, dict[str, int]] = {}
        for group, values in limits.items():
            key = _GROUPS.get(group)
            if key and isinstance(values, dict):
                for op_key, default in RATE_LIMITS.items():
                    if op_key == key or (
                        group == "other" and op_key not in _GROUPS.values() and default.get("perMinute")
                    ):
                        custom[op_key] = {
                            k: int(v) for k, v in values.items() if k in ("perSecond", "perMinute", "perHour")
                        }
        self.custom_rate_limits = custom
        return Response.empty(200)

    def td_rate_limits_reset(self, req: Request) -> Response:
        self._access(req)
        self.custom_rate_limits = None
        return Response.empty(200)

    # --------------------------------------------------------------- test data
    def td_subject(self, req: Request) -> Response:
        body = _obj(req, "subjectNip", "subjectType", "description")
        nip = str(body["subjectNip"])
        if nip in self.subjects:
            raise ApiError(400, 30001, "Podmiot już istnieje.", [nip])
        self.subjects[nip] = {
            "type": body["subjectType"],
            "description": body["description"],
            "owners": set(),
            "subunits": body.get("subunits") or [],
        }
        return Response.empty(200)

    def td_subject_remove(self, req: Request) -> Response:
        body = _obj(req, "subjectNip")
        self.subjects.pop(str(body["subjectNip"]), None)
        return Response.empty(200)

    def td_person(self, req: Request) -> Response:
        body = _obj(req, "nip", "pesel", "isBailiff", "description")
        nip = str(body["nip"])
        subject = self.subjects.setdefault(
            nip, {"type": "Person", "description": body["description"], "owners": set(), "subunits": []}
        )
        subject["owners"].add(str(body["pesel"]))
        subject["deceased"] = bool(body.get("isDeceased"))
        return Response.empty(200)

    def td_person_remove(self, req: Request) -> Response:
        body = _obj(req, "nip")
        self.subjects.pop(str(body["nip"]), None)
        return Response.empty(200)

    def td_permissions(self, req: Request) -> Response:
        body = _obj(req, "contextIdentifier", "authorizedIdentifier", "permissions")
        ctx = str((body["contextIdentifier"] or {}).get("value", ""))
        who = str((body["authorizedIdentifier"] or {}).get("value", ""))
        perms = {str(x.get("permissionType")) for x in body["permissions"] if isinstance(x, dict)}
        self.grants.setdefault((ctx, who), set()).update(perms)
        return Response.empty(200)

    def td_permissions_revoke(self, req: Request) -> Response:
        body = _obj(req, "contextIdentifier", "authorizedIdentifier")
        ctx = str((body["contextIdentifier"] or {}).get("value", ""))
        who = str((body["authorizedIdentifier"] or {}).get("value", ""))
        self.grants.pop((ctx, who), None)
        return Response.empty(200)

    def td_attachment(self, req: Request) -> Response:
        body = _obj(req, "nip")
        self.attachments[str(body["nip"])] = None
        return Response.empty(200)

    def td_attachment_revoke(self, req: Request) -> Response:
        body = _obj(req, "nip")
        end = body.get("expectedEndDate")
        self.attachments[str(body["nip"])] = parse_dt(str(end)) if end else self.now
        return Response.empty(200)

    def td_block(self, req: Request) -> Response:
        body = req.json() if req.body else {}
        value = ((body or {}).get("contextIdentifier") or {}).get("value")
        if not value:
            raise _bad("contextIdentifier is required.")
        self.blocked_contexts.add(str(value))
        return Response.empty(200)

    def td_unblock(self, req: Request) -> Response:
        body = req.json() if req.body else {}
        value = ((body or {}).get("contextIdentifier") or {}).get("value")
        if not value:
            raise _bad("contextIdentifier is required.")
        self.blocked_contexts.discard(str(value))
        return Response.empty(200)

    # ------------------------------------------------------------------ Peppol
    def peppol_query(self, req: Request) -> Response:
        page, more = _paged(req, self.peppol_providers)
        return Response.json({"peppolProviders": page, "hasMore": more})

    # ------------------------------------------------------ collective identifiers
    def ci_create(self, req: Request) -> Response:
        p = self._access(req, "InvoiceRead", "InvoiceWrite", "CollectiveIdentifierManage")
        body = _obj(req, "invoices")
        invoices = body["invoices"]
        if not isinstance(invoices, list) or not invoices:
            raise _bad("invoices must be a non-empty list.")
        core: Any = self
        for item in invoices:
            if not isinstance(item, dict) or item.get("ksefNumber") not in core.invoices:
                raise ApiError(400, 21164, "Faktura o podanym identyfikatorze nie istnieje.", [str(item)])
        now = self.now
        digest = (
            hashlib.sha256(f"{p.op.context_value}{now.timestamp()}{len(self.collective_ids)}".encode())
            .hexdigest()
            .upper()
        )
        number = f"{p.op.context_value[:10]}-{now:%Y%m%d}-{digest[:12]}-{digest[12:14]}"
        self.collective_ids.append(
            {"number": number, "context": p.op.context_value, "created": now, "invoices": invoices}
        )
        return Response.json({"collectiveIdentifierNumber": number}, 201)

    def _ci_page(self, req: Request, rows: list[dict[str, Any]], key: str) -> Response:
        size = _size(req, 1000)
        start = self._decode_continuation(req)
        out: dict[str, Any] = {key: rows[start : start + size]}
        if start + size < len(rows):
            out["continuationToken"] = self._encode_continuation(start + size)
        return Response.json(out)

    def ci_query(self, req: Request) -> Response:
        p = self._access(req, "InvoiceRead", "InvoiceWrite", "CollectiveIdentifierManage")
        body = _obj(req, "dateCreatedFrom", "dateCreatedTo")
        lo, hi = parse_dt(str(body["dateCreatedFrom"])), parse_dt(str(body["dateCreatedTo"]))
        rows = [
            {
                "collectiveIdentifierNumber": c["number"],
                "dateCreated": format_dt(c["created"]),
                "invoiceCount": len(c["invoices"]),
                "createdInCurrentContext": c["context"] == p.op.context_value,
            }
            for c in self.collective_ids
            if lo <= c["created"] <= hi
            and (not body.get("collectiveIdentifierNumber") or c["number"] == body["collectiveIdentifierNumber"])
        ]
        return self._ci_page(req, rows, "collectiveIdentifiers")

    def ci_invoices(self, req: Request) -> Response:
        self._access(req, "InvoiceRead", "InvoiceWrite", "CollectiveIdentifierManage")
        body = _obj(req, "collectiveIdentifierNumbers")
        wanted = set(body["collectiveIdentifierNumbers"] or [])
        rows = []
        for c in self.collective_ids:
            if c["number"] in wanted:
                for item in c["invoices"]:
                    row = {
                        "ksefNumber": item["ksefNumber"],
                        "collectiveIdentifierNumber": c["number"],
                        "detailsHidden": False,
                    }
                    if item.get("description"):
                        row["description"] = item["description"]
                    rows.append(row)
        return self._ci_page(req, rows, "invoices")

    def ci_by_ksef(self, req: Request, ksefNumber: str) -> Response:
        p = self._access(req, "InvoiceRead", "InvoiceWrite", "CollectiveIdentifierManage")
        rows = [
            {
                "collectiveIdentifierNumber": c["number"],
                "createdInCurrentContext": c["context"] == p.op.context_value,
                "dateCreated": format_dt(c["created"]),
            }
            for c in self.collective_ids
            if any(i.get("ksefNumber") == ksefNumber for i in c["invoices"])
        ]
        return self._ci_page(req, rows, "collectiveIdentifiers")
