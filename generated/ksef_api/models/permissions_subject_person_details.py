from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_subject_details_type import PersonSubjectDetailsType
from ..types import UNSET, Unset, parse_date

if TYPE_CHECKING:
    from ..models.id_document import IdDocument
    from ..models.person_identifier import PersonIdentifier


T = TypeVar("T", bound="PermissionsSubjectPersonDetails")


@_attrs_define
class PermissionsSubjectPersonDetails:
    """
    Attributes:
        subject_details_type (PersonSubjectDetailsType): | Wartość | Opis |
            | --- | --- |
            | PersonByIdentifier | Osoba fizyczna posługująca się Profilem Zaufanym lub certyfikatem zawierającym
            identyfikator NIP lub PESEL. |
            | PersonByFingerprintWithIdentifier | Osoba fizyczna posługująca się certyfikatem niezawierającym identyfikatora
            NIP ani PESEL, ale mająca NIP lub PESEL. |
            | PersonByFingerprintWithoutIdentifier | Osoba fizyczna posługująca się certyfikatem niezawierającym
            identyfikatora NIP ani PESEL i niemająca NIP ani PESEL. |
        first_name (str): Imię osoby fizycznej.
        last_name (str): Nazwisko osoby fizycznej.
        person_identifier (None | PersonIdentifier | Unset): Identyfikator osoby fizycznej.
        birth_date (datetime.date | None | Unset): Data urodzenia osoby fizycznej.
        id_document (IdDocument | None | Unset): Dane dokumentu tożsamości osoby fizycznej.
    """

    subject_details_type: PersonSubjectDetailsType
    first_name: str
    last_name: str
    person_identifier: None | PersonIdentifier | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    id_document: IdDocument | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_document import IdDocument
        from ..models.person_identifier import PersonIdentifier

        subject_details_type = self.subject_details_type.value

        first_name = self.first_name

        last_name = self.last_name

        person_identifier: dict[str, Any] | None | Unset
        if isinstance(self.person_identifier, Unset):
            person_identifier = UNSET
        elif isinstance(self.person_identifier, PersonIdentifier):
            person_identifier = self.person_identifier.to_dict()
        else:
            person_identifier = self.person_identifier

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        id_document: dict[str, Any] | None | Unset
        if isinstance(self.id_document, Unset):
            id_document = UNSET
        elif isinstance(self.id_document, IdDocument):
            id_document = self.id_document.to_dict()
        else:
            id_document = self.id_document

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectDetailsType": subject_details_type,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if person_identifier is not UNSET:
            field_dict["personIdentifier"] = person_identifier
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if id_document is not UNSET:
            field_dict["idDocument"] = id_document

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_document import IdDocument
        from ..models.person_identifier import PersonIdentifier

        d = dict(src_dict)
        subject_details_type = PersonSubjectDetailsType(d.pop("subjectDetailsType"))

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        def _parse_person_identifier(data: object) -> None | PersonIdentifier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_identifier_type_1 = PersonIdentifier.from_dict(data)

                return person_identifier_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonIdentifier | Unset, data)

        person_identifier = _parse_person_identifier(d.pop("personIdentifier", UNSET))

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = parse_date(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birthDate", UNSET))

        def _parse_id_document(data: object) -> IdDocument | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_document_type_1 = IdDocument.from_dict(data)

                return id_document_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdDocument | None | Unset, data)

        id_document = _parse_id_document(d.pop("idDocument", UNSET))

        permissions_subject_person_details = cls(
            subject_details_type=subject_details_type,
            first_name=first_name,
            last_name=last_name,
            person_identifier=person_identifier,
            birth_date=birth_date,
            id_document=id_document,
        )

        permissions_subject_person_details.additional_properties = d
        return permissions_subject_person_details

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
