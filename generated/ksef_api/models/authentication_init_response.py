from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.token_info import TokenInfo


T = TypeVar("T", bound="AuthenticationInitResponse")


@_attrs_define
class AuthenticationInitResponse:
    """
    Attributes:
        reference_number (str): Numer referencyjny.
        authentication_token (TokenInfo):
    """

    reference_number: str
    authentication_token: TokenInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number = self.reference_number

        authentication_token = self.authentication_token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNumber": reference_number,
                "authenticationToken": authentication_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_info import TokenInfo

        d = dict(src_dict)
        reference_number = d.pop("referenceNumber")

        authentication_token = TokenInfo.from_dict(d.pop("authenticationToken"))

        authentication_init_response = cls(
            reference_number=reference_number,
            authentication_token=authentication_token,
        )

        authentication_init_response.additional_properties = d
        return authentication_init_response

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
