from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eu_entity_permission_subject_details_type import (
    EuEntityPermissionSubjectDetailsType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_by_fingerprint_details import EntityByFingerprintDetails
    from ..models.person_by_fingerprint_with_identifier_details import (
        PersonByFingerprintWithIdentifierDetails,
    )
    from ..models.person_by_fingerprint_without_identifier_details import (
        PersonByFingerprintWithoutIdentifierDetails,
    )


T = TypeVar("T", bound="EuEntityPermissionSubjectDetails")


@_attrs_define
class EuEntityPermissionSubjectDetails:
    """
    Attributes:
        subject_details_type (EuEntityPermissionSubjectDetailsType): | Wartość | Opis |
            | --- | --- |
            | PersonByFingerprintWithIdentifier | Osoba fizyczna posługująca się certyfikatem niezawierającym identyfikatora
            NIP ani PESEL, ale mająca NIP lub PESEL. |
            | PersonByFingerprintWithoutIdentifier | Osoba fizyczna posługująca się certyfikatem niezawierającym
            identyfikatora NIP ani PESEL i niemająca NIP ani PESEL. |
            | EntityByFingerprint | Podmiot identyfikowany odciskiem palca pieczęci kwalifikowanej. |
        person_by_fp_with_id (None | PersonByFingerprintWithIdentifierDetails | Unset): Dane podmiotu.
            *Wymagane, gdy subjectDetailsType = PersonByFingerprintWithIdentifier.*
        person_by_fp_no_id (None | PersonByFingerprintWithoutIdentifierDetails | Unset): Dane podmiotu.
            *Wymagane, gdy subjectDetailsType = PersonByFingerprintWithoutIdentifier.*
        entity_by_fp (EntityByFingerprintDetails | None | Unset): Dane podmiotu.
            *Wymagane, gdy subjectDetailsType = EntityByFingerprint.*
    """

    subject_details_type: EuEntityPermissionSubjectDetailsType
    person_by_fp_with_id: None | PersonByFingerprintWithIdentifierDetails | Unset = (
        UNSET
    )
    person_by_fp_no_id: None | PersonByFingerprintWithoutIdentifierDetails | Unset = (
        UNSET
    )
    entity_by_fp: EntityByFingerprintDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_by_fingerprint_details import EntityByFingerprintDetails
        from ..models.person_by_fingerprint_with_identifier_details import (
            PersonByFingerprintWithIdentifierDetails,
        )
        from ..models.person_by_fingerprint_without_identifier_details import (
            PersonByFingerprintWithoutIdentifierDetails,
        )

        subject_details_type = self.subject_details_type.value

        person_by_fp_with_id: dict[str, Any] | None | Unset
        if isinstance(self.person_by_fp_with_id, Unset):
            person_by_fp_with_id = UNSET
        elif isinstance(
            self.person_by_fp_with_id, PersonByFingerprintWithIdentifierDetails
        ):
            person_by_fp_with_id = self.person_by_fp_with_id.to_dict()
        else:
            person_by_fp_with_id = self.person_by_fp_with_id

        person_by_fp_no_id: dict[str, Any] | None | Unset
        if isinstance(self.person_by_fp_no_id, Unset):
            person_by_fp_no_id = UNSET
        elif isinstance(
            self.person_by_fp_no_id, PersonByFingerprintWithoutIdentifierDetails
        ):
            person_by_fp_no_id = self.person_by_fp_no_id.to_dict()
        else:
            person_by_fp_no_id = self.person_by_fp_no_id

        entity_by_fp: dict[str, Any] | None | Unset
        if isinstance(self.entity_by_fp, Unset):
            entity_by_fp = UNSET
        elif isinstance(self.entity_by_fp, EntityByFingerprintDetails):
            entity_by_fp = self.entity_by_fp.to_dict()
        else:
            entity_by_fp = self.entity_by_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectDetailsType": subject_details_type,
            }
        )
        if person_by_fp_with_id is not UNSET:
            field_dict["personByFpWithId"] = person_by_fp_with_id
        if person_by_fp_no_id is not UNSET:
            field_dict["personByFpNoId"] = person_by_fp_no_id
        if entity_by_fp is not UNSET:
            field_dict["entityByFp"] = entity_by_fp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_by_fingerprint_details import EntityByFingerprintDetails
        from ..models.person_by_fingerprint_with_identifier_details import (
            PersonByFingerprintWithIdentifierDetails,
        )
        from ..models.person_by_fingerprint_without_identifier_details import (
            PersonByFingerprintWithoutIdentifierDetails,
        )

        d = dict(src_dict)
        subject_details_type = EuEntityPermissionSubjectDetailsType(
            d.pop("subjectDetailsType")
        )

        def _parse_person_by_fp_with_id(
            data: object,
        ) -> None | PersonByFingerprintWithIdentifierDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_by_fp_with_id_type_1 = (
                    PersonByFingerprintWithIdentifierDetails.from_dict(data)
                )

                return person_by_fp_with_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonByFingerprintWithIdentifierDetails | Unset, data)

        person_by_fp_with_id = _parse_person_by_fp_with_id(
            d.pop("personByFpWithId", UNSET)
        )

        def _parse_person_by_fp_no_id(
            data: object,
        ) -> None | PersonByFingerprintWithoutIdentifierDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_by_fp_no_id_type_1 = (
                    PersonByFingerprintWithoutIdentifierDetails.from_dict(data)
                )

                return person_by_fp_no_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PersonByFingerprintWithoutIdentifierDetails | Unset, data
            )

        person_by_fp_no_id = _parse_person_by_fp_no_id(d.pop("personByFpNoId", UNSET))

        def _parse_entity_by_fp(
            data: object,
        ) -> EntityByFingerprintDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_by_fp_type_1 = EntityByFingerprintDetails.from_dict(data)

                return entity_by_fp_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityByFingerprintDetails | None | Unset, data)

        entity_by_fp = _parse_entity_by_fp(d.pop("entityByFp", UNSET))

        eu_entity_permission_subject_details = cls(
            subject_details_type=subject_details_type,
            person_by_fp_with_id=person_by_fp_with_id,
            person_by_fp_no_id=person_by_fp_no_id,
            entity_by_fp=entity_by_fp,
        )

        eu_entity_permission_subject_details.additional_properties = d
        return eu_entity_permission_subject_details

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
