from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..models.invoicing_mode import InvoicingMode
from ..types import UNSET, Unset, parse_date, parse_datetime

if TYPE_CHECKING:
    from ..models.form_code import FormCode
    from ..models.invoice_metadata_authorized_subject import (
        InvoiceMetadataAuthorizedSubject,
    )
    from ..models.invoice_metadata_buyer import InvoiceMetadataBuyer
    from ..models.invoice_metadata_seller import InvoiceMetadataSeller
    from ..models.invoice_metadata_third_subject import InvoiceMetadataThirdSubject


T = TypeVar("T", bound="InvoiceMetadata")


@_attrs_define
class InvoiceMetadata:
    """
    Attributes:
        ksef_number (str): Numer KSeF o długości 36 znaków jest akceptowany, by zachować kompatybilność wsteczną z KSeF
            1.0. W KSeF 2.0 numery są generowane wyłącznie w formacie 35-znakowym.
        invoice_number (str): Numer faktury nadany przez wystawcę.
        issue_date (datetime.date): Data wystawienia faktury.
        invoicing_date (datetime.datetime): Data przyjęcia faktury w systemie KSeF (do dalszego przetwarzania).
        acquisition_date (datetime.datetime): Data nadania numeru KSeF.
        permanent_storage_date (datetime.datetime): Data trwałego zapisu faktury w repozytorium systemu KSeF.
        seller (InvoiceMetadataSeller):
        buyer (InvoiceMetadataBuyer):
        net_amount (float): Łączna kwota netto.
        gross_amount (float): Łączna kwota brutto.
        vat_amount (float): Łączna kwota VAT wyrażona w PLN.
        currency (str): Kod waluty.
        invoicing_mode (InvoicingMode):
        invoice_type (InvoiceType): | Wartość | Opis |
            | --- | --- |
            | Vat | (FA) Podstawowa |
            | Zal | (FA) Zaliczkowa |
            | Kor | (FA) Korygująca |
            | Roz | (FA) Rozliczeniowa |
            | Upr | (FA) Uproszczona |
            | KorZal | (FA) Korygująca fakturę zaliczkową |
            | KorRoz | (FA) Korygująca fakturę rozliczeniową |
            | VatPef | (PEF) Podstawowa |
            | VatPefSp | (PEF) Specjalizowana |
            | KorPef | (PEF) Korygująca |
            | VatRr | (FA_RR) Podstawowa |
            | KorVatRr | (FA_RR) Korygująca |
        form_code (FormCode):
        is_self_invoicing (bool): Czy faktura została wystawiona w trybie samofakturowania.
        has_attachment (bool): Określa, czy faktura posiada załącznik.
        invoice_hash (str): SHA-256 w Base64.
        hash_of_corrected_invoice (None | str | Unset): Skrót SHA256 korygowanej faktury, zakodowany w formacie Base64.
        third_subjects (list[InvoiceMetadataThirdSubject] | None | Unset): Lista podmiotów trzecich.
        authorized_subject (InvoiceMetadataAuthorizedSubject | None | Unset): Podmiot upoważniony.
    """

    ksef_number: str
    invoice_number: str
    issue_date: datetime.date
    invoicing_date: datetime.datetime
    acquisition_date: datetime.datetime
    permanent_storage_date: datetime.datetime
    seller: InvoiceMetadataSeller
    buyer: InvoiceMetadataBuyer
    net_amount: float
    gross_amount: float
    vat_amount: float
    currency: str
    invoicing_mode: InvoicingMode
    invoice_type: InvoiceType
    form_code: FormCode
    is_self_invoicing: bool
    has_attachment: bool
    invoice_hash: str
    hash_of_corrected_invoice: None | str | Unset = UNSET
    third_subjects: list[InvoiceMetadataThirdSubject] | None | Unset = UNSET
    authorized_subject: InvoiceMetadataAuthorizedSubject | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_metadata_authorized_subject import (
            InvoiceMetadataAuthorizedSubject,
        )

        ksef_number = self.ksef_number

        invoice_number = self.invoice_number

        issue_date = self.issue_date.isoformat()

        invoicing_date = self.invoicing_date.isoformat()

        acquisition_date = self.acquisition_date.isoformat()

        permanent_storage_date = self.permanent_storage_date.isoformat()

        seller = self.seller.to_dict()

        buyer = self.buyer.to_dict()

        net_amount = self.net_amount

        gross_amount = self.gross_amount

        vat_amount = self.vat_amount

        currency = self.currency

        invoicing_mode = self.invoicing_mode.value

        invoice_type = self.invoice_type.value

        form_code = self.form_code.to_dict()

        is_self_invoicing = self.is_self_invoicing

        has_attachment = self.has_attachment

        invoice_hash = self.invoice_hash

        hash_of_corrected_invoice: None | str | Unset
        if isinstance(self.hash_of_corrected_invoice, Unset):
            hash_of_corrected_invoice = UNSET
        else:
            hash_of_corrected_invoice = self.hash_of_corrected_invoice

        third_subjects: list[dict[str, Any]] | None | Unset
        if isinstance(self.third_subjects, Unset):
            third_subjects = UNSET
        elif isinstance(self.third_subjects, list):
            third_subjects = []
            for third_subjects_type_0_item_data in self.third_subjects:
                third_subjects_type_0_item = third_subjects_type_0_item_data.to_dict()
                third_subjects.append(third_subjects_type_0_item)

        else:
            third_subjects = self.third_subjects

        authorized_subject: dict[str, Any] | None | Unset
        if isinstance(self.authorized_subject, Unset):
            authorized_subject = UNSET
        elif isinstance(self.authorized_subject, InvoiceMetadataAuthorizedSubject):
            authorized_subject = self.authorized_subject.to_dict()
        else:
            authorized_subject = self.authorized_subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ksefNumber": ksef_number,
                "invoiceNumber": invoice_number,
                "issueDate": issue_date,
                "invoicingDate": invoicing_date,
                "acquisitionDate": acquisition_date,
                "permanentStorageDate": permanent_storage_date,
                "seller": seller,
                "buyer": buyer,
                "netAmount": net_amount,
                "grossAmount": gross_amount,
                "vatAmount": vat_amount,
                "currency": currency,
                "invoicingMode": invoicing_mode,
                "invoiceType": invoice_type,
                "formCode": form_code,
                "isSelfInvoicing": is_self_invoicing,
                "hasAttachment": has_attachment,
                "invoiceHash": invoice_hash,
            }
        )
        if hash_of_corrected_invoice is not UNSET:
            field_dict["hashOfCorrectedInvoice"] = hash_of_corrected_invoice
        if third_subjects is not UNSET:
            field_dict["thirdSubjects"] = third_subjects
        if authorized_subject is not UNSET:
            field_dict["authorizedSubject"] = authorized_subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_code import FormCode
        from ..models.invoice_metadata_authorized_subject import (
            InvoiceMetadataAuthorizedSubject,
        )
        from ..models.invoice_metadata_buyer import InvoiceMetadataBuyer
        from ..models.invoice_metadata_seller import InvoiceMetadataSeller
        from ..models.invoice_metadata_third_subject import InvoiceMetadataThirdSubject

        d = dict(src_dict)
        ksef_number = d.pop("ksefNumber")

        invoice_number = d.pop("invoiceNumber")

        issue_date = parse_date(d.pop("issueDate"))

        invoicing_date = parse_datetime(d.pop("invoicingDate"))

        acquisition_date = parse_datetime(d.pop("acquisitionDate"))

        permanent_storage_date = parse_datetime(d.pop("permanentStorageDate"))

        seller = InvoiceMetadataSeller.from_dict(d.pop("seller"))

        buyer = InvoiceMetadataBuyer.from_dict(d.pop("buyer"))

        net_amount = d.pop("netAmount")

        gross_amount = d.pop("grossAmount")

        vat_amount = d.pop("vatAmount")

        currency = d.pop("currency")

        invoicing_mode = InvoicingMode(d.pop("invoicingMode"))

        invoice_type = InvoiceType(d.pop("invoiceType"))

        form_code = FormCode.from_dict(d.pop("formCode"))

        is_self_invoicing = d.pop("isSelfInvoicing")

        has_attachment = d.pop("hasAttachment")

        invoice_hash = d.pop("invoiceHash")

        def _parse_hash_of_corrected_invoice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hash_of_corrected_invoice = _parse_hash_of_corrected_invoice(
            d.pop("hashOfCorrectedInvoice", UNSET)
        )

        def _parse_third_subjects(
            data: object,
        ) -> list[InvoiceMetadataThirdSubject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                third_subjects_type_0 = []
                _third_subjects_type_0 = data
                for third_subjects_type_0_item_data in _third_subjects_type_0:
                    third_subjects_type_0_item = InvoiceMetadataThirdSubject.from_dict(
                        third_subjects_type_0_item_data
                    )

                    third_subjects_type_0.append(third_subjects_type_0_item)

                return third_subjects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceMetadataThirdSubject] | None | Unset, data)

        third_subjects = _parse_third_subjects(d.pop("thirdSubjects", UNSET))

        def _parse_authorized_subject(
            data: object,
        ) -> InvoiceMetadataAuthorizedSubject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authorized_subject_type_1 = InvoiceMetadataAuthorizedSubject.from_dict(
                    data
                )

                return authorized_subject_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceMetadataAuthorizedSubject | None | Unset, data)

        authorized_subject = _parse_authorized_subject(
            d.pop("authorizedSubject", UNSET)
        )

        invoice_metadata = cls(
            ksef_number=ksef_number,
            invoice_number=invoice_number,
            issue_date=issue_date,
            invoicing_date=invoicing_date,
            acquisition_date=acquisition_date,
            permanent_storage_date=permanent_storage_date,
            seller=seller,
            buyer=buyer,
            net_amount=net_amount,
            gross_amount=gross_amount,
            vat_amount=vat_amount,
            currency=currency,
            invoicing_mode=invoicing_mode,
            invoice_type=invoice_type,
            form_code=form_code,
            is_self_invoicing=is_self_invoicing,
            has_attachment=has_attachment,
            invoice_hash=invoice_hash,
            hash_of_corrected_invoice=hash_of_corrected_invoice,
            third_subjects=third_subjects,
            authorized_subject=authorized_subject,
        )

        invoice_metadata.additional_properties = d
        return invoice_metadata

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
