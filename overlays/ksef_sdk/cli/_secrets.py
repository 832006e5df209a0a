"""Secrets of profiles (KSeF tokens, certificate/key passwords): the OS keyring, or a private file.

- ``keyring`` (default): the OS keyring through the ``keyring`` package (Secret Service on Linux desktops,
  macOS Keychain, Windows Credential Locker), service ``ksef-sdk``, user ``PROFILE/KIND``.
- ``file`` (chosen explicitly, for headless servers without a keyring): ``secrets.toml`` beside
  ``profiles.toml``, written with mode 0600 in a 0700 directory; it is refused when it can be read by
  anyone but its owner (like ssh's private keys), so a careless ``chmod`` is noticed, not silently used.

Environment variables beat both, for CI and containers: ``KSEF_TOKEN`` (the KSeF token) and
``KSEF_CERTIFICATE_PASSWORD``. Secrets never appear in output, logs or error messages.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any, Protocol

from ksef_sdk.cli._paths import write_private
from ksef_sdk.errors import ConfigurationError

__all__ = ["ENV_VARS", "SECRET_KINDS", "FileSecrets", "KeyringSecrets", "SecretStore", "secret_store"]

SERVICE = "ksef-sdk"
SECRETS_FILE = "secrets.toml"
SECRET_KINDS = ("ksef-token", "certificate-password")
ENV_VARS = {"ksef-token": "KSEF_TOKEN", "certificate-password": "KSEF_CERTIFICATE_PASSWORD"}


def _check_kind(kind: str) -> str:
    if kind not in SECRET_KINDS:
        raise ConfigurationError(f"unknown secret {kind!r} (known: {', '.join(SECRET_KINDS)})")
    return kind


class SecretStore(Protocol):
    """Where a profile's secrets are kept."""

    description: str

    def get(self, profile: str, kind: str) -> str | None: ...
    def set(self, profile: str, kind: str, value: str) -> None: ...
    def delete(self, profile: str, kind: str) -> None: ...


class KeyringSecrets:
    """The OS keyring (``keyring``); a machine without one gets a message pointing at ``--secrets file``."""

    description = "the OS keyring"

    def _keyring(self) -> Any:
        try:
            import keyring
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigurationError("the OS keyring needs the 'cli' extra: pip install 'ksef-sdk[cli]'") from exc
        return keyring

    def _fail(self, exc: Exception) -> ConfigurationError:
        return ConfigurationError(
            f"the OS keyring is not usable here ({type(exc).__name__}: {exc}); on a server without one, keep "
            "secrets in a private file: 'ksef profile add ... --secrets file' (or set KSEF_TOKEN)"
        )

    def get(self, profile: str, kind: str) -> str | None:
        keyring = self._keyring()
        try:
            value: str | None = keyring.get_password(SERVICE, f"{profile}/{_check_kind(kind)}")
        except keyring.errors.KeyringError as exc:
            raise self._fail(exc) from None
        return value

    def set(self, profile: str, kind: str, value: str) -> None:
        keyring = self._keyring()
        try:
            keyring.set_password(SERVICE, f"{profile}/{_check_kind(kind)}", value)
        except keyring.errors.KeyringError as exc:
            raise self._fail(exc) from None

    def delete(self, profile: str, kind: str) -> None:
        keyring = self._keyring()
        try:
            keyring.delete_password(SERVICE, f"{profile}/{_check_kind(kind)}")
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise self._fail(exc) from None


class FileSecrets:
    """``secrets.toml`` readable by its owner only (mode 0600); refused when group or others may read it."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / SECRETS_FILE
        self.description = f"the file {self.path}"

    def _check_private(self) -> None:
        if os.name != "posix":  # pragma: no cover - ACLs elsewhere; the file is created in the user's profile
            return
        info = self.path.stat()
        if info.st_uid != os.getuid():
            raise ConfigurationError(f"refusing to read {self.path}: it belongs to another user")
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigurationError(
                f"refusing to read {self.path}: others may read it (mode {stat.S_IMODE(info.st_mode):04o}); "
                f"run 'chmod 600 {self.path}'"
            )

    def _read(self) -> dict[str, dict[str, str]]:
        if not self.path.exists():
            return {}
        self._check_private()
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - Python 3.10
            import tomli as tomllib
        try:
            data = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError:
            raise ConfigurationError(f"{self.path} is not valid TOML") from None  # no excerpt: it holds secrets
        return {k: dict(v) for k, v in data.items() if isinstance(v, dict)}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        import tomli_w

        write_private(self.path, tomli_w.dumps({k: v for k, v in sorted(data.items()) if v}))

    def get(self, profile: str, kind: str) -> str | None:
        return self._read().get(profile, {}).get(_check_kind(kind))

    def set(self, profile: str, kind: str, value: str) -> None:
        data = self._read()
        data.setdefault(profile, {})[_check_kind(kind)] = value
        self._write(data)

    def delete(self, profile: str, kind: str) -> None:
        data = self._read()
        if data.get(profile, {}).pop(_check_kind(kind), None) is not None:
            self._write(data)


def secret_store(kind: str, directory: Path) -> SecretStore:
    """The store a profile's ``secrets`` setting names (``keyring`` or ``file``)."""
    if kind == "file":
        return FileSecrets(directory)
    if kind == "keyring":
        return KeyringSecrets()
    raise ConfigurationError(f"unknown secret store {kind!r}: use keyring or file")
