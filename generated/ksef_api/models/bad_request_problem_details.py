from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

if TYPE_CHECKING:
    from ..models.api_error import ApiError


T = TypeVar("T", bound="BadRequestProblemDetails")


@_attrs_define
class BadRequestProblemDetails:
    """
    Example:
        {'title': 'Bad Request', 'status': 400, 'instance': '{{uri_path}}', 'detail': 'Żądanie jest nieprawidłowe.',
            'errors': [{'code': 21405, 'description': 'Błąd walidacji danych wejściowych.', 'details': ['Wskazany kod
            formularza nie jest wspierany.']}, {'code': 21157, 'description': 'Nieprawidłowy rozmiar części pakietu.',
            'details': ['Rozmiar części 1 przekroczył dozwolony rozmiar 100MB.']}], 'timestamp':
            '2025-07-11T12:23:56.0154302+00:00', 'traceId': '673843e023c432286660bc0501a3af44'}

    Attributes:
        title (str): Bad Request
        status (int): 400
        instance (str): URI identyfikujące konkretne wystąpienie błędu.
        detail (str): Ogólny opis problemu.
        errors (list[ApiError]): Lista błędów powiązanych z żądaniem.
        timestamp (datetime.datetime): Data i czas wystąpienia błędu w UTC.
        trace_id (str): Identyfikator śledzenia błędu.
    """

    title: str
    status: int
    instance: str
    detail: str
    errors: list[ApiError]
    timestamp: datetime.datetime
    trace_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status = self.status

        instance = self.instance

        detail = self.detail

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

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
                "errors": errors,
                "timestamp": timestamp,
                "traceId": trace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error import ApiError

        d = dict(src_dict)
        title = d.pop("title")

        status = d.pop("status")

        instance = d.pop("instance")

        detail = d.pop("detail")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ApiError.from_dict(errors_item_data)

            errors.append(errors_item)

        timestamp = parse_datetime(d.pop("timestamp"))

        trace_id = d.pop("traceId")

        bad_request_problem_details = cls(
            title=title,
            status=status,
            instance=instance,
            detail=detail,
            errors=errors,
            timestamp=timestamp,
            trace_id=trace_id,
        )

        bad_request_problem_details.additional_properties = d
        return bad_request_problem_details

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
