from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.person_identifier import PersonIdentifier


T = TypeVar("T", bound="PersonByFingerprintWithIdentifierDetails")


@_attrs_define
class PersonByFingerprintWithIdentifierDetails:
    """
    Attributes:
        first_name (str): Imię osoby fizycznej.
        last_name (str): Nazwisko osoby fizycznej.
        identifier (PersonIdentifier):
    """

    first_name: str
    last_name: str
    identifier: PersonIdentifier
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        identifier = self.identifier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "identifier": identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_identifier import PersonIdentifier

        d = dict(src_dict)
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        identifier = PersonIdentifier.from_dict(d.pop("identifier"))

        person_by_fingerprint_with_identifier_details = cls(
            first_name=first_name,
            last_name=last_name,
            identifier=identifier,
        )

        person_by_fingerprint_with_identifier_details.additional_properties = d
        return person_by_fingerprint_with_identifier_details

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
