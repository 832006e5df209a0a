from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.invoice_metadata import InvoiceMetadata


T = TypeVar("T", bound="QueryInvoicesMetadataResponse")


@_attrs_define
class QueryInvoicesMetadataResponse:
    """
    Attributes:
        has_more (bool): Określa, czy istnieją kolejne wyniki zapytania.
        is_truncated (bool): Określa, czy osiągnięto maksymalny dopuszczalny zakres wyników zapytania (10 000).
        invoices (list[InvoiceMetadata]): Lista faktur spełniających kryteria.
        permanent_storage_hwm_date (datetime.datetime | None | Unset): Dotyczy wyłącznie zapytań filtrowanych po typie
            daty <b>PermanentStorage</b>.
            Jeśli zapytanie dotyczyło najnowszego okresu, wartość ta może być wartością nieznacznie skorygowaną względem
            górnej granicy podanej w warunkach zapytania.
            Dla okresów starszych, będzie to zgodne z warunkami zapytania.

            Wartość jest stała dla wszystkich stron tego samego zapytania
            i nie zależy od paginacji ani sortowania.

            System gwarantuje, że dane poniżej tej wartości są spójne i kompletne.
            Ponowne zapytania obejmujące zakresem dane poniżej tego kroczącego znacznika czasu nie zwrócą w przyszłości
            innych wyników (np.dodatkowych faktur).

            Dla dateType = Issue lub Invoicing – null.
    """

    has_more: bool
    is_truncated: bool
    invoices: list[InvoiceMetadata]
    permanent_storage_hwm_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more = self.has_more

        is_truncated = self.is_truncated

        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        permanent_storage_hwm_date: None | str | Unset
        if isinstance(self.permanent_storage_hwm_date, Unset):
            permanent_storage_hwm_date = UNSET
        elif isinstance(self.permanent_storage_hwm_date, datetime.datetime):
            permanent_storage_hwm_date = self.permanent_storage_hwm_date.isoformat()
        else:
            permanent_storage_hwm_date = self.permanent_storage_hwm_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasMore": has_more,
                "isTruncated": is_truncated,
                "invoices": invoices,
            }
        )
        if permanent_storage_hwm_date is not UNSET:
            field_dict["permanentStorageHwmDate"] = permanent_storage_hwm_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_metadata import InvoiceMetadata

        d = dict(src_dict)
        has_more = d.pop("hasMore")

        is_truncated = d.pop("isTruncated")

        invoices = []
        _invoices = d.pop("invoices")
        for invoices_item_data in _invoices:
            invoices_item = InvoiceMetadata.from_dict(invoices_item_data)

            invoices.append(invoices_item)

        def _parse_permanent_storage_hwm_date(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permanent_storage_hwm_date_type_0 = parse_datetime(data)

                return permanent_storage_hwm_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        permanent_storage_hwm_date = _parse_permanent_storage_hwm_date(
            d.pop("permanentStorageHwmDate", UNSET)
        )

        query_invoices_metadata_response = cls(
            has_more=has_more,
            is_truncated=is_truncated,
            invoices=invoices,
            permanent_storage_hwm_date=permanent_storage_hwm_date,
        )

        query_invoices_metadata_response.additional_properties = d
        return query_invoices_metadata_response

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
