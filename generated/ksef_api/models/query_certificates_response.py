from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.certificate_list_item import CertificateListItem


T = TypeVar("T", bound="QueryCertificatesResponse")


@_attrs_define
class QueryCertificatesResponse:
    """
    Attributes:
        certificates (list[CertificateListItem]): Lista certyfikatów spełniających kryteria wyszukiwania.
        has_more (bool): Flaga informująca o dostępności kolejnej strony wyników.
    """

    certificates: list[CertificateListItem]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificates = []
        for certificates_item_data in self.certificates:
            certificates_item = certificates_item_data.to_dict()
            certificates.append(certificates_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificates": certificates,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certificate_list_item import CertificateListItem

        d = dict(src_dict)
        certificates = []
        _certificates = d.pop("certificates")
        for certificates_item_data in _certificates:
            certificates_item = CertificateListItem.from_dict(certificates_item_data)

            certificates.append(certificates_item)

        has_more = d.pop("hasMore")

        query_certificates_response = cls(
            certificates=certificates,
            has_more=has_more,
        )

        query_certificates_response.additional_properties = d
        return query_certificates_response

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
