from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="OpenOnlineSessionResponse")


@_attrs_define
class OpenOnlineSessionResponse:
    """
    Attributes:
        reference_number (str): Numer referencyjny.
        valid_until (datetime.datetime): Termin ważności sesji. Po jego upływie sesja zostanie automatycznie zamknięta.
    """

    reference_number: str
    valid_until: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_number = self.reference_number

        valid_until = self.valid_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceNumber": reference_number,
                "validUntil": valid_until,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_number = d.pop("referenceNumber")

        valid_until = parse_datetime(d.pop("validUntil"))

        open_online_session_response = cls(
            reference_number=reference_number,
            valid_until=valid_until,
        )

        open_online_session_response.additional_properties = d
        return open_online_session_response

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
