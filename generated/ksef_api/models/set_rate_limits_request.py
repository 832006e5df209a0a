from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_rate_limits_override import ApiRateLimitsOverride


T = TypeVar("T", bound="SetRateLimitsRequest")


@_attrs_define
class SetRateLimitsRequest:
    """
    Attributes:
        rate_limits (ApiRateLimitsOverride):
    """

    rate_limits: ApiRateLimitsOverride
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limits = self.rate_limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rateLimits": rate_limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_rate_limits_override import ApiRateLimitsOverride

        d = dict(src_dict)
        rate_limits = ApiRateLimitsOverride.from_dict(d.pop("rateLimits"))

        set_rate_limits_request = cls(
            rate_limits=rate_limits,
        )

        set_rate_limits_request.additional_properties = d
        return set_rate_limits_request

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
