from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.collective_identifier_invoice import CollectiveIdentifierInvoice


T = TypeVar("T", bound="GenerateCollectiveIdentifierRequest")


@_attrs_define
class GenerateCollectiveIdentifierRequest:
    """
    Attributes:
        invoices (list[CollectiveIdentifierInvoice]): Lista faktur wchodząca w skład identyfikatora zbiorczego. Limit
            faktur wynosi 500.
    """

    invoices: list[CollectiveIdentifierInvoice]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoices": invoices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collective_identifier_invoice import CollectiveIdentifierInvoice

        d = dict(src_dict)
        invoices = []
        _invoices = d.pop("invoices")
        for invoices_item_data in _invoices:
            invoices_item = CollectiveIdentifierInvoice.from_dict(invoices_item_data)

            invoices.append(invoices_item)

        generate_collective_identifier_request = cls(
            invoices=invoices,
        )

        generate_collective_identifier_request.additional_properties = d
        return generate_collective_identifier_request

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
