from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subject_type import SubjectType
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.subunit import Subunit


T = TypeVar("T", bound="SubjectCreateRequest")


@_attrs_define
class SubjectCreateRequest:
    """
    Attributes:
        subject_nip (str): 10 cyfrowy numer NIP.
        subject_type (SubjectType):
        description (str):
        subunits (list[Subunit] | None | Unset):
        created_date (datetime.datetime | None | Unset): W przypadku wielokrotnego tworzenia danych testowych z tym
            samym identyfikatorem nie można podawać daty wcześniejszej ani takiej samej jak poprzednia.
    """

    subject_nip: str
    subject_type: SubjectType
    description: str
    subunits: list[Subunit] | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_nip = self.subject_nip

        subject_type = self.subject_type.value

        description = self.description

        subunits: list[dict[str, Any]] | None | Unset
        if isinstance(self.subunits, Unset):
            subunits = UNSET
        elif isinstance(self.subunits, list):
            subunits = []
            for subunits_type_0_item_data in self.subunits:
                subunits_type_0_item = subunits_type_0_item_data.to_dict()
                subunits.append(subunits_type_0_item)

        else:
            subunits = self.subunits

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
                "subjectNip": subject_nip,
                "subjectType": subject_type,
                "description": description,
            }
        )
        if subunits is not UNSET:
            field_dict["subunits"] = subunits
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subunit import Subunit

        d = dict(src_dict)
        subject_nip = d.pop("subjectNip")

        subject_type = SubjectType(d.pop("subjectType"))

        description = d.pop("description")

        def _parse_subunits(data: object) -> list[Subunit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subunits_type_0 = []
                _subunits_type_0 = data
                for subunits_type_0_item_data in _subunits_type_0:
                    subunits_type_0_item = Subunit.from_dict(subunits_type_0_item_data)

                    subunits_type_0.append(subunits_type_0_item)

                return subunits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Subunit] | None | Unset, data)

        subunits = _parse_subunits(d.pop("subunits", UNSET))

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

        subject_create_request = cls(
            subject_nip=subject_nip,
            subject_type=subject_type,
            description=description,
            subunits=subunits,
            created_date=created_date,
        )

        subject_create_request.additional_properties = d
        return subject_create_request

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
