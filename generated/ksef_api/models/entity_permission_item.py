from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_permission_item_scope import EntityPermissionItemScope
from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.entity_permissions_context_identifier import (
        EntityPermissionsContextIdentifier,
    )


T = TypeVar("T", bound="EntityPermissionItem")


@_attrs_define
class EntityPermissionItem:
    """
    Attributes:
        id (str): Techniczny identyfikator nadanego uprawnienia – wymagany m.in. przy operacjach odbierania.
        context_identifier (EntityPermissionsContextIdentifier): Identyfikator kontekstu podmiotu, który nadał
            uprawnienia do obsługi faktur.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | InternalId | Dwuczłonowy identyfikator składający się z numeru NIP i 5 cyfr: `{nip}-{5_cyfr}` |
        permission_scope (EntityPermissionItemScope):
        description (str): Opis uprawnienia.
        start_date (datetime.datetime): Data rozpoczęcia obowiązywania uprawnienia.
        can_delegate (bool): Flaga określająca, czy uprawnienie ma być możliwe do dalszego przekazywania.
    """

    id: str
    context_identifier: EntityPermissionsContextIdentifier
    permission_scope: EntityPermissionItemScope
    description: str
    start_date: datetime.datetime
    can_delegate: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        context_identifier = self.context_identifier.to_dict()

        permission_scope = self.permission_scope.value

        description = self.description

        start_date = self.start_date.isoformat()

        can_delegate = self.can_delegate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contextIdentifier": context_identifier,
                "permissionScope": permission_scope,
                "description": description,
                "startDate": start_date,
                "canDelegate": can_delegate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_permissions_context_identifier import (
            EntityPermissionsContextIdentifier,
        )

        d = dict(src_dict)
        id = d.pop("id")

        context_identifier = EntityPermissionsContextIdentifier.from_dict(
            d.pop("contextIdentifier")
        )

        permission_scope = EntityPermissionItemScope(d.pop("permissionScope"))

        description = d.pop("description")

        start_date = parse_datetime(d.pop("startDate"))

        can_delegate = d.pop("canDelegate")

        entity_permission_item = cls(
            id=id,
            context_identifier=context_identifier,
            permission_scope=permission_scope,
            description=description,
            start_date=start_date,
            can_delegate=can_delegate,
        )

        entity_permission_item.additional_properties = d
        return entity_permission_item

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
