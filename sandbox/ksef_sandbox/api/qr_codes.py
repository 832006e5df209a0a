"""Verification of KOD II links, as the QR host of KSeF does after a scan (outside ``/v2``: ``/qr/certificate/...``).

``kody-qr.md`` §2: the link ``.../certificate/{ctxType}/{ctxValue}/{sellerNip}/{serial}/{hash}/{signature}``
is accepted when

1. the certificate exists in the register of KSeF certificates, is of type ``Offline``, and is not revoked,
   blocked or outside its validity;
2. the signature (RSASSA-PSS SHA-256, MGF1, salt 32; or ECDSA P-256 SHA-256 as ``R||S`` or DER) verifies over
   the link without ``https://`` and without the signature segment;
3. the certificate's subject holds ``InvoiceWrite`` in the context;
4. the context may issue invoices for the seller's NIP (here: the seller is the context's own NIP).

The answer is JSON (the real host shows a page): ``valid``, the failed ``reason`` and each check.
"""

from __future__ import annotations

import base64
import re
from typing import Any
from urllib.parse import unquote, urlsplit

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from ksef_sandbox._state import SandboxState

from ._grants import permissions_of
from ._ksef_certificates import certificate_status

__all__ = ["verify_certificate_link"]

_HASH = re.compile(r"[A-Za-z0-9_-]{43}")
_CONTEXT_TYPES = ("Nip", "InternalId", "NipVatUe", "PeppolId")


def _b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature_ok(public_key: Any, signature: bytes, data: bytes) -> bool:
    try:
        if isinstance(public_key, rsa.RSAPublicKey):
            pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
            public_key.verify(signature, data, pss, hashes.SHA256())
        elif isinstance(public_key, ec.EllipticCurvePublicKey):
            if len(signature) == 64:  # IEEE P1363 R||S (recommended); otherwise ASN.1 DER
                signature = encode_dss_signature(
                    int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
                )
            public_key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


def _seller_allowed(context_type: str, context_value: str, seller: str) -> bool:
    if context_type == "Nip":
        return seller == context_value
    if context_type in ("InternalId", "NipVatUe"):
        return seller == context_value.split("-", 1)[0]
    return False


def verify_certificate_link(state: SandboxState, url: str) -> dict[str, Any]:
    """The verification of one KOD II link (see the module docstring)."""
    parts = urlsplit(url.strip())
    segments = [unquote(s) for s in parts.path.rstrip("/").split("/")]
    result: dict[str, Any] = {"valid": False, "url": url, "checks": {}}
    if "certificate" not in segments or len(segments) - segments.index("certificate") != 7:
        result["reason"] = "Nieprawidłowy format odnośnika."
        return result
    ctx_type, ctx_value, seller, serial, invoice_hash, signature_text = segments[segments.index("certificate") + 1 :]
    result.update(
        context={"type": ctx_type, "value": ctx_value},
        sellerNip=seller,
        certificateSerialNumber=serial,
        invoiceHash=invoice_hash,
    )
    checks: dict[str, Any] = result["checks"]
    if ctx_type not in _CONTEXT_TYPES or not _HASH.fullmatch(invoice_hash):
        result["reason"] = "Nieprawidłowy format odnośnika."
        return result
    record = state.certificates.get(serial)
    if record is None:
        checks["certificate"] = "Certyfikat nie istnieje w rejestrze certyfikatów KSeF."
    elif record.type != "Offline":
        checks["certificate"] = "Certyfikat nie jest certyfikatem typu Offline."
    else:
        status = certificate_status(state, record)
        if status != "Active" or state.now < record.valid_from:
            checks["certificate"] = f"Certyfikat nie jest ważny (status: {status})."
        else:
            checks["certificate"] = "ok"
            result["certificateType"] = record.type
    if record is not None:
        unsigned = url.strip().rstrip("/").rsplit("/", 1)[0]
        data = re.sub(r"^https?://", "", unsigned).encode("utf-8")
        try:
            signature = _b64url(signature_text)
        except ValueError:
            signature = b""
        public_key = x509.load_der_x509_certificate(record.der).public_key()
        checks["signature"] = "ok" if _signature_ok(public_key, signature, data) else "Nieprawidłowy podpis."
        allowed = "InvoiceWrite" in permissions_of(state, ctx_type, ctx_value, record.owner_value)
        checks["permissions"] = "ok" if allowed else "Wystawca nie ma uprawnienia InvoiceWrite w kontekście."
    checks["seller"] = (
        "ok" if _seller_allowed(ctx_type, ctx_value, seller) else "Kontekst nie może wystawiać faktur dla tego NIP."
    )
    failed = [v for k, v in checks.items() if v != "ok"]
    result["valid"] = not failed and len(checks) == 4
    if failed:
        result["reason"] = failed[0]
    return result
