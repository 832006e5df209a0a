from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subordinate_entity_role import SubordinateEntityRole


T = TypeVar("T", bound="QuerySubordinateEntityRolesResponse")


@_attrs_define
class QuerySubordinateEntityRolesResponse:
    """
    Attributes:
        roles (list[SubordinateEntityRole]): Lista odczytanych podmiotów podrzędnych i ich ról.
        has_more (bool): Flaga informująca o dostępności kolejnej strony wyników.
    """

    roles: list[SubordinateEntityRole]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subordinate_entity_role import SubordinateEntityRole

        d = dict(src_dict)
        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = SubordinateEntityRole.from_dict(roles_item_data)

            roles.append(roles_item)

        has_more = d.pop("hasMore")

        query_subordinate_entity_roles_response = cls(
            roles=roles,
            has_more=has_more,
        )

        query_subordinate_entity_roles_response.additional_properties = d
        return query_subordinate_entity_roles_response

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
