from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="AuthenticationChallengeResponse")


@_attrs_define
class AuthenticationChallengeResponse:
    """
    Attributes:
        challenge (str): Unikalny challenge.
        timestamp (datetime.datetime): Czas wygenerowania challenge-a.
        timestamp_ms (int): Czas wygenerowania challenge-a w milisekundach od 1 stycznia 1970 roku (Unix timestamp).
        client_ip (str): Adres IP klienta.
    """

    challenge: str
    timestamp: datetime.datetime
    timestamp_ms: int
    client_ip: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        challenge = self.challenge

        timestamp = self.timestamp.isoformat()

        timestamp_ms = self.timestamp_ms

        client_ip = self.client_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "challenge": challenge,
                "timestamp": timestamp,
                "timestampMs": timestamp_ms,
                "clientIp": client_ip,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        challenge = d.pop("challenge")

        timestamp = parse_datetime(d.pop("timestamp"))

        timestamp_ms = d.pop("timestampMs")

        client_ip = d.pop("clientIp")

        authentication_challenge_response = cls(
            challenge=challenge,
            timestamp=timestamp,
            timestamp_ms=timestamp_ms,
            client_ip=client_ip,
        )

        authentication_challenge_response.additional_properties = d
        return authentication_challenge_response

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
