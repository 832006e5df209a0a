from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collective_identifier_invoices_query_response_item_payment import (
        CollectiveIdentifierInvoicesQueryResponseItemPayment,
    )


T = TypeVar("T", bound="CollectiveIdentifierInvoicesQueryResponseItem")


@_attrs_define
class CollectiveIdentifierInvoicesQueryResponseItem:
    """
    Attributes:
        ksef_number (str): Numer KSeF o długości 36 znaków jest akceptowany, by zachować kompatybilność wsteczną z KSeF
            1.0. W KSeF 2.0 numery są generowane wyłącznie w formacie 35-znakowym.
        collective_identifier_number (str): Numer identyfikatora zbiorczego.
        details_hidden (bool): Określa czy informacje o szczegółach zostały ukryte z powodu braku dostępu do faktury.
        payment (CollectiveIdentifierInvoicesQueryResponseItemPayment | None | Unset): Dane o płatności za fakturę
        description (None | str | Unset): Opis
    """

    ksef_number: str
    collective_identifier_number: str
    details_hidden: bool
    payment: CollectiveIdentifierInvoicesQueryResponseItemPayment | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.collective_identifier_invoices_query_response_item_payment import (
            CollectiveIdentifierInvoicesQueryResponseItemPayment,
        )

        ksef_number = self.ksef_number

        collective_identifier_number = self.collective_identifier_number

        details_hidden = self.details_hidden

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(
            self.payment, CollectiveIdentifierInvoicesQueryResponseItemPayment
        ):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ksefNumber": ksef_number,
                "collectiveIdentifierNumber": collective_identifier_number,
                "detailsHidden": details_hidden,
            }
        )
        if payment is not UNSET:
            field_dict["payment"] = payment
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collective_identifier_invoices_query_response_item_payment import (
            CollectiveIdentifierInvoicesQueryResponseItemPayment,
        )

        d = dict(src_dict)
        ksef_number = d.pop("ksefNumber")

        collective_identifier_number = d.pop("collectiveIdentifierNumber")

        details_hidden = d.pop("detailsHidden")

        def _parse_payment(
            data: object,
        ) -> CollectiveIdentifierInvoicesQueryResponseItemPayment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_type_1 = (
                    CollectiveIdentifierInvoicesQueryResponseItemPayment.from_dict(data)
                )

                return payment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CollectiveIdentifierInvoicesQueryResponseItemPayment | None | Unset,
                data,
            )

        payment = _parse_payment(d.pop("payment", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        collective_identifier_invoices_query_response_item = cls(
            ksef_number=ksef_number,
            collective_identifier_number=collective_identifier_number,
            details_hidden=details_hidden,
            payment=payment,
            description=description,
        )

        collective_identifier_invoices_query_response_item.additional_properties = d
        return collective_identifier_invoices_query_response_item

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
