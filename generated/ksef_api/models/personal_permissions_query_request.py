from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission_state import PermissionState
from ..models.personal_permission_type import PersonalPermissionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_permissions_context_identifier import (
        PersonalPermissionsContextIdentifier,
    )
    from ..models.personal_permissions_target_identifier import (
        PersonalPermissionsTargetIdentifier,
    )


T = TypeVar("T", bound="PersonalPermissionsQueryRequest")


@_attrs_define
class PersonalPermissionsQueryRequest:
    """
    Attributes:
        context_identifier (None | PersonalPermissionsContextIdentifier | Unset): Identyfikator kontekstu podmiotu,
            który nadał uprawnienia do obsługi faktur.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | InternalId | Dwuczłonowy identyfikator składający się z numeru NIP i 5 cyfr: `{nip}-{5_cyfr}` |
        target_identifier (None | PersonalPermissionsTargetIdentifier | Unset): Identyfikator podmiotu docelowego dla
            uprawnień selektywnych nadanych pośrednio.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | AllPartners | Identyfikator oznaczający, że wyszukiwanie dotyczy uprawnień generalnych nadanych w sposób
            pośredni |
            | InternalId | Dwuczłonowy identyfikator składający się z numeru NIP i 5 cyfr: `{nip}-{5_cyfr}` |
        permission_types (list[PersonalPermissionType] | None | Unset): Lista rodzajów wyszukiwanych uprawnień.
        permission_state (None | PermissionState | Unset): Stan uprawnienia.
            | Type | Value |
            | --- | --- |
            | Active | Uprawnienia aktywne |
            | Inactive | Uprawnienia nieaktywne |
    """

    context_identifier: None | PersonalPermissionsContextIdentifier | Unset = UNSET
    target_identifier: None | PersonalPermissionsTargetIdentifier | Unset = UNSET
    permission_types: list[PersonalPermissionType] | None | Unset = UNSET
    permission_state: None | PermissionState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.personal_permissions_context_identifier import (
            PersonalPermissionsContextIdentifier,
        )
        from ..models.personal_permissions_target_identifier import (
            PersonalPermissionsTargetIdentifier,
        )

        context_identifier: dict[str, Any] | None | Unset
        if isinstance(self.context_identifier, Unset):
            context_identifier = UNSET
        elif isinstance(self.context_identifier, PersonalPermissionsContextIdentifier):
            context_identifier = self.context_identifier.to_dict()
        else:
            context_identifier = self.context_identifier

        target_identifier: dict[str, Any] | None | Unset
        if isinstance(self.target_identifier, Unset):
            target_identifier = UNSET
        elif isinstance(self.target_identifier, PersonalPermissionsTargetIdentifier):
            target_identifier = self.target_identifier.to_dict()
        else:
            target_identifier = self.target_identifier

        permission_types: list[str] | None | Unset
        if isinstance(self.permission_types, Unset):
            permission_types = UNSET
        elif isinstance(self.permission_types, list):
            permission_types = []
            for permission_types_type_0_item_data in self.permission_types:
                permission_types_type_0_item = permission_types_type_0_item_data.value
                permission_types.append(permission_types_type_0_item)

        else:
            permission_types = self.permission_types

        permission_state: None | str | Unset
        if isinstance(self.permission_state, Unset):
            permission_state = UNSET
        elif isinstance(self.permission_state, PermissionState):
            permission_state = self.permission_state.value
        else:
            permission_state = self.permission_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_identifier is not UNSET:
            field_dict["contextIdentifier"] = context_identifier
        if target_identifier is not UNSET:
            field_dict["targetIdentifier"] = target_identifier
        if permission_types is not UNSET:
            field_dict["permissionTypes"] = permission_types
        if permission_state is not UNSET:
            field_dict["permissionState"] = permission_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.personal_permissions_context_identifier import (
            PersonalPermissionsContextIdentifier,
        )
        from ..models.personal_permissions_target_identifier import (
            PersonalPermissionsTargetIdentifier,
        )

        d = dict(src_dict)

        def _parse_context_identifier(
            data: object,
        ) -> None | PersonalPermissionsContextIdentifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_identifier_type_1 = (
                    PersonalPermissionsContextIdentifier.from_dict(data)
                )

                return context_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonalPermissionsContextIdentifier | Unset, data)

        context_identifier = _parse_context_identifier(
            d.pop("contextIdentifier", UNSET)
        )

        def _parse_target_identifier(
            data: object,
        ) -> None | PersonalPermissionsTargetIdentifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_identifier_type_1 = (
                    PersonalPermissionsTargetIdentifier.from_dict(data)
                )

                return target_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonalPermissionsTargetIdentifier | Unset, data)

        target_identifier = _parse_target_identifier(d.pop("targetIdentifier", UNSET))

        def _parse_permission_types(
            data: object,
        ) -> list[PersonalPermissionType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permission_types_type_0 = []
                _permission_types_type_0 = data
                for permission_types_type_0_item_data in _permission_types_type_0:
                    permission_types_type_0_item = PersonalPermissionType(
                        permission_types_type_0_item_data
                    )

                    permission_types_type_0.append(permission_types_type_0_item)

                return permission_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PersonalPermissionType] | None | Unset, data)

        permission_types = _parse_permission_types(d.pop("permissionTypes", UNSET))

        def _parse_permission_state(data: object) -> None | PermissionState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                permission_state_type_1 = PermissionState(data)

                return permission_state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PermissionState | Unset, data)

        permission_state = _parse_permission_state(d.pop("permissionState", UNSET))

        personal_permissions_query_request = cls(
            context_identifier=context_identifier,
            target_identifier=target_identifier,
            permission_types=permission_types,
            permission_state=permission_state,
        )

        personal_permissions_query_request.additional_properties = d
        return personal_permissions_query_request

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
