from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.part_upload_request_headers import PartUploadRequestHeaders


T = TypeVar("T", bound="PartUploadRequest")


@_attrs_define
class PartUploadRequest:
    """
    Attributes:
        ordinal_number (int): Numer sekwencyjny części pliku paczki.
        method (str): Metoda HTTP, której należy użyć przy wysyłce części pliku paczki.
        url (str): Adres pod który należy wysłać część pliku paczki.
        headers (PartUploadRequestHeaders): Nagłówki, których należy użyć przy wysyłce części pliku paczki.
    """

    ordinal_number: int
    method: str
    url: str
    headers: PartUploadRequestHeaders
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ordinal_number = self.ordinal_number

        method = self.method

        url = self.url

        headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ordinalNumber": ordinal_number,
                "method": method,
                "url": url,
                "headers": headers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.part_upload_request_headers import PartUploadRequestHeaders

        d = dict(src_dict)
        ordinal_number = d.pop("ordinalNumber")

        method = d.pop("method")

        url = d.pop("url")

        headers = PartUploadRequestHeaders.from_dict(d.pop("headers"))

        part_upload_request = cls(
            ordinal_number=ordinal_number,
            method=method,
            url=url,
            headers=headers,
        )

        part_upload_request.additional_properties = d
        return part_upload_request

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
