from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_state import PermissionState
from ..models.person_permission_scope import PersonPermissionScope
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.permissions_subject_entity_details import (
        PermissionsSubjectEntityDetails,
    )
    from ..models.permissions_subject_person_details import (
        PermissionsSubjectPersonDetails,
    )
    from ..models.person_permissions_author_identifier import (
        PersonPermissionsAuthorIdentifier,
    )
    from ..models.person_permissions_authorized_identifier import (
        PersonPermissionsAuthorizedIdentifier,
    )
    from ..models.person_permissions_context_identifier import (
        PersonPermissionsContextIdentifier,
    )
    from ..models.person_permissions_target_identifier import (
        PersonPermissionsTargetIdentifier,
    )


T = TypeVar("T", bound="PersonPermission")


@_attrs_define
class PersonPermission:
    """
    Attributes:
        id (str): Techniczny identyfikator nadanego uprawnienia – wymagany m.in. przy operacjach odbierania.
        authorized_identifier (PersonPermissionsAuthorizedIdentifier): Identyfikator osoby lub podmiotu uprawnionego.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | Pesel | 11 cyfrowy numer PESEL |
            | Fingerprint | Odcisk palca certyfikatu |
        author_identifier (PersonPermissionsAuthorIdentifier): Identyfikator osoby lub podmiotu nadającego uprawnienie.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | Pesel | 11 cyfrowy numer PESEL |
            | Fingerprint | Odcisk palca certyfikatu |
            | System | Identyfikator systemowy KSeF |
        permission_scope (PersonPermissionScope):
        description (str): Opis uprawnienia.
        permission_state (PermissionState):
        start_date (datetime.datetime): Data rozpoczęcia obowiązywania uprawnienia.
        can_delegate (bool): Flaga określająca, czy uprawnienie ma być możliwe do dalszego przekazywania.
        context_identifier (None | PersonPermissionsContextIdentifier | Unset): Identyfikator kontekstu uprawnienia (dla
            uprawnień nadanych administratorom jednostek podrzędnych).
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | InternalId | Dwuczłonowy identyfikator składający się z numeru NIP i 5 cyfr: `{nip}-{5_cyfr}` |
        target_identifier (None | PersonPermissionsTargetIdentifier | Unset): Identyfikator podmiotu docelowego dla
            uprawnień nadanych pośrednio.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | AllPartners | Identyfikator oznaczający, że uprawnienie nadane w sposób pośredni jest typu generalnego |
            | InternalId | Dwuczłonowy identyfikator składający się z numeru NIP i 5 cyfr: `{nip}-{5_cyfr}` |
        subject_person_details (None | PermissionsSubjectPersonDetails | Unset): Dane osoby uprawnionej.
        subject_entity_details (None | PermissionsSubjectEntityDetails | Unset): Dane podmiotu uprawnionego.
    """

    id: str
    authorized_identifier: PersonPermissionsAuthorizedIdentifier
    author_identifier: PersonPermissionsAuthorIdentifier
    permission_scope: PersonPermissionScope
    description: str
    permission_state: PermissionState
    start_date: datetime.datetime
    can_delegate: bool
    context_identifier: None | PersonPermissionsContextIdentifier | Unset = UNSET
    target_identifier: None | PersonPermissionsTargetIdentifier | Unset = UNSET
    subject_person_details: None | PermissionsSubjectPersonDetails | Unset = UNSET
    subject_entity_details: None | PermissionsSubjectEntityDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.permissions_subject_entity_details import (
            PermissionsSubjectEntityDetails,
        )
        from ..models.permissions_subject_person_details import (
            PermissionsSubjectPersonDetails,
        )
        from ..models.person_permissions_context_identifier import (
            PersonPermissionsContextIdentifier,
        )
        from ..models.person_permissions_target_identifier import (
            PersonPermissionsTargetIdentifier,
        )

        id = self.id

        authorized_identifier = self.authorized_identifier.to_dict()

        author_identifier = self.author_identifier.to_dict()

        permission_scope = self.permission_scope.value

        description = self.description

        permission_state = self.permission_state.value

        start_date = self.start_date.isoformat()

        can_delegate = self.can_delegate

        context_identifier: dict[str, Any] | None | Unset
        if isinstance(self.context_identifier, Unset):
            context_identifier = UNSET
        elif isinstance(self.context_identifier, PersonPermissionsContextIdentifier):
            context_identifier = self.context_identifier.to_dict()
        else:
            context_identifier = self.context_identifier

        target_identifier: dict[str, Any] | None | Unset
        if isinstance(self.target_identifier, Unset):
            target_identifier = UNSET
        elif isinstance(self.target_identifier, PersonPermissionsTargetIdentifier):
            target_identifier = self.target_identifier.to_dict()
        else:
            target_identifier = self.target_identifier

        subject_person_details: dict[str, Any] | None | Unset
        if isinstance(self.subject_person_details, Unset):
            subject_person_details = UNSET
        elif isinstance(self.subject_person_details, PermissionsSubjectPersonDetails):
            subject_person_details = self.subject_person_details.to_dict()
        else:
            subject_person_details = self.subject_person_details

        subject_entity_details: dict[str, Any] | None | Unset
        if isinstance(self.subject_entity_details, Unset):
            subject_entity_details = UNSET
        elif isinstance(self.subject_entity_details, PermissionsSubjectEntityDetails):
            subject_entity_details = self.subject_entity_details.to_dict()
        else:
            subject_entity_details = self.subject_entity_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "authorizedIdentifier": authorized_identifier,
                "authorIdentifier": author_identifier,
                "permissionScope": permission_scope,
                "description": description,
                "permissionState": permission_state,
                "startDate": start_date,
                "canDelegate": can_delegate,
            }
        )
        if context_identifier is not UNSET:
            field_dict["contextIdentifier"] = context_identifier
        if target_identifier is not UNSET:
            field_dict["targetIdentifier"] = target_identifier
        if subject_person_details is not UNSET:
            field_dict["subjectPersonDetails"] = subject_person_details
        if subject_entity_details is not UNSET:
            field_dict["subjectEntityDetails"] = subject_entity_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions_subject_entity_details import (
            PermissionsSubjectEntityDetails,
        )
        from ..models.permissions_subject_person_details import (
            PermissionsSubjectPersonDetails,
        )
        from ..models.person_permissions_author_identifier import (
            PersonPermissionsAuthorIdentifier,
        )
        from ..models.person_permissions_authorized_identifier import (
            PersonPermissionsAuthorizedIdentifier,
        )
        from ..models.person_permissions_context_identifier import (
            PersonPermissionsContextIdentifier,
        )
        from ..models.person_permissions_target_identifier import (
            PersonPermissionsTargetIdentifier,
        )

        d = dict(src_dict)
        id = d.pop("id")

        authorized_identifier = PersonPermissionsAuthorizedIdentifier.from_dict(
            d.pop("authorizedIdentifier")
        )

        author_identifier = PersonPermissionsAuthorIdentifier.from_dict(
            d.pop("authorIdentifier")
        )

        permission_scope = PersonPermissionScope(d.pop("permissionScope"))

        description = d.pop("description")

        permission_state = PermissionState(d.pop("permissionState"))

        start_date = parse_datetime(d.pop("startDate"))

        can_delegate = d.pop("canDelegate")

        def _parse_context_identifier(
            data: object,
        ) -> None | PersonPermissionsContextIdentifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_identifier_type_1 = (
                    PersonPermissionsContextIdentifier.from_dict(data)
                )

                return context_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPermissionsContextIdentifier | Unset, data)

        context_identifier = _parse_context_identifier(
            d.pop("contextIdentifier", UNSET)
        )

        def _parse_target_identifier(
            data: object,
        ) -> None | PersonPermissionsTargetIdentifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_identifier_type_1 = PersonPermissionsTargetIdentifier.from_dict(
                    data
                )

                return target_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPermissionsTargetIdentifier | Unset, data)

        target_identifier = _parse_target_identifier(d.pop("targetIdentifier", UNSET))

        def _parse_subject_person_details(
            data: object,
        ) -> None | PermissionsSubjectPersonDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_person_details_type_1 = (
                    PermissionsSubjectPersonDetails.from_dict(data)
                )

                return subject_person_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PermissionsSubjectPersonDetails | Unset, data)

        subject_person_details = _parse_subject_person_details(
            d.pop("subjectPersonDetails", UNSET)
        )

        def _parse_subject_entity_details(
            data: object,
        ) -> None | PermissionsSubjectEntityDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_entity_details_type_1 = (
                    PermissionsSubjectEntityDetails.from_dict(data)
                )

                return subject_entity_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PermissionsSubjectEntityDetails | Unset, data)

        subject_entity_details = _parse_subject_entity_details(
            d.pop("subjectEntityDetails", UNSET)
        )

        person_permission = cls(
            id=id,
            authorized_identifier=authorized_identifier,
            author_identifier=author_identifier,
            permission_scope=permission_scope,
            description=description,
            permission_state=permission_state,
            start_date=start_date,
            can_delegate=can_delegate,
            context_identifier=context_identifier,
            target_identifier=target_identifier,
            subject_person_details=subject_person_details,
            subject_entity_details=subject_entity_details,
        )

        person_permission.additional_properties = d
        return person_permission

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
