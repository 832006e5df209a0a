"""Bearer tokens: issuing them (JWT-shaped, HMAC-signed) and turning a request's token into the caller.

Token kinds, lifetimes and the 401/403 answers follow ``uwierzytelnianie.md`` and ``auth/sesje.md`` of the
official documentation (CIRFMF/ksef-docs).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ksef_sandbox._http import Forbidden, Request, Unauthorized
from ksef_sandbox._ids import b64e
from ksef_sandbox._records import AuthOperation, TokenRecord
from ksef_sandbox._state import SandboxState

__all__ = ["Principal", "access", "issue_bearer", "principal"]


@dataclass
class Principal:
    """The caller behind a bearer token."""

    token: str
    record: TokenRecord
    op: AuthOperation

    @property
    def permissions(self) -> list[str]:
        return self.op.permissions


def issue_bearer(state: SandboxState, kind: str, op: AuthOperation, expires: datetime) -> str:
    """A new token of ``kind`` (OperationToken | ContextToken | RefreshToken) for the authentication ``op``."""

    def enc(obj: dict[str, Any]) -> str:
        return b64e(json.dumps(obj, separators=(",", ":")).encode()).rstrip("=").replace("+", "-").replace("/", "_")

    head = enc({"alg": "HS256", "typ": "JWT"})
    payload = enc(
        {
            "token-type": kind,
            "operation-reference-number": op.reference,
            "context-identifier-type": op.context_type,
            "context-identifier-value": op.context_value,
            "authentication-method": op.method,
            "jti": secrets.token_hex(16),
            "iat": int(state.now.timestamp()),
            "exp": int(expires.timestamp()),
            "iss": "ksef-sandbox",
        }
    )
    sig = hmac.new(state.jwt_key, f"{head}.{payload}".encode(), hashlib.sha256).digest()
    token = f"{head}.{payload}.{b64e(sig).rstrip('=').replace('+', '-').replace('/', '_')}"
    state.tokens[token] = TokenRecord(kind, op.reference, expires)
    return token


def principal(state: SandboxState, req: Request, kind: str | tuple[str, ...] = "ContextToken") -> Principal:
    """The caller, for a bearer token of ``kind``; 401 without a valid one, 403 for a blocked context or IP."""
    auth = req.header("authorization") or ""
    if not auth.lower().startswith("bearer "):
        raise Unauthorized("Brak tokena uwierzytelniającego (Authorization: Bearer).")
    token = auth[7:].strip()
    rec = state.tokens.get(token)
    if rec is None:
        raise Unauthorized("Nieprawidłowy token.")
    if rec.expires <= state.now:
        raise Unauthorized("Token wygasł.")
    kinds = (kind,) if isinstance(kind, str) else kind
    if rec.kind not in kinds:
        raise Unauthorized(f"Nieprawidłowy typ tokena ({rec.kind}).")
    op = state.auth_ops[rec.auth_ref]
    if rec.kind == "RefreshToken" and op.revoked:
        raise Unauthorized("Sesja uwierzytelnienia została unieważniona.")
    if rec.kind == "ContextToken" and op.allowed_ips and not _ip_allowed(req.client_ip, op.allowed_ips):
        raise Forbidden("ip-not-allowed", "Adres IP nie jest dozwolony.", {"clientIp": req.client_ip})
    if op.context_value in state.blocked_contexts and rec.kind == "ContextToken":
        raise Forbidden(
            "security-service-blocked",
            "Kontekst zablokowany.",
            {"incidentId": op.reference, "clientIp": req.client_ip},
        )
    return Principal(token, rec, op)


def access(state: SandboxState, req: Request, *required: str) -> Principal:
    """The caller with an access token holding any of ``required`` (none given: any caller); else 403."""
    p = principal(state, req)
    if required and not set(required) & set(p.permissions):
        raise Forbidden(
            "missing-permissions",
            "Brak wymaganych uprawnień.",
            {"requiredAnyOfPermissions": list(required), "presentPermissions": list(p.permissions)},
        )
    return p


def _ip_allowed(ip: str, policy: dict[str, list[str]]) -> bool:
    lists = [policy.get(k) or [] for k in ("ip4Addresses", "ip4Ranges", "ip4Masks")]
    if not any(lists):
        return True
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return False
    if ip in lists[0]:
        return True
    for rng in lists[1]:
        lo, _, hi = rng.partition("-")
        try:
            first, last = ipaddress.ip_address(lo.strip()), ipaddress.ip_address(hi.strip())
        except ValueError:
            continue
        if first.version == last.version == addr.version and int(first) <= int(addr) <= int(last):
            return True
    for mask in lists[2]:
        try:
            if addr in ipaddress.ip_network(mask, strict=False):
                return True
        except ValueError:
            continue
    return False
