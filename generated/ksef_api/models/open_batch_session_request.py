from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_file_info import BatchFileInfo
    from ..models.encryption_info import EncryptionInfo
    from ..models.form_code import FormCode


T = TypeVar("T", bound="OpenBatchSessionRequest")


@_attrs_define
class OpenBatchSessionRequest:
    """
    Attributes:
        form_code (FormCode):
        batch_file (BatchFileInfo):
        encryption (EncryptionInfo):
        offline_mode (bool | Unset): Określa, czy podatnik deklaruje tryb fakturowania "offline" dla dokumentów
            przesyłanych w sesji wsadowej. Default: False.
    """

    form_code: FormCode
    batch_file: BatchFileInfo
    encryption: EncryptionInfo
    offline_mode: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        form_code = self.form_code.to_dict()

        batch_file = self.batch_file.to_dict()

        encryption = self.encryption.to_dict()

        offline_mode = self.offline_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formCode": form_code,
                "batchFile": batch_file,
                "encryption": encryption,
            }
        )
        if offline_mode is not UNSET:
            field_dict["offlineMode"] = offline_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_file_info import BatchFileInfo
        from ..models.encryption_info import EncryptionInfo
        from ..models.form_code import FormCode

        d = dict(src_dict)
        form_code = FormCode.from_dict(d.pop("formCode"))

        batch_file = BatchFileInfo.from_dict(d.pop("batchFile"))

        encryption = EncryptionInfo.from_dict(d.pop("encryption"))

        offline_mode = d.pop("offlineMode", UNSET)

        open_batch_session_request = cls(
            form_code=form_code,
            batch_file=batch_file,
            encryption=encryption,
            offline_mode=offline_mode,
        )

        open_batch_session_request.additional_properties = d
        return open_batch_session_request

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
