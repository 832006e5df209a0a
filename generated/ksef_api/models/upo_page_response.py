from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="UpoPageResponse")


@_attrs_define
class UpoPageResponse:
    """
    Attributes:
        reference_number (str): Numer referencyjny.
        download_url (str): Adres do pobrania strony UPO. Link generowany jest przy każdym odpytaniu o status.
            Dostęp odbywa się metodą `HTTP GET` i <b>nie należy</b> wysyłać tokenu dostępowego.
            Link nie podlega limitom API i wygasa po określonym czasie w `DownloadUrlExpirationDate`.

            Odpowiedź HTTP zawiera dodatkowe nagłówki:
            - `x-ms-meta-hash` – skrót SHA-256 dokumentu UPO, zakodowany w formacie Base64.
        download_url_expiration_date (datetime.datetime): Data i godzina wygaśnięcia adresu. Po tej dacie link
            `DownloadUrl` nie będzie już aktywny.
    """

    reference_number: str
    download_url: str
    download_url_expiration_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number = self.reference_number

        download_url = self.download_url

        download_url_expiration_date = self.download_url_expiration_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNumber": reference_number,
                "downloadUrl": download_url,
                "downloadUrlExpirationDate": download_url_expiration_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_number = d.pop("referenceNumber")

        download_url = d.pop("downloadUrl")

        download_url_expiration_date = parse_datetime(
            d.pop("downloadUrlExpirationDate")
        )

        upo_page_response = cls(
            reference_number=reference_number,
            download_url=download_url,
            download_url_expiration_date=download_url_expiration_date,
        )

        upo_page_response.additional_properties = d
        return upo_page_response

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
