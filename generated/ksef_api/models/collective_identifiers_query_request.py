from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CollectiveIdentifiersQueryRequest")


@_attrs_define
class CollectiveIdentifiersQueryRequest:
    """
    Attributes:
        date_created_from (datetime.datetime): Data utworzenia identyfikatora zbiorczego (od), maksymalny przedział
            czasu to 100 dni.
        date_created_to (datetime.datetime): Data utworzenia identyfikatora zbiorczego (do).
        collective_identifier_number (None | str | Unset): Numer identyfikatora zbiorczego.
        invoice_count_from (int | None | Unset): Liczba faktur w identyfikatorze zbiorczym (od).
        invoice_count_to (int | None | Unset): Liczba faktur w identyfikatorze zbiorczym (do).
        created_in_current_context (bool | None | Unset): Określa czy identyfikator zbiorczy został wygenerowany w
            bieżącym kontekście.
    """

    date_created_from: datetime.datetime
    date_created_to: datetime.datetime
    collective_identifier_number: None | str | Unset = UNSET
    invoice_count_from: int | None | Unset = UNSET
    invoice_count_to: int | None | Unset = UNSET
    created_in_current_context: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_created_from = self.date_created_from.isoformat()

        date_created_to = self.date_created_to.isoformat()

        collective_identifier_number: None | str | Unset
        if isinstance(self.collective_identifier_number, Unset):
            collective_identifier_number = UNSET
        else:
            collective_identifier_number = self.collective_identifier_number

        invoice_count_from: int | None | Unset
        if isinstance(self.invoice_count_from, Unset):
            invoice_count_from = UNSET
        else:
            invoice_count_from = self.invoice_count_from

        invoice_count_to: int | None | Unset
        if isinstance(self.invoice_count_to, Unset):
            invoice_count_to = UNSET
        else:
            invoice_count_to = self.invoice_count_to

        created_in_current_context: bool | None | Unset
        if isinstance(self.created_in_current_context, Unset):
            created_in_current_context = UNSET
        else:
            created_in_current_context = self.created_in_current_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dateCreatedFrom": date_created_from,
                "dateCreatedTo": date_created_to,
            }
        )
        if collective_identifier_number is not UNSET:
            field_dict["collectiveIdentifierNumber"] = collective_identifier_number
        if invoice_count_from is not UNSET:
            field_dict["invoiceCountFrom"] = invoice_count_from
        if invoice_count_to is not UNSET:
            field_dict["invoiceCountTo"] = invoice_count_to
        if created_in_current_context is not UNSET:
            field_dict["createdInCurrentContext"] = created_in_current_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_created_from = parse_datetime(d.pop("dateCreatedFrom"))

        date_created_to = parse_datetime(d.pop("dateCreatedTo"))

        def _parse_collective_identifier_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collective_identifier_number = _parse_collective_identifier_number(
            d.pop("collectiveIdentifierNumber", UNSET)
        )

        def _parse_invoice_count_from(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_count_from = _parse_invoice_count_from(d.pop("invoiceCountFrom", UNSET))

        def _parse_invoice_count_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_count_to = _parse_invoice_count_to(d.pop("invoiceCountTo", UNSET))

        def _parse_created_in_current_context(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        created_in_current_context = _parse_created_in_current_context(
            d.pop("createdInCurrentContext", UNSET)
        )

        collective_identifiers_query_request = cls(
            date_created_from=date_created_from,
            date_created_to=date_created_to,
            collective_identifier_number=collective_identifier_number,
            invoice_count_from=invoice_count_from,
            invoice_count_to=invoice_count_to,
            created_in_current_context=created_in_current_context,
        )

        collective_identifiers_query_request.additional_properties = d
        return collective_identifiers_query_request

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
