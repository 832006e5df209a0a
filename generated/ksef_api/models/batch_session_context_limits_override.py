from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchSessionContextLimitsOverride")


@_attrs_define
class BatchSessionContextLimitsOverride:
    """
    Attributes:
        max_invoice_size_in_mb (int): Maksymalny rozmiar faktury w MB.
        max_invoice_with_attachment_size_in_mb (int): Maksymalny rozmiar faktury z załącznikiem w MB.
        max_invoices (int): Maksymalna ilość faktur które można przesłać w pojedynczej sesji.
    """

    max_invoice_size_in_mb: int
    max_invoice_with_attachment_size_in_mb: int
    max_invoices: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_invoice_size_in_mb = self.max_invoice_size_in_mb

        max_invoice_with_attachment_size_in_mb = (
            self.max_invoice_with_attachment_size_in_mb
        )

        max_invoices = self.max_invoices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maxInvoiceSizeInMB": max_invoice_size_in_mb,
                "maxInvoiceWithAttachmentSizeInMB": max_invoice_with_attachment_size_in_mb,
                "maxInvoices": max_invoices,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_invoice_size_in_mb = d.pop("maxInvoiceSizeInMB")

        max_invoice_with_attachment_size_in_mb = d.pop(
            "maxInvoiceWithAttachmentSizeInMB"
        )

        max_invoices = d.pop("maxInvoices")

        batch_session_context_limits_override = cls(
            max_invoice_size_in_mb=max_invoice_size_in_mb,
            max_invoice_with_attachment_size_in_mb=max_invoice_with_attachment_size_in_mb,
            max_invoices=max_invoices,
        )

        batch_session_context_limits_override.additional_properties = d
        return batch_session_context_limits_override

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
