from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="CollectiveIdentifiersQueryResponseItem")


@_attrs_define
class CollectiveIdentifiersQueryResponseItem:
    """
    Attributes:
        collective_identifier_number (str): Numer identyfikatora zbiorczego.
        date_created (datetime.datetime): Data utworzenia identyfikatora zbiorczego.
        invoice_count (int): Liczba faktura składająca się na identyfikator zbiorczy.
        created_in_current_context (bool): Określa czy identyfikator zbiorczy został wygenerowany w bieżącym kontekście.
    """

    collective_identifier_number: str
    date_created: datetime.datetime
    invoice_count: int
    created_in_current_context: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collective_identifier_number = self.collective_identifier_number

        date_created = self.date_created.isoformat()

        invoice_count = self.invoice_count

        created_in_current_context = self.created_in_current_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectiveIdentifierNumber": collective_identifier_number,
                "dateCreated": date_created,
                "invoiceCount": invoice_count,
                "createdInCurrentContext": created_in_current_context,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        collective_identifier_number = d.pop("collectiveIdentifierNumber")

        date_created = parse_datetime(d.pop("dateCreated"))

        invoice_count = d.pop("invoiceCount")

        created_in_current_context = d.pop("createdInCurrentContext")

        collective_identifiers_query_response_item = cls(
            collective_identifier_number=collective_identifier_number,
            date_created=date_created,
            invoice_count=invoice_count,
            created_in_current_context=created_in_current_context,
        )

        collective_identifiers_query_response_item.additional_properties = d
        return collective_identifiers_query_response_item

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
