"""What ``ksef cert``, ``ksef token`` and ``ksef permissions`` need from the command frame: the common options,
the output, and a logged-in client.

When the frame of the ``ksef`` command is installed (``ksef_sdk.cli._runtime``: profiles, keyring, login
methods, ``--json``, exit codes), :func:`command_context` is the frame's. Until then a small stand-in reads
the login from the environment - the same variables the frame reads for its ``environment`` profile:

- ``KSEF_ENV`` (``test``, ``demo``, ``production`` or a base URL) and ``KSEF_NIP`` (the context);
- ``KSEF_TOKEN``: log in with a KSeF token; or
- ``KSEF_CERTIFICATE`` (a PKCS#12 file, or a PEM certificate with ``KSEF_KEY``) and
  ``KSEF_CERTIFICATE_PASSWORD``: log in with XAdES - a KSeF certificate (``CertificateAuthenticator``,
  checked first: ``Authentication`` type, validity) or a qualified certificate or seal.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from ksef_sdk.errors import ConfigurationError

__all__ = ["JsonOption", "ProfileOption", "certificate_authenticator", "command_context", "read_password"]

JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout (for scripts).")]
ProfileOption = Annotated[
    str | None,
    typer.Option("--profile", "-p", help="The profile to use (default: $KSEF_PROFILE, else the default profile)."),
]


def certificate_authenticator(
    public: Any, nip: str, certificate: Path, key: Path | None, password: str | None
) -> Callable[[], Any]:
    """The authenticator for a certificate file: a KSeF certificate logs in with ``CertificateAuthenticator``
    (checked before sending), any other certificate (qualified, seal) with ``XadesAuthenticator``."""
    from ksef_sdk.authentication import CertificateAuthenticator, XadesAuthenticator
    from ksef_sdk.certificates import load_certificate
    from ksef_sdk.crypto import XadesSigner

    loaded = load_certificate(certificate, key_path=key, password=password)
    if loaded.type is not None:  # key usage of a KSeF certificate
        return CertificateAuthenticator(public, loaded, nip)
    return XadesAuthenticator(public, XadesSigner(loaded.private_key, loaded.certificate, tuple(loaded.chain)), nip)


def read_password(what: str, *, from_stdin: bool, variable: str, confirm: bool = False) -> str | None:
    """A password: the first line of stdin (``from_stdin``), the environment ``variable``, or a prompt without
    echo on a terminal; ``None`` when there is none. Never a command-line argument."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if os.environ.get(variable):
        return os.environ[variable]
    if sys.stdin.isatty():
        value = typer.prompt(what, hide_input=True, confirmation_prompt=confirm, default="", show_default=False)
        return str(value) or None
    return None


class _Output:
    """The stand-in's output: JSON on stdout with ``--json``, else the human form (rich)."""

    def __init__(self, json_mode: bool) -> None:
        from rich.console import Console

        self.json_mode = json_mode
        self.console = Console(highlight=False, soft_wrap=True)
        self.err = Console(stderr=True, highlight=False, soft_wrap=True)

    def result(self, data: Any, human: Callable[[], None] | None = None) -> None:
        if self.json_mode or human is None:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
            sys.stdout.flush()
        else:
            human()

    def print(self, *objects: Any) -> None:
        if not self.json_mode:
            self.console.print(*objects)

    def note(self, text: str) -> None:
        if not self.json_mode:
            self.err.print(f"[dim]{text}[/dim]")


@dataclass(frozen=True)
class _EnvProfile:
    name: str
    nip: str
    environment: str


class _EnvCli:
    """The stand-in for the frame's ``Cli``: login from the environment variables (module docstring)."""

    def __init__(self, json_output: bool) -> None:
        self.out = _Output(json_output)

    def profile(self) -> _EnvProfile:
        from ksef_sdk.identifiers import validate_nip

        nip = os.environ.get("KSEF_NIP", "").strip()
        if not nip:
            raise ConfigurationError("set KSEF_NIP (the context) and KSEF_TOKEN or KSEF_CERTIFICATE")
        return _EnvProfile("environment", validate_nip(nip, checksum=False), os.environ.get("KSEF_ENV", "test"))

    def environment(self) -> Any:
        from ksef_sdk.environments import resolve

        return resolve(self.profile().environment)

    @contextmanager
    def public_client(self) -> Iterator[Any]:
        from ksef_sdk.http import build_public_client

        with build_public_client(self.environment()) as public:
            yield public

    @contextmanager
    def authenticator(self) -> Iterator[Callable[[], Any]]:
        from ksef_sdk.authentication import KsefTokenAuthenticator

        nip = self.profile().nip
        with self.public_client() as public:
            token = os.environ.get("KSEF_TOKEN")
            certificate = os.environ.get("KSEF_CERTIFICATE")
            if certificate:
                key = os.environ.get("KSEF_KEY")
                password = os.environ.get("KSEF_CERTIFICATE_PASSWORD") or None
                yield certificate_authenticator(public, nip, Path(certificate), Path(key) if key else None, password)
            elif token:
                yield KsefTokenAuthenticator(public, token, nip)
            else:
                raise ConfigurationError("set KSEF_TOKEN, or KSEF_CERTIFICATE (+ KSEF_KEY for PEM), to log in")

    @contextmanager
    def client(self, **options: Any) -> Iterator[Any]:
        from ksef_sdk.http import build_client

        with (
            self.authenticator() as authenticator,
            build_client(self.environment(), authenticator=authenticator, **options) as c,
        ):
            yield c


def command_context(ctx: typer.Context, *, json_output: bool = False, profile: str | None = None) -> Any:
    """The frame's ``command_context`` when the frame is installed, else the environment stand-in."""
    try:
        runtime = importlib.import_module("ksef_sdk.cli._runtime")
    except ModuleNotFoundError:
        if profile:
            raise ConfigurationError("profiles need the ksef command's profile support; use KSEF_* variables") from None
        return _EnvCli(json_output)
    return runtime.command_context(ctx, json_output=json_output, profile=profile)
