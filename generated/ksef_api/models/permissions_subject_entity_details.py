from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_subject_details_type import EntitySubjectDetailsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PermissionsSubjectEntityDetails")


@_attrs_define
class PermissionsSubjectEntityDetails:
    """
    Attributes:
        subject_details_type (EntitySubjectDetailsType): | Wartość | Opis |
            | --- | --- |
            | EntityByIdentifier | Podmiot identyfikowany numerem NIP. |
            | EntityByFingerprint | Podmiot identyfikowany odciskiem palca pieczęci kwalifikowanej. |
        full_name (str): Pełna nazwa podmiotu.
        address (None | str | Unset): Adres podmiotu.
    """

    subject_details_type: EntitySubjectDetailsType
    full_name: str
    address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_details_type = self.subject_details_type.value

        full_name = self.full_name

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectDetailsType": subject_details_type,
                "fullName": full_name,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject_details_type = EntitySubjectDetailsType(d.pop("subjectDetailsType"))

        full_name = d.pop("fullName")

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        permissions_subject_entity_details = cls(
            subject_details_type=subject_details_type,
            full_name=full_name,
            address=address,
        )

        permissions_subject_entity_details.additional_properties = d
        return permissions_subject_entity_details

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
