from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UnauthorizedProblemDetails")


@_attrs_define
class UnauthorizedProblemDetails:
    """
    Example:
        {'title': 'Unauthorized', 'status': 401, 'detail': 'Wymagane jest uwierzytelnienie.', 'instance':
            '{{uri_path}}', 'traceId': '673843e023c432286660bc0501a3af44', 'timestamp': '2025-07-11T12:23:56.0154302+00:00'}

    Attributes:
        title (str): Unauthorized
        status (int): 401
        detail (str): Szczegółowy opis przyczyny odmowy dostępu.
        timestamp (datetime.datetime): Data i czas wystąpienia błędu w UTC.
        instance (None | str | Unset): URI identyfikujące konkretne wystąpienie błędu.
        trace_id (None | str | Unset): Identyfikator śledzenia błędu.
    """

    title: str
    status: int
    detail: str
    timestamp: datetime.datetime
    instance: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status = self.status

        detail = self.detail

        timestamp = self.timestamp.isoformat()

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "status": status,
                "detail": detail,
                "timestamp": timestamp,
            }
        )
        if instance is not UNSET:
            field_dict["instance"] = instance
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        timestamp = parse_datetime(d.pop("timestamp"))

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("traceId", UNSET))

        unauthorized_problem_details = cls(
            title=title,
            status=status,
            detail=detail,
            timestamp=timestamp,
            instance=instance,
            trace_id=trace_id,
        )

        unauthorized_problem_details.additional_properties = d
        return unauthorized_problem_details

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
