"""What every command shares: the common options, the chosen profile, its secrets and an authenticated client.

A command module uses it like this (see ``send.py``)::

    @app.command()
    def limits(ctx: typer.Context, json_output: JsonOption = False, profile: ProfileOption = None) -> None:
        cli = command_context(ctx, json_output=json_output, profile=profile)
        with cli.client() as client:
            ...
        cli.out.result(data, human=lambda: cli.out.print(...))

Errors are not caught in commands: a :class:`~ksef_sdk.errors.KsefError` (or ``OSError``) raised anywhere
becomes one line and an exit code in the root group (:mod:`._app`, :mod:`._errors`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ksef_sdk.cli._output import Output
from ksef_sdk.cli._paths import config_dir
from ksef_sdk.cli._profiles import Profile, ProfileStore
from ksef_sdk.cli._secrets import ENV_VARS, SecretStore, secret_store

if TYPE_CHECKING:
    from ksef_api.client import SyncAuthenticatedClient, SyncClient

    from ksef_sdk.environments import Environment

__all__ = ["Cli", "GlobalOptions", "JsonOption", "ProfileOption", "command_context"]

JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout (for scripts).")]
ProfileOption = Annotated[
    Optional[str],  # noqa: UP045 - typer reads the annotation at run time (Python 3.10)
    typer.Option("--profile", "-p", help="The profile to use (default: $KSEF_PROFILE, else the default profile)."),
]
ENV_PROFILE = "environment"
"""The name of the profile made from KSEF_NIP / KSEF_TOKEN / KSEF_ENV when no profile is chosen."""


@dataclass
class GlobalOptions:
    """The root options (``ksef --profile X --json --debug ...``); a command's own options add to them."""

    profile: str | None = None
    json: bool = False
    debug: bool = False
    progress: bool | None = None  # None: on an interactive terminal


class Cli:
    """One command run: its output, its profile (read lazily), secrets and clients."""

    def __init__(self, options: GlobalOptions) -> None:
        self.options = options
        self.out = Output(json_mode=options.json, progress=options.progress)
        self._profile: Profile | None = None

    # --- profile and secrets

    @property
    def profiles(self) -> ProfileStore:
        return ProfileStore(config_dir())

    def profile(self) -> Profile:
        """``--profile``/``$KSEF_PROFILE``; else a profile from ``KSEF_NIP`` + ``KSEF_TOKEN`` (+ ``KSEF_ENV``);
        else the default profile."""
        if self._profile is None:
            name = self.options.profile or os.environ.get("KSEF_PROFILE") or None
            if name is None and os.environ.get("KSEF_NIP") and os.environ.get("KSEF_TOKEN"):
                self._profile = Profile(
                    name=ENV_PROFILE, nip=os.environ["KSEF_NIP"].strip(), environment=os.environ.get("KSEF_ENV", "test")
                )
                self._profile.check()
            else:
                self._profile = self.profiles.get(name)
        return self._profile

    def environment(self) -> Environment:
        from ksef_sdk.environments import resolve

        return resolve(self.profile().environment)

    def secret_store(self) -> SecretStore:
        return secret_store(self.profile().secrets, config_dir())

    def secret(self, kind: str) -> str | None:
        """A secret of the profile: its environment variable (``KSEF_TOKEN``...) first, then the store."""
        variable = ENV_VARS.get(kind)
        if variable and os.environ.get(variable):
            return os.environ[variable]
        profile = self.profile()
        if profile.name == ENV_PROFILE:
            return None
        return self.secret_store().get(profile.name, kind)

    # --- clients

    @contextmanager
    def public_client(self) -> Iterator[SyncClient]:
        from ksef_sdk.http import build_public_client

        with build_public_client(self.environment()) as public:
            yield public

    @contextmanager
    def authenticator(self) -> Iterator[Callable[[], Any]]:
        """The profile's login as an authenticator (``() -> TokenPair``), valid inside the ``with``."""
        from ksef_sdk.cli._login import LoginContext, login_method

        profile = self.profile()
        method = login_method(profile.login)
        with self.public_client() as public:
            context = LoginContext(
                environment=self.environment(),
                nip=profile.nip,
                public=public,
                secret=self.secret,
                certificate=Path(profile.certificate).expanduser() if profile.certificate else None,
                key=Path(profile.key).expanduser() if profile.key else None,
                where=f"profile {profile.name!r}",
            )
            yield method.authenticator(context)

    @contextmanager
    def client(self, **options: Any) -> Iterator[SyncAuthenticatedClient]:
        """An authenticated client for the profile; it logs in on its first call (and again when needed)."""
        from ksef_sdk.http import build_client

        with (
            self.authenticator() as authenticator,
            build_client(self.environment(), authenticator=authenticator, **options) as client,
        ):
            yield client


def command_context(ctx: typer.Context, *, json_output: bool = False, profile: str | None = None) -> Cli:
    """The :class:`Cli` of this run: the root options, with the command's own ``--json``/``--profile`` on top."""
    root = ctx.find_root()
    if not isinstance(root.obj, GlobalOptions):
        root.obj = GlobalOptions()
    options: GlobalOptions = root.obj
    if json_output:
        options.json = True  # the root group's error handler reads it too
    if profile:
        options.profile = profile
    return Cli(options)
