"""The permission model (``uprawnienia.md``): owners, granted permissions, entity roles and authorizations.

- The **owner** of a context (the same NIP as the context, a PESEL or other identifier linked to that NIP by
  test data) holds every invoice and administrative permission except ``VatUeManage``; ``EnforcementOperations``
  only where the context is an enforcement authority or a court bailiff.
- **Grants** (:class:`~ksef_sandbox._records.Grant`) add permissions in a context: to persons, to entities
  (invoice handling, possibly delegable), indirectly through an intermediary (for one client or all its
  clients), to sub-unit administrators, to EU-entity administrators and representatives.
- **Authorizations** (``SelfInvoicing``, ``RRInvoicing``, ``TaxRepresentative``, ``PefInvoicing``) are not login
  permissions: they decide which invoices a context may send for another entity (``_authority``).
- **Roles** come from test data: an enforcement authority, a court bailiff (a person created with
  ``isBailiff``), a VAT group or local-government unit and its sub-units.
"""

from __future__ import annotations

from datetime import datetime

from ksef_sandbox._ids import reference_number
from ksef_sandbox._records import OWNER_PERMISSIONS, Grant
from ksef_sandbox._state import SandboxState

__all__ = [
    "Role",
    "authorized",
    "grant_system",
    "internal_id_ok",
    "is_owner",
    "new_grant",
    "nip_of",
    "permissions_of",
    "roles_of",
    "subordinates_of",
]

Role = tuple[str, str | None, str, datetime]
"""(role, parent NIP or None, description, start)."""

_PARENT_ROLES = {
    "VatGroup": ("VatGroupUnit", "VatGroupSubUnit"),
    "JST": ("LocalGovernmentUnit", "LocalGovernmentSubUnit"),
}


def nip_of(context_value: str) -> str:
    """The NIP part of a context identifier (``NIP``, ``NIP-12345``, ``NIP-VATUE``)."""
    return context_value.split("-", maxsplit=1)[0]


def internal_id_ok(value: str) -> bool:
    """``NIP-DDDDD`` whose last digit is the checksum (weights 1, 3, 1, 3... over the 14 digits, mod 10)."""
    digits = value.replace("-", "")
    if len(value) != 16 or value[10] != "-" or not digits.isdigit():
        return False
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:14]))
    return total % 10 == int(digits[14])


def new_grant(state: SandboxState, **fields: object) -> Grant:
    """A grant record with a fresh permission id (``PE`` reference number) starting now."""
    return Grant(id=reference_number("PE", state.now), start=state.now, **fields)  # type: ignore[arg-type]


def grant_system(
    state: SandboxState, context_value: str, subject: tuple[str, str], scope: str, description: str = "Dane testowe"
) -> Grant:
    """A person permission granted by the system (test data, the control handle), in force at once."""
    ctx_type = "InternalId" if len(context_value) == 16 and context_value[10] == "-" else "Nip"
    for g in state.grants.values():
        if g.kind == "Person" and g.context[1] == context_value and g.authorized == subject and g.scope == scope:
            return g
    grant = new_grant(
        state,
        kind="Person",
        scope=scope,
        context=(ctx_type, context_value),
        authorized=subject,
        author=("System", ""),
        granted_in=(ctx_type, context_value),
        description=description if 5 <= len(description) <= 256 else "Dane testowe",
    )
    state.grants[grant.id] = grant
    return grant


def roles_of(state: SandboxState, nip: str) -> list[Role]:
    """The entity roles of ``nip`` (``GET /permissions/query/entities/roles``)."""
    roles: list[Role] = []
    subject = state.subjects.get(nip)
    if subject:
        created = subject.get("created", state.now)
        kind = subject.get("type")
        if kind == "EnforcementAuthority":
            roles.append(("EnforcementAuthority", None, str(subject.get("description", "")), created))
        if kind in _PARENT_ROLES:
            roles.append((_PARENT_ROLES[kind][0], None, str(subject.get("description", "")), created))
        if subject.get("bailiff"):
            roles.append(("CourtBailiff", None, "Komornik sądowy", created))
    for parent, other in state.subjects.items():
        if other.get("type") in _PARENT_ROLES:
            for unit in other.get("subunits") or []:
                if str(unit.get("subjectNip")) == nip:
                    role = _PARENT_ROLES[other["type"]][1]
                    roles.append((role, parent, str(unit.get("description", "")), other.get("created", state.now)))
    return roles


def subordinates_of(state: SandboxState, nip: str) -> list[tuple[str, str, str, datetime]]:
    """(sub-unit NIP, role, description, start) of a VAT group or local-government unit."""
    subject = state.subjects.get(nip) or {}
    kind = subject.get("type")
    if kind not in _PARENT_ROLES:
        return []
    return [
        (
            str(u.get("subjectNip")),
            _PARENT_ROLES[kind][1],
            str(u.get("description", "")),
            subject.get("created", state.now),
        )
        for u in subject.get("subunits") or []
    ]


def _enforcer(state: SandboxState, nip: str) -> bool:
    return any(role in ("EnforcementAuthority", "CourtBailiff") for role, *_ in roles_of(state, nip))


def is_owner(state: SandboxState, context_type: str, context_value: str, subject_value: str) -> bool:
    """The subject has the Owner role in the context (its NIP, or an identifier linked to that NIP)."""
    if context_type not in ("Nip", "InternalId"):
        return False
    nip = nip_of(context_value)
    return subject_value == nip or subject_value in (state.subjects.get(nip) or {}).get("owners", ())


def _indirect_applies(state: SandboxState, g: Grant, context_value: str) -> bool:
    if g.target is None:
        return False
    kind, value = g.target
    if kind in ("Nip", "InternalId"):
        return value == context_value
    intermediary = g.granted_in[1]  # AllPartners: every client that let the intermediary delegate
    return any(
        e.kind == "Entity" and e.can_delegate and e.context[1] == context_value and e.authorized[1] == intermediary
        for e in state.grants.values()
    )


def permissions_of(state: SandboxState, context_type: str, context_value: str, subject_value: str) -> list[str]:
    """The permissions ``subject_value`` (a NIP, PESEL or certificate fingerprint) holds in the context."""
    perms: set[str] = set()
    if is_owner(state, context_type, context_value, subject_value):
        perms |= set(OWNER_PERMISSIONS)
        if _enforcer(state, nip_of(context_value)):
            perms.add("EnforcementOperations")
    for g in state.grants.values():
        if g.kind == "Authorization" or g.authorized[1] != subject_value:
            continue
        if g.kind == "Indirect":
            if _indirect_applies(state, g, context_value):
                perms.add(g.scope)
        elif g.context[1] == context_value:
            perms.add(g.scope)
    return sorted(perms)


def authorized(state: SandboxState, authorizing_nip: str, authorized_value: str, *scopes: str) -> bool:
    """``authorizing_nip`` gave ``authorized_value`` one of the authorizations ``scopes``."""
    return any(
        g.kind == "Authorization"
        and g.scope in scopes
        and g.context[1] == authorizing_nip
        and g.authorized[1] == authorized_value
        for g in state.grants.values()
    )
