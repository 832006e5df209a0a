from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.certificate_limit import CertificateLimit


T = TypeVar("T", bound="CertificateLimitsResponse")


@_attrs_define
class CertificateLimitsResponse:
    """Informacje o limitach wniosków oraz certyfikatów dla uwierzytelnionego podmiotu.

    Attributes:
        can_request (bool): Flaga informująca czy uwierzytelniony podmiot może złożyć nowy wniosek o certyfikat.
        enrollment (CertificateLimit):
        certificate (CertificateLimit):
    """

    can_request: bool
    enrollment: CertificateLimit
    certificate: CertificateLimit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_request = self.can_request

        enrollment = self.enrollment.to_dict()

        certificate = self.certificate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "canRequest": can_request,
                "enrollment": enrollment,
                "certificate": certificate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certificate_limit import CertificateLimit

        d = dict(src_dict)
        can_request = d.pop("canRequest")

        enrollment = CertificateLimit.from_dict(d.pop("enrollment"))

        certificate = CertificateLimit.from_dict(d.pop("certificate"))

        certificate_limits_response = cls(
            can_request=can_request,
            enrollment=enrollment,
            certificate=certificate,
        )

        certificate_limits_response.additional_properties = d
        return certificate_limits_response

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
