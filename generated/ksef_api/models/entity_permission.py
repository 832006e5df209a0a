from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_permission_type import EntityPermissionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityPermission")


@_attrs_define
class EntityPermission:
    """
    Attributes:
        type_ (EntityPermissionType):
        can_delegate (bool | Unset): Flaga pozwalająca na pośrednie przekazywanie danego uprawnienia
    """

    type_: EntityPermissionType
    can_delegate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        can_delegate = self.can_delegate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if can_delegate is not UNSET:
            field_dict["canDelegate"] = can_delegate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = EntityPermissionType(d.pop("type"))

        can_delegate = d.pop("canDelegate", UNSET)

        entity_permission = cls(
            type_=type_,
            can_delegate=can_delegate,
        )

        entity_permission.additional_properties = d
        return entity_permission

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
