from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compression_type import CompressionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_file_part_info import BatchFilePartInfo


T = TypeVar("T", bound="BatchFileInfo")


@_attrs_define
class BatchFileInfo:
    """
    Attributes:
        file_size (int): Rozmiar pliku paczki w bajtach. Maksymalny rozmiar paczki to 5GB.
        file_hash (str): SHA-256 w Base64.
        file_parts (list[BatchFilePartInfo]): Informacje o częściach pliku paczki. Maksymalna liczba części to 50.
            Maksymalny dozwolony rozmiar części przed zaszyfrowaniem to 100MB.
        compression_type (CompressionType | None | Unset): Typ kompresji pliku paczki. Obsługiwane typy: Zip oraz TarGz.
            Domyślna kompresja to Zip.
    """

    file_size: int
    file_hash: str
    file_parts: list[BatchFilePartInfo]
    compression_type: CompressionType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_size = self.file_size

        file_hash = self.file_hash

        file_parts = []
        for file_parts_item_data in self.file_parts:
            file_parts_item = file_parts_item_data.to_dict()
            file_parts.append(file_parts_item)

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
                "fileSize": file_size,
                "fileHash": file_hash,
                "fileParts": file_parts,
            }
        )
        if compression_type is not UNSET:
            field_dict["compressionType"] = compression_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_file_part_info import BatchFilePartInfo

        d = dict(src_dict)
        file_size = d.pop("fileSize")

        file_hash = d.pop("fileHash")

        file_parts = []
        _file_parts = d.pop("fileParts")
        for file_parts_item_data in _file_parts:
            file_parts_item = BatchFilePartInfo.from_dict(file_parts_item_data)

            file_parts.append(file_parts_item)

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

        batch_file_info = cls(
            file_size=file_size,
            file_hash=file_hash,
            file_parts=file_parts,
            compression_type=compression_type,
        )

        batch_file_info.additional_properties = d
        return batch_file_info

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
