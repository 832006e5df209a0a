"""The ``ksef`` command under test: typer's CliRunner against the sandbox, config in a temporary directory."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.identifiers import random_nip
from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice
from typer.testing import CliRunner

BUYER = Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków")


def make_invoice(seller_nip: str, number: str | None = None, *, lines: int = 1, buyer: Party = BUYER) -> bytes:
    return build_fa3_invoice(
        seller=Party(seller_nip, "Sprzedawca sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=buyer,
        lines=[InvoiceLine(f"Usługa {i}", quantity=i + 1, unit_net_price="100.00") for i in range(lines)],
        invoice_number=number or f"FV/CLI/{uuid.uuid4().hex[:10]}",
        issue_date=dt.date.today(),
    )


def write_invoices(folder: Path, nip: str, count: int, *, buyer: Party = BUYER) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"fv-{i:04d}.xml"
        path.write_bytes(make_invoice(nip, lines=1 + i % 3, buyer=buyer))
        paths.append(path)
    return paths


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None

    def json(self) -> Any:
        import json

        return json.loads(self.stdout)


class Ksef:
    """Runs ``ksef ARGS`` in-process (CliRunner) with the config directory of the test."""

    def __init__(self, config: Path) -> None:
        from ksef_sdk.cli._app import build_app

        self.app = build_app()
        self.runner = CliRunner()
        self.config = config

    def __call__(self, *args: str, input: str | None = None, env: dict[str, str] | None = None) -> Run:
        result = self.runner.invoke(
            self.app, list(args), input=input, env={"KSEF_CONFIG_DIR": str(self.config), **(env or {})}
        )
        return Run(result.exit_code, result.stdout, result.stderr, result.exception)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KSEF_TOKEN", "KSEF_NIP", "KSEF_ENV", "KSEF_PROFILE", "KSEF_CERTIFICATE_PASSWORD", "KSEF_DEBUG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config"
    monkeypatch.setenv("KSEF_CONFIG_DIR", str(path))
    return path


@pytest.fixture
def ksef(config_dir: Path) -> Ksef:
    return Ksef(config_dir)


@pytest.fixture
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    import keyring
    import keyring.backend
    import keyring.errors

    # a keyring backend in memory: the tests never touch the machine's keyring
    items: dict[tuple[str, str], str] = {}

    class Backend(keyring.backend.KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if (service, username) not in items:
                raise keyring.errors.PasswordDeleteError(username)
            del items[(service, username)]

    previous = keyring.get_keyring()
    keyring.set_keyring(Backend())
    try:
        yield items
    finally:
        keyring.set_keyring(previous)


@dataclass
class Company:
    """A fresh NIP on the sandbox with a profile (named after it) whose KSeF token is in the secrets file."""

    nip: str
    profile: str
    token: str


@pytest.fixture
def company(ksef: Ksef, ksef_sandbox: Any) -> Company:
    ksef_sandbox.control.set_processing_polls(0)  # results at once (restored after the test)
    nip = random_nip()
    token = ksef_sandbox.control.issue_ksef_token(nip)
    name = f"c{nip}"
    run = ksef(
        "profile", "add", name, "--nip", nip, "--env", ksef_sandbox.url, "--secrets", "file", "--secret-stdin",
        "--default", input=token + "\n",
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    return Company(nip, name, token)
