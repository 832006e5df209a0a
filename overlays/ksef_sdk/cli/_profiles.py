"""Profiles: which company (context NIP), which environment and which login method a command uses.

They live in ``profiles.toml`` in the platform's config directory (platformdirs: ``~/.config/ksef`` on
Linux, ``~/Library/Application Support/ksef`` on macOS, ``%APPDATA%\\ksef`` on Windows), or in
``$KSEF_CONFIG_DIR``. The file holds no secret (those are in the OS keyring, :mod:`._secrets`)::

    default = "firma"

    [profiles.firma]
    environment = "test"          # test, demo, production, or a base URL (the sandbox)
    nip = "5265877635"            # the context: the company the commands act for
    login = "ksef-token"          # or "xades" (a qualified certificate or seal: PKCS#12 or PEM)
    secrets = "keyring"           # or "file" (headless servers; see ._secrets)

    [profiles.podpis]
    environment = "production"
    nip = "5265877635"
    login = "xades"
    certificate = "/etc/ksef/seal.p12"     # PKCS#12; or a PEM certificate with key = "/etc/ksef/seal.key"
"""

from __future__ import annotations

import re
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from ksef_sdk.cli._paths import config_dir, write_private
from ksef_sdk.errors import ConfigurationError

__all__ = ["Profile", "ProfileStore"]

PROFILES_FILE = "profiles.toml"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
SECRET_STORES = ("keyring", "file")


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise ConfigurationError(
            f"invalid profile name {name!r}: use letters, digits, '.', '_' or '-' (at most 64, no leading dot)"
        )
    return name


@dataclass(frozen=True)
class Profile:
    """One profile. ``certificate``/``key`` are used by certificate logins (``xades`` and the like)."""

    name: str
    nip: str
    environment: str = "test"
    login: str = "ksef-token"
    secrets: str = "keyring"
    certificate: str | None = None
    key: str | None = None

    def to_toml(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if k != "name" and v is not None}

    @classmethod
    def from_toml(cls, name: str, data: Any, *, source: Path | None = None) -> Profile:
        where = f" in {source}" if source else ""
        if not isinstance(data, dict):
            raise ConfigurationError(f"profile {name!r}{where} is not a table")
        known = {f.name for f in fields(cls)} - {"name"}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigurationError(
                f"profile {name!r}{where}: unknown setting(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
        if not all(isinstance(v, str) for v in data.values()):
            raise ConfigurationError(f"profile {name!r}{where}: every setting is a string")
        if "nip" not in data:
            raise ConfigurationError(f"profile {name!r}{where} has no nip")
        profile = cls(name=name, **data)
        profile.check()
        return profile

    def check(self) -> None:
        """Reject settings that cannot work, before anything is sent."""
        from ksef_sdk.environments import resolve
        from ksef_sdk.identifiers import validate_nip

        check_name(self.name)
        validate_nip(self.nip)
        resolve(self.environment)
        if self.secrets not in SECRET_STORES:
            raise ConfigurationError(f"profile {self.name!r}: secrets must be one of {', '.join(SECRET_STORES)}")
        from ksef_sdk.cli._login import login_method

        login_method(self.login).check(certificate=self.certificate, key=self.key, where=f"profile {self.name!r}")


def _load_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with open(path, "rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{path} is not valid TOML: {exc}") from None


class ProfileStore:
    """``profiles.toml``: read, add, remove, choose the default."""

    def __init__(self, directory: Path | None = None) -> None:
        self.path = (directory or config_dir()) / PROFILES_FILE

    def _read(self) -> tuple[str | None, dict[str, Profile]]:
        if not self.path.exists():
            return None, {}
        data = _load_toml(self.path)
        default = data.get("default")
        tables = data.get("profiles", {})
        if not isinstance(tables, dict) or (default is not None and not isinstance(default, str)):
            raise ConfigurationError(f"{self.path}: expected 'default = \"NAME\"' and [profiles.NAME] tables")
        profiles = {name: Profile.from_toml(name, table, source=self.path) for name, table in tables.items()}
        return default, profiles

    def _write(self, default: str | None, profiles: dict[str, Profile]) -> None:
        import tomli_w

        data: dict[str, Any] = {}
        if default is not None:
            data["default"] = default
        data["profiles"] = {name: profiles[name].to_toml() for name in sorted(profiles)}
        write_private(self.path, tomli_w.dumps(data))

    def all(self) -> tuple[str | None, dict[str, Profile]]:
        """The default profile's name and every profile by name."""
        return self._read()

    def get(self, name: str | None) -> Profile:
        """The named profile, or the default one; a :class:`ConfigurationError` names what exists."""
        default, profiles = self._read()
        chosen = name or default
        if chosen is None:
            if len(profiles) == 1:
                return next(iter(profiles.values()))
            raise ConfigurationError(
                "no profile chosen: create one with 'ksef profile add NAME --nip NIP', pass --profile NAME, "
                "or set KSEF_NIP and KSEF_TOKEN" + (f" (profiles: {', '.join(sorted(profiles))})" if profiles else "")
            )
        if chosen not in profiles:
            known = ", ".join(sorted(profiles)) or "none yet"
            raise ConfigurationError(f"unknown profile {chosen!r} (profiles: {known}; see 'ksef profile list')")
        return profiles[chosen]

    def save(self, profile: Profile, *, make_default: bool = False) -> None:
        profile.check()
        default, profiles = self._read()
        profiles[profile.name] = profile
        if make_default or default is None:
            default = profile.name
        self._write(default, profiles)

    def remove(self, name: str) -> Profile:
        default, profiles = self._read()
        if name not in profiles:
            raise ConfigurationError(f"unknown profile {name!r}")
        removed = profiles.pop(name)
        if default == name:
            default = None
        self._write(default, profiles)
        return removed

    def set_default(self, name: str) -> None:
        _, profiles = self._read()
        if name not in profiles:
            raise ConfigurationError(f"unknown profile {name!r}")
        self._write(name, profiles)
