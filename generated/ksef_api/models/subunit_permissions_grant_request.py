from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_permission_subject_details import (
        PersonPermissionSubjectDetails,
    )
    from ..models.subunit_permissions_context_identifier import (
        SubunitPermissionsContextIdentifier,
    )
    from ..models.subunit_permissions_subject_identifier import (
        SubunitPermissionsSubjectIdentifier,
    )


T = TypeVar("T", bound="SubunitPermissionsGrantRequest")


@_attrs_define
class SubunitPermissionsGrantRequest:
    """
    Attributes:
        subject_identifier (SubunitPermissionsSubjectIdentifier): Identyfikator podmiotu lub osoby fizycznej.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | Pesel | 11 cyfrowy numer PESEL |
            | Fingerprint | Odcisk palca certyfikatu |
        context_identifier (SubunitPermissionsContextIdentifier): Identyfikator podmiotu podrzędnego.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | InternalId | Dwuczłonowy identyfikator składający się z numeru NIP i 5 cyfr: `{nip}-{5_cyfr}` |
        description (str): Opis uprawnienia
        subject_details (PersonPermissionSubjectDetails):
        subunit_name (None | str | Unset): Nazwa jednostki podrzędnej. W przypadku jednostki podrzędnej z
            identyfikatorem wewnętrznym pole jest wymagane.
    """

    subject_identifier: SubunitPermissionsSubjectIdentifier
    context_identifier: SubunitPermissionsContextIdentifier
    description: str
    subject_details: PersonPermissionSubjectDetails
    subunit_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject_identifier = self.subject_identifier.to_dict()

        context_identifier = self.context_identifier.to_dict()

        description = self.description

        subject_details = self.subject_details.to_dict()

        subunit_name: None | str | Unset
        if isinstance(self.subunit_name, Unset):
            subunit_name = UNSET
        else:
            subunit_name = self.subunit_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subjectIdentifier": subject_identifier,
                "contextIdentifier": context_identifier,
                "description": description,
                "subjectDetails": subject_details,
            }
        )
        if subunit_name is not UNSET:
            field_dict["subunitName"] = subunit_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_permission_subject_details import (
            PersonPermissionSubjectDetails,
        )
        from ..models.subunit_permissions_context_identifier import (
            SubunitPermissionsContextIdentifier,
        )
        from ..models.subunit_permissions_subject_identifier import (
            SubunitPermissionsSubjectIdentifier,
        )

        d = dict(src_dict)
        subject_identifier = SubunitPermissionsSubjectIdentifier.from_dict(
            d.pop("subjectIdentifier")
        )

        context_identifier = SubunitPermissionsContextIdentifier.from_dict(
            d.pop("contextIdentifier")
        )

        description = d.pop("description")

        subject_details = PersonPermissionSubjectDetails.from_dict(
            d.pop("subjectDetails")
        )

        def _parse_subunit_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subunit_name = _parse_subunit_name(d.pop("subunitName", UNSET))

        subunit_permissions_grant_request = cls(
            subject_identifier=subject_identifier,
            context_identifier=context_identifier,
            description=description,
            subject_details=subject_details,
            subunit_name=subunit_name,
        )

        subunit_permissions_grant_request.additional_properties = d
        return subunit_permissions_grant_request

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
