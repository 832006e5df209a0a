from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.status_info import StatusInfo


T = TypeVar("T", bound="CertificateEnrollmentStatusResponse")


@_attrs_define
class CertificateEnrollmentStatusResponse:
    """
    Attributes:
        request_date (datetime.datetime): Data złożenia wniosku certyfikacyjnego.
        status (StatusInfo):
        certificate_serial_number (None | str | Unset): Numer seryjny wygenerowanego certyfikatu (w formacie
            szesnastkowym).
            Zwracany w przypadku prawidłowego przeprocesowania wniosku certyfikacyjnego.
    """

    request_date: datetime.datetime
    status: StatusInfo
    certificate_serial_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_date = self.request_date.isoformat()

        status = self.status.to_dict()

        certificate_serial_number: None | str | Unset
        if isinstance(self.certificate_serial_number, Unset):
            certificate_serial_number = UNSET
        else:
            certificate_serial_number = self.certificate_serial_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestDate": request_date,
                "status": status,
            }
        )
        if certificate_serial_number is not UNSET:
            field_dict["certificateSerialNumber"] = certificate_serial_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_info import StatusInfo

        d = dict(src_dict)
        request_date = parse_datetime(d.pop("requestDate"))

        status = StatusInfo.from_dict(d.pop("status"))

        def _parse_certificate_serial_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certificate_serial_number = _parse_certificate_serial_number(
            d.pop("certificateSerialNumber", UNSET)
        )

        certificate_enrollment_status_response = cls(
            request_date=request_date,
            status=status,
            certificate_serial_number=certificate_serial_number,
        )

        certificate_enrollment_status_response.additional_properties = d
        return certificate_enrollment_status_response

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
