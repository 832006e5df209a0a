from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_permissions_subordinate_entity_identifier import (
        EntityPermissionsSubordinateEntityIdentifier,
    )


T = TypeVar("T", bound="SubordinateEntityRolesQueryRequest")


@_attrs_define
class SubordinateEntityRolesQueryRequest:
    """
    Attributes:
        subordinate_entity_identifier (EntityPermissionsSubordinateEntityIdentifier | None | Unset): Identyfikator
            podmiotu podrzędnego.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
    """

    subordinate_entity_identifier: (
        EntityPermissionsSubordinateEntityIdentifier | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_permissions_subordinate_entity_identifier import (
            EntityPermissionsSubordinateEntityIdentifier,
        )

        subordinate_entity_identifier: dict[str, Any] | None | Unset
        if isinstance(self.subordinate_entity_identifier, Unset):
            subordinate_entity_identifier = UNSET
        elif isinstance(
            self.subordinate_entity_identifier,
            EntityPermissionsSubordinateEntityIdentifier,
        ):
            subordinate_entity_identifier = self.subordinate_entity_identifier.to_dict()
        else:
            subordinate_entity_identifier = self.subordinate_entity_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subordinate_entity_identifier is not UNSET:
            field_dict["subordinateEntityIdentifier"] = subordinate_entity_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_permissions_subordinate_entity_identifier import (
            EntityPermissionsSubordinateEntityIdentifier,
        )

        d = dict(src_dict)

        def _parse_subordinate_entity_identifier(
            data: object,
        ) -> EntityPermissionsSubordinateEntityIdentifier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subordinate_entity_identifier_type_1 = (
                    EntityPermissionsSubordinateEntityIdentifier.from_dict(data)
                )

                return subordinate_entity_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                EntityPermissionsSubordinateEntityIdentifier | None | Unset, data
            )

        subordinate_entity_identifier = _parse_subordinate_entity_identifier(
            d.pop("subordinateEntityIdentifier", UNSET)
        )

        subordinate_entity_roles_query_request = cls(
            subordinate_entity_identifier=subordinate_entity_identifier,
        )

        subordinate_entity_roles_query_request.additional_properties = d
        return subordinate_entity_roles_query_request

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
