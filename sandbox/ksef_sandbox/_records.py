"""The records the sandbox keeps (plain dataclasses) and the permission names it knows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ._xml import InvoiceFacts

__all__ = [
    "ALL_PERMISSIONS",
    "OWNER_PERMISSIONS",
    "TOKEN_PERMISSIONS",
    "AuthOperation",
    "Enrollment",
    "Export",
    "Grant",
    "Invoice",
    "IssuedCertificate",
    "KsefToken",
    "PermissionOperation",
    "Progress",
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
# the Owner role: every invoice and administrative permission except VatUeManage (uprawnienia.md); the
# context's role decides EnforcementOperations (only an enforcement authority or a court bailiff)
OWNER_PERMISSIONS = tuple(p for p in ALL_PERMISSIONS if p not in ("VatUeManage", "EnforcementOperations"))
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
class Progress:
    """Asynchronous work: "in progress" for ``polls`` more status reads and until ``ready_at`` (sandbox time)."""

    polls: int = 0
    ready_at: datetime | None = None

    def done(self, now: datetime) -> bool:
        return self.polls <= 0 and (self.ready_at is None or now >= self.ready_at)

    def read(self, now: datetime) -> bool:
        """One status read: True while the work is still in progress (the read uses up one poll)."""
        if self.done(now):
            return False
        if self.polls > 0:
            self.polls -= 1
        return True

    def finish(self) -> None:
        self.polls, self.ready_at = 0, None


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
    progress: Progress = field(default_factory=Progress)
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
    """A certificate request: status 100 while in ``progress``, then 200 with ``serial`` or a failure."""

    reference: str
    owner_type: str
    owner_value: str
    request_date: datetime
    name: str
    type: str
    csr_der: bytes
    valid_from: datetime | None
    progress: Progress = field(default_factory=Progress)
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
    progress: Progress = field(default_factory=Progress)
    permanent_storage_date: datetime | None = None  # stamped when the KSeF number is given (acquisition + delay)
    visible_at: datetime | None = None  # when the stored invoice can be read (at most hwm_lag after that date)
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
    progress: Progress = field(default_factory=Progress)
    processing: bool = False
    upload_deadline: datetime | None = None  # batch: parts x upload_window_per_part after opening
    offline: bool = False
    upo_pages: list[tuple[str, bytes]] = field(default_factory=list)
    batch: dict[str, Any] | None = None
    parts: dict[int, tuple[Path, int, str]] = field(default_factory=dict)

    @property
    def final(self) -> bool:
        return self.status[0] >= 200


@dataclass
class Export:
    """An export: the request is kept until the work is done, then the package is built (at that moment's data)."""

    reference: str
    context_type: str
    context_value: str
    created: datetime
    status: tuple[int, str, list[str]]
    progress: Progress
    request: dict[str, Any] = field(default_factory=dict)  # filters, compression, onlyMetadata, key, iv
    completed: datetime | None = None
    package: dict[str, Any] | None = None
    parts: list[bytes] = field(default_factory=list)


@dataclass
class Grant:
    """One granted permission (uprawnienia.md). ``kind`` says which grant operation made it:

    ``Person`` (persons/grants and test data), ``Entity`` (entities/grants), ``Authorization``
    (authorizations/grants: SelfInvoicing, RRInvoicing, TaxRepresentative, PefInvoicing), ``Indirect``
    (indirect/grants), ``Subunit`` (subunits/grants), ``EuEntityAdmin`` (eu-entities/administration/grants),
    ``EuEntity`` (eu-entities/grants).
    """

    id: str
    kind: str
    scope: str
    context: tuple[str, str]  # where it applies (for Authorization: the authorizing entity)
    authorized: tuple[str, str]  # who holds it: Nip | Pesel | Fingerprint | PeppolId
    author: tuple[str, str]  # who granted it: Nip | Pesel | Fingerprint | System
    granted_in: tuple[str, str]  # the context the grant was made in
    description: str
    start: datetime
    can_delegate: bool = False
    target: tuple[str, str | None] | None = None  # Indirect: Nip | InternalId | AllPartners
    details: dict[str, Any] = field(default_factory=dict)  # subject/entity details, names as the request gave them


@dataclass
class PermissionOperation:
    """A grant or revoke: its changes take effect when the operation completes (status 200)."""

    reference: str
    created: datetime
    progress: Progress
    outcome: tuple[int, str, list[str]]
    add: list[Grant] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)
    applied: bool = False
