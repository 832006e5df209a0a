from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_permission_type import InvoicePermissionType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.entity_authorizations_author_identifier import (
        EntityAuthorizationsAuthorIdentifier,
    )
    from ..models.entity_authorizations_authorized_entity_identifier import (
        EntityAuthorizationsAuthorizedEntityIdentifier,
    )
    from ..models.entity_authorizations_authorizing_entity_identifier import (
        EntityAuthorizationsAuthorizingEntityIdentifier,
    )
    from ..models.permissions_subject_entity_by_identifier_details import (
        PermissionsSubjectEntityByIdentifierDetails,
    )


T = TypeVar("T", bound="EntityAuthorizationGrant")


@_attrs_define
class EntityAuthorizationGrant:
    """
    Attributes:
        id (str): Techniczny identyfikator nadanego uprawnienia – wymagany m.in. przy operacjach odbierania.
        authorized_entity_identifier (EntityAuthorizationsAuthorizedEntityIdentifier): Identyfikator podmiotu
            uprawnionego.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | PeppolId | Identyfikator dostawcy usług Peppol |
        authorizing_entity_identifier (EntityAuthorizationsAuthorizingEntityIdentifier): Identyfikator podmiotu
            uprawniającego.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
        authorization_scope (InvoicePermissionType):
        description (str): Opis uprawnienia.
        start_date (datetime.datetime): Data rozpoczęcia obowiązywania uprawnienia.
        author_identifier (EntityAuthorizationsAuthorIdentifier | None | Unset): Identyfikator osoby nadającej
            uprawnienie.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | Pesel | 11 cyfrowy numer PESEL |
            | Fingerprint | Odcisk palca certyfikatu |
        subject_entity_details (None | PermissionsSubjectEntityByIdentifierDetails | Unset): Dane podmiotu uprawnionego.
    """

    id: str
    authorized_entity_identifier: EntityAuthorizationsAuthorizedEntityIdentifier
    authorizing_entity_identifier: EntityAuthorizationsAuthorizingEntityIdentifier
    authorization_scope: InvoicePermissionType
    description: str
    start_date: datetime.datetime
    author_identifier: EntityAuthorizationsAuthorIdentifier | None | Unset = UNSET
    subject_entity_details: (
        None | PermissionsSubjectEntityByIdentifierDetails | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_authorizations_author_identifier import (
            EntityAuthorizationsAuthorIdentifier,
        )
        from ..models.permissions_subject_entity_by_identifier_details import (
            PermissionsSubjectEntityByIdentifierDetails,
        )

        id = self.id

        authorized_entity_identifier = self.authorized_entity_identifier.to_dict()

        authorizing_entity_identifier = self.authorizing_entity_identifier.to_dict()

        authorization_scope = self.authorization_scope.value

        description = self.description

        start_date = self.start_date.isoformat()

        author_identifier: dict[str, Any] | None | Unset
        if isinstance(self.author_identifier, Unset):
            author_identifier = UNSET
        elif isinstance(self.author_identifier, EntityAuthorizationsAuthorIdentifier):
            author_identifier = self.author_identifier.to_dict()
        else:
            author_identifier = self.author_identifier

        subject_entity_details: dict[str, Any] | None | Unset
        if isinstance(self.subject_entity_details, Unset):
            subject_entity_details = UNSET
        elif isinstance(
            self.subject_entity_details, PermissionsSubjectEntityByIdentifierDetails
        ):
            subject_entity_details = self.subject_entity_details.to_dict()
        else:
            subject_entity_details = self.subject_entity_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "authorizedEntityIdentifier": authorized_entity_identifier,
                "authorizingEntityIdentifier": authorizing_entity_identifier,
                "authorizationScope": authorization_scope,
                "description": description,
                "startDate": start_date,
            }
        )
        if author_identifier is not UNSET:
            field_dict["authorIdentifier"] = author_identifier
        if subject_entity_details is not UNSET:
            field_dict["subjectEntityDetails"] = subject_entity_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_authorizations_author_identifier import (
            EntityAuthorizationsAuthorIdentifier,
        )
        from ..models.entity_authorizations_authorized_entity_identifier import (
            EntityAuthorizationsAuthorizedEntityIdentifier,
        )
        from ..models.entity_authorizations_authorizing_entity_identifier import (
            EntityAuthorizationsAuthorizingEntityIdentifier,
        )
        from ..models.permissions_subject_entity_by_identifier_details import (
            PermissionsSubjectEntityByIdentifierDetails,
        )

        d = dict(src_dict)
        id = d.pop("id")

        authorized_entity_identifier = (
            EntityAuthorizationsAuthorizedEntityIdentifier.from_dict(
                d.pop("authorizedEntityIdentifier")
            )
        )

        authorizing_entity_identifier = (
            EntityAuthorizationsAuthorizingEntityIdentifier.from_dict(
                d.pop("authorizingEntityIdentifier")
            )
        )

        authorization_scope = InvoicePermissionType(d.pop("authorizationScope"))

        description = d.pop("description")

        start_date = parse_datetime(d.pop("startDate"))

        def _parse_author_identifier(
            data: object,
        ) -> EntityAuthorizationsAuthorIdentifier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                author_identifier_type_1 = (
                    EntityAuthorizationsAuthorIdentifier.from_dict(data)
                )

                return author_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityAuthorizationsAuthorIdentifier | None | Unset, data)

        author_identifier = _parse_author_identifier(d.pop("authorIdentifier", UNSET))

        def _parse_subject_entity_details(
            data: object,
        ) -> None | PermissionsSubjectEntityByIdentifierDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_entity_details_type_1 = (
                    PermissionsSubjectEntityByIdentifierDetails.from_dict(data)
                )

                return subject_entity_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PermissionsSubjectEntityByIdentifierDetails | Unset, data
            )

        subject_entity_details = _parse_subject_entity_details(
            d.pop("subjectEntityDetails", UNSET)
        )

        entity_authorization_grant = cls(
            id=id,
            authorized_entity_identifier=authorized_entity_identifier,
            authorizing_entity_identifier=authorizing_entity_identifier,
            authorization_scope=authorization_scope,
            description=description,
            start_date=start_date,
            author_identifier=author_identifier,
            subject_entity_details=subject_entity_details,
        )

        entity_authorization_grant.additional_properties = d
        return entity_authorization_grant

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
