from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="GoneProblemDetails")


@_attrs_define
class GoneProblemDetails:
    """
    Attributes:
        title (str): Gone
        status (int): 410
        instance (str): URI identyfikujące konkretne wystąpienie błędu.
        detail (str): Ogólny opis problemu.
        timestamp (datetime.datetime): Data i czas wystąpienia błędu w UTC.
        trace_id (str): Identyfikator śledzenia błędu.
    """

    title: str
    status: int
    instance: str
    detail: str
    timestamp: datetime.datetime
    trace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status = self.status

        instance = self.instance

        detail = self.detail

        timestamp = self.timestamp.isoformat()

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "status": status,
                "instance": instance,
                "detail": detail,
                "timestamp": timestamp,
                "traceId": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        status = d.pop("status")

        instance = d.pop("instance")

        detail = d.pop("detail")

        timestamp = parse_datetime(d.pop("timestamp"))

        trace_id = d.pop("traceId")

        gone_problem_details = cls(
            title=title,
            status=status,
            instance=instance,
            detail=detail,
            timestamp=timestamp,
            trace_id=trace_id,
        )

        gone_problem_details.additional_properties = d
        return gone_problem_details

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
