from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.exception_details import ExceptionDetails


T = TypeVar("T", bound="ExceptionInfo")


@_attrs_define
class ExceptionInfo:
    """
    Attributes:
        exception_detail_list (list[ExceptionDetails] | None | Unset):
        reference_number (None | str | Unset):
        service_code (None | str | Unset):
        service_ctx (None | str | Unset):
        service_name (None | str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    exception_detail_list: list[ExceptionDetails] | None | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    service_code: None | str | Unset = UNSET
    service_ctx: None | str | Unset = UNSET
    service_name: None | str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exception_detail_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.exception_detail_list, Unset):
            exception_detail_list = UNSET
        elif isinstance(self.exception_detail_list, list):
            exception_detail_list = []
            for exception_detail_list_type_0_item_data in self.exception_detail_list:
                exception_detail_list_type_0_item = (
                    exception_detail_list_type_0_item_data.to_dict()
                )
                exception_detail_list.append(exception_detail_list_type_0_item)

        else:
            exception_detail_list = self.exception_detail_list

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        service_code: None | str | Unset
        if isinstance(self.service_code, Unset):
            service_code = UNSET
        else:
            service_code = self.service_code

        service_ctx: None | str | Unset
        if isinstance(self.service_ctx, Unset):
            service_ctx = UNSET
        else:
            service_ctx = self.service_ctx

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exception_detail_list is not UNSET:
            field_dict["exceptionDetailList"] = exception_detail_list
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if service_code is not UNSET:
            field_dict["serviceCode"] = service_code
        if service_ctx is not UNSET:
            field_dict["serviceCtx"] = service_ctx
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exception_details import ExceptionDetails

        d = dict(src_dict)

        def _parse_exception_detail_list(
            data: object,
        ) -> list[ExceptionDetails] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exception_detail_list_type_0 = []
                _exception_detail_list_type_0 = data
                for (
                    exception_detail_list_type_0_item_data
                ) in _exception_detail_list_type_0:
                    exception_detail_list_type_0_item = ExceptionDetails.from_dict(
                        exception_detail_list_type_0_item_data
                    )

                    exception_detail_list_type_0.append(
                        exception_detail_list_type_0_item
                    )

                return exception_detail_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExceptionDetails] | None | Unset, data)

        exception_detail_list = _parse_exception_detail_list(
            d.pop("exceptionDetailList", UNSET)
        )

        def _parse_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_number = _parse_reference_number(d.pop("referenceNumber", UNSET))

        def _parse_service_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_code = _parse_service_code(d.pop("serviceCode", UNSET))

        def _parse_service_ctx(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_ctx = _parse_service_ctx(d.pop("serviceCtx", UNSET))

        def _parse_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_name = _parse_service_name(d.pop("serviceName", UNSET))

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_timestamp)

        exception_info = cls(
            exception_detail_list=exception_detail_list,
            reference_number=reference_number,
            service_code=service_code,
            service_ctx=service_ctx,
            service_name=service_name,
            timestamp=timestamp,
        )

        exception_info.additional_properties = d
        return exception_info

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
