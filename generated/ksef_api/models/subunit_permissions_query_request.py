from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subunit_permissions_subunit_identifier import (
        SubunitPermissionsSubunitIdentifier,
    )


T = TypeVar("T", bound="SubunitPermissionsQueryRequest")


@_attrs_define
class SubunitPermissionsQueryRequest:
    """
    Attributes:
        subunit_identifier (None | SubunitPermissionsSubunitIdentifier | Unset): Identyfikator jednostki lub podmiotu
            podrzędnego.
            | Type | Value |
            | --- | --- |
            | InternalId | Dwuczłonowy identyfikator składający się z numeru NIP i 5 cyfr: `{nip}-{5_cyfr}` |
            | Nip | 10 cyfrowy numer NIP |
    """

    subunit_identifier: None | SubunitPermissionsSubunitIdentifier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subunit_permissions_subunit_identifier import (
            SubunitPermissionsSubunitIdentifier,
        )

        subunit_identifier: dict[str, Any] | None | Unset
        if isinstance(self.subunit_identifier, Unset):
            subunit_identifier = UNSET
        elif isinstance(self.subunit_identifier, SubunitPermissionsSubunitIdentifier):
            subunit_identifier = self.subunit_identifier.to_dict()
        else:
            subunit_identifier = self.subunit_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subunit_identifier is not UNSET:
            field_dict["subunitIdentifier"] = subunit_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subunit_permissions_subunit_identifier import (
            SubunitPermissionsSubunitIdentifier,
        )

        d = dict(src_dict)

        def _parse_subunit_identifier(
            data: object,
        ) -> None | SubunitPermissionsSubunitIdentifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subunit_identifier_type_1 = (
                    SubunitPermissionsSubunitIdentifier.from_dict(data)
                )

                return subunit_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubunitPermissionsSubunitIdentifier | Unset, data)

        subunit_identifier = _parse_subunit_identifier(
            d.pop("subunitIdentifier", UNSET)
        )

        subunit_permissions_query_request = cls(
            subunit_identifier=subunit_identifier,
        )

        subunit_permissions_query_request.additional_properties = d
        return subunit_permissions_query_request

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
