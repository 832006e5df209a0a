from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CheckAttachmentPermissionStatusResponse")


@_attrs_define
class CheckAttachmentPermissionStatusResponse:
    """
    Attributes:
        is_attachment_allowed (bool | Unset): Informacja czy Podmiot ma obecnie możliwość dodawania Załączników do
            Faktur
        revoked_date (datetime.datetime | None | Unset): Data i czas zakończenia możliwość dodawania przez Podmiot
            Załączników do Faktur.
            Brak podanej daty oznacza bezterminową możliwość dodawania Załączników do Faktur
    """

    is_attachment_allowed: bool | Unset = UNSET
    revoked_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_attachment_allowed = self.is_attachment_allowed

        revoked_date: None | str | Unset
        if isinstance(self.revoked_date, Unset):
            revoked_date = UNSET
        elif isinstance(self.revoked_date, datetime.datetime):
            revoked_date = self.revoked_date.isoformat()
        else:
            revoked_date = self.revoked_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_attachment_allowed is not UNSET:
            field_dict["isAttachmentAllowed"] = is_attachment_allowed
        if revoked_date is not UNSET:
            field_dict["revokedDate"] = revoked_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_attachment_allowed = d.pop("isAttachmentAllowed", UNSET)

        def _parse_revoked_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_date_type_0 = parse_datetime(data)

                return revoked_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        revoked_date = _parse_revoked_date(d.pop("revokedDate", UNSET))

        check_attachment_permission_status_response = cls(
            is_attachment_allowed=is_attachment_allowed,
            revoked_date=revoked_date,
        )

        check_attachment_permission_status_response.additional_properties = d
        return check_attachment_permission_status_response

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
