from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.effective_api_rate_limit_values import EffectiveApiRateLimitValues


T = TypeVar("T", bound="EffectiveApiRateLimits")


@_attrs_define
class EffectiveApiRateLimits:
    """
    Attributes:
        online_session (EffectiveApiRateLimitValues):
        batch_session (EffectiveApiRateLimitValues):
        invoice_send (EffectiveApiRateLimitValues):
        invoice_status (EffectiveApiRateLimitValues):
        session_list (EffectiveApiRateLimitValues):
        session_invoice_list (EffectiveApiRateLimitValues):
        session_misc (EffectiveApiRateLimitValues):
        invoice_metadata (EffectiveApiRateLimitValues):
        invoice_export (EffectiveApiRateLimitValues):
        invoice_export_status (EffectiveApiRateLimitValues):
        invoice_download (EffectiveApiRateLimitValues):
        collective_identifier (EffectiveApiRateLimitValues):
        other (EffectiveApiRateLimitValues):
    """

    online_session: EffectiveApiRateLimitValues
    batch_session: EffectiveApiRateLimitValues
    invoice_send: EffectiveApiRateLimitValues
    invoice_status: EffectiveApiRateLimitValues
    session_list: EffectiveApiRateLimitValues
    session_invoice_list: EffectiveApiRateLimitValues
    session_misc: EffectiveApiRateLimitValues
    invoice_metadata: EffectiveApiRateLimitValues
    invoice_export: EffectiveApiRateLimitValues
    invoice_export_status: EffectiveApiRateLimitValues
    invoice_download: EffectiveApiRateLimitValues
    collective_identifier: EffectiveApiRateLimitValues
    other: EffectiveApiRateLimitValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        online_session = self.online_session.to_dict()

        batch_session = self.batch_session.to_dict()

        invoice_send = self.invoice_send.to_dict()

        invoice_status = self.invoice_status.to_dict()

        session_list = self.session_list.to_dict()

        session_invoice_list = self.session_invoice_list.to_dict()

        session_misc = self.session_misc.to_dict()

        invoice_metadata = self.invoice_metadata.to_dict()

        invoice_export = self.invoice_export.to_dict()

        invoice_export_status = self.invoice_export_status.to_dict()

        invoice_download = self.invoice_download.to_dict()

        collective_identifier = self.collective_identifier.to_dict()

        other = self.other.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onlineSession": online_session,
                "batchSession": batch_session,
                "invoiceSend": invoice_send,
                "invoiceStatus": invoice_status,
                "sessionList": session_list,
                "sessionInvoiceList": session_invoice_list,
                "sessionMisc": session_misc,
                "invoiceMetadata": invoice_metadata,
                "invoiceExport": invoice_export,
                "invoiceExportStatus": invoice_export_status,
                "invoiceDownload": invoice_download,
                "collectiveIdentifier": collective_identifier,
                "other": other,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.effective_api_rate_limit_values import EffectiveApiRateLimitValues

        d = dict(src_dict)
        online_session = EffectiveApiRateLimitValues.from_dict(d.pop("onlineSession"))

        batch_session = EffectiveApiRateLimitValues.from_dict(d.pop("batchSession"))

        invoice_send = EffectiveApiRateLimitValues.from_dict(d.pop("invoiceSend"))

        invoice_status = EffectiveApiRateLimitValues.from_dict(d.pop("invoiceStatus"))

        session_list = EffectiveApiRateLimitValues.from_dict(d.pop("sessionList"))

        session_invoice_list = EffectiveApiRateLimitValues.from_dict(
            d.pop("sessionInvoiceList")
        )

        session_misc = EffectiveApiRateLimitValues.from_dict(d.pop("sessionMisc"))

        invoice_metadata = EffectiveApiRateLimitValues.from_dict(
            d.pop("invoiceMetadata")
        )

        invoice_export = EffectiveApiRateLimitValues.from_dict(d.pop("invoiceExport"))

        invoice_export_status = EffectiveApiRateLimitValues.from_dict(
            d.pop("invoiceExportStatus")
        )

        invoice_download = EffectiveApiRateLimitValues.from_dict(
            d.pop("invoiceDownload")
        )

        collective_identifier = EffectiveApiRateLimitValues.from_dict(
            d.pop("collectiveIdentifier")
        )

        other = EffectiveApiRateLimitValues.from_dict(d.pop("other"))

        effective_api_rate_limits = cls(
            online_session=online_session,
            batch_session=batch_session,
            invoice_send=invoice_send,
            invoice_status=invoice_status,
            session_list=session_list,
            session_invoice_list=session_invoice_list,
            session_misc=session_misc,
            invoice_metadata=invoice_metadata,
            invoice_export=invoice_export,
            invoice_export_status=invoice_export_status,
            invoice_download=invoice_download,
            collective_identifier=collective_identifier,
            other=other,
        )

        effective_api_rate_limits.additional_properties = d
        return effective_api_rate_limits

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
