"""An authentication operation as the API shows it (``GET /auth/{referenceNumber}``, ``GET /auth/sessions``)."""

from __future__ import annotations

from typing import Any

from ksef_sandbox._ids import format_dt
from ksef_sandbox._records import AuthOperation

from ._statuses import status_json

__all__ = ["operation_json"]

# AuthenticationMethod -> (category, code, display name) of AuthenticationMethodInfo
_METHODS = {
    "Token": ("Token", "Token", "Token KSeF"),
    "QualifiedSeal": ("XadesSignature", "Seal.Qualified", "Pieczęć kwalifikowana"),
    "QualifiedSignature": ("XadesSignature", "Signature.Qualified", "Podpis kwalifikowany"),
    "PersonalSignature": ("XadesSignature", "Signature.Personal", "Podpis osobisty"),
    "InternalCertificate": ("XadesSignature", "Certificate.Internal", "Certyfikat KSeF"),
}


def operation_json(op: AuthOperation) -> dict[str, Any]:
    cat, code, name = _METHODS.get(op.method, ("XadesSignature", op.method, op.method))
    out: dict[str, Any] = {
        "startDate": format_dt(op.started),
        "authenticationMethod": op.method,
        "authenticationMethodInfo": {"category": cat, "code": code, "displayName": name},
        "status": status_json(op.status),
        "isTokenRedeemed": op.redeemed,
    }
    if op.last_refresh:
        out["lastTokenRefreshDate"] = format_dt(op.last_refresh)
    if op.refresh_valid_until:
        out["refreshTokenValidUntil"] = format_dt(op.refresh_valid_until)
    return out
