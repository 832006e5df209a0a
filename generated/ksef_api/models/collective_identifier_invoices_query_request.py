from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectiveIdentifierInvoicesQueryRequest")


@_attrs_define
class CollectiveIdentifierInvoicesQueryRequest:
    """
    Attributes:
        collective_identifier_numbers (list[str]): Numery identyfikatorów zbiorczych. Maksymalna liczba to 10.
    """

    collective_identifier_numbers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collective_identifier_numbers = self.collective_identifier_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectiveIdentifierNumbers": collective_identifier_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collective_identifier_numbers = cast(
            list[str], d.pop("collectiveIdentifierNumbers")
        )

        collective_identifier_invoices_query_request = cls(
            collective_identifier_numbers=collective_identifier_numbers,
        )

        collective_identifier_invoices_query_request.additional_properties = d
        return collective_identifier_invoices_query_request

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
