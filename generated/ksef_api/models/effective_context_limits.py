from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch_session_effective_context_limits import (
        BatchSessionEffectiveContextLimits,
    )
    from ..models.online_session_effective_context_limits import (
        OnlineSessionEffectiveContextLimits,
    )


T = TypeVar("T", bound="EffectiveContextLimits")


@_attrs_define
class EffectiveContextLimits:
    """
    Attributes:
        online_session (OnlineSessionEffectiveContextLimits):
        batch_session (BatchSessionEffectiveContextLimits):
    """

    online_session: OnlineSessionEffectiveContextLimits
    batch_session: BatchSessionEffectiveContextLimits
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        online_session = self.online_session.to_dict()

        batch_session = self.batch_session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onlineSession": online_session,
                "batchSession": batch_session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_session_effective_context_limits import (
            BatchSessionEffectiveContextLimits,
        )
        from ..models.online_session_effective_context_limits import (
            OnlineSessionEffectiveContextLimits,
        )

        d = dict(src_dict)
        online_session = OnlineSessionEffectiveContextLimits.from_dict(
            d.pop("onlineSession")
        )

        batch_session = BatchSessionEffectiveContextLimits.from_dict(
            d.pop("batchSession")
        )

        effective_context_limits = cls(
            online_session=online_session,
            batch_session=batch_session,
        )

        effective_context_limits.additional_properties = d
        return effective_context_limits

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
