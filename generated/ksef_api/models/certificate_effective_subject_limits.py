from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificateEffectiveSubjectLimits")


@_attrs_define
class CertificateEffectiveSubjectLimits:
    """
    Attributes:
        max_certificates (int | Unset):
    """

    max_certificates: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        max_certificates = d.pop("maxCertificates", UNSET)

        certificate_effective_subject_limits = cls(
            max_certificates=max_certificates,
        )

        certificate_effective_subject_limits.additional_properties = d
        return certificate_effective_subject_limits

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
