from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.exception_info import ExceptionInfo


T = TypeVar("T", bound="ExceptionResponse")


@_attrs_define
class ExceptionResponse:
    """
    Example:
        {'exception': {'exceptionDetailList': [{'exceptionCode': 12345, 'exceptionDescription': 'Opis błędu.',
            'details': ['Opcjonalne dodatkowe szczegóły błędu.']}], 'referenceNumber':
            'a1b2c3d4-e5f6-4789-ab12-cd34ef567890', 'serviceCode':
            '00-c02cc3747020c605be02159bf3324f0e-eee7647dc67aa74a-00', 'serviceCtx': 'srvABCDA', 'serviceName': 'Undefined',
            'timestamp': '2025-10-11T12:23:56.0154302'}}

    Attributes:
        exception (ExceptionInfo | None | Unset):
    """

    exception: ExceptionInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.exception_info import ExceptionInfo

        exception: dict[str, Any] | None | Unset
        if isinstance(self.exception, Unset):
            exception = UNSET
        elif isinstance(self.exception, ExceptionInfo):
            exception = self.exception.to_dict()
        else:
            exception = self.exception

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exception is not UNSET:
            field_dict["exception"] = exception

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exception_info import ExceptionInfo

        d = dict(src_dict)

        def _parse_exception(data: object) -> ExceptionInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                exception_type_1 = ExceptionInfo.from_dict(data)

                return exception_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExceptionInfo | None | Unset, data)

        exception = _parse_exception(d.pop("exception", UNSET))

        exception_response = cls(
            exception=exception,
        )

        exception_response.additional_properties = d
        return exception_response

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
