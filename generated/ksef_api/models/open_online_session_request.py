from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.encryption_info import EncryptionInfo
    from ..models.form_code import FormCode


T = TypeVar("T", bound="OpenOnlineSessionRequest")


@_attrs_define
class OpenOnlineSessionRequest:
    """
    Attributes:
        form_code (FormCode):
        encryption (EncryptionInfo):
    """

    form_code: FormCode
    encryption: EncryptionInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        form_code = self.form_code.to_dict()

        encryption = self.encryption.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formCode": form_code,
                "encryption": encryption,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.encryption_info import EncryptionInfo
        from ..models.form_code import FormCode

        d = dict(src_dict)
        form_code = FormCode.from_dict(d.pop("formCode"))

        encryption = EncryptionInfo.from_dict(d.pop("encryption"))

        open_online_session_request = cls(
            form_code=form_code,
            encryption=encryption,
        )

        open_online_session_request.additional_properties = d
        return open_online_session_request

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
