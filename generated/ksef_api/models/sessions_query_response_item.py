from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.status_info import StatusInfo


T = TypeVar("T", bound="SessionsQueryResponseItem")


@_attrs_define
class SessionsQueryResponseItem:
    """
    Attributes:
        reference_number (str): Numer referencyjny.
        status (StatusInfo):
        date_created (datetime.datetime): Data utworzenia sesji.
        date_updated (datetime.datetime): Data ostatniej aktywności w ramach sesji.
        total_invoice_count (int): Łączna liczba faktur (uwzględnia również te w trakcie przetwarzania).
        successful_invoice_count (int): Liczba poprawnie przetworzonych faktur.
        failed_invoice_count (int): Liczba błędnie przetworzonych faktur.
        valid_until (datetime.datetime | None | Unset): Termin ważności sesji. Po jego upływie sesja interaktywna
            zostanie automatycznie zamknięta.
    """

    reference_number: str
    status: StatusInfo
    date_created: datetime.datetime
    date_updated: datetime.datetime
    total_invoice_count: int
    successful_invoice_count: int
    failed_invoice_count: int
    valid_until: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number = self.reference_number

        status = self.status.to_dict()

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        total_invoice_count = self.total_invoice_count

        successful_invoice_count = self.successful_invoice_count

        failed_invoice_count = self.failed_invoice_count

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.datetime):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNumber": reference_number,
                "status": status,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
                "totalInvoiceCount": total_invoice_count,
                "successfulInvoiceCount": successful_invoice_count,
                "failedInvoiceCount": failed_invoice_count,
            }
        )
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_info import StatusInfo

        d = dict(src_dict)
        reference_number = d.pop("referenceNumber")

        status = StatusInfo.from_dict(d.pop("status"))

        date_created = parse_datetime(d.pop("dateCreated"))

        date_updated = parse_datetime(d.pop("dateUpdated"))

        total_invoice_count = d.pop("totalInvoiceCount")

        successful_invoice_count = d.pop("successfulInvoiceCount")

        failed_invoice_count = d.pop("failedInvoiceCount")

        def _parse_valid_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = parse_datetime(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("validUntil", UNSET))

        sessions_query_response_item = cls(
            reference_number=reference_number,
            status=status,
            date_created=date_created,
            date_updated=date_updated,
            total_invoice_count=total_invoice_count,
            successful_invoice_count=successful_invoice_count,
            failed_invoice_count=failed_invoice_count,
            valid_until=valid_until,
        )

        sessions_query_response_item.additional_properties = d
        return sessions_query_response_item

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
