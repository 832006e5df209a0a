from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compression_type import CompressionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.encryption_info import EncryptionInfo
    from ..models.invoice_query_filters import InvoiceQueryFilters


T = TypeVar("T", bound="InvoiceExportRequest")


@_attrs_define
class InvoiceExportRequest:
    """
    Attributes:
        encryption (EncryptionInfo):
        filters (InvoiceQueryFilters):
        only_metadata (bool | Unset): Określa, czy zwrócić tylko metadane faktur (plik _metadata.json bez faktur).
            Default: False.
        compression_type (CompressionType | None | Unset): Typ kompresji. Obsługiwane typy: Zip oraz TarGz. Domyślna
            kompresja to Zip.
    """

    encryption: EncryptionInfo
    filters: InvoiceQueryFilters
    only_metadata: bool | Unset = False
    compression_type: CompressionType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encryption = self.encryption.to_dict()

        filters = self.filters.to_dict()

        only_metadata = self.only_metadata

        compression_type: None | str | Unset
        if isinstance(self.compression_type, Unset):
            compression_type = UNSET
        elif isinstance(self.compression_type, CompressionType):
            compression_type = self.compression_type.value
        else:
            compression_type = self.compression_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encryption": encryption,
                "filters": filters,
            }
        )
        if only_metadata is not UNSET:
            field_dict["onlyMetadata"] = only_metadata
        if compression_type is not UNSET:
            field_dict["compressionType"] = compression_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.encryption_info import EncryptionInfo
        from ..models.invoice_query_filters import InvoiceQueryFilters

        d = dict(src_dict)
        encryption = EncryptionInfo.from_dict(d.pop("encryption"))

        filters = InvoiceQueryFilters.from_dict(d.pop("filters"))

        only_metadata = d.pop("onlyMetadata", UNSET)

        def _parse_compression_type(data: object) -> CompressionType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                compression_type_type_1 = CompressionType(data)

                return compression_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompressionType | None | Unset, data)

        compression_type = _parse_compression_type(d.pop("compressionType", UNSET))

        invoice_export_request = cls(
            encryption=encryption,
            filters=filters,
            only_metadata=only_metadata,
            compression_type=compression_type,
        )

        invoice_export_request.additional_properties = d
        return invoice_export_request

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
