from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PersonCreateRequest")


@_attrs_define
class PersonCreateRequest:
    """
    Attributes:
        nip (str): 10 cyfrowy numer NIP.
        pesel (str): 11 cyfrowy numer PESEL.
        is_bailiff (bool):
        description (str):
        is_deceased (bool | Unset):
        created_date (datetime.datetime | None | Unset): W przypadku wielokrotnego tworzenia danych testowych z tym
            samym identyfikatorem nie można podawać daty wcześniejszej ani takiej samej jak poprzednia.
    """

    nip: str
    pesel: str
    is_bailiff: bool
    description: str
    is_deceased: bool | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nip = self.nip

        pesel = self.pesel

        is_bailiff = self.is_bailiff

        description = self.description

        is_deceased = self.is_deceased

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nip": nip,
                "pesel": pesel,
                "isBailiff": is_bailiff,
                "description": description,
            }
        )
        if is_deceased is not UNSET:
            field_dict["isDeceased"] = is_deceased
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nip = d.pop("nip")

        pesel = d.pop("pesel")

        is_bailiff = d.pop("isBailiff")

        description = d.pop("description")

        is_deceased = d.pop("isDeceased", UNSET)

        def _parse_created_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_date_type_0 = parse_datetime(data)

                return created_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_date = _parse_created_date(d.pop("createdDate", UNSET))

        person_create_request = cls(
            nip=nip,
            pesel=pesel,
            is_bailiff=is_bailiff,
            description=description,
            is_deceased=is_deceased,
            created_date=created_date,
        )

        person_create_request.additional_properties = d
        return person_create_request

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
