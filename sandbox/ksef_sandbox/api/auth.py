"""Obtaining access (spec tag "Uzyskiwanie dostępu"): challenge, KSeF-token and XAdES authentication, the
operation's status, redeeming and refreshing tokens.

See ``uwierzytelnianie.md``, ``auth/podpis-xades.md`` and ``tokeny-ksef.md`` of the official documentation.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ksef_sandbox._crypto import USAGE_TOKEN, CryptoError, oaep_decrypt
from ksef_sandbox._http import ApiError, Gone, Request, Response
from ksef_sandbox._ids import b64d, format_dt, reference_number
from ksef_sandbox._records import AuthOperation
from ksef_sandbox._state import SandboxState

from ._auth_ops import operation_json
from ._encryption import key_pair
from ._grants import permissions_of
from ._input import bad, require
from ._ksef_certificates import check_login_certificate, subject_resolver
from ._principal import issue_bearer, principal

__all__ = ["challenge", "ksef_token", "redeem", "refresh", "status", "xades_signature"]


def challenge(state: SandboxState, req: Request) -> Response:
    """``POST /auth/challenge``."""
    now = state.now
    value = reference_number("CR", now)
    state.challenges[value] = now
    return Response.json(
        {
            "challenge": value,
            "timestamp": format_dt(now),
            "timestampMs": int(now.timestamp() * 1000),
            "clientIp": req.client_ip,
        }
    )


def _take_challenge(state: SandboxState, value: str) -> datetime:
    issued = state.challenges.pop(value, None)
    if issued is None:
        raise ApiError(400, 21111, "Nieprawidłowe wyzwanie autoryzacyjne.", [f"Nieznane wyzwanie: {value}"])
    if state.now - issued > state.config.challenge_lifetime:
        raise ApiError(400, 21111, "Nieprawidłowe wyzwanie autoryzacyjne.", ["Wyzwanie wygasło."])
    return issued


def _start(state: SandboxState, op: AuthOperation) -> Response:
    op.progress = state.progress()
    op.auth_token = issue_bearer(state, "OperationToken", op, state.now + state.config.auth_token_lifetime)
    state.auth_ops[op.reference] = op
    rec = state.tokens[op.auth_token]
    return Response.json(
        {
            "referenceNumber": op.reference,
            "authenticationToken": {"token": op.auth_token, "validUntil": format_dt(rec.expires)},
        },
        202,
    )


def ksef_token(state: SandboxState, req: Request) -> Response:
    """``POST /auth/ksef-token``: the token and the challenge's timestamp, RSA-OAEP encrypted."""
    body = req.json()
    require(body, "challenge", "contextIdentifier", "encryptedToken")
    ctx = body["contextIdentifier"]
    if not isinstance(ctx, dict) or ctx.get("type") not in ("Nip", "InternalId", "NipVatUe", "PeppolId"):
        raise bad("contextIdentifier.type is invalid.")
    pair = key_pair(state, USAGE_TOKEN, body.get("publicKeyId"))
    issued = _take_challenge(state, str(body["challenge"]))
    now = state.now
    op = AuthOperation(
        reference=reference_number("AU", now),
        started=now,
        context_type=ctx["type"],
        context_value=str(ctx.get("value", "")),
        method="Token",
        category="Token",
        subject_type="Token",
        subject_value="",
        permissions=[],
        status=(200, "Uwierzytelnianie zakończone sukcesem", []),
        allowed_ips=(body.get("authorizationPolicy") or {}).get("allowedIps"),
    )
    failure: list[str] = []
    try:
        plain = oaep_decrypt(pair.private_key, b64d(str(body["encryptedToken"]))).decode("utf-8")
        secret, _, stamp = plain.rpartition("|")
    except (CryptoError, ValueError, UnicodeDecodeError):
        secret, stamp = "", ""
        failure.append("Nieprawidłowy token")
    token = next((t for t in state.ksef_tokens.values() if t.secret == secret), None) if secret else None
    if not failure:
        if token is None:
            failure.append("Nieprawidłowy token")
        elif stamp != str(int(issued.timestamp() * 1000)):
            failure.append("Nieprawidłowy czas tokena")
        elif token.status in ("Revoked", "Revoking"):
            failure.append("Token unieważniony")
        elif token.status != "Active":
            failure.append("Token nieaktywny")
        elif (token.context_type, token.context_value) != (op.context_type, op.context_value):
            failure.append("Nieprawidłowe wyzwanie autoryzacyjne: kontekst tokena jest inny")
    if failure:
        op.status = (450, "Uwierzytelnianie zakończone niepowodzeniem z powodu błędnego tokenu", failure)
    elif token is not None:
        op.subject_type, op.subject_value = token.author_type, token.author_value
        op.permissions = list(token.permissions)
        op.ksef_token_ref = token.reference
        token.last_use = now
        if op.context_value in state.blocked_contexts:
            op.status = (480, "Uwierzytelnienie zablokowane", ["Podejrzenie incydentu bezpieczeństwa"])
    return _start(state, op)


def xades_signature(state: SandboxState, req: Request) -> Response:
    """``POST /auth/xades-signature``: the signed AuthTokenRequest, verified for real (schema, signature,
    certificate; see ``ksef_sandbox._xades``); a KSeF certificate of the sandbox's CA must be an active
    ``Authentication`` one (else status 460)."""
    from cryptography import x509

    from ksef_sandbox._xades import XadesError, verify_auth_request

    if not req.body:
        raise bad("Request body is required.")
    try:
        signed = verify_auth_request(req.body, state.schemas.auth_schema, subject_resolver(state), now=state.now)
    except XadesError as exc:
        raise ApiError(400, exc.code, exc.message.split(":")[0], [exc.message]) from exc
    _take_challenge(state, signed.challenge)
    now = state.now
    ksef_certificate = check_login_certificate(state, signed.certificate_der)
    if ksef_certificate is not None:
        method = "InternalCertificate"
    elif signed.is_seal:
        method = "QualifiedSeal"
    elif signed.subject_type == "Pesel":
        method = "QualifiedSignature"
    else:
        method = "QualifiedSignature" if signed.subject_type == "Nip" else "PersonalSignature"
    perms = permissions_of(state, signed.context_type, signed.context_value, signed.subject_value)
    subject = x509.load_der_x509_certificate(signed.certificate_der).subject
    op = AuthOperation(
        reference=reference_number("AU", now),
        started=now,
        context_type=signed.context_type,
        context_value=signed.context_value,
        method=method,
        category="XadesSignature",
        subject_type=signed.subject_type,
        subject_value=signed.subject_value,
        permissions=perms,
        status=(200, "Uwierzytelnianie zakończone sukcesem", []),
        document_hash=signed.document_hash,
        allowed_ips=signed.allowed_ips,
        certificate_dn=tuple((a.oid.dotted_string, str(a.value)) for a in subject),
    )
    if ksef_certificate is not None and ksef_certificate.failure:
        op.status = (
            460,
            "Uwierzytelnianie zakończone niepowodzeniem z powodu błędu certyfikatu",
            [ksef_certificate.failure],
        )
    elif signed.context_value in state.blocked_contexts:
        op.status = (480, "Uwierzytelnienie zablokowane", ["Podejrzenie incydentu bezpieczeństwa"])
    elif not perms:
        op.status = (415, "Uwierzytelnianie zakończone niepowodzeniem z powodu braku przypisanych uprawnień", [])
    elif ksef_certificate is not None and ksef_certificate.record is not None:
        op.ksef_certificate = ksef_certificate.record.serial
        ksef_certificate.record.last_use = now
    return _start(state, op)


def status(state: SandboxState, req: Request, referenceNumber: str) -> Response:
    """``GET /auth/{referenceNumber}`` (with the operation token)."""
    p = principal(state, req, "OperationToken")
    op = state.auth_ops.get(referenceNumber)
    if op is None or op.reference != p.op.reference:
        raise ApiError(
            400,
            21304,
            "Brak uwierzytelnienia.",
            [f"Operacja uwierzytelnienia {referenceNumber} nie została znaleziona."],
        )
    if state.now - op.started > timedelta(days=7):
        raise Gone("Operacja uwierzytelnienia wygasła.")
    body = operation_json(op)
    if op.progress.read(state.now):
        body["status"] = {"code": 100, "description": "Uwierzytelnianie w toku"}
    return Response.json(body)


def redeem(state: SandboxState, req: Request) -> Response:
    """``POST /auth/token/redeem``: the access and refresh tokens, once."""
    p = principal(state, req, "OperationToken")
    op = p.op
    if op.redeemed or op.status[0] != 200 or not op.progress.done(state.now):
        raise ApiError(
            400,
            21301,
            "Brak autoryzacji.",
            ["Tokeny zostały już pobrane lub status uwierzytelnienia na to nie pozwala."],
        )
    if op.ksef_token_ref and state.ksef_tokens[op.ksef_token_ref].status != "Active":
        raise ApiError(400, 21301, "Brak autoryzacji.", ["Token KSeF został unieważniony."])
    op.redeemed = True
    now = state.now
    access = issue_bearer(state, "ContextToken", op, now + state.config.access_token_lifetime)
    op.refresh_valid_until = now + state.config.refresh_token_lifetime
    op.refresh_token = issue_bearer(state, "RefreshToken", op, op.refresh_valid_until)
    return Response.json(
        {
            "accessToken": {"token": access, "validUntil": format_dt(state.tokens[access].expires)},
            "refreshToken": {"token": op.refresh_token, "validUntil": format_dt(op.refresh_valid_until)},
        }
    )


def refresh(state: SandboxState, req: Request) -> Response:
    """``POST /auth/token/refresh`` (with the refresh token): a new access token."""
    p = principal(state, req, "RefreshToken")
    if p.op.ksef_token_ref and state.ksef_tokens[p.op.ksef_token_ref].status != "Active":
        raise ApiError(400, 21301, "Brak autoryzacji.", ["Token KSeF został unieważniony."])
    now = state.now
    p.op.last_refresh = now
    access = issue_bearer(state, "ContextToken", p.op, now + state.config.access_token_lifetime)
    return Response.json({"accessToken": {"token": access, "validUntil": format_dt(state.tokens[access].expires)}})
