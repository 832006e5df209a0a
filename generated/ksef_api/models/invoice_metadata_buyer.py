from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_metadata_buyer_identifier import (
        InvoiceMetadataBuyerIdentifier,
    )


T = TypeVar("T", bound="InvoiceMetadataBuyer")


@_attrs_define
class InvoiceMetadataBuyer:
    """
    Attributes:
        identifier (InvoiceMetadataBuyerIdentifier):
        name (None | str | Unset): Nazwa nabywcy.
    """

    identifier: InvoiceMetadataBuyerIdentifier
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_metadata_buyer_identifier import (
            InvoiceMetadataBuyerIdentifier,
        )

        d = dict(src_dict)
        identifier = InvoiceMetadataBuyerIdentifier.from_dict(d.pop("identifier"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        invoice_metadata_buyer = cls(
            identifier=identifier,
            name=name,
        )

        invoice_metadata_buyer.additional_properties = d
        return invoice_metadata_buyer

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
