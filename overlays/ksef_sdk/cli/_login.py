"""Login methods of profiles: how a command gets KSeF tokens (an authenticator for ``build_client``).

Each method is one row of :data:`LOGIN_METHODS`: its name (the profile's ``login``), what it needs (a
secret kind, a certificate file, a key file) and the function that turns a :class:`LoginContext` into an
authenticator (``() -> TokenPair``), named as ``"module:function"`` so a method living in another command
module adds one row here without an import cycle. Built in:

- ``ksef-token``: a KSeF token (secret ``ksef-token``), :class:`~ksef_sdk.authentication.KsefTokenAuthenticator`;
- ``xades``: a qualified certificate or seal signing a XAdES ``AuthTokenRequest``, PKCS#12 (``certificate``
  = the ``.p12``/``.pfx``) or PEM (``certificate`` + ``key``); optional secret ``certificate-password``;
  :class:`~ksef_sdk.crypto.XadesSigner` + :class:`~ksef_sdk.authentication.XadesAuthenticator`;
- ``ksef-certificate``: a KSeF certificate of type ``Authentication`` (from ``ksef cert enroll``), PKCS#12 or
  PEM like ``xades``, checked before it signs (type, validity):
  :class:`~ksef_sdk.authentication.CertificateAuthenticator` (:func:`ksef_sdk.cli.cert.ksef_certificate_login`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ksef_sdk.errors import ConfigurationError

__all__ = ["LOGIN_METHODS", "LoginContext", "LoginMethod", "login_method"]


@dataclass(frozen=True)
class LoginContext:
    """What a login method gets: the environment, the context NIP, the profile's files and its secrets."""

    environment: Any  # ksef_sdk.Environment
    nip: str
    public: Any  # a public ksef_api.Client for the authentication calls
    secret: Callable[[str], str | None]  # secret kind -> value (environment variable, keyring or file)
    certificate: Path | None = None
    key: Path | None = None
    where: str = "this profile"  # for messages: "profile 'firma'"

    def required_secret(self, kind: str, hint: str) -> str:
        value = self.secret(kind)
        if not value:
            raise ConfigurationError(f"no {kind} for {self.where}: {hint}")
        return value


@dataclass(frozen=True)
class LoginMethod:
    """One way to log in. ``factory`` is ``"module:function"``: ``function(LoginContext) -> authenticator``."""

    name: str
    summary: str
    factory: str
    secret: str | None = None  # the secret kind it reads (asked for by 'ksef profile add')
    secret_required: bool = False
    certificate: bool = False  # needs the profile's certificate file
    key: bool = False  # may use the profile's key file (PEM)

    def check(self, *, certificate: str | None, key: str | None, where: str) -> None:
        if self.certificate and not certificate:
            raise ConfigurationError(f"{where}: login {self.name!r} needs --certificate FILE")
        if key and not self.key:
            raise ConfigurationError(f"{where}: login {self.name!r} takes no key file")

    def authenticator(self, context: LoginContext) -> Callable[[], Any]:
        module, _, function = self.factory.partition(":")
        make: Callable[[LoginContext], Callable[[], Any]] = getattr(importlib.import_module(module), function)
        return make(context)


LOGIN_METHODS: dict[str, LoginMethod] = {
    method.name: method
    for method in (
        LoginMethod(
            "ksef-token",
            "a KSeF token (made in the KSeF app or with POST /tokens)",
            "ksef_sdk.cli._login:ksef_token_login",
            secret="ksef-token",  # noqa: S106 - the name of a secret kind
            secret_required=True,
        ),
        LoginMethod(
            "xades",
            "a qualified certificate or seal (PKCS#12, or PEM certificate + key) signing a XAdES request",
            "ksef_sdk.cli._login:xades_login",
            secret="certificate-password",  # noqa: S106 - the name of a secret kind
            certificate=True,
            key=True,
        ),
        LoginMethod(
            "ksef-certificate",
            "a KSeF certificate of type Authentication (PKCS#12, or PEM certificate + key), from 'ksef cert enroll'",
            "ksef_sdk.cli.cert:ksef_certificate_login",
            secret="certificate-password",  # noqa: S106 - the name of a secret kind
            certificate=True,
            key=True,
        ),
        # other helpers add their login here, one row each
    )
}


def login_method(name: str) -> LoginMethod:
    try:
        return LOGIN_METHODS[name]
    except KeyError:
        raise ConfigurationError(f"unknown login {name!r} (known: {', '.join(LOGIN_METHODS)})") from None


def ksef_token_login(context: LoginContext) -> Callable[[], Any]:
    from ksef_sdk.authentication import KsefTokenAuthenticator

    token = context.required_secret(
        "ksef-token", "store one with 'ksef profile secret NAME', or set KSEF_TOKEN (never on the command line)"
    )
    return KsefTokenAuthenticator(context.public, token, context.nip)


def xades_login(context: LoginContext) -> Callable[[], Any]:
    from ksef_sdk.authentication import XadesAuthenticator
    from ksef_sdk.crypto import XadesSigner

    if context.certificate is None:
        raise ConfigurationError(f"{context.where}: login 'xades' needs a certificate file")
    password = context.secret("certificate-password") or None
    data = context.certificate.read_bytes()
    if context.key is None:
        signer = XadesSigner.from_pkcs12(data, password)
    else:
        signer = XadesSigner.from_pem(data, context.key.read_bytes(), password)
    return XadesAuthenticator(context.public, signer, context.nip)
