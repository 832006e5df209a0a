from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.buyer_identifier_type import BuyerIdentifierType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceQueryBuyerIdentifier")


@_attrs_define
class InvoiceQueryBuyerIdentifier:
    """
    Attributes:
        type_ (BuyerIdentifierType): | Wartość | Opis |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | VatUe | Identyfikator VAT UE podmiotu unijnego |
            | Other | Inny identyfikator |
            | None | Brak identyfikatora nabywcy |
        value (None | str | Unset): Wartość identyfikatora nabywcy (exact match).
    """

    type_: BuyerIdentifierType
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
        type_ = BuyerIdentifierType(d.pop("type"))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        invoice_query_buyer_identifier = cls(
            type_=type_,
            value=value,
        )

        invoice_query_buyer_identifier.additional_properties = d
        return invoice_query_buyer_identifier

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
