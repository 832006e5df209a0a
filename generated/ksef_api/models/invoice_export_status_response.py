from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.invoice_package import InvoicePackage
    from ..models.status_info import StatusInfo


T = TypeVar("T", bound="InvoiceExportStatusResponse")


@_attrs_define
class InvoiceExportStatusResponse:
    """
    Attributes:
        status (StatusInfo):
        completed_date (datetime.datetime | None | Unset): Data zakończenia przetwarzania żądania eksportu faktur.
        package_expiration_date (datetime.datetime | None | Unset): Data wygaśnięcia paczki faktur przygotowanej do
            pobrania.
            Po upływie tej daty paczka nie będzie już dostępna do pobrania.
        package (InvoicePackage | None | Unset): Dane paczki faktur przygotowanej do pobrania.
    """

    status: StatusInfo
    completed_date: datetime.datetime | None | Unset = UNSET
    package_expiration_date: datetime.datetime | None | Unset = UNSET
    package: InvoicePackage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_package import InvoicePackage

        status = self.status.to_dict()

        completed_date: None | str | Unset
        if isinstance(self.completed_date, Unset):
            completed_date = UNSET
        elif isinstance(self.completed_date, datetime.datetime):
            completed_date = self.completed_date.isoformat()
        else:
            completed_date = self.completed_date

        package_expiration_date: None | str | Unset
        if isinstance(self.package_expiration_date, Unset):
            package_expiration_date = UNSET
        elif isinstance(self.package_expiration_date, datetime.datetime):
            package_expiration_date = self.package_expiration_date.isoformat()
        else:
            package_expiration_date = self.package_expiration_date

        package: dict[str, Any] | None | Unset
        if isinstance(self.package, Unset):
            package = UNSET
        elif isinstance(self.package, InvoicePackage):
            package = self.package.to_dict()
        else:
            package = self.package

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if completed_date is not UNSET:
            field_dict["completedDate"] = completed_date
        if package_expiration_date is not UNSET:
            field_dict["packageExpirationDate"] = package_expiration_date
        if package is not UNSET:
            field_dict["package"] = package

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_package import InvoicePackage
        from ..models.status_info import StatusInfo

        d = dict(src_dict)
        status = StatusInfo.from_dict(d.pop("status"))

        def _parse_completed_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_date_type_0 = parse_datetime(data)

                return completed_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_date = _parse_completed_date(d.pop("completedDate", UNSET))

        def _parse_package_expiration_date(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                package_expiration_date_type_0 = parse_datetime(data)

                return package_expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        package_expiration_date = _parse_package_expiration_date(
            d.pop("packageExpirationDate", UNSET)
        )

        def _parse_package(data: object) -> InvoicePackage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                package_type_1 = InvoicePackage.from_dict(data)

                return package_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoicePackage | None | Unset, data)

        package = _parse_package(d.pop("package", UNSET))

        invoice_export_status_response = cls(
            status=status,
            completed_date=completed_date,
            package_expiration_date=package_expiration_date,
            package=package,
        )

        invoice_export_status_response.additional_properties = d
        return invoice_export_status_response

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
