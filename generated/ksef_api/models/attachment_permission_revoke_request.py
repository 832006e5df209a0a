from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_date

T = TypeVar("T", bound="AttachmentPermissionRevokeRequest")


@_attrs_define
class AttachmentPermissionRevokeRequest:
    """
    Attributes:
        nip (str): 10 cyfrowy numer NIP.
        expected_end_date (datetime.date | None | Unset): Data wycofania zgody na przesyłanie faktur z załącznikiem.
    """

    nip: str
    expected_end_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nip = self.nip

        expected_end_date: None | str | Unset
        if isinstance(self.expected_end_date, Unset):
            expected_end_date = UNSET
        elif isinstance(self.expected_end_date, datetime.date):
            expected_end_date = self.expected_end_date.isoformat()
        else:
            expected_end_date = self.expected_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nip": nip,
            }
        )
        if expected_end_date is not UNSET:
            field_dict["expectedEndDate"] = expected_end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nip = d.pop("nip")

        def _parse_expected_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_end_date_type_0 = parse_date(data)

                return expected_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expected_end_date = _parse_expected_end_date(d.pop("expectedEndDate", UNSET))

        attachment_permission_revoke_request = cls(
            nip=nip,
            expected_end_date=expected_end_date,
        )

        attachment_permission_revoke_request.additional_properties = d
        return attachment_permission_revoke_request

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
