from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_query_date_type import InvoiceQueryDateType
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="InvoiceQueryDateRange")


@_attrs_define
class InvoiceQueryDateRange:
    """
    Attributes:
        date_type (InvoiceQueryDateType): | Wartość | Opis |
            | --- | --- |
            | Issue | Data wystawienia faktury. |
            | Invoicing | Data przyjęcia faktury w systemie KSeF (do dalszego przetwarzania). |
            | PermanentStorage | Data trwałego zapisu faktury w repozytorium systemu KSeF. |
        from_ (datetime.datetime): Data początkowa zakresu w formacie ISO-8601 np. 2026-01-03T13:45:00+00:00.
        to (datetime.datetime | None | Unset): Data końcowa zakresu w formacie ISO-8601. Jeśli nie zostanie podana,
            przyjmowana jest bieżąca data i czas w UTC.
        restrict_to_permanent_storage_hwm_date (bool | None | Unset): Określa, czy system ma ograniczyć filtrowanie
            (zakres dateRange.to) do wartości `PermanentStorageHwmDate`.

            * Dotyczy wyłącznie zapytań z `dateType = PermanentStorage`,
            * Gdy `true`, system ogranicza filtrowanie tak, aby wartość `dateRange.to` nie przekraczała wartości
            `PermanentStorageHwmDate`,
            * Gdy `null` lub `false`, filtrowanie może wykraczać poza `PermanentStorageHwmDate`.
    """

    date_type: InvoiceQueryDateType
    from_: datetime.datetime
    to: datetime.datetime | None | Unset = UNSET
    restrict_to_permanent_storage_hwm_date: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_type = self.date_type.value

        from_ = self.from_.isoformat()

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.datetime):
            to = self.to.isoformat()
        else:
            to = self.to

        restrict_to_permanent_storage_hwm_date: bool | None | Unset
        if isinstance(self.restrict_to_permanent_storage_hwm_date, Unset):
            restrict_to_permanent_storage_hwm_date = UNSET
        else:
            restrict_to_permanent_storage_hwm_date = (
                self.restrict_to_permanent_storage_hwm_date
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dateType": date_type,
                "from": from_,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if restrict_to_permanent_storage_hwm_date is not UNSET:
            field_dict["restrictToPermanentStorageHwmDate"] = (
                restrict_to_permanent_storage_hwm_date
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_type = InvoiceQueryDateType(d.pop("dateType"))

        from_ = parse_datetime(d.pop("from"))

        def _parse_to(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = parse_datetime(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        def _parse_restrict_to_permanent_storage_hwm_date(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        restrict_to_permanent_storage_hwm_date = (
            _parse_restrict_to_permanent_storage_hwm_date(
                d.pop("restrictToPermanentStorageHwmDate", UNSET)
            )
        )

        invoice_query_date_range = cls(
            date_type=date_type,
            from_=from_,
            to=to,
            restrict_to_permanent_storage_hwm_date=restrict_to_permanent_storage_hwm_date,
        )

        invoice_query_date_range.additional_properties = d
        return invoice_query_date_range

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
