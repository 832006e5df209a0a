from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_role_type import EntityRoleType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.entity_roles_parent_entity_identifier import (
        EntityRolesParentEntityIdentifier,
    )


T = TypeVar("T", bound="EntityRole")


@_attrs_define
class EntityRole:
    """
    Attributes:
        role (EntityRoleType):
        description (str): Opis roli.
        start_date (datetime.datetime): Data rozpoczęcia obowiązywania roli.
        parent_entity_identifier (EntityRolesParentEntityIdentifier | None | Unset): Identyfikator podmiotu nadrzędnego.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
    """

    role: EntityRoleType
    description: str
    start_date: datetime.datetime
    parent_entity_identifier: EntityRolesParentEntityIdentifier | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_roles_parent_entity_identifier import (
            EntityRolesParentEntityIdentifier,
        )

        role = self.role.value

        description = self.description

        start_date = self.start_date.isoformat()

        parent_entity_identifier: dict[str, Any] | None | Unset
        if isinstance(self.parent_entity_identifier, Unset):
            parent_entity_identifier = UNSET
        elif isinstance(
            self.parent_entity_identifier, EntityRolesParentEntityIdentifier
        ):
            parent_entity_identifier = self.parent_entity_identifier.to_dict()
        else:
            parent_entity_identifier = self.parent_entity_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "description": description,
                "startDate": start_date,
            }
        )
        if parent_entity_identifier is not UNSET:
            field_dict["parentEntityIdentifier"] = parent_entity_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_roles_parent_entity_identifier import (
            EntityRolesParentEntityIdentifier,
        )

        d = dict(src_dict)
        role = EntityRoleType(d.pop("role"))

        description = d.pop("description")

        start_date = parse_datetime(d.pop("startDate"))

        def _parse_parent_entity_identifier(
            data: object,
        ) -> EntityRolesParentEntityIdentifier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_entity_identifier_type_1 = (
                    EntityRolesParentEntityIdentifier.from_dict(data)
                )

                return parent_entity_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRolesParentEntityIdentifier | None | Unset, data)

        parent_entity_identifier = _parse_parent_entity_identifier(
            d.pop("parentEntityIdentifier", UNSET)
        )

        entity_role = cls(
            role=role,
            description=description,
            start_date=start_date,
            parent_entity_identifier=parent_entity_identifier,
        )

        entity_role.additional_properties = d
        return entity_role

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
