from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RetrieveCertificatesRequest")


@_attrs_define
class RetrieveCertificatesRequest:
    """
    Attributes:
        certificate_serial_numbers (list[str]): Numery seryjne certyfikatów do pobrania.
    """

    certificate_serial_numbers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_serial_numbers = self.certificate_serial_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificateSerialNumbers": certificate_serial_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate_serial_numbers = cast(list[str], d.pop("certificateSerialNumbers"))

        retrieve_certificates_request = cls(
            certificate_serial_numbers=certificate_serial_numbers,
        )

        retrieve_certificates_request.additional_properties = d
        return retrieve_certificates_request

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
