"""The certificate commands in the ``ksef`` frame: profiles log in with a seal (``xades``), then with the KSeF
certificate it obtained (``ksef-certificate``), PKCS#12 or PEM; errors are one line with the frame's exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from certs_helpers import World
from typer.testing import CliRunner


class Ksef:
    def __init__(self, config: Path) -> None:
        from ksef_sdk.cli._app import build_app

        self.app = build_app()
        self.runner = CliRunner()
        self.config = config

    def __call__(self, *args: str, input: str | None = None, code: int = 0) -> Any:
        result = self.runner.invoke(self.app, list(args), input=input, env={"KSEF_CONFIG_DIR": str(self.config)})
        assert result.exit_code == code, (args, result.exit_code, result.stdout, result.stderr, result.exception)
        return json.loads(result.stdout) if "--json" in args and code == 0 else result


@pytest.fixture
def ksef(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ksef:
    for name in ("KSEF_TOKEN", "KSEF_NIP", "KSEF_ENV", "KSEF_PROFILE", "KSEF_CERTIFICATE_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return Ksef(tmp_path / "config")


def test_profiles_log_in_with_the_seal_then_with_the_ksef_certificate(ksef: Ksef, world: World, tmp_path: Path) -> None:
    seal = tmp_path / "seal.p12"
    seal.write_bytes(world.seal.to_pkcs12("seal-pass"))
    env = world.env.api_base
    ksef("profile", "add", "pieczec", "--nip", world.nip, "--env", env, "--login", "xades", "--certificate", str(seal),
         "--secrets", "file", "--secret-stdin", input="seal-pass\n")  # fmt: skip
    p12 = tmp_path / "ksef-auth.p12"
    issued = ksef("-p", "pieczec", "cert", "enroll", "Serwer z profilu", "--out", str(p12), "--password-stdin",
                  "--json", input="cert-pass\n")  # fmt: skip
    ksef("profile", "add", "certyfikat", "--nip", world.nip, "--env", env, "--login", "ksef-certificate",
         "--certificate", str(p12), "--secrets", "file", "--secret-stdin", input="cert-pass\n")  # fmt: skip
    listed = ksef("-p", "certyfikat", "cert", "list", "--json")
    assert issued["serialNumber"] in {c["serialNumber"] for c in listed}
    new = ksef("-p", "certyfikat", "token", "create", "-P", "InvoiceRead", "--description", "Token z profilu", "--json")
    assert new["status"] == "Active"
    ksef("-p", "pieczec", "cert", "revoke", issued["serialNumber"], "--yes")
    refused = ksef("-p", "certyfikat", "cert", "list", code=3)  # authentication refused: the frame's exit code
    assert "Certyfikat odwołany" in refused.stderr and refused.stderr.count("\n") == 1
