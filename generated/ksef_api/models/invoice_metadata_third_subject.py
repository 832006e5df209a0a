from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_metadata_third_subject_identifier import (
        InvoiceMetadataThirdSubjectIdentifier,
    )


T = TypeVar("T", bound="InvoiceMetadataThirdSubject")


@_attrs_define
class InvoiceMetadataThirdSubject:
    """
    Attributes:
        identifier (InvoiceMetadataThirdSubjectIdentifier): Identyfikator podmiotu trzeciego.
            | Type | Value |
            | --- | --- |
            | Nip | 10 cyfrowy numer NIP |
            | InternalId | Identyfikator wewnętrzny, składający się z numeru NIP i 5 cyfr |
            | VatUe | Identyfikator VAT UE podmiotu unijnego |
            | Other | Inny identyfikator |
            | None  | Brak identyfikatora podmiotu trzeciego |
        role (int): Rola podmiotu trzeciego.
            | Wartość | Opis |
            | ---- | --- |
            | 0 | Inna rola |
            | 1 | Faktor - w przypadku gdy na fakturze występują dane faktora |
            | 2 | Odbiorca - w przypadku gdy na fakturze występują dane jednostek wewnętrznych, oddziałów, wyodrębnionych w
            ramach nabywcy, które same nie stanowią nabywcy w rozumieniu ustawy |
            | 3 | Podmiot pierwotny - w przypadku gdy na fakturze występują dane podmiotu będącego w stosunku do podatnika
            podmiotem przejętym lub przekształconym, który dokonywał dostawy lub świadczył usługę. Z wyłączeniem przypadków,
            o których mowa w art. 106j ust.2 pkt 3 ustawy, gdy dane te wykazywane są w części Podmiot1K |
            | 4 | Dodatkowy nabywca - w przypadku gdy na fakturze występują dane kolejnych (innych niż wymieniony w części
            Podmiot2) nabywców |
            | 5 | Wystawca faktury - w przypadku gdy na fakturze występują dane podmiotu wystawiającego fakturę w imieniu
            podatnika. Nie dotyczy przypadku, gdy wystawcą faktury jest nabywca |
            | 6 | Dokonujący płatności - w przypadku gdy na fakturze występują dane podmiotu regulującego zobowiązanie w
            miejsce nabywcy |
            | 7 | Jednostka samorządu terytorialnego - wystawca |
            | 8 | Jednostka samorządu terytorialnego - odbiorca |
            | 9 | Członek grupy VAT - wystawca |
            | 10 | Członek grupy VAT - odbiorca |
            | 11 | Pracownik |
        name (None | str | Unset): Nazwa podmiotu trzeciego.
    """

    identifier: InvoiceMetadataThirdSubjectIdentifier
    role: int
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier.to_dict()

        role = self.role

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "role": role,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_metadata_third_subject_identifier import (
            InvoiceMetadataThirdSubjectIdentifier,
        )

        d = dict(src_dict)
        identifier = InvoiceMetadataThirdSubjectIdentifier.from_dict(
            d.pop("identifier")
        )

        role = d.pop("role")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        invoice_metadata_third_subject = cls(
            identifier=identifier,
            role=role,
            name=name,
        )

        invoice_metadata_third_subject.additional_properties = d
        return invoice_metadata_third_subject

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
