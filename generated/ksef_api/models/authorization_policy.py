from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_ips import AllowedIps


T = TypeVar("T", bound="AuthorizationPolicy")


@_attrs_define
class AuthorizationPolicy:
    """
    Attributes:
        allowed_ips (AllowedIps | None | Unset): Lista dozwolonych adresów IP.
    """

    allowed_ips: AllowedIps | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.allowed_ips import AllowedIps

        allowed_ips: dict[str, Any] | None | Unset
        if isinstance(self.allowed_ips, Unset):
            allowed_ips = UNSET
        elif isinstance(self.allowed_ips, AllowedIps):
            allowed_ips = self.allowed_ips.to_dict()
        else:
            allowed_ips = self.allowed_ips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_ips is not UNSET:
            field_dict["allowedIps"] = allowed_ips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowed_ips import AllowedIps

        d = dict(src_dict)

        def _parse_allowed_ips(data: object) -> AllowedIps | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_ips_type_1 = AllowedIps.from_dict(data)

                return allowed_ips_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AllowedIps | None | Unset, data)

        allowed_ips = _parse_allowed_ips(d.pop("allowedIps", UNSET))

        authorization_policy = cls(
            allowed_ips=allowed_ips,
        )

        authorization_policy.additional_properties = d
        return authorization_policy

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
