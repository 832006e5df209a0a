from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificateSubjectLimitsOverride")


@_attrs_define
class CertificateSubjectLimitsOverride:
    """
    Attributes:
        max_certificates (int | None | Unset):
    """

    max_certificates: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_certificates: int | None | Unset
        if isinstance(self.max_certificates, Unset):
            max_certificates = UNSET
        else:
            max_certificates = self.max_certificates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_certificates is not UNSET:
            field_dict["maxCertificates"] = max_certificates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_max_certificates(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_certificates = _parse_max_certificates(d.pop("maxCertificates", UNSET))

        certificate_subject_limits_override = cls(
            max_certificates=max_certificates,
        )

        certificate_subject_limits_override.additional_properties = d
        return certificate_subject_limits_override

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
