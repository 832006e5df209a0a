from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_data_authentication_context_identifier_type import (
    TestDataAuthenticationContextIdentifierType,
)

T = TypeVar("T", bound="TestDataAuthenticationContextIdentifier")


@_attrs_define
class TestDataAuthenticationContextIdentifier:
    """
    Attributes:
        value (str):
        type_ (TestDataAuthenticationContextIdentifierType):
    """

    value: str
    type_: TestDataAuthenticationContextIdentifierType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        type_ = TestDataAuthenticationContextIdentifierType(d.pop("type"))

        test_data_authentication_context_identifier = cls(
            value=value,
            type_=type_,
        )

        test_data_authentication_context_identifier.additional_properties = d
        return test_data_authentication_context_identifier

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
