from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_revocation_reason import CertificateRevocationReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="RevokeCertificateRequest")


@_attrs_define
class RevokeCertificateRequest:
    """
    Attributes:
        revocation_reason (CertificateRevocationReason | None | Unset): Powód unieważnienia certyfikatu.
            | Wartość | Opis |
            | --- | --- |
            | Unspecified | Nieokreślony. |
            | Superseded | Certyfikat został zastąpiony przez inny. |
            | KeyCompromise | Klucz prywatny powiązany z certyfikatem został skompromitowany. |
    """

    revocation_reason: CertificateRevocationReason | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        revocation_reason: None | str | Unset
        if isinstance(self.revocation_reason, Unset):
            revocation_reason = UNSET
        elif isinstance(self.revocation_reason, CertificateRevocationReason):
            revocation_reason = self.revocation_reason.value
        else:
            revocation_reason = self.revocation_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if revocation_reason is not UNSET:
            field_dict["revocationReason"] = revocation_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_revocation_reason(
            data: object,
        ) -> CertificateRevocationReason | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revocation_reason_type_1 = CertificateRevocationReason(data)

                return revocation_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CertificateRevocationReason | None | Unset, data)

        revocation_reason = _parse_revocation_reason(d.pop("revocationReason", UNSET))

        revoke_certificate_request = cls(
            revocation_reason=revocation_reason,
        )

        revoke_certificate_request.additional_properties = d
        return revoke_certificate_request

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
