from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_method_category import AuthenticationMethodCategory

T = TypeVar("T", bound="AuthenticationMethodInfo")


@_attrs_define
class AuthenticationMethodInfo:
    """
    Attributes:
        category (AuthenticationMethodCategory): | Wartość | Opis |
            | --- | --- |
            | XadesSignature | Uwierzytelnienie podpisem Xades. |
            | NationalNode | Uwierzytelnienie za pomocą Węzła Krajowego (login.gov.pl). |
            | Token | Uwierzytelnienie tokenem. |
            | Other | Uwierzytelnienie inną metodą. |
        code (str): Kod metody uwierzytelnienia.
        display_name (str): Nazwa metody uwierzytelnienia do wyświetlenia użytkownikowi.
    """

    category: AuthenticationMethodCategory
    code: str
    display_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        code = self.code

        display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "code": code,
                "displayName": display_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = AuthenticationMethodCategory(d.pop("category"))

        code = d.pop("code")

        display_name = d.pop("displayName")

        authentication_method_info = cls(
            category=category,
            code=code,
            display_name=display_name,
        )

        authentication_method_info.additional_properties = d
        return authentication_method_info

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
