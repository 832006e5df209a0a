from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.too_many_requests_response_status import TooManyRequestsResponseStatus


T = TypeVar("T", bound="TooManyRequestsResponse")


@_attrs_define
class TooManyRequestsResponse:
    """
    Example:
        {'status': {'code': 429, 'description': 'Too Many Requests', 'details': ['Przekroczono limit 20 żądań na minutę.
            Spróbuj ponownie po 30 sekundach.']}}

    Attributes:
        status (TooManyRequestsResponseStatus): Informacje o błędzie związanym z przekroczeniem limitu żądań.
    """

    status: TooManyRequestsResponseStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.too_many_requests_response_status import (
            TooManyRequestsResponseStatus,
        )

        d = dict(src_dict)
        status = TooManyRequestsResponseStatus.from_dict(d.pop("status"))

        too_many_requests_response = cls(
            status=status,
        )

        too_many_requests_response.additional_properties = d
        return too_many_requests_response

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
