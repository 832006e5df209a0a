from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_effective_subject_limits import (
        CertificateEffectiveSubjectLimits,
    )
    from ..models.enrollment_effective_subject_limits import (
        EnrollmentEffectiveSubjectLimits,
    )


T = TypeVar("T", bound="EffectiveSubjectLimits")


@_attrs_define
class EffectiveSubjectLimits:
    """
    Attributes:
        enrollment (EnrollmentEffectiveSubjectLimits | None | Unset):
        certificate (CertificateEffectiveSubjectLimits | None | Unset):
    """

    enrollment: EnrollmentEffectiveSubjectLimits | None | Unset = UNSET
    certificate: CertificateEffectiveSubjectLimits | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.certificate_effective_subject_limits import (
            CertificateEffectiveSubjectLimits,
        )
        from ..models.enrollment_effective_subject_limits import (
            EnrollmentEffectiveSubjectLimits,
        )

        enrollment: dict[str, Any] | None | Unset
        if isinstance(self.enrollment, Unset):
            enrollment = UNSET
        elif isinstance(self.enrollment, EnrollmentEffectiveSubjectLimits):
            enrollment = self.enrollment.to_dict()
        else:
            enrollment = self.enrollment

        certificate: dict[str, Any] | None | Unset
        if isinstance(self.certificate, Unset):
            certificate = UNSET
        elif isinstance(self.certificate, CertificateEffectiveSubjectLimits):
            certificate = self.certificate.to_dict()
        else:
            certificate = self.certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enrollment is not UNSET:
            field_dict["enrollment"] = enrollment
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certificate_effective_subject_limits import (
            CertificateEffectiveSubjectLimits,
        )
        from ..models.enrollment_effective_subject_limits import (
            EnrollmentEffectiveSubjectLimits,
        )

        d = dict(src_dict)

        def _parse_enrollment(
            data: object,
        ) -> EnrollmentEffectiveSubjectLimits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enrollment_type_1 = EnrollmentEffectiveSubjectLimits.from_dict(data)

                return enrollment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrollmentEffectiveSubjectLimits | None | Unset, data)

        enrollment = _parse_enrollment(d.pop("enrollment", UNSET))

        def _parse_certificate(
            data: object,
        ) -> CertificateEffectiveSubjectLimits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                certificate_type_1 = CertificateEffectiveSubjectLimits.from_dict(data)

                return certificate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CertificateEffectiveSubjectLimits | None | Unset, data)

        certificate = _parse_certificate(d.pop("certificate", UNSET))

        effective_subject_limits = cls(
            enrollment=enrollment,
            certificate=certificate,
        )

        effective_subject_limits.additional_properties = d
        return effective_subject_limits

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
