from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CertificateEnrollmentDataResponse")


@_attrs_define
class CertificateEnrollmentDataResponse:
    """
    Attributes:
        common_name (str): Nazwa powszechna.
        country_name (str): Kraj, kod ISO 3166.
        given_name (None | str | Unset): Imię.
        surname (None | str | Unset): Nazwisko.
        serial_number (None | str | Unset): Numer seryjny podmiotu.
        unique_identifier (None | str | Unset): Unikalny identyfikator.
        organization_name (None | str | Unset): Nazwa organizacji.
        organization_identifier (None | str | Unset): Identyfikator organizacji.
    """

    common_name: str
    country_name: str
    given_name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    serial_number: None | str | Unset = UNSET
    unique_identifier: None | str | Unset = UNSET
    organization_name: None | str | Unset = UNSET
    organization_identifier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        common_name = self.common_name

        country_name = self.country_name

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        serial_number: None | str | Unset
        if isinstance(self.serial_number, Unset):
            serial_number = UNSET
        else:
            serial_number = self.serial_number

        unique_identifier: None | str | Unset
        if isinstance(self.unique_identifier, Unset):
            unique_identifier = UNSET
        else:
            unique_identifier = self.unique_identifier

        organization_name: None | str | Unset
        if isinstance(self.organization_name, Unset):
            organization_name = UNSET
        else:
            organization_name = self.organization_name

        organization_identifier: None | str | Unset
        if isinstance(self.organization_identifier, Unset):
            organization_identifier = UNSET
        else:
            organization_identifier = self.organization_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commonName": common_name,
                "countryName": country_name,
            }
        )
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if unique_identifier is not UNSET:
            field_dict["uniqueIdentifier"] = unique_identifier
        if organization_name is not UNSET:
            field_dict["organizationName"] = organization_name
        if organization_identifier is not UNSET:
            field_dict["organizationIdentifier"] = organization_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        common_name = d.pop("commonName")

        country_name = d.pop("countryName")

        def _parse_given_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        given_name = _parse_given_name(d.pop("givenName", UNSET))

        def _parse_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        surname = _parse_surname(d.pop("surname", UNSET))

        def _parse_serial_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serial_number = _parse_serial_number(d.pop("serialNumber", UNSET))

        def _parse_unique_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_identifier = _parse_unique_identifier(d.pop("uniqueIdentifier", UNSET))

        def _parse_organization_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_name = _parse_organization_name(d.pop("organizationName", UNSET))

        def _parse_organization_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_identifier = _parse_organization_identifier(
            d.pop("organizationIdentifier", UNSET)
        )

        certificate_enrollment_data_response = cls(
            common_name=common_name,
            country_name=country_name,
            given_name=given_name,
            surname=surname,
            serial_number=serial_number,
            unique_identifier=unique_identifier,
            organization_name=organization_name,
            organization_identifier=organization_identifier,
        )

        certificate_enrollment_data_response.additional_properties = d
        return certificate_enrollment_data_response

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
