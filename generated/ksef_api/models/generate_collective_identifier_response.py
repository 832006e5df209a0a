from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenerateCollectiveIdentifierResponse")


@_attrs_define
class GenerateCollectiveIdentifierResponse:
    """
    Attributes:
        collective_identifier_number (str): Wygenerowany identyfikator zbiorczy
    """

    collective_identifier_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collective_identifier_number = self.collective_identifier_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectiveIdentifierNumber": collective_identifier_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collective_identifier_number = d.pop("collectiveIdentifierNumber")

        generate_collective_identifier_response = cls(
            collective_identifier_number=collective_identifier_number,
        )

        generate_collective_identifier_response.additional_properties = d
        return generate_collective_identifier_response

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
