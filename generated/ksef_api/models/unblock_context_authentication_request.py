from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_data_authentication_context_identifier import (
        TestDataAuthenticationContextIdentifier,
    )


T = TypeVar("T", bound="UnblockContextAuthenticationRequest")


@_attrs_define
class UnblockContextAuthenticationRequest:
    """
    Attributes:
        context_identifier (None | TestDataAuthenticationContextIdentifier | Unset):
    """

    context_identifier: None | TestDataAuthenticationContextIdentifier | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.test_data_authentication_context_identifier import (
            TestDataAuthenticationContextIdentifier,
        )

        context_identifier: dict[str, Any] | None | Unset
        if isinstance(self.context_identifier, Unset):
            context_identifier = UNSET
        elif isinstance(
            self.context_identifier, TestDataAuthenticationContextIdentifier
        ):
            context_identifier = self.context_identifier.to_dict()
        else:
            context_identifier = self.context_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context_identifier is not UNSET:
            field_dict["contextIdentifier"] = context_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_data_authentication_context_identifier import (
            TestDataAuthenticationContextIdentifier,
        )

        d = dict(src_dict)

        def _parse_context_identifier(
            data: object,
        ) -> None | TestDataAuthenticationContextIdentifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_identifier_type_1 = (
                    TestDataAuthenticationContextIdentifier.from_dict(data)
                )

                return context_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TestDataAuthenticationContextIdentifier | Unset, data)

        context_identifier = _parse_context_identifier(
            d.pop("contextIdentifier", UNSET)
        )

        unblock_context_authentication_request = cls(
            context_identifier=context_identifier,
        )

        unblock_context_authentication_request.additional_properties = d
        return unblock_context_authentication_request

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
