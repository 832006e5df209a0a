from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authentication_context_identifier import (
        AuthenticationContextIdentifier,
    )
    from ..models.authorization_policy import AuthorizationPolicy


T = TypeVar("T", bound="InitTokenAuthenticationRequest")


@_attrs_define
class InitTokenAuthenticationRequest:
    """
    Attributes:
        challenge (str): Unikalny challenge.
        context_identifier (AuthenticationContextIdentifier):
        encrypted_token (str): Zaszyfrowany token wraz z timestampem z challenge'a, w postaci `token|timestamp`,
            zakodowany w formacie Base64.
        public_key_id (None | str | Unset): Identyfikator klucza publicznego użytego do szyfrowania tokena.
        authorization_policy (AuthorizationPolicy | None | Unset): Polityka autoryzacji żądań przy każdym użyciu tokena
            dostępu.
    """

    challenge: str
    context_identifier: AuthenticationContextIdentifier
    encrypted_token: str
    public_key_id: None | str | Unset = UNSET
    authorization_policy: AuthorizationPolicy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authorization_policy import AuthorizationPolicy

        challenge = self.challenge

        context_identifier = self.context_identifier.to_dict()

        encrypted_token = self.encrypted_token

        public_key_id: None | str | Unset
        if isinstance(self.public_key_id, Unset):
            public_key_id = UNSET
        else:
            public_key_id = self.public_key_id

        authorization_policy: dict[str, Any] | None | Unset
        if isinstance(self.authorization_policy, Unset):
            authorization_policy = UNSET
        elif isinstance(self.authorization_policy, AuthorizationPolicy):
            authorization_policy = self.authorization_policy.to_dict()
        else:
            authorization_policy = self.authorization_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "challenge": challenge,
                "contextIdentifier": context_identifier,
                "encryptedToken": encrypted_token,
            }
        )
        if public_key_id is not UNSET:
            field_dict["publicKeyId"] = public_key_id
        if authorization_policy is not UNSET:
            field_dict["authorizationPolicy"] = authorization_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authentication_context_identifier import (
            AuthenticationContextIdentifier,
        )
        from ..models.authorization_policy import AuthorizationPolicy

        d = dict(src_dict)
        challenge = d.pop("challenge")

        context_identifier = AuthenticationContextIdentifier.from_dict(
            d.pop("contextIdentifier")
        )

        encrypted_token = d.pop("encryptedToken")

        def _parse_public_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_key_id = _parse_public_key_id(d.pop("publicKeyId", UNSET))

        def _parse_authorization_policy(
            data: object,
        ) -> AuthorizationPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authorization_policy_type_1 = AuthorizationPolicy.from_dict(data)

                return authorization_policy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthorizationPolicy | None | Unset, data)

        authorization_policy = _parse_authorization_policy(
            d.pop("authorizationPolicy", UNSET)
        )

        init_token_authentication_request = cls(
            challenge=challenge,
            context_identifier=context_identifier,
            encrypted_token=encrypted_token,
            public_key_id=public_key_id,
            authorization_policy=authorization_policy,
        )

        init_token_authentication_request.additional_properties = d
        return init_token_authentication_request

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
