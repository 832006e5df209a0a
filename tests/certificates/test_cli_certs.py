"""``ksef cert``, ``ksef token`` and ``ksef permissions`` against the sandbox: a user holding only a self-signed
seal obtains a KSeF certificate, keeps it, logs in with it (PKCS#12 or PEM), manages tokens and permissions,
renews and revokes it - and every command also logs in with a KSeF token."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from certs_helpers import World
from typer.testing import CliRunner

PESEL = "80010112340"


class Ksef:
    """``ksef ...`` in-process (the command's frame: profiles with secrets in a file store, one-line errors)."""

    def __init__(self, world: World, config: Path) -> None:
        from ksef_sdk.cli._app import build_app

        self.app = build_app()
        self.runner = CliRunner()
        self.world = world
        self.config = config
        self.profile: list[str] = []
        self.env = {"KSEF_CONFIG_DIR": str(config)}

    def _profile(self, login: str, secret: str, *files: str) -> None:
        name = f"p{len(self.profile) + len(list(self.config.glob('*')))}-{login}-{id(files) % 1000}"
        args = ["profile", "add", name, "--nip", self.world.nip, "--env", self.world.env.api_base, "--login", login]
        args += [*files, "--secrets", "file", "--secret-stdin"]
        result = self.runner.invoke(self.app, args, input=secret + "\n", env=self.env)
        assert result.exit_code == 0, result.output
        self.profile = ["-p", name]

    def login_certificate(
        self, path: Path, password: str, key: Path | None = None, *, ksef_issued: bool = True
    ) -> None:
        """A profile logging in with a certificate: a KSeF one (``ksef-certificate``) or a seal (``xades``)."""
        files = ["--certificate", str(path), *(["--key", str(key)] if key else [])]
        self._profile("ksef-certificate" if ksef_issued else "xades", password, *files)

    def login_token(self, value: str) -> None:
        self._profile("ksef-token", value)

    def invoke(self, *args: str, input: str | None = None) -> Any:
        return self.runner.invoke(self.app, [*self.profile, *args], input=input, env=self.env)

    def __call__(self, *args: str, input: str | None = None) -> Any:
        result = self.invoke(*args, input=input)
        if result.exit_code != 0:
            raise AssertionError(f"ksef {' '.join(args)} -> {result.exit_code}: {result.output} {result.exception!r}")
        return json.loads(result.stdout) if "--json" in args else result.stdout


@pytest.fixture
def ksef(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ksef:
    for name in (
        "KSEF_TOKEN", "KSEF_CERTIFICATE", "KSEF_KEY", "KSEF_CERTIFICATE_PASSWORD", "KSEF_NEW_CERTIFICATE_PASSWORD",
        "KSEF_PROFILE",
    ):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    seal = tmp_path / "seal.p12"
    seal.write_bytes(world.seal.to_pkcs12("seal-pass"))
    runner = Ksef(world, tmp_path / "config")
    runner.login_certificate(seal, "seal-pass", ksef_issued=False)
    return runner


def test_from_a_self_signed_seal_to_a_ksef_certificate_and_everything_after(
    ksef: Ksef, world: World, tmp_path: Path
) -> None:
    p12 = tmp_path / "ksef-auth.p12"
    issued = ksef("cert", "enroll", "Serwer z CLI", "--out", str(p12), "--password-stdin", "--json", input="cli-pass\n")
    assert issued["type"] == "Authentication" and issued["files"] == [str(p12)]
    assert stat.S_IMODE(os.stat(p12).st_mode) == 0o600
    serial = issued["serialNumber"]

    # from now on: log in with the KSeF certificate (PKCS#12)
    ksef.login_certificate(p12, "cli-pass")
    listed = ksef("cert", "list", "--status", "Active", "--json")
    assert serial in {c["serialNumber"] for c in listed}
    shown = ksef("cert", "show", serial, "--json")
    assert (
        shown["certificate"]["keyUsage"] == "Authentication" and "VATPL-" + world.nip in shown["certificate"]["subject"]
    )
    assert "Serwer z CLI" in ksef("cert", "list")  # the human table

    new = ksef("token", "create", "-P", "InvoiceRead", "--description", "Token z CLI", "--json")
    assert new["status"] == "Active" and new["token"].startswith(new["referenceNumber"])
    assert new["referenceNumber"] in {t["referenceNumber"] for t in ksef("token", "list", "--json")}
    assert ksef("token", "show", new["referenceNumber"], "--json")["permissions"] == ["InvoiceRead"]
    ksef("token", "revoke", new["referenceNumber"])

    granted = ksef(
        "permissions",
        "grant",
        "person",
        "--pesel",
        PESEL,
        "-P",
        "InvoiceRead",
        "--first-name",
        "Anna",
        "--last-name",
        "Nowak",
        "--description",
        "Ksiegowa z CLI",
        "--json",
    )
    assert granted["status"] == 200
    items = ksef("permissions", "list", "persons", "--json")
    mine = [p for p in items if p["authorizedIdentifier"]["value"] == PESEL]
    assert [p["permissionScope"] for p in mine] == ["InvoiceRead"]
    assert ksef("permissions", "revoke", mine[0]["id"], "--json")["status"] == 200

    # renew in place (the old file kept as *.previous), then revoke the old certificate
    renewed = ksef("cert", "renew", str(p12), "--force", "--password-stdin", "--json", input="cli-pass\n")
    assert renewed["renewed"] and renewed["previous"] == serial and renewed["current"]["serialNumber"] != serial
    assert (tmp_path / "ksef-auth.p12.previous").exists()
    ksef.login_certificate(p12, "cli-pass")  # the successor logs in
    ksef("cert", "revoke", serial, "--reason", "Superseded", "--yes")
    statuses = {c["serialNumber"]: c["status"] for c in ksef("cert", "list", "--json")}
    assert statuses[serial] == "Revoked" and statuses[renewed["current"]["serialNumber"]] == "Active"


def test_pem_files_and_a_token_login(ksef: Ksef, world: World, tmp_path: Path) -> None:
    crt, key = tmp_path / "ksef.crt", tmp_path / "ksef.key"
    issued = ksef(
        "cert",
        "enroll",
        "Kasa z CLI",
        "--type",
        "Offline",
        "--pem",
        str(crt),
        "--pem-key",
        str(key),
        "--json",
        input="\n",
    )
    assert issued["type"] == "Offline" and {stat.S_IMODE(os.stat(p).st_mode) for p in (crt, key)} == {0o600}
    auth = ksef(
        "cert",
        "enroll",
        "Logowanie PEM",
        "--algorithm",
        "rsa",
        "--pem",
        str(tmp_path / "a.crt"),
        "--pem-key",
        str(tmp_path / "a.key"),
        "--password-stdin",
        "--json",
        input="pem-pass\n",
    )
    assert auth["keyAlgorithm"] == "rsa"
    ksef.login_certificate(tmp_path / "a.crt", "pem-pass", key=tmp_path / "a.key")
    assert {issued["serialNumber"], auth["serialNumber"]} <= {c["serialNumber"] for c in ksef("cert", "list", "--json")}
    ksef.login_token(world.sandbox.control.issue_ksef_token(world.nip))
    assert {c["serialNumber"] for c in ksef("cert", "list", "--json")} >= {auth["serialNumber"]}


def test_the_ksef_command_refuses_enrollment_after_a_token_login_in_one_line(
    ksef: Ksef, world: World, tmp_path: Path
) -> None:
    from ksef_sdk.cli._errors import ExitCode

    ksef.login_token(world.sandbox.control.issue_ksef_token(world.nip))
    result = ksef.invoke(
        "cert", "enroll", "Po tokenie", "--out", str(tmp_path / "x.p12"), "--password-stdin", input="p\n"
    )
    errors = [line for line in result.stderr.splitlines() if "error" in line.lower()]
    assert result.exit_code == ExitCode.REJECTED and len(errors) == 1 and "25001" in errors[0], result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "x.p12").exists()


def test_bad_arguments_fail_before_anything_is_sent(ksef: Ksef, world: World, tmp_path: Path) -> None:
    from ksef_sdk.cli._errors import ExitCode

    before = sum(world.sandbox.control.call_counts().values())
    for args in (
        ["cert", "enroll", "Dwa pliki", "--out", str(tmp_path / "a.p12"), "--pem", str(tmp_path / "b.crt")],
        ["cert", "enroll", "x", "--out", str(tmp_path / "a.p12")],
        ["cert", "enroll", "Bez hasla", "--out", str(tmp_path / "a.p12")],
        ["cert", "revoke", "0321C82DA41B4362"],
        ["cert", "show", "not-a-serial"],
        ["cert", "renew", str(tmp_path / "seal.p12"), "--password-stdin"],  # wrong password for the file
        ["token", "create", "-P", "Everything", "--description", "Zly token"],
        ["permissions", "grant", "person", "--pesel", "123", "-P", "InvoiceRead", "--first-name", "Jan",
         "--last-name", "Nowak", "--description", "Zly PESEL"],
    ):  # fmt: skip
        result = ksef.invoke(*args, input="not-the-password\n")
        assert result.exit_code == ExitCode.USAGE, (args, result.stderr)
        assert len([line for line in result.stderr.splitlines() if "error" in line]) == 1
    assert sum(world.sandbox.control.call_counts().values()) == before
