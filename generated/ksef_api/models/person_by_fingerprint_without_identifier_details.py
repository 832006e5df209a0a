from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_date

if TYPE_CHECKING:
    from ..models.id_document import IdDocument


T = TypeVar("T", bound="PersonByFingerprintWithoutIdentifierDetails")


@_attrs_define
class PersonByFingerprintWithoutIdentifierDetails:
    """
    Attributes:
        first_name (str): Imię osoby fizycznej.
        last_name (str): Nazwisko osoby fizycznej.
        birth_date (datetime.date): Data urodzenia osoby fizycznej.
        id_document (IdDocument): Dane dokumentu tożsamości osoby fizycznej.
    """

    first_name: str
    last_name: str
    birth_date: datetime.date
    id_document: IdDocument
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        birth_date = self.birth_date.isoformat()

        id_document = self.id_document.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "firstName": first_name,
                "lastName": last_name,
                "birthDate": birth_date,
                "idDocument": id_document,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_document import IdDocument

        d = dict(src_dict)
        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        birth_date = parse_date(d.pop("birthDate"))

        id_document = IdDocument.from_dict(d.pop("idDocument"))

        person_by_fingerprint_without_identifier_details = cls(
            first_name=first_name,
            last_name=last_name,
            birth_date=birth_date,
            id_document=id_document,
        )

        person_by_fingerprint_without_identifier_details.additional_properties = d
        return person_by_fingerprint_without_identifier_details

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
