from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_permission_item import EntityPermissionItem


T = TypeVar("T", bound="QueryEntityPermissionsResponse")


@_attrs_define
class QueryEntityPermissionsResponse:
    """
    Attributes:
        permissions (list[EntityPermissionItem]): Lista odczytanych uprawnień.
        has_more (bool): Flaga informująca o dostępności kolejnej strony wyników.
    """

    permissions: list[EntityPermissionItem]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.to_dict()
            permissions.append(permissions_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permissions": permissions,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_permission_item import EntityPermissionItem

        d = dict(src_dict)
        permissions = []
        _permissions = d.pop("permissions")
        for permissions_item_data in _permissions:
            permissions_item = EntityPermissionItem.from_dict(permissions_item_data)

            permissions.append(permissions_item)

        has_more = d.pop("hasMore")

        query_entity_permissions_response = cls(
            permissions=permissions,
            has_more=has_more,
        )

        query_entity_permissions_response.additional_properties = d
        return query_entity_permissions_response

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
