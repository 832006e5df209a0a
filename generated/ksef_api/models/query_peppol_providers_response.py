from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.peppol_provider import PeppolProvider


T = TypeVar("T", bound="QueryPeppolProvidersResponse")


@_attrs_define
class QueryPeppolProvidersResponse:
    """
    Attributes:
        peppol_providers (list[PeppolProvider]): Lista dostawców usług Peppol.
        has_more (bool): Flaga informująca o dostępności kolejnej strony wyników.
    """

    peppol_providers: list[PeppolProvider]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        peppol_providers = []
        for peppol_providers_item_data in self.peppol_providers:
            peppol_providers_item = peppol_providers_item_data.to_dict()
            peppol_providers.append(peppol_providers_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "peppolProviders": peppol_providers,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.peppol_provider import PeppolProvider

        d = dict(src_dict)
        peppol_providers = []
        _peppol_providers = d.pop("peppolProviders")
        for peppol_providers_item_data in _peppol_providers:
            peppol_providers_item = PeppolProvider.from_dict(peppol_providers_item_data)

            peppol_providers.append(peppol_providers_item)

        has_more = d.pop("hasMore")

        query_peppol_providers_response = cls(
            peppol_providers=peppol_providers,
            has_more=has_more,
        )

        query_peppol_providers_response.additional_properties = d
        return query_peppol_providers_response

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
