from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrollmentSubjectLimitsOverride")


@_attrs_define
class EnrollmentSubjectLimitsOverride:
    """
    Attributes:
        max_enrollments (int | None | Unset):
    """

    max_enrollments: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_enrollments: int | None | Unset
        if isinstance(self.max_enrollments, Unset):
            max_enrollments = UNSET
        else:
            max_enrollments = self.max_enrollments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_enrollments is not UNSET:
            field_dict["maxEnrollments"] = max_enrollments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_max_enrollments(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_enrollments = _parse_max_enrollments(d.pop("maxEnrollments", UNSET))

        enrollment_subject_limits_override = cls(
            max_enrollments=max_enrollments,
        )

        enrollment_subject_limits_override.additional_properties = d
        return enrollment_subject_limits_override

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
