from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.cli import main
from ksef_sdk.sessions import invoice_hash
from ksef_sdk.upo import parse_upo

from .conftest import make_invoice


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])  # offline: only the embedded sandbox on loopback
def test_demo_runs_offline_and_saves_upo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["demo", "--out-dir", str(tmp_path)])
    assert info.value.code == 0
    out = capsys.readouterr().out
    (upo_file,) = tmp_path.glob("UPO-*.xml")
    ksef_number = upo_file.stem.removeprefix("UPO-")
    assert f"KSeF number {ksef_number}" in out
    upo = parse_upo(upo_file.read_bytes())
    assert upo.documents[0].ksef_number == ksef_number
    link = next(line for line in out.splitlines() if "KOD I link" in line).split()[-1]
    assert link.startswith("https://qr-test.ksef.mf.gov.pl/invoice/5265877635/")
    assert link.rsplit("/", 1)[-1] == upo.documents[0].invoice_hash.replace("+", "-").replace("/", "_").rstrip("=")


def test_validate_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.xml"
    good.write_bytes(make_invoice())
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"\xef\xbb\xbf" + make_invoice())
    with pytest.raises(SystemExit) as info:
        main(["validate", str(good)])
    assert info.value.code == 0
    with pytest.raises(SystemExit) as info:
        main(["validate", str(good), str(bad)])
    assert info.value.code == 1
    assert "byte order mark" in capsys.readouterr().out


def test_send_command_maps_each_file_to_its_ksef_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, ksef_sandbox: Any
) -> None:
    from .conftest import SELLER

    files = []
    for i in range(3):
        path = tmp_path / f"invoice-{i}.xml"
        path.write_bytes(make_invoice(f"FV/CLI/{uuid.uuid4().hex[:12]}", lines=i + 1))
        files.append(path)
    monkeypatch.setenv("KSEF_ENV", ksef_sandbox.url)
    monkeypatch.setenv("KSEF_NIP", SELLER.nip)
    monkeypatch.setenv("KSEF_TOKEN", ksef_sandbox.control.issue_ksef_token(SELLER.nip))
    with pytest.raises(SystemExit) as info:
        main(["send", *map(str, files), "--upo-dir", str(tmp_path / "upo")])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for path in files:
        line = next(line for line in out.splitlines() if line.startswith(f"{path}:"))
        ksef_number = line.split(": ", 1)[1].strip()
        upo = parse_upo((tmp_path / "upo" / f"UPO-{ksef_number}.xml").read_bytes())
        # the KSeF number printed next to a file is that file's invoice (mapped by reference, not by order)
        assert ksef_sandbox.control.invoice(ksef_number).content == path.read_bytes()
        assert upo.documents[0].invoice_hash == invoice_hash(path.read_bytes())


def test_send_refuses_before_sending_when_a_file_is_invalid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, ksef_sandbox: Any
) -> None:
    good, bad = tmp_path / "good.xml", tmp_path / "bad.xml"
    good.write_bytes(make_invoice(f"FV/CLI/{uuid.uuid4().hex[:12]}"))
    bad.write_bytes(b"<Faktura><unclosed></Faktura>")
    monkeypatch.setenv("KSEF_ENV", ksef_sandbox.url)
    monkeypatch.setenv("KSEF_NIP", "5265877635")
    monkeypatch.setenv("KSEF_TOKEN", "unused-because-nothing-is-sent")
    before = ksef_sandbox.control.call_counts()
    with pytest.raises(SystemExit) as info:
        main(["send", str(good), str(bad)])
    assert info.value.code == 1
    assert f"{bad}: not sent" in capsys.readouterr().out
    assert ksef_sandbox.control.call_counts() == before
