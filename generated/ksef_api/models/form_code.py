from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FormCode")


@_attrs_define
class FormCode:
    """
    Attributes:
        system_code (str): Kod systemowy
        schema_version (str): Wersja schematu
        value (str): Wartość
    """

    system_code: str
    schema_version: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_code = self.system_code

        schema_version = self.schema_version

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systemCode": system_code,
                "schemaVersion": schema_version,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system_code = d.pop("systemCode")

        schema_version = d.pop("schemaVersion")

        value = d.pop("value")

        form_code = cls(
            system_code=system_code,
            schema_version=schema_version,
            value=value,
        )

        form_code.additional_properties = d
        return form_code

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
