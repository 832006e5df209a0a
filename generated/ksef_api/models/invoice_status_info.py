from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_status_info_extensions_type_0 import (
        InvoiceStatusInfoExtensionsType0,
    )


T = TypeVar("T", bound="InvoiceStatusInfo")


@_attrs_define
class InvoiceStatusInfo:
    """
    Attributes:
        code (int): Kod statusu faktury
        description (str): Opis statusu
        details (list[str] | None | Unset): Dodatkowe szczegóły statusu
        extensions (InvoiceStatusInfoExtensionsType0 | None | Unset): Zbiór dodatkowych informacji związanych ze
            statusem faktury, zapisanych jako pary klucz–wartość.
            Umożliwia rozszerzenie modelu o dane specyficzne dla danego przypadku.
    """

    code: int
    description: str
    details: list[str] | None | Unset = UNSET
    extensions: InvoiceStatusInfoExtensionsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_status_info_extensions_type_0 import (
            InvoiceStatusInfoExtensionsType0,
        )

        code = self.code

        description = self.description

        details: list[str] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = self.details

        else:
            details = self.details

        extensions: dict[str, Any] | None | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        elif isinstance(self.extensions, InvoiceStatusInfoExtensionsType0):
            extensions = self.extensions.to_dict()
        else:
            extensions = self.extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "description": description,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_status_info_extensions_type_0 import (
            InvoiceStatusInfoExtensionsType0,
        )

        d = dict(src_dict)
        code = d.pop("code")

        description = d.pop("description")

        def _parse_details(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                details_type_0 = cast(list[str], data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        def _parse_extensions(
            data: object,
        ) -> InvoiceStatusInfoExtensionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extensions_type_0 = InvoiceStatusInfoExtensionsType0.from_dict(data)

                return extensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvoiceStatusInfoExtensionsType0 | None | Unset, data)

        extensions = _parse_extensions(d.pop("extensions", UNSET))

        invoice_status_info = cls(
            code=code,
            description=description,
            details=details,
            extensions=extensions,
        )

        invoice_status_info.additional_properties = d
        return invoice_status_info

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
