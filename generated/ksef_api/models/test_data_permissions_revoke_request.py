from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.test_data_authorized_identifier import TestDataAuthorizedIdentifier
    from ..models.test_data_context_identifier import TestDataContextIdentifier


T = TypeVar("T", bound="TestDataPermissionsRevokeRequest")


@_attrs_define
class TestDataPermissionsRevokeRequest:
    """
    Attributes:
        context_identifier (TestDataContextIdentifier):
        authorized_identifier (TestDataAuthorizedIdentifier):
    """

    context_identifier: TestDataContextIdentifier
    authorized_identifier: TestDataAuthorizedIdentifier
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_identifier = self.context_identifier.to_dict()

        authorized_identifier = self.authorized_identifier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contextIdentifier": context_identifier,
                "authorizedIdentifier": authorized_identifier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.test_data_authorized_identifier import (
            TestDataAuthorizedIdentifier,
        )
        from ..models.test_data_context_identifier import TestDataContextIdentifier

        d = dict(src_dict)
        context_identifier = TestDataContextIdentifier.from_dict(
            d.pop("contextIdentifier")
        )

        authorized_identifier = TestDataAuthorizedIdentifier.from_dict(
            d.pop("authorizedIdentifier")
        )

        test_data_permissions_revoke_request = cls(
            context_identifier=context_identifier,
            authorized_identifier=authorized_identifier,
        )

        test_data_permissions_revoke_request.additional_properties = d
        return test_data_permissions_revoke_request

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
