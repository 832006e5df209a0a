"""Helpers shared by the tests of issue 4: Ministry-like certificates and KSeF JSON answers."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

UTC = dt.timezone.utc
NOW = dt.datetime.now(UTC).replace(microsecond=0)


@dataclass
class MinistryKey:
    private_key: rsa.RSAPrivateKey
    der: bytes
    valid_from: dt.datetime
    valid_to: dt.datetime
    usage: list[str]

    @property
    def public_key_id(self) -> str:
        import hashlib

        spki = self.private_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return base64.b64encode(hashlib.sha256(spki).digest()).decode()

    def entry(self) -> dict[str, Any]:
        import hashlib

        return {
            "certificate": base64.b64encode(self.der).decode(),
            "certificateId": base64.b64encode(hashlib.sha256(self.der).digest()).decode(),
            "publicKeyId": self.public_key_id,
            "validFrom": self.valid_from.isoformat(),
            "validTo": self.valid_to.isoformat(),
            "usage": self.usage,
        }


_KEY_POOL: list[rsa.RSAPrivateKey] = []


def _pooled_key(index: int) -> rsa.RSAPrivateKey:
    while len(_KEY_POOL) <= index:
        _KEY_POOL.append(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    return _KEY_POOL[index]


def make_ministry_key(
    usage: list[str],
    *,
    valid_from: dt.datetime | None = None,
    valid_to: dt.datetime | None = None,
    key_index: int = 0,
) -> MinistryKey:
    """A self-signed 'Ministerstwo Finansów' certificate (RSA-2048, keys reused from a small pool)."""
    key = _pooled_key(key_index)
    start = valid_from or NOW - dt.timedelta(days=30)
    end = valid_to or NOW + dt.timedelta(days=365)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ministerstwo Finansów")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .sign(key, hashes.SHA256())
    )
    return MinistryKey(key, cert.public_bytes(serialization.Encoding.DER), start, end, usage)


def exception_body(code: int, description: str = "error", details: list[str] | None = None) -> dict[str, Any]:
    """A legacy KSeF 400 ``ExceptionResponse`` body."""
    return {
        "exception": {
            "exceptionDetailList": [
                {"exceptionCode": code, "exceptionDescription": description, "details": details or []}
            ],
            "referenceNumber": None,
            "serviceCode": "00-TEST-00",
            "serviceCtx": "srvTEST",
            "serviceName": "test",
            "timestamp": "2025-10-11T12:23:56.0154302",
        }
    }
