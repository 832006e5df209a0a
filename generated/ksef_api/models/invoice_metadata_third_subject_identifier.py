from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.third_subject_identifier_type import ThirdSubjectIdentifierType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceMetadataThirdSubjectIdentifier")


@_attrs_define
class InvoiceMetadataThirdSubjectIdentifier:
    """Identyfikator podmiotu trzeciego.
    | Type | Value |
    | --- | --- |
    | Nip | 10 cyfrowy numer NIP |
    | InternalId | Identyfikator wewnętrzny, składający się z numeru NIP i 5 cyfr |
    | VatUe | Identyfikator VAT UE podmiotu unijnego |
    | Other | Inny identyfikator |
    | None  | Brak identyfikatora podmiotu trzeciego |

        Attributes:
            type_ (ThirdSubjectIdentifierType): | Wartość | Opis |
                | --- | --- |
                | Nip | 10 cyfrowy numer NIP |
                | InternalId | Identyfikator wewnętrzny, składający się z numeru NIP i 5 cyfr. |
                | VatUe | Identyfikator VAT UE podmiotu unijnego |
                | Other | Inny identyfikator |
                | None | Brak identyfikatora podmiotu trzeciego |
            value (None | str | Unset): Wartość identyfikatora podmiotu trzeciego.
    """

    type_: ThirdSubjectIdentifierType
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ThirdSubjectIdentifierType(d.pop("type"))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        invoice_metadata_third_subject_identifier = cls(
            type_=type_,
            value=value,
        )

        invoice_metadata_third_subject_identifier.additional_properties = d
        return invoice_metadata_third_subject_identifier

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
