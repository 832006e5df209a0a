"""Typed requests for every kind of permission grant in the spec (``uprawnienia.md``).

Each builder checks its input before anything is sent and returns a :class:`GrantRequest`; send it with
:func:`~ksef_sdk.management.grant_permissions` (which waits for the operation by default)::

    request = person_grant(Subject.pesel("80010112340"), ["InvoiceWrite", "InvoiceRead"], "Księgowa",
                           PersonDetails("Anna", "Nowak"))
    operation = grant_permissions(client, request)        # 202 → GET /permissions/operations/{ref} until done

- :func:`person_grant` (``persons/grants``): a person (NIP, PESEL, fingerprint) in this context;
- :func:`entity_grant` (``entities/grants``): an entity (NIP), invoices, optionally delegable;
- :func:`authorization_grant` (``authorizations/grants``): self-invoicing, RR, tax representative, PEF;
- :func:`indirect_grant` (``indirect/grants``): a person acting for this entity's partners;
- :func:`subunit_admin_grant` (``subunits/grants``): the administrator of a subunit;
- :func:`eu_entity_admin_grant` (``eu-entities/administration/grants``): an EU entity's administrator;
- :func:`eu_entity_representative_grant` (``eu-entities/grants``): an EU entity's representative.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal, cast, get_args

from ksef_sdk.errors import ConfigurationError, InvalidIdentifierError
from ksef_sdk.identifiers import (
    ContextIdentifier,
    validate_internal_id,
    validate_nip,
    validate_peppol_id,
    validate_pesel,
)

__all__ = [
    "GRANT_OPERATIONS",
    "EntityByFingerprint",
    "EuEntity",
    "GrantRequest",
    "IdDocument",
    "PersonByFingerprint",
    "PersonDetails",
    "PersonWithoutIdentifier",
    "Subject",
    "authorization_grant",
    "entity_grant",
    "eu_entity_admin_grant",
    "eu_entity_representative_grant",
    "indirect_grant",
    "person_grant",
    "subunit_admin_grant",
]

PersonPermission = Literal[
    "CredentialsManage",
    "CredentialsRead",
    "InvoiceWrite",
    "InvoiceRead",
    "Introspection",
    "SubunitManage",
    "EnforcementOperations",
    "CollectiveIdentifierManage",
]
InvoicePermission = Literal["InvoiceWrite", "InvoiceRead"]
AuthorizationPermission = Literal["SelfInvoicing", "RRInvoicing", "TaxRepresentative", "PefInvoicing"]

_PERSON_PERMISSIONS: Final = get_args(PersonPermission)
_INVOICE_PERMISSIONS: Final = get_args(InvoicePermission)
_AUTHORIZATIONS: Final = get_args(AuthorizationPermission)
_FINGERPRINT: Final = re.compile(r"[0-9A-Fa-f]{64}")

GRANT_OPERATIONS: Final = {
    "persons": "post_permissions_persons_grants",
    "entities": "post_permissions_entities_grants",
    "authorizations": "post_permissions_authorizations_grants",
    "indirect": "post_permissions_indirect_grants",
    "subunits": "post_permissions_subunits_grants",
    "eu_entity_admin": "post_permissions_eu_entities_administration_grants",
    "eu_entity_representative": "post_permissions_eu_entities_grants",
}
"""Grant kind → module of ``ksef_api.api.permissions``."""


@dataclass(frozen=True)
class Subject:
    """Who receives a grant: ``Subject.nip(...)``, ``Subject.pesel(...)``, ``Subject.fingerprint(...)``
    (SHA-256 of a certificate, 64 hex digits) or ``Subject.peppol_id(...)`` (authorizations only)."""

    type: Literal["Nip", "Pesel", "Fingerprint", "PeppolId"]
    value: str

    def __post_init__(self) -> None:
        if self.type == "Nip":
            validate_nip(self.value, checksum=False)
        elif self.type == "Pesel":
            validate_pesel(self.value)
        elif self.type == "Fingerprint":
            if not isinstance(self.value, str) or not _FINGERPRINT.fullmatch(self.value):
                raise InvalidIdentifierError("certificate fingerprint", self.value, "expected 64 hexadecimal digits")
            object.__setattr__(self, "value", self.value.upper())
        elif self.type == "PeppolId":
            validate_peppol_id(self.value)
        else:
            raise InvalidIdentifierError("subject identifier type", self.type, "Nip, Pesel, Fingerprint or PeppolId")

    @classmethod
    def nip(cls, value: str) -> Subject:
        return cls("Nip", value)

    @classmethod
    def pesel(cls, value: str) -> Subject:
        return cls("Pesel", value)

    @classmethod
    def fingerprint(cls, value: str) -> Subject:
        return cls("Fingerprint", value)

    @classmethod
    def peppol_id(cls, value: str) -> Subject:
        return cls("PeppolId", value)

    def to_dict(self) -> dict[str, str]:
        return {"type": self.type, "value": self.value}


def _text(what: str, value: str, lo: int, hi: int) -> str:
    if not isinstance(value, str) or not lo <= len(value) <= hi:
        raise ConfigurationError(f"{what} has {lo}-{hi} characters")
    return value


@dataclass(frozen=True)
class PersonDetails:
    """A person identified by NIP or PESEL (``PersonByIdentifier``)."""

    first_name: str
    last_name: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "subjectDetailsType": "PersonByIdentifier",
            "personById": {
                "firstName": _text("first_name", self.first_name, 2, 30),
                "lastName": _text("last_name", self.last_name, 2, 81),
            },
        }


@dataclass(frozen=True)
class PersonByFingerprint:
    """A person known by a certificate fingerprint who also has a NIP or PESEL (``identifier``)."""

    first_name: str
    last_name: str
    identifier: Subject

    def body(self) -> dict[str, Any]:
        if self.identifier.type not in ("Nip", "Pesel"):
            raise ConfigurationError("PersonByFingerprint.identifier is a NIP or a PESEL")
        return {
            "firstName": _text("first_name", self.first_name, 2, 30),
            "lastName": _text("last_name", self.last_name, 2, 81),
            "identifier": self.identifier.to_dict(),
        }

    def to_dict(self) -> dict[str, Any]:
        return {"subjectDetailsType": "PersonByFingerprintWithIdentifier", "personByFpWithId": self.body()}


@dataclass(frozen=True)
class IdDocument:
    """An identity document: ``type`` (e.g. ``"Passport"``), ``number``, ``country`` (ISO 3166, 2 letters)."""

    type: str
    number: str
    country: str

    def to_dict(self) -> dict[str, str]:
        if not re.fullmatch(r"[A-Z]{2}", self.country or ""):
            raise ConfigurationError(f"document country {self.country!r}: two capital letters (ISO 3166)")
        return {
            "type": _text("document type", self.type, 1, 20),
            "number": _text("document number", self.number, 1, 20),
            "country": self.country,
        }


@dataclass(frozen=True)
class PersonWithoutIdentifier:
    """A person known by a certificate fingerprint only, with a birth date and an identity document."""

    first_name: str
    last_name: str
    birth_date: dt.date
    document: IdDocument

    def body(self) -> dict[str, Any]:
        return {
            "firstName": _text("first_name", self.first_name, 2, 30),
            "lastName": _text("last_name", self.last_name, 2, 81),
            "birthDate": self.birth_date.isoformat(),
            "idDocument": self.document.to_dict(),
        }

    def to_dict(self) -> dict[str, Any]:
        return {"subjectDetailsType": "PersonByFingerprintWithoutIdentifier", "personByFpNoId": self.body()}


@dataclass(frozen=True)
class EntityByFingerprint:
    """An entity known by its certificate fingerprint (EU entities)."""

    full_name: str
    address: str

    def body(self) -> dict[str, str]:
        return _entity(self.full_name, self.address)

    def to_dict(self) -> dict[str, Any]:
        return {"subjectDetailsType": "EntityByFingerprint", "entityByFp": self.body()}


@dataclass(frozen=True)
class EuEntity:
    """The EU entity an administrator is appointed for (``euEntityDetails``)."""

    full_name: str
    address: str

    def to_dict(self) -> dict[str, str]:
        return _entity(self.full_name, self.address)


def _entity(full_name: str, address: str) -> dict[str, str]:
    """An entity's name (1-100 characters) and address (1-512), as both EU entity shapes carry them."""
    return {"fullName": _text("full_name", full_name, 1, 100), "address": _text("address", address, 1, 512)}


PersonSubjectDetails = PersonDetails | PersonByFingerprint | PersonWithoutIdentifier
EuSubjectDetails = PersonByFingerprint | PersonWithoutIdentifier | EntityByFingerprint


@dataclass(frozen=True)
class GrantRequest:
    """A checked grant: ``kind`` (a key of :data:`GRANT_OPERATIONS`) and the generated request ``body``."""

    kind: str
    body: Any

    def to_dict(self) -> dict[str, Any]:
        return dict(self.body.to_dict())


def _model(kind: str, name: str, data: Mapping[str, Any]) -> GrantRequest:
    import importlib

    module_name = "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
    model = getattr(importlib.import_module(f"ksef_api.models.{module_name}"), name)
    try:
        return GrantRequest(kind, model.from_dict(dict(data)))
    except (KeyError, ValueError, TypeError) as exc:  # an enum value the generated model refuses
        raise ConfigurationError(f"{kind} grant: {exc}") from None


def _permissions(permissions: Iterable[str], allowed: tuple[str, ...], what: str) -> list[str]:
    if isinstance(permissions, str):
        raise ConfigurationError(f"{what}: a list of permission names, not one string")
    chosen = list(dict.fromkeys(permissions))
    unknown = [p for p in chosen if p not in allowed]
    if not chosen or unknown:
        raise ConfigurationError(f"{what} {unknown or chosen!r}: one or more of {', '.join(allowed)}")
    return chosen


def _description(description: str) -> str:
    return _text("description", description, 5, 256)


def _subject(subject: Subject, types: tuple[str, ...], what: str) -> dict[str, str]:
    if not isinstance(subject, Subject) or subject.type not in types:
        raise ConfigurationError(f"{what}: a Subject of type {' or '.join(types)}")
    return subject.to_dict()


def _details(details: Any, kinds: tuple[type, ...], what: str) -> dict[str, Any]:
    if not isinstance(details, kinds):
        raise ConfigurationError(f"{what}: one of {', '.join(k.__name__ for k in kinds)}")
    data: dict[str, Any] = cast(Any, details).to_dict()
    return data


def person_grant(
    subject: Subject,
    permissions: Iterable[PersonPermission | str],
    description: str,
    details: PersonSubjectDetails,
) -> GrantRequest:
    """Permissions in this context for a person (NIP, PESEL or certificate fingerprint)."""
    return _model(
        "persons",
        "PersonPermissionsGrantRequest",
        {
            "subjectIdentifier": _subject(subject, ("Nip", "Pesel", "Fingerprint"), "person grant subject"),
            "permissions": _permissions(permissions, _PERSON_PERMISSIONS, "person permissions"),
            "description": _description(description),
            "subjectDetails": _details(
                details, (PersonDetails, PersonByFingerprint, PersonWithoutIdentifier), "details"
            ),
        },
    )


def entity_grant(
    nip: str,
    permissions: Iterable[InvoicePermission | str],
    description: str,
    full_name: str,
    *,
    can_delegate: bool | Iterable[str] = False,
) -> GrantRequest:
    """Invoice permissions for an entity (NIP), e.g. an accounting office; ``can_delegate`` (all, or the
    permissions named) lets it pass them on."""
    chosen = _permissions(permissions, _INVOICE_PERMISSIONS, "entity permissions")
    delegable = set(chosen) if can_delegate is True else set() if can_delegate is False else set(can_delegate)
    return _model(
        "entities",
        "EntityPermissionsGrantRequest",
        {
            "subjectIdentifier": {"type": "Nip", "value": validate_nip(nip, checksum=False)},
            "permissions": [{"type": p, "canDelegate": p in delegable} for p in chosen],
            "description": _description(description),
            "subjectDetails": {"fullName": _text("full_name", full_name, 5, 90)},
        },
    )


def authorization_grant(
    subject: Subject, permission: AuthorizationPermission | str, description: str, full_name: str
) -> GrantRequest:
    """A subject authorization (self-invoicing, RR invoicing, tax representative, PEF invoicing) for an
    entity (NIP) or a Peppol provider (PeppolId)."""
    if permission not in _AUTHORIZATIONS:
        raise ConfigurationError(f"authorization {permission!r}: one of {', '.join(_AUTHORIZATIONS)}")
    return _model(
        "authorizations",
        "EntityAuthorizationPermissionsGrantRequest",
        {
            "subjectIdentifier": _subject(subject, ("Nip", "PeppolId"), "authorization subject"),
            "permission": permission,
            "description": _description(description),
            "subjectDetails": {"fullName": _text("full_name", full_name, 5, 90)},
        },
    )


def indirect_grant(
    subject: Subject,
    permissions: Iterable[InvoicePermission | str],
    description: str,
    details: PersonSubjectDetails,
    *,
    target: ContextIdentifier | Literal["AllPartners"] | str | None = None,
) -> GrantRequest:
    """Invoice permissions a person gets through this entity for its partners: ``target`` one partner (a NIP
    or an internal id) or ``"AllPartners"`` (``None``: as KSeF defaults)."""
    data: dict[str, Any] = {
        "subjectIdentifier": _subject(subject, ("Nip", "Pesel", "Fingerprint"), "indirect grant subject"),
        "permissions": _permissions(permissions, _INVOICE_PERMISSIONS, "indirect permissions"),
        "description": _description(description),
        "subjectDetails": _details(details, (PersonDetails, PersonByFingerprint, PersonWithoutIdentifier), "details"),
    }
    if target == "AllPartners":
        data["targetIdentifier"] = {"type": "AllPartners"}
    elif target is not None:
        ctx = ContextIdentifier.coerce(target)
        if ctx.type not in ("Nip", "InternalId"):
            raise ConfigurationError("indirect grant target: a NIP, an internal id or 'AllPartners'")
        data["targetIdentifier"] = {"type": ctx.type, "value": ctx.value}
    return _model("indirect", "IndirectPermissionsGrantRequest", data)


def subunit_admin_grant(
    subject: Subject,
    subunit: ContextIdentifier | tuple[str, str] | str,
    description: str,
    details: PersonSubjectDetails,
    *,
    subunit_name: str | None = None,
) -> GrantRequest:
    """The administrator of a subunit (``InternalId``) or subordinate entity (NIP); ``subunit_name`` is
    required by KSeF for an internal id."""
    ctx = ContextIdentifier.coerce(subunit)
    if ctx.type not in ("InternalId", "Nip"):
        raise ConfigurationError("subunit: an internal id or a NIP")
    if ctx.type == "InternalId" and not subunit_name:
        raise ConfigurationError("subunit_name is required for a subunit identified by an internal id")
    if ctx.type == "InternalId":
        validate_internal_id(ctx.value, check_digit=True)  # KSeF refuses a wrong check digit here (21405)
    data: dict[str, Any] = {
        "subjectIdentifier": _subject(subject, ("Nip", "Pesel", "Fingerprint"), "subunit administrator"),
        "contextIdentifier": {"type": ctx.type, "value": ctx.value},
        "description": _description(description),
        "subjectDetails": _details(details, (PersonDetails, PersonByFingerprint, PersonWithoutIdentifier), "details"),
    }
    if subunit_name is not None:
        data["subunitName"] = _text("subunit_name", subunit_name, 5, 256)
    return _model("subunits", "SubunitPermissionsGrantRequest", data)


def eu_entity_admin_grant(
    fingerprint: str,
    context: ContextIdentifier | tuple[str, str] | str,
    description: str,
    *,
    eu_entity_name: str,
    details: EuSubjectDetails,
    eu_entity: EuEntity,
) -> GrantRequest:
    """The administrator (by certificate fingerprint) of an EU entity in the ``NipVatUe`` context."""
    ctx = ContextIdentifier.coerce(context)
    if ctx.type != "NipVatUe":
        raise ConfigurationError("an EU entity is identified by a NipVatUe context")
    if not isinstance(eu_entity, EuEntity):
        raise ConfigurationError("eu_entity: an EuEntity(full_name, address)")
    return _model(
        "eu_entity_admin",
        "EuEntityAdministrationPermissionsGrantRequest",
        {
            "subjectIdentifier": Subject.fingerprint(fingerprint).to_dict(),
            "contextIdentifier": {"type": "NipVatUe", "value": ctx.value},
            "description": _description(description),
            "euEntityName": _text("eu_entity_name", eu_entity_name, 5, 256),
            "subjectDetails": _details(
                details, (PersonByFingerprint, PersonWithoutIdentifier, EntityByFingerprint), "details"
            ),
            "euEntityDetails": eu_entity.to_dict(),
        },
    )


def eu_entity_representative_grant(
    fingerprint: str,
    permissions: Iterable[InvoicePermission | str],
    description: str,
    details: EuSubjectDetails,
) -> GrantRequest:
    """Invoice permissions for a representative (by certificate fingerprint) of the EU entity logged in."""
    return _model(
        "eu_entity_representative",
        "EuEntityPermissionsGrantRequest",
        {
            "subjectIdentifier": Subject.fingerprint(fingerprint).to_dict(),
            "permissions": _permissions(permissions, _INVOICE_PERMISSIONS, "EU entity permissions"),
            "description": _description(description),
            "subjectDetails": _details(
                details, (PersonByFingerprint, PersonWithoutIdentifier, EntityByFingerprint), "details"
            ),
        },
    )
