from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.status_info import StatusInfo
    from ..models.upo_response import UpoResponse


T = TypeVar("T", bound="SessionStatusResponse")


@_attrs_define
class SessionStatusResponse:
    """
    Attributes:
        status (StatusInfo):
        date_created (datetime.datetime): Data utworzenia sesji.
        date_updated (datetime.datetime): Data ostatniej aktywności w ramach sesji.
        valid_until (datetime.datetime | None | Unset): Termin ważności sesji. Po jego upływie sesja zostanie
            automatycznie zamknięta.
        upo (None | Unset | UpoResponse): Informacja o UPO sesyjnym, zwracana gdy sesja została zamknięta i UPO zostało
            wygenerowane.
        invoice_count (int | None | Unset): Liczba przyjętych faktur w ramach sesji.
        successful_invoice_count (int | None | Unset): Liczba faktur przeprocesowanych w ramach sesji z sukcesem .
        failed_invoice_count (int | None | Unset): Liczba faktur przeprocesowanych w ramach sesji z błędem.
    """

    status: StatusInfo
    date_created: datetime.datetime
    date_updated: datetime.datetime
    valid_until: datetime.datetime | None | Unset = UNSET
    upo: None | Unset | UpoResponse = UNSET
    invoice_count: int | None | Unset = UNSET
    successful_invoice_count: int | None | Unset = UNSET
    failed_invoice_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.upo_response import UpoResponse

        status = self.status.to_dict()

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.datetime):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        upo: dict[str, Any] | None | Unset
        if isinstance(self.upo, Unset):
            upo = UNSET
        elif isinstance(self.upo, UpoResponse):
            upo = self.upo.to_dict()
        else:
            upo = self.upo

        invoice_count: int | None | Unset
        if isinstance(self.invoice_count, Unset):
            invoice_count = UNSET
        else:
            invoice_count = self.invoice_count

        successful_invoice_count: int | None | Unset
        if isinstance(self.successful_invoice_count, Unset):
            successful_invoice_count = UNSET
        else:
            successful_invoice_count = self.successful_invoice_count

        failed_invoice_count: int | None | Unset
        if isinstance(self.failed_invoice_count, Unset):
            failed_invoice_count = UNSET
        else:
            failed_invoice_count = self.failed_invoice_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
            }
        )
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until
        if upo is not UNSET:
            field_dict["upo"] = upo
        if invoice_count is not UNSET:
            field_dict["invoiceCount"] = invoice_count
        if successful_invoice_count is not UNSET:
            field_dict["successfulInvoiceCount"] = successful_invoice_count
        if failed_invoice_count is not UNSET:
            field_dict["failedInvoiceCount"] = failed_invoice_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_info import StatusInfo
        from ..models.upo_response import UpoResponse

        d = dict(src_dict)
        status = StatusInfo.from_dict(d.pop("status"))

        date_created = parse_datetime(d.pop("dateCreated"))

        date_updated = parse_datetime(d.pop("dateUpdated"))

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

        def _parse_upo(data: object) -> None | Unset | UpoResponse:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upo_type_1 = UpoResponse.from_dict(data)

                return upo_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpoResponse, data)

        upo = _parse_upo(d.pop("upo", UNSET))

        def _parse_invoice_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_count = _parse_invoice_count(d.pop("invoiceCount", UNSET))

        def _parse_successful_invoice_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        successful_invoice_count = _parse_successful_invoice_count(
            d.pop("successfulInvoiceCount", UNSET)
        )

        def _parse_failed_invoice_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_invoice_count = _parse_failed_invoice_count(
            d.pop("failedInvoiceCount", UNSET)
        )

        session_status_response = cls(
            status=status,
            date_created=date_created,
            date_updated=date_updated,
            valid_until=valid_until,
            upo=upo,
            invoice_count=invoice_count,
            successful_invoice_count=successful_invoice_count,
            failed_invoice_count=failed_invoice_count,
        )

        session_status_response.additional_properties = d
        return session_status_response

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
