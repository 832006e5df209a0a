"""The records the sandbox keeps (plain dataclasses) and the permission names it knows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ._xml import InvoiceFacts

__all__ = [
    "ALL_PERMISSIONS",
    "TOKEN_PERMISSIONS",
    "AuthOperation",
    "Enrollment",
    "Export",
    "Invoice",
    "IssuedCertificate",
    "KsefToken",
    "Session",
    "TokenRecord",
]

ALL_PERMISSIONS = (
    "InvoiceWrite",
    "InvoiceRead",
    "CredentialsManage",
    "CredentialsRead",
    "Introspection",
    "SubunitManage",
    "EnforcementOperations",
    "VatUeManage",
    "CollectiveIdentifierManage",
)
TOKEN_PERMISSIONS = (
    "InvoiceRead",
    "InvoiceWrite",
    "CredentialsRead",
    "CredentialsManage",
    "SubunitManage",
    "EnforcementOperations",
    "Introspection",
)


@dataclass
class KsefToken:
    reference: str
    secret: str
    context_type: str
    context_value: str
    permissions: list[str]
    description: str
    author_type: str
    author_value: str
    created: datetime
    status: str = "Active"  # Pending | Active | Revoking | Revoked | Failed
    last_use: datetime | None = None
    polls_left: int = 0  # status reads still showing Pending


@dataclass
class AuthOperation:
    reference: str
    started: datetime
    context_type: str
    context_value: str
    method: str  # AuthenticationMethod
    category: str  # AuthenticationMethodCategory
    subject_type: str  # Nip | Pesel | Fingerprint | Token
    subject_value: str
    permissions: list[str]
    status: tuple[int, str, list[str]]
    auth_token: str = ""
    ksef_token_ref: str | None = None
    document_hash: str | None = None
    allowed_ips: dict[str, list[str]] | None = None
    polls_left: int = 0
    redeemed: bool = False
    refresh_token: str | None = None
    refresh_valid_until: datetime | None = None
    last_refresh: datetime | None = None
    revoked: bool = False
    certificate_dn: tuple[tuple[str, str], ...] = ()  # (OID, value) of the XAdES certificate's subject
    ksef_certificate: str | None = None  # serial of the KSeF certificate used to log in


@dataclass
class IssuedCertificate:
    """A KSeF certificate the sandbox's CA issued (``certyfikaty-KSeF.md``)."""

    serial: str  # 16 uppercase hex digits
    der: bytes
    name: str
    type: str  # Authentication | Offline
    owner_type: str  # Nip | Pesel | Fingerprint
    owner_value: str
    common_name: str
    spki_sha256: str
    valid_from: datetime
    valid_to: datetime
    request_date: datetime
    status: str = "Active"  # Active | Blocked | Revoked (Expired is computed from valid_to)
    revocation_reason: str | None = None
    last_use: datetime | None = None


@dataclass
class Enrollment:
    """A certificate request: status 100 while ``polls_left``, then 200 with ``serial`` or a failure."""

    reference: str
    owner_type: str
    owner_value: str
    request_date: datetime
    name: str
    type: str
    csr_der: bytes
    valid_from: datetime | None
    polls_left: int = 0
    status: tuple[int, str, list[str]] = (100, "Wniosek przyjęty do realizacji", [])
    serial: str | None = None


@dataclass
class TokenRecord:
    kind: str  # OperationToken | ContextToken | RefreshToken
    auth_ref: str
    expires: datetime


@dataclass
class Invoice:
    reference: str
    session_ref: str
    ordinal: int
    invoice_hash: str
    size: int
    invoicing_date: datetime
    mode: str
    status: tuple[int, str, list[str]] = (100, "Przyjęto do dalszego przetwarzania", [])
    extensions: dict[str, str] | None = None
    content: bytes | None = None
    facts: InvoiceFacts | None = None
    ksef_number: str | None = None
    acquisition_date: datetime | None = None
    file_name: str | None = None
    polls_left: int = 0
    hash_of_corrected: str | None = None
    form: tuple[str, str, str] = ("FA (3)", "1-0E", "FA")
    upo: bytes | None = None


@dataclass
class Session:
    reference: str
    kind: str  # Online | Batch
    form: tuple[str, str, str]
    context_type: str
    context_value: str
    auth_ref: str
    created: datetime
    updated: datetime
    valid_until: datetime | None
    key: bytes | None
    iv: bytes
    status: tuple[int, str, list[str]] = (100, "Sesja interaktywna otwarta", [])
    invoices: list[Invoice] = field(default_factory=list)
    by_ksef: dict[str, Invoice] = field(default_factory=dict)
    by_ref: dict[str, Invoice] = field(default_factory=dict)
    closed: datetime | None = None
    polls_left: int = 0
    processing: bool = False
    offline: bool = False
    upo_pages: list[tuple[str, bytes]] = field(default_factory=list)
    batch: dict[str, Any] | None = None
    parts: dict[int, tuple[Path, int, str]] = field(default_factory=dict)

    @property
    def final(self) -> bool:
        return self.status[0] >= 200


@dataclass
class Export:
    reference: str
    context_value: str
    created: datetime
    status: tuple[int, str, list[str]]
    polls_left: int
    package: dict[str, Any] | None = None
    parts: list[bytes] = field(default_factory=list)
