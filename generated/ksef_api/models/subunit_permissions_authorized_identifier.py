from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subunit_permissions_subject_identifier_type import (
    SubunitPermissionsSubjectIdentifierType,
)

T = TypeVar("T", bound="SubunitPermissionsAuthorizedIdentifier")


@_attrs_define
class SubunitPermissionsAuthorizedIdentifier:
    """Identyfikator uprawnionego.
    | Type | Value |
    | --- | --- |
    | Nip | 10 cyfrowy numer NIP |
    | Pesel | 11 cyfrowy numer PESEL |
    | Fingerprint | Odcisk palca certyfikatu |

        Attributes:
            type_ (SubunitPermissionsSubjectIdentifierType):
            value (str): Wartość identyfikatora.
    """

    type_: SubunitPermissionsSubjectIdentifierType
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = SubunitPermissionsSubjectIdentifierType(d.pop("type"))

        value = d.pop("value")

        subunit_permissions_authorized_identifier = cls(
            type_=type_,
            value=value,
        )

        subunit_permissions_authorized_identifier.additional_properties = d
        return subunit_permissions_authorized_identifier

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
