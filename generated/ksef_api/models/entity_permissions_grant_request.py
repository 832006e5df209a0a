from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_details import EntityDetails
    from ..models.entity_permission import EntityPermission
    from ..models.entity_permissions_subject_identifier import (
        EntityPermissionsSubjectIdentifier,
    )


T = TypeVar("T", bound="EntityPermissionsGrantRequest")


@_attrs_define
class EntityPermissionsGrantRequest:
    """
    Attributes:
        subject_identifier (EntityPermissionsSubjectIdentifier): Identyfikator podmiotu.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
        permissions (list[EntityPermission]): Lista nadawanych uprawnień. Każda wartość może wystąpić tylko raz.
        description (str): Opis uprawnienia
        subject_details (EntityDetails):
    """

    subject_identifier: EntityPermissionsSubjectIdentifier
    permissions: list[EntityPermission]
    description: str
    subject_details: EntityDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_identifier = self.subject_identifier.to_dict()

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.to_dict()
            permissions.append(permissions_item)

        description = self.description

        subject_details = self.subject_details.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_details import EntityDetails
        from ..models.entity_permission import EntityPermission
        from ..models.entity_permissions_subject_identifier import (
            EntityPermissionsSubjectIdentifier,
        )

        d = dict(src_dict)
        subject_identifier = EntityPermissionsSubjectIdentifier.from_dict(
            d.pop("subjectIdentifier")
        )

        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:
            permissions_item = EntityPermission.from_dict(permissions_item_data)

            permissions.append(permissions_item)

        description = d.pop("description")

        subject_details = EntityDetails.from_dict(d.pop("subjectDetails"))

        entity_permissions_grant_request = cls(
            subject_identifier=subject_identifier,
            permissions=permissions,
            description=description,
            subject_details=subject_details,
        )

        entity_permissions_grant_request.additional_properties = d
        return entity_permissions_grant_request

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
