"""``ksef profile ...``: add, list, show, remove profiles, choose the default, store secrets, check a login.

Secrets are never taken as command-line arguments (they would show in ``ps`` and shell history): they are
asked for without echo, read from stdin with ``--secret-stdin``, or taken from ``KSEF_TOKEN`` /
``KSEF_CERTIFICATE_PASSWORD``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Optional

import typer

from ksef_sdk.cli._login import LOGIN_METHODS, LoginMethod, login_method
from ksef_sdk.cli._paths import config_dir
from ksef_sdk.cli._profiles import Profile
from ksef_sdk.cli._runtime import Cli, JsonOption, command_context
from ksef_sdk.cli._secrets import ENV_VARS, secret_store

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, help="Profiles: company (NIP), environment, login; secrets in the keyring.")


def _read_secret(cli: Cli, method: LoginMethod, from_stdin: bool, profile: str) -> str | None:
    """The login's secret: stdin (``--secret-stdin``), its environment variable, or a prompt without echo."""
    from ksef_sdk.errors import ConfigurationError

    if method.secret is None:
        return None
    if from_stdin:
        value = sys.stdin.readline().strip()
    elif os.environ.get(ENV_VARS[method.secret]):
        value = os.environ[ENV_VARS[method.secret]].strip()
    elif sys.stdin.isatty():
        optional = "" if method.secret_required else " (empty: none)"
        value = typer.prompt(
            f"{method.secret} for {profile}{optional}", hide_input=True, default="", show_default=False
        )
    else:
        value = ""
    if not value and method.secret_required:
        raise ConfigurationError(
            f"login {method.name!r} needs a {method.secret}: type it when asked, pipe it with --secret-stdin, "
            f"or set {ENV_VARS[method.secret]}"
        )
    return value or None


def _check_certificate(profile: Profile, password: str | None) -> None:
    """A certificate login fails now, not at the first send: the files must load with the password."""
    if profile.certificate is None:
        return
    from ksef_sdk.crypto import XadesSigner

    XadesSigner.from_files(str(Path(profile.certificate).expanduser()), profile.key, password)


def _profile_json(profile: Profile, default: str | None) -> dict[str, Any]:
    return {"name": profile.name, "default": profile.name == default, **profile.to_toml()}


@app.command()
def add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Profile name (e.g. the company's short name)."),
    nip: str = typer.Option(..., "--nip", help="The context: the NIP of the company the commands act for."),
    environment: str = typer.Option("test", "--env", help="test, demo, production, or a base URL."),
    login: str = typer.Option("ksef-token", "--login", help=f"How to log in: {', '.join(LOGIN_METHODS)}."),
    certificate: Optional[Path] = typer.Option(  # noqa: UP045, B008
        None, "--certificate", help="Certificate login: the PKCS#12 (.p12/.pfx) file, or a PEM certificate."
    ),
    key: Optional[Path] = typer.Option(None, "--key", help="Certificate login with PEM: the private key file."),  # noqa: UP045, B008
    secrets: str = typer.Option("keyring", "--secrets", help="Where secrets go: keyring (the OS keyring) or file."),
    secret_stdin: bool = typer.Option(False, "--secret-stdin", help="Read the secret from the first line of stdin."),
    make_default: bool = typer.Option(False, "--default", help="Make it the default profile."),
    json_output: JsonOption = False,
) -> None:
    """Add (or replace) a profile and store its secret (KSeF token or certificate password)."""
    cli = command_context(ctx, json_output=json_output)
    profile = Profile(
        name=name,
        nip=nip.strip(),
        environment=environment,
        login=login,
        secrets=secrets,
        certificate=str(certificate.resolve()) if certificate else None,
        key=str(key.resolve()) if key else None,
    )
    profile.check()
    method = login_method(login)
    secret = _read_secret(cli, method, secret_stdin, name)
    _check_certificate(profile, secret)
    store = secret_store(secrets, config_dir())
    if method.secret is not None:
        if secret is None:
            store.delete(name, method.secret)
        else:
            store.set(name, method.secret, secret)
    cli.profiles.save(profile, make_default=make_default)
    default, _ = cli.profiles.all()
    cli.out.result(
        _profile_json(profile, default),
        lambda: cli.out.print(
            f"profile [bold]{name}[/bold] saved in {cli.profiles.path}"
            + (f"; its {method.secret} is in {store.description}" if secret else "")
            + (" (default)" if default == name else "")
        ),
    )


@app.command("list")
def list_(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """Every profile (the default one marked)."""
    cli = command_context(ctx, json_output=json_output)
    default, profiles = cli.profiles.all()

    def human() -> None:
        from rich.table import Table

        if not profiles:
            cli.out.print("no profiles yet: ksef profile add NAME --nip NIP [--env test]")
            return
        table = Table("", "name", "NIP", "environment", "login", "secrets")
        for profile in profiles.values():
            mark = "*" if profile.name == default else ""
            table.add_row(mark, profile.name, profile.nip, profile.environment, profile.login, profile.secrets)
        cli.out.print(table)

    cli.out.result([_profile_json(p, default) for p in profiles.values()], human)


@app.command()
def show(
    ctx: typer.Context,
    name: Optional[str] = typer.Argument(None, help="Profile (default: the default one)."),  # noqa: UP045
    json_output: JsonOption = False,
) -> None:
    """A profile's settings and whether its secret is stored (never the secret itself)."""
    cli = command_context(ctx, json_output=json_output, profile=name)
    profile = cli.profile()
    default, _ = cli.profiles.all()
    method = login_method(profile.login)
    data = _profile_json(profile, default)
    if method.secret is not None:
        data["secretStored"] = cli.secret(method.secret) is not None

    def human() -> None:
        for key, value in data.items():
            cli.out.print(f"{key}: {value}")

    cli.out.result(data, human)


@app.command()
def remove(ctx: typer.Context, name: str = typer.Argument(...), json_output: JsonOption = False) -> None:
    """Remove a profile and its stored secrets."""
    cli = command_context(ctx, json_output=json_output)
    removed = cli.profiles.remove(name)
    store = secret_store(removed.secrets, config_dir())
    for kind in ENV_VARS:
        store.delete(name, kind)
    cli.out.result({"removed": name}, lambda: cli.out.print(f"profile {name} removed"))


@app.command()
def default(ctx: typer.Context, name: str = typer.Argument(...), json_output: JsonOption = False) -> None:
    """Make a profile the default one."""
    cli = command_context(ctx, json_output=json_output)
    cli.profiles.set_default(name)
    cli.out.result({"default": name}, lambda: cli.out.print(f"default profile: {name}"))


@app.command()
def secret(
    ctx: typer.Context,
    name: str = typer.Argument(...),
    secret_stdin: bool = typer.Option(False, "--secret-stdin", help="Read the secret from the first line of stdin."),
    json_output: JsonOption = False,
) -> None:
    """Store a new secret for a profile (a new KSeF token, a changed certificate password)."""
    cli = command_context(ctx, json_output=json_output, profile=name)
    profile = cli.profile()
    method = login_method(profile.login)
    value = _read_secret(cli, method, secret_stdin, name)
    _check_certificate(profile, value)
    if method.secret is not None and value is not None:
        cli.secret_store().set(name, method.secret, value)
    cli.out.result({"profile": name, "stored": value is not None}, lambda: cli.out.print(f"secret of {name} stored"))


@app.command()
def check(
    ctx: typer.Context,
    name: Optional[str] = typer.Argument(None, help="Profile (default: the default one)."),  # noqa: UP045
    json_output: JsonOption = False,
) -> None:
    """Log in with a profile and show the access token's validity (the token itself is never shown)."""
    cli = command_context(ctx, json_output=json_output, profile=name)
    profile = cli.profile()
    with cli.authenticator() as authenticate:
        tokens = authenticate()
    data = {
        "profile": profile.name,
        "nip": profile.nip,
        "environment": profile.environment,
        "accessValidUntil": tokens.access.valid_until,
        "refreshValidUntil": tokens.refresh.valid_until,
    }
    cli.out.result(
        data,
        lambda: cli.out.print(
            f"logged in: NIP {profile.nip} on {profile.environment}, access token valid until "
            f"{tokens.access.valid_until:%Y-%m-%d %H:%M:%S %Z}"
        ),
    )
