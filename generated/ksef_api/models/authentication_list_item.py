from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_method import AuthenticationMethod
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.authentication_method_info import AuthenticationMethodInfo
    from ..models.status_info import StatusInfo


T = TypeVar("T", bound="AuthenticationListItem")


@_attrs_define
class AuthenticationListItem:
    """
    Attributes:
        start_date (datetime.datetime): Data rozpoczęcia operacji uwierzytelnienia.
        authentication_method (AuthenticationMethod): Metoda uwierzytelnienia.
            | Wartość | Opis |
            | --- | --- |
            | Token | Token KSeF. |
            | TrustedProfile | Profil Zaufany. |
            | InternalCertificate | Certyfikat KSeF. |
            | QualifiedSignature | Podpis kwalifikowany. |
            | QualifiedSeal | Pieczęć kwalifikowana. |
            | PersonalSignature | Podpis osobisty. |
            | PeppolSignature | Podpis dostawcy usług Peppol. |
        authentication_method_info (AuthenticationMethodInfo):
        status (StatusInfo):
        reference_number (str): Numer referencyjny.
        is_token_redeemed (bool | None | Unset): Czy został już wydany refresh token powiązany z danym
            uwierzytelnieniem.
        last_token_refresh_date (datetime.datetime | None | Unset): Data ostatniego odświeżenia tokena.
        refresh_token_valid_until (datetime.datetime | None | Unset): Termin ważności refresh tokena (o ile nie zostanie
            wcześniej unieważniony).
        is_current (bool | Unset): Czy sesja jest powiązana z aktualnie używanym tokenem.
    """

    start_date: datetime.datetime
    authentication_method: AuthenticationMethod
    authentication_method_info: AuthenticationMethodInfo
    status: StatusInfo
    reference_number: str
    is_token_redeemed: bool | None | Unset = UNSET
    last_token_refresh_date: datetime.datetime | None | Unset = UNSET
    refresh_token_valid_until: datetime.datetime | None | Unset = UNSET
    is_current: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        authentication_method = self.authentication_method.value

        authentication_method_info = self.authentication_method_info.to_dict()

        status = self.status.to_dict()

        reference_number = self.reference_number

        is_token_redeemed: bool | None | Unset
        if isinstance(self.is_token_redeemed, Unset):
            is_token_redeemed = UNSET
        else:
            is_token_redeemed = self.is_token_redeemed

        last_token_refresh_date: None | str | Unset
        if isinstance(self.last_token_refresh_date, Unset):
            last_token_refresh_date = UNSET
        elif isinstance(self.last_token_refresh_date, datetime.datetime):
            last_token_refresh_date = self.last_token_refresh_date.isoformat()
        else:
            last_token_refresh_date = self.last_token_refresh_date

        refresh_token_valid_until: None | str | Unset
        if isinstance(self.refresh_token_valid_until, Unset):
            refresh_token_valid_until = UNSET
        elif isinstance(self.refresh_token_valid_until, datetime.datetime):
            refresh_token_valid_until = self.refresh_token_valid_until.isoformat()
        else:
            refresh_token_valid_until = self.refresh_token_valid_until

        is_current = self.is_current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDate": start_date,
                "authenticationMethod": authentication_method,
                "authenticationMethodInfo": authentication_method_info,
                "status": status,
                "referenceNumber": reference_number,
            }
        )
        if is_token_redeemed is not UNSET:
            field_dict["isTokenRedeemed"] = is_token_redeemed
        if last_token_refresh_date is not UNSET:
            field_dict["lastTokenRefreshDate"] = last_token_refresh_date
        if refresh_token_valid_until is not UNSET:
            field_dict["refreshTokenValidUntil"] = refresh_token_valid_until
        if is_current is not UNSET:
            field_dict["isCurrent"] = is_current

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authentication_method_info import AuthenticationMethodInfo
        from ..models.status_info import StatusInfo

        d = dict(src_dict)
        start_date = parse_datetime(d.pop("startDate"))

        authentication_method = AuthenticationMethod(d.pop("authenticationMethod"))

        authentication_method_info = AuthenticationMethodInfo.from_dict(
            d.pop("authenticationMethodInfo")
        )

        status = StatusInfo.from_dict(d.pop("status"))

        reference_number = d.pop("referenceNumber")

        def _parse_is_token_redeemed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_token_redeemed = _parse_is_token_redeemed(d.pop("isTokenRedeemed", UNSET))

        def _parse_last_token_refresh_date(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_token_refresh_date_type_0 = parse_datetime(data)

                return last_token_refresh_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_token_refresh_date = _parse_last_token_refresh_date(
            d.pop("lastTokenRefreshDate", UNSET)
        )

        def _parse_refresh_token_valid_until(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                refresh_token_valid_until_type_0 = parse_datetime(data)

                return refresh_token_valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        refresh_token_valid_until = _parse_refresh_token_valid_until(
            d.pop("refreshTokenValidUntil", UNSET)
        )

        is_current = d.pop("isCurrent", UNSET)

        authentication_list_item = cls(
            start_date=start_date,
            authentication_method=authentication_method,
            authentication_method_info=authentication_method_info,
            status=status,
            reference_number=reference_number,
            is_token_redeemed=is_token_redeemed,
            last_token_refresh_date=last_token_refresh_date,
            refresh_token_valid_until=refresh_token_valid_until,
            is_current=is_current,
        )

        authentication_list_item.additional_properties = d
        return authentication_list_item

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
