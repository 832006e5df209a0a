"""Profiles in TOML under the config directory; secrets in the OS keyring or a private file, never echoed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ksef_sdk.cli._errors import ExitCode
from ksef_sdk.crypto.testcerts import personal_certificate

from .conftest import Ksef

NIP = "5265877635"


def test_add_list_show_default_remove_with_the_keyring(
    ksef: Ksef, config_dir: Path, memory_keyring: dict[tuple[str, str], str]
) -> None:
    run = ksef("profile", "add", "firma", "--nip", NIP, "--env", "demo", "--secret-stdin", input="SECRET-TOKEN\n")
    assert run.exit_code == 0, run.stderr
    assert memory_keyring == {("ksef-sdk", "firma/ksef-token"): "SECRET-TOKEN"}
    text = (config_dir / "profiles.toml").read_text()
    assert 'default = "firma"' in text and "[profiles.firma]" in text and "SECRET" not in text
    assert ksef("profile", "add", "druga", "--nip", "1111111111", "--secret-stdin", input="T2\n").exit_code == 0
    listed = ksef("profile", "list", "--json").json()
    assert [(p["name"], p["default"]) for p in listed] == [("druga", False), ("firma", True)]
    shown = ksef("profile", "show", "firma", "--json").json()
    assert shown["environment"] == "demo" and shown["secretStored"] is True
    assert "SECRET-TOKEN" not in ksef("profile", "show", "firma").stdout
    assert ksef("profile", "default", "druga").exit_code == 0
    assert ksef("profile", "show", "--json").json()["name"] == "druga"
    assert ksef("profile", "secret", "druga", "--secret-stdin", input="T3\n").exit_code == 0
    assert memory_keyring[("ksef-sdk", "druga/ksef-token")] == "T3"
    assert ksef("profile", "remove", "druga").exit_code == 0
    assert ("ksef-sdk", "druga/ksef-token") not in memory_keyring
    missing = ksef("-p", "druga", "limits")
    assert missing.exit_code == ExitCode.USAGE and "unknown profile 'druga' (profiles: firma" in missing.stderr


def test_a_token_is_required_and_never_an_argument(ksef: Ksef, memory_keyring: Any) -> None:
    run = ksef("profile", "add", "firma", "--nip", NIP, input="")
    assert run.exit_code == ExitCode.USAGE and "needs a ksef-token" in run.stderr
    env = ksef("profile", "add", "firma", "--nip", NIP, env={"KSEF_TOKEN": "FROM-ENV"})
    assert env.exit_code == 0 and memory_keyring[("ksef-sdk", "firma/ksef-token")] == "FROM-ENV"


def test_no_keyring_points_at_the_file_store(ksef: Ksef) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        run = ksef("profile", "add", "firma", "--nip", NIP, "--secret-stdin", input="T\n")
    finally:
        keyring.set_keyring(previous)
    assert run.exit_code == ExitCode.USAGE
    assert "the OS keyring is not usable here" in run.stderr and "--secrets file" in run.stderr


def test_the_secrets_file_is_private_and_refused_when_not(ksef: Ksef, config_dir: Path) -> None:
    run = ksef("profile", "add", "srv", "--nip", NIP, "--secrets", "file", "--secret-stdin", input="FILE-TOKEN\n")
    assert run.exit_code == 0, run.stderr
    secrets = config_dir / "secrets.toml"
    assert secrets.stat().st_mode & 0o777 == 0o600
    assert (config_dir.stat().st_mode & 0o077) == 0
    assert ksef("profile", "show", "srv", "--json").json()["secretStored"] is True
    os.chmod(secrets, 0o644)
    run = ksef("profile", "show", "srv")
    assert run.exit_code == ExitCode.USAGE
    assert f"refusing to read {secrets}: others may read it (mode 0644)" in run.stderr
    assert "FILE-TOKEN" not in run.stderr + run.stdout


def test_a_broken_profiles_file_is_one_line(ksef: Ksef, config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "profiles.toml").write_text('[profiles.x]\nnip = "5265877635"\nenviroment = "test"\n')
    run = ksef("profile", "list")
    assert run.exit_code == ExitCode.USAGE and "unknown setting(s) enviroment" in run.stderr
    (config_dir / "profiles.toml").write_text("[profiles.x\n")
    assert "is not valid TOML" in ksef("profile", "list").stderr


def test_xades_profile_with_a_pkcs12_file_logs_in(ksef: Ksef, tmp_path: Path, ksef_sandbox: Any) -> None:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    cert = personal_certificate(given_name="Jan", surname="Kowalski", nip=NIP)
    p12 = tmp_path / "jan.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"jan", cert.private_key, cert.certificate, None, BestAvailableEncryption(b"pass")
        )
    )
    args = ["profile", "add", "jan", "--nip", NIP, "--env", ksef_sandbox.url, "--login", "xades"]
    args += ["--certificate", str(p12), "--secrets", "file", "--secret-stdin"]
    wrong = ksef(*args, input="nope\n")
    assert wrong.exit_code == ExitCode.USAGE and "cannot load the signing key" in wrong.stderr
    assert ksef(*args, input="pass\n").exit_code == 0
    check = ksef("profile", "check", "jan", "--json")
    assert check.exit_code == 0, check.stderr
    assert check.json()["nip"] == NIP and check.json()["accessValidUntil"]
