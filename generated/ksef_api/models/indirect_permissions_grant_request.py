from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indirect_permission_type import IndirectPermissionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.indirect_permissions_subject_identifier import (
        IndirectPermissionsSubjectIdentifier,
    )
    from ..models.indirect_permissions_target_identifier import (
        IndirectPermissionsTargetIdentifier,
    )
    from ..models.person_permission_subject_details import (
        PersonPermissionSubjectDetails,
    )


T = TypeVar("T", bound="IndirectPermissionsGrantRequest")


@_attrs_define
class IndirectPermissionsGrantRequest:
    """
    Attributes:
        subject_identifier (IndirectPermissionsSubjectIdentifier): Identyfikator osoby fizycznej.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | Pesel | 11 cyfrowy numer PESEL |
            | Fingerprint | Odcisk palca certyfikatu |
        permissions (list[IndirectPermissionType]): Lista nadawanych uprawnień. Każda wartość może wystąpić tylko raz.
        description (str): Opis uprawnienia
        subject_details (PersonPermissionSubjectDetails):
        target_identifier (IndirectPermissionsTargetIdentifier | None | Unset): Identyfikator kontekstu klienta. Nie
            przekazanie identyfikatora oznacza, że uprawnienie nadane w sposób pośredni jest typu generalnego.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | AllPartners | Identyfikator oznaczający, że uprawnienie nadane w sposób pośredni jest typu generalnego |
            | InternalId | Dwuczłonowy identyfikator składający się z numeru NIP i 5 cyfr: `{nip}-{5_cyfr}` |
    """

    subject_identifier: IndirectPermissionsSubjectIdentifier
    permissions: list[IndirectPermissionType]
    description: str
    subject_details: PersonPermissionSubjectDetails
    target_identifier: IndirectPermissionsTargetIdentifier | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.indirect_permissions_target_identifier import (
            IndirectPermissionsTargetIdentifier,
        )

        subject_identifier = self.subject_identifier.to_dict()

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.value
            permissions.append(permissions_item)

        description = self.description

        subject_details = self.subject_details.to_dict()

        target_identifier: dict[str, Any] | None | Unset
        if isinstance(self.target_identifier, Unset):
            target_identifier = UNSET
        elif isinstance(self.target_identifier, IndirectPermissionsTargetIdentifier):
            target_identifier = self.target_identifier.to_dict()
        else:
            target_identifier = self.target_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectIdentifier": subject_identifier,
                "permissions": permissions,
                "description": description,
                "subjectDetails": subject_details,
            }
        )
        if target_identifier is not UNSET:
            field_dict["targetIdentifier"] = target_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indirect_permissions_subject_identifier import (
            IndirectPermissionsSubjectIdentifier,
        )
        from ..models.indirect_permissions_target_identifier import (
            IndirectPermissionsTargetIdentifier,
        )
        from ..models.person_permission_subject_details import (
            PersonPermissionSubjectDetails,
        )

        d = dict(src_dict)
        subject_identifier = IndirectPermissionsSubjectIdentifier.from_dict(
            d.pop("subjectIdentifier")
        )

        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:
            permissions_item = IndirectPermissionType(permissions_item_data)

            permissions.append(permissions_item)

        description = d.pop("description")

        subject_details = PersonPermissionSubjectDetails.from_dict(
            d.pop("subjectDetails")
        )

        def _parse_target_identifier(
            data: object,
        ) -> IndirectPermissionsTargetIdentifier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_identifier_type_1 = (
                    IndirectPermissionsTargetIdentifier.from_dict(data)
                )

                return target_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndirectPermissionsTargetIdentifier | None | Unset, data)

        target_identifier = _parse_target_identifier(d.pop("targetIdentifier", UNSET))

        indirect_permissions_grant_request = cls(
            subject_identifier=subject_identifier,
            permissions=permissions,
            description=description,
            subject_details=subject_details,
            target_identifier=target_identifier,
        )

        indirect_permissions_grant_request.additional_properties = d
        return indirect_permissions_grant_request

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
