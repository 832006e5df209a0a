from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.forbidden_problem_details_security_type_0 import (
        ForbiddenProblemDetailsSecurityType0,
    )


T = TypeVar("T", bound="ForbiddenProblemDetails")


@_attrs_define
class ForbiddenProblemDetails:
    """
    Example:
        {'title': 'Forbidden', 'status': 403, 'detail': 'Brak wymaganych uprawnień do wykonania operacji w bieżącym
            kontekście.', 'instance': '{{uri_path}}', 'reasonCode': 'missing-permissions', 'security':
            {'requiredAnyOfPermissions': ['InvoiceRead', 'InvoiceWrite'], 'presentPermissions': ['CredentialsRead']},
            'traceId': '673843e023c432286660bc0501a3af44', 'timestamp': '2025-07-11T12:23:56.0154302+00:00'}

    Attributes:
        title (str): Forbidden
        status (int): 403
        detail (str): Szczegółowy opis przyczyny odmowy dostępu.
        reason_code (str):  Kod przyczyny odmowy dostępu.
            | Code | Opis |
            |------|-------------|
            | missing-permissions | Brak wymaganych uprawnień do wykonania operacji w bieżącym kontekście. |
            | ip-not-allowed | Żądanie pochodzi z adresu IP innego niż wskazany podczas uwierzytelnienia. |
            | insufficient-resource-access | Brak dostępu do wskazanego zasobu. |
            | auth-method-not-allowed | Ta operacja nie jest dostępna dla użytej metody uwierzytelnienia. |
            | security-service-blocked | Żądanie zostało zablokowane przez mechanizmy bezpieczeństwa. |
            | context-type-not-allowed | Operacja nie jest dostępna dla uwierzytelnionego typu kontekstu. |
        timestamp (datetime.datetime): Data i czas wystąpienia błędu w UTC.
        instance (None | str | Unset): URI identyfikujące konkretne wystąpienie błędu.
        security (ForbiddenProblemDetailsSecurityType0 | None | Unset): Dodatkowe dane zależne od `reasonCode`.
            | Code  | Security |
            |------| ------------ |
            | missing-permissions | requiredAnyOfPermissions: string[], presentPermissions: string[] |
            | ip-not-allowed | clientIp: string |
            | insufficient-resource-access  ||
            | auth-method-not-allowed | authenticationMethodCategory: string  |
            | security-service-blocked | incidentId: string, clientIp: string  |
            | context-type-not-allowed | contextIdentifierType: string |
        trace_id (None | str | Unset): Identyfikator śledzenia błędu.
    """

    title: str
    status: int
    detail: str
    reason_code: str
    timestamp: datetime.datetime
    instance: None | str | Unset = UNSET
    security: ForbiddenProblemDetailsSecurityType0 | None | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.forbidden_problem_details_security_type_0 import (
            ForbiddenProblemDetailsSecurityType0,
        )

        title = self.title

        status = self.status

        detail = self.detail

        reason_code = self.reason_code

        timestamp = self.timestamp.isoformat()

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        security: dict[str, Any] | None | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(self.security, ForbiddenProblemDetailsSecurityType0):
            security = self.security.to_dict()
        else:
            security = self.security

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "status": status,
                "detail": detail,
                "reasonCode": reason_code,
                "timestamp": timestamp,
            }
        )
        if instance is not UNSET:
            field_dict["instance"] = instance
        if security is not UNSET:
            field_dict["security"] = security
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forbidden_problem_details_security_type_0 import (
            ForbiddenProblemDetailsSecurityType0,
        )

        d = dict(src_dict)
        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        reason_code = d.pop("reasonCode")

        timestamp = parse_datetime(d.pop("timestamp"))

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_security(
            data: object,
        ) -> ForbiddenProblemDetailsSecurityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                security_type_0 = ForbiddenProblemDetailsSecurityType0.from_dict(data)

                return security_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForbiddenProblemDetailsSecurityType0 | None | Unset, data)

        security = _parse_security(d.pop("security", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("traceId", UNSET))

        forbidden_problem_details = cls(
            title=title,
            status=status,
            detail=detail,
            reason_code=reason_code,
            timestamp=timestamp,
            instance=instance,
            security=security,
            trace_id=trace_id,
        )

        forbidden_problem_details.additional_properties = d
        return forbidden_problem_details

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
