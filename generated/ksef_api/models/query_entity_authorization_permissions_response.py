from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_authorization_grant import EntityAuthorizationGrant


T = TypeVar("T", bound="QueryEntityAuthorizationPermissionsResponse")


@_attrs_define
class QueryEntityAuthorizationPermissionsResponse:
    """
    Attributes:
        authorization_grants (list[EntityAuthorizationGrant]): Lista odczytanych uprawnień.
        has_more (bool): Flaga informująca o dostępności kolejnej strony wyników.
    """

    authorization_grants: list[EntityAuthorizationGrant]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authorization_grants = []
        for authorization_grants_item_data in self.authorization_grants:
            authorization_grants_item = authorization_grants_item_data.to_dict()
            authorization_grants.append(authorization_grants_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authorizationGrants": authorization_grants,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_authorization_grant import EntityAuthorizationGrant

        d = dict(src_dict)
        authorization_grants = []
        _authorization_grants = d.pop("authorizationGrants")
        for authorization_grants_item_data in _authorization_grants:
            authorization_grants_item = EntityAuthorizationGrant.from_dict(
                authorization_grants_item_data
            )

            authorization_grants.append(authorization_grants_item)

        has_more = d.pop("hasMore")

        query_entity_authorization_permissions_response = cls(
            authorization_grants=authorization_grants,
            has_more=has_more,
        )

        query_entity_authorization_permissions_response.additional_properties = d
        return query_entity_authorization_permissions_response

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
