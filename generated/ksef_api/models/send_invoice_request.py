from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendInvoiceRequest")


@_attrs_define
class SendInvoiceRequest:
    """
    Attributes:
        invoice_hash (str): SHA-256 w Base64.
        invoice_size (int): Rozmiar oryginalnej faktury w bajtach. Maksymalny rozmiar zależy od limitów ustawionych dla
            uwierzytelnionego kontekstu.
        encrypted_invoice_hash (str): SHA-256 w Base64.
        encrypted_invoice_size (int): Rozmiar zaszyfrowanej faktury w bajtach.
        encrypted_invoice_content (str): Faktura zaszyfrowana algorytmem AES-256-CBC z dopełnianiem PKCS#7 (kluczem
            przekazanym przy otwarciu sesji), zakodowana w formacie Base64.
        offline_mode (bool | Unset): Określa, czy podatnik deklaruje tryb fakturowania "offline" dla przesyłanego
            dokumentu. Default: False.
        hash_of_corrected_invoice (None | str | Unset): Skrót SHA256 korygowanej faktury, zakodowany w formacie Base64.
            Wymagany przy wysyłaniu korekty technicznej faktury.
    """

    invoice_hash: str
    invoice_size: int
    encrypted_invoice_hash: str
    encrypted_invoice_size: int
    encrypted_invoice_content: str
    offline_mode: bool | Unset = False
    hash_of_corrected_invoice: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_hash = self.invoice_hash

        invoice_size = self.invoice_size

        encrypted_invoice_hash = self.encrypted_invoice_hash

        encrypted_invoice_size = self.encrypted_invoice_size

        encrypted_invoice_content = self.encrypted_invoice_content

        offline_mode = self.offline_mode

        hash_of_corrected_invoice: None | str | Unset
        if isinstance(self.hash_of_corrected_invoice, Unset):
            hash_of_corrected_invoice = UNSET
        else:
            hash_of_corrected_invoice = self.hash_of_corrected_invoice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoiceHash": invoice_hash,
                "invoiceSize": invoice_size,
                "encryptedInvoiceHash": encrypted_invoice_hash,
                "encryptedInvoiceSize": encrypted_invoice_size,
                "encryptedInvoiceContent": encrypted_invoice_content,
            }
        )
        if offline_mode is not UNSET:
            field_dict["offlineMode"] = offline_mode
        if hash_of_corrected_invoice is not UNSET:
            field_dict["hashOfCorrectedInvoice"] = hash_of_corrected_invoice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_hash = d.pop("invoiceHash")

        invoice_size = d.pop("invoiceSize")

        encrypted_invoice_hash = d.pop("encryptedInvoiceHash")

        encrypted_invoice_size = d.pop("encryptedInvoiceSize")

        encrypted_invoice_content = d.pop("encryptedInvoiceContent")

        offline_mode = d.pop("offlineMode", UNSET)

        def _parse_hash_of_corrected_invoice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hash_of_corrected_invoice = _parse_hash_of_corrected_invoice(
            d.pop("hashOfCorrectedInvoice", UNSET)
        )

        send_invoice_request = cls(
            invoice_hash=invoice_hash,
            invoice_size=invoice_size,
            encrypted_invoice_hash=encrypted_invoice_hash,
            encrypted_invoice_size=encrypted_invoice_size,
            encrypted_invoice_content=encrypted_invoice_content,
            offline_mode=offline_mode,
            hash_of_corrected_invoice=hash_of_corrected_invoice,
        )

        send_invoice_request.additional_properties = d
        return send_invoice_request

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
