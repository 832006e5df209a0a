from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collective_identifiers_query_response_item import (
        CollectiveIdentifiersQueryResponseItem,
    )


T = TypeVar("T", bound="CollectiveIdentifiersQueryResponse")


@_attrs_define
class CollectiveIdentifiersQueryResponse:
    """
    Attributes:
        collective_identifiers (list[CollectiveIdentifiersQueryResponseItem]): Lista identyfikatorów zbiorczych.
        continuation_token (None | str | Unset): Token służący do pobrania kolejnej strony wyników. Jeśli jest pusty, to
            nie ma kolejnych stron.
    """

    collective_identifiers: list[CollectiveIdentifiersQueryResponseItem]
    continuation_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collective_identifiers = []
        for collective_identifiers_item_data in self.collective_identifiers:
            collective_identifiers_item = collective_identifiers_item_data.to_dict()
            collective_identifiers.append(collective_identifiers_item)

        continuation_token: None | str | Unset
        if isinstance(self.continuation_token, Unset):
            continuation_token = UNSET
        else:
            continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectiveIdentifiers": collective_identifiers,
            }
        )
        if continuation_token is not UNSET:
            field_dict["continuationToken"] = continuation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collective_identifiers_query_response_item import (
            CollectiveIdentifiersQueryResponseItem,
        )

        d = dict(src_dict)
        collective_identifiers = []
        _collective_identifiers = d.pop("collectiveIdentifiers")
        for collective_identifiers_item_data in _collective_identifiers:
            collective_identifiers_item = (
                CollectiveIdentifiersQueryResponseItem.from_dict(
                    collective_identifiers_item_data
                )
            )

            collective_identifiers.append(collective_identifiers_item)

        def _parse_continuation_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        continuation_token = _parse_continuation_token(
            d.pop("continuationToken", UNSET)
        )

        collective_identifiers_query_response = cls(
            collective_identifiers=collective_identifiers,
            continuation_token=continuation_token,
        )

        collective_identifiers_query_response.additional_properties = d
        return collective_identifiers_query_response

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
