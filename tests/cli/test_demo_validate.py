"""``ksef demo`` (offline) and ``ksef validate`` (the form told by the root element)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ksef_sdk.cli import main
from ksef_sdk.upo import parse_upo

from .conftest import Ksef, make_invoice


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


def test_validate_files_and_folders(ksef: Ksef, tmp_path: Path) -> None:
    good = tmp_path / "good.xml"
    good.write_bytes(make_invoice("5265877635"))
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"\xef\xbb\xbf" + make_invoice("5265877635"))
    run = ksef("validate", str(good))
    assert run.exit_code == 0 and f"ok   {good} (FA (3))" in run.stdout
    run = ksef("validate", str(tmp_path), "--json")  # a folder: every *.xml in it
    assert run.exit_code == 1
    files = {f["file"]: f for f in run.json()["files"]}
    assert files[str(good)]["ok"] and "byte order mark" in files[str(bad)]["error"]


def test_validate_tells_every_official_form_by_its_root(ksef: Ksef, shared_ksef: Path) -> None:
    run = ksef("validate", str(shared_ksef / "samples"), "--json")  # templates: placeholders fail the XSD
    assert run.exit_code == 0, run.stdout
    forms = {Path(f["file"]).name: f["formCode"] for f in run.json()["files"]}
    assert forms["invoice-template-fa-2.xml"] == "FA (2)"
    assert forms["invoice-template-fa-rr-1.xml"] == "FA_RR (1)"
    assert forms["invoice-template-fa-3-pef.xml"] == "PEF (3)"
    assert forms["invoice-template-fa-3-pef-correction.xml"] == "PEF_KOR (3)"
    assert forms["invoice-template-fa-3.xml"] == "FA (3)"
    forced = ksef("validate", str(shared_ksef / "samples" / "invoice-template-fa-2.xml"), "--form", "FA (3)")
    assert forced.exit_code == 1 and "expects" in forced.stdout
