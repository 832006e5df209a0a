from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_data_permission_type import TestDataPermissionType

T = TypeVar("T", bound="TestDataPermission")


@_attrs_define
class TestDataPermission:
    """
    Attributes:
        description (str):
        permission_type (TestDataPermissionType):
    """

    description: str
    permission_type: TestDataPermissionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        permission_type = self.permission_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "permissionType": permission_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        permission_type = TestDataPermissionType(d.pop("permissionType"))

        test_data_permission = cls(
            description=description,
            permission_type=permission_type,
        )

        test_data_permission.additional_properties = d
        return test_data_permission

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
