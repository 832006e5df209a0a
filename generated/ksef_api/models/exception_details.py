from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExceptionDetails")


@_attrs_define
class ExceptionDetails:
    """
    Attributes:
        exception_code (int | Unset):
        exception_description (None | str | Unset):
        details (list[str] | None | Unset):
    """

    exception_code: int | Unset = UNSET
    exception_description: None | str | Unset = UNSET
    details: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exception_code = self.exception_code

        exception_description: None | str | Unset
        if isinstance(self.exception_description, Unset):
            exception_description = UNSET
        else:
            exception_description = self.exception_description

        details: list[str] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = self.details

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exception_code is not UNSET:
            field_dict["exceptionCode"] = exception_code
        if exception_description is not UNSET:
            field_dict["exceptionDescription"] = exception_description
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exception_code = d.pop("exceptionCode", UNSET)

        def _parse_exception_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_description = _parse_exception_description(
            d.pop("exceptionDescription", UNSET)
        )

        def _parse_details(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                details_type_0 = cast(list[str], data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        exception_details = cls(
            exception_code=exception_code,
            exception_description=exception_description,
            details=details,
        )

        exception_details.additional_properties = d
        return exception_details

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
