from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_identifier_type import SubjectIdentifierType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.certificate_subject_limits_override import (
        CertificateSubjectLimitsOverride,
    )
    from ..models.enrollment_subject_limits_override import (
        EnrollmentSubjectLimitsOverride,
    )


T = TypeVar("T", bound="SetSubjectLimitsRequest")


@_attrs_define
class SetSubjectLimitsRequest:
    """
    Attributes:
        subject_identifier_type (SubjectIdentifierType | Unset):
        enrollment (EnrollmentSubjectLimitsOverride | None | Unset):
        certificate (CertificateSubjectLimitsOverride | None | Unset):
    """

    subject_identifier_type: SubjectIdentifierType | Unset = UNSET
    enrollment: EnrollmentSubjectLimitsOverride | None | Unset = UNSET
    certificate: CertificateSubjectLimitsOverride | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.certificate_subject_limits_override import (
            CertificateSubjectLimitsOverride,
        )
        from ..models.enrollment_subject_limits_override import (
            EnrollmentSubjectLimitsOverride,
        )

        subject_identifier_type: str | Unset = UNSET
        if not isinstance(self.subject_identifier_type, Unset):
            subject_identifier_type = self.subject_identifier_type.value

        enrollment: dict[str, Any] | None | Unset
        if isinstance(self.enrollment, Unset):
            enrollment = UNSET
        elif isinstance(self.enrollment, EnrollmentSubjectLimitsOverride):
            enrollment = self.enrollment.to_dict()
        else:
            enrollment = self.enrollment

        certificate: dict[str, Any] | None | Unset
        if isinstance(self.certificate, Unset):
            certificate = UNSET
        elif isinstance(self.certificate, CertificateSubjectLimitsOverride):
            certificate = self.certificate.to_dict()
        else:
            certificate = self.certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject_identifier_type is not UNSET:
            field_dict["subjectIdentifierType"] = subject_identifier_type
        if enrollment is not UNSET:
            field_dict["enrollment"] = enrollment
        if certificate is not UNSET:
            field_dict["certificate"] = certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certificate_subject_limits_override import (
            CertificateSubjectLimitsOverride,
        )
        from ..models.enrollment_subject_limits_override import (
            EnrollmentSubjectLimitsOverride,
        )

        d = dict(src_dict)
        _subject_identifier_type = d.pop("subjectIdentifierType", UNSET)
        subject_identifier_type: SubjectIdentifierType | Unset
        if isinstance(_subject_identifier_type, Unset):
            subject_identifier_type = UNSET
        else:
            subject_identifier_type = SubjectIdentifierType(_subject_identifier_type)

        def _parse_enrollment(
            data: object,
        ) -> EnrollmentSubjectLimitsOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                enrollment_type_1 = EnrollmentSubjectLimitsOverride.from_dict(data)

                return enrollment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrollmentSubjectLimitsOverride | None | Unset, data)

        enrollment = _parse_enrollment(d.pop("enrollment", UNSET))

        def _parse_certificate(
            data: object,
        ) -> CertificateSubjectLimitsOverride | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                certificate_type_1 = CertificateSubjectLimitsOverride.from_dict(data)

                return certificate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CertificateSubjectLimitsOverride | None | Unset, data)

        certificate = _parse_certificate(d.pop("certificate", UNSET))

        set_subject_limits_request = cls(
            subject_identifier_type=subject_identifier_type,
            enrollment=enrollment,
            certificate=certificate,
        )

        set_subject_limits_request.additional_properties = d
        return set_subject_limits_request

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
