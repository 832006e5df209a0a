from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.public_key_certificate_usage import PublicKeyCertificateUsage
from ..types import parse_datetime

T = TypeVar("T", bound="PublicKeyCertificate")


@_attrs_define
class PublicKeyCertificate:
    """
    Attributes:
        certificate (str): Certyfikat klucza publicznego w formacie DER, zakodowany w formacie Base64.
        certificate_id (str): Identyfikator certyfikatu.
        public_key_id (str): Identyfikator klucza, używany jako selektor w wywołaniach, w których klient wskazuje,
            jakiego klucza publicznego użył do szyfrowania.
        valid_from (datetime.datetime): Data początku obowiązywania certyfikatu.
        valid_to (datetime.datetime): Data końca obowiązywania certyfikatu.
        usage (list[PublicKeyCertificateUsage]): Operacje do których może być używany certyfikat.
            | Wartość | Opis |
            | --- | --- |
            | KsefTokenEncryption | Szyfrowanie tokenów KSeF przesyłanych w trakcie procesu uwierzytelniania. |
            | SymmetricKeyEncryption | Szyfrowanie klucza symetrycznego wykorzystywanego do szyfrowania przesyłanych faktur.
            |
    """

    certificate: str
    certificate_id: str
    public_key_id: str
    valid_from: datetime.datetime
    valid_to: datetime.datetime
    usage: list[PublicKeyCertificateUsage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate = self.certificate

        certificate_id = self.certificate_id

        public_key_id = self.public_key_id

        valid_from = self.valid_from.isoformat()

        valid_to = self.valid_to.isoformat()

        usage = []
        for usage_item_data in self.usage:
            usage_item = usage_item_data.value
            usage.append(usage_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificate": certificate,
                "certificateId": certificate_id,
                "publicKeyId": public_key_id,
                "validFrom": valid_from,
                "validTo": valid_to,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        certificate = d.pop("certificate")

        certificate_id = d.pop("certificateId")

        public_key_id = d.pop("publicKeyId")

        valid_from = parse_datetime(d.pop("validFrom"))

        valid_to = parse_datetime(d.pop("validTo"))

        usage = []
        _usage = d.pop("usage")
        for usage_item_data in _usage:
            usage_item = PublicKeyCertificateUsage(usage_item_data)

            usage.append(usage_item)

        public_key_certificate = cls(
            certificate=certificate,
            certificate_id=certificate_id,
            public_key_id=public_key_id,
            valid_from=valid_from,
            valid_to=valid_to,
            usage=usage,
        )

        public_key_certificate.additional_properties = d
        return public_key_certificate

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
