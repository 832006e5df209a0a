from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EncryptionInfo")


@_attrs_define
class EncryptionInfo:
    """
    Attributes:
        encrypted_symmetric_key (str): Klucz symetryczny o długości 32 bajtów, zaszyfrowany algorytmem RSA (Padding:
            OAEP z SHA-256), zakodowany w formacie Base64.

            [Klucz publiczny Ministerstwa Finansów](/docs/v2/index.html#tag/Certyfikaty-klucza-publicznego)
        initialization_vector (str): Wektor inicjalizujący (IV) o długości 16 bajtów, używany do szyfrowania
            symetrycznego, zakodowany w formacie Base64.
        public_key_id (None | str | Unset): Identyfikator klucza publicznego użytego do szyfrowania.
    """

    encrypted_symmetric_key: str
    initialization_vector: str
    public_key_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_symmetric_key = self.encrypted_symmetric_key

        initialization_vector = self.initialization_vector

        public_key_id: None | str | Unset
        if isinstance(self.public_key_id, Unset):
            public_key_id = UNSET
        else:
            public_key_id = self.public_key_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encryptedSymmetricKey": encrypted_symmetric_key,
                "initializationVector": initialization_vector,
            }
        )
        if public_key_id is not UNSET:
            field_dict["publicKeyId"] = public_key_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_symmetric_key = d.pop("encryptedSymmetricKey")

        initialization_vector = d.pop("initializationVector")

        def _parse_public_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_key_id = _parse_public_key_id(d.pop("publicKeyId", UNSET))

        encryption_info = cls(
            encrypted_symmetric_key=encrypted_symmetric_key,
            initialization_vector=initialization_vector,
            public_key_id=public_key_id,
        )

        encryption_info.additional_properties = d
        return encryption_info

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
