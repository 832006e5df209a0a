"""``ksef invoice render`` and ``ksef upo render`` through the ``ksef`` command (typer's CliRunner): one file or
many, KSeF numbers from a UPO, KOD II from a PKCS#12 file, ``--json``, one line per failure and no output for it."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.cli._app import build_app
from ksef_sdk.invoice.builder import build_fa3_invoice
from ksef_sdk.upo import parse_upo
from typer.testing import CliRunner

from tests.invoice.builders import KSEF_NUMBER, every_kind

from .conftest import decoded_codes, ksef_certificate, pdf_text
from .test_render_documents import UPO_SAMPLES

runner = CliRunner()


def ksef(*args: str, env: dict[str, str] | None = None) -> Any:
    """``ksef ARGS`` in-process, with an empty config directory and no KSeF variables unless given."""
    clean = {"KSEF_ENV": "", "KSEF_PROFILE": "", "KSEF_NIP": "", "KSEF_TOKEN": "", "KSEF_CERTIFICATE_PASSWORD": ""}
    return runner.invoke(build_app(), list(args), env={**clean, **(env or {})})


@pytest.fixture(autouse=True)
def _config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KSEF_CONFIG_DIR", str(tmp_path / "config"))


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def invoices(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("invoices")
    kinds = ("VAT", "UPR", "ZAL")
    return [write(folder / f"{kind}.xml", build_fa3_invoice(**every_kind()[kind])) for kind in kinds]


def test_one_invoice_with_its_ksef_number(invoices: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "faktura.pdf"
    result = ksef("invoice", "render", str(invoices[0]), "-o", str(out), "--env", "test", "--ksef-number", KSEF_NUMBER)
    assert result.exit_code == 0, result.output
    assert KSEF_NUMBER in pdf_text(out.read_bytes())
    assert "1 of 1 invoices rendered" in result.stdout


def test_many_invoices_numbered_from_a_upo_as_html_with_json(invoices: list[Path], tmp_path: Path) -> None:
    """The UPO maps each file (by its SHA-256) to its KSeF number; KSEF_ENV gives the QR host."""
    digest = base64.b64encode(hashlib.sha256(invoices[1].read_bytes()).digest()).decode()
    upo = UPO_SAMPLES[0].read_bytes()
    first = parse_upo(upo).documents[0]
    upo_file = write(tmp_path / "upo.xml", upo.replace(first.invoice_hash.encode(), digest.encode()))
    out = tmp_path / "out"
    args = ["invoice", "render", *map(str, invoices), "-o", str(out), "--upo", str(upo_file), "--html", "--json"]
    result = ksef(*args, env={"KSEF_ENV": "demo"})
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["failed"] == [] and [r["output"] for r in report["rendered"]] == [
        str(out / f"{p.stem}.html") for p in invoices
    ]
    pages = {p.name: p.read_text() for p in out.iterdir()}
    assert first.ksef_number in pages["UPR.html"] and "qr-demo.ksef.mf.gov.pl" in pages["UPR.html"]
    assert first.ksef_number not in pages["VAT.html"] and "OFFLINE" in pages["VAT.html"]


def test_offline_with_a_pkcs12_certificate(invoices: list[Path], tmp_path: Path) -> None:
    p12 = write(tmp_path / "offline.p12", ksef_certificate("Offline").to_pkcs12("tajne"))
    out = tmp_path / "offline.pdf"
    args = ["invoice", "render", str(invoices[0]), "-o", str(out), "--env", "test", "--offline"]
    result = ksef(*args, "--certificate", str(p12), env={"KSEF_CERTIFICATE_PASSWORD": "tajne"})
    assert result.exit_code == 0, result.output
    codes = decoded_codes(out.read_bytes())
    assert len(codes) == 2 and any("/certificate/Nip/5265877635/5265877635/" in c for c in codes)


def test_a_wrong_certificate_type_renders_nothing(invoices: list[Path], tmp_path: Path) -> None:
    p12 = write(tmp_path / "auth.p12", ksef_certificate("Authentication").to_pkcs12())
    out = tmp_path / "x.pdf"
    args = ["invoice", "render", str(invoices[0]), "-o", str(out), "--env", "test", "--offline"]
    result = ksef(*args, "--certificate", str(p12))
    assert result.exit_code == 2 and not out.exists()
    assert "type Offline" in result.output


def test_failures_one_line_each_and_no_partial_output(invoices: list[Path], tmp_path: Path) -> None:
    broken = write(tmp_path / "broken.xml", invoices[0].read_bytes()[:-50])
    invalid = write(tmp_path / "invalid.xml", invoices[0].read_bytes().replace(b"<KodWaluty>PLN", b"<KodWaluty>XXY"))
    out = tmp_path / "out"
    result = ksef("invoice", "render", str(invoices[0]), str(broken), str(invalid), "-o", str(out), "--no-qr")
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["VAT.pdf"]
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{broken}: ") and "well-formed" in line for line in lines), lines
    assert any(line.startswith(f"{invalid}: /Faktura/Fa/KodWaluty: XSD") for line in lines), lines
    assert "1 of 3 invoices rendered" in result.stdout


def test_usage_errors(invoices: list[Path], tmp_path: Path) -> None:
    out = str(tmp_path / "o")
    no_env = ksef("invoice", "render", str(invoices[0]), "-o", out)
    assert no_env.exit_code == 2 and "--env" in no_env.output
    many = ["invoice", "render", *map(str, invoices), "-o", out, "--env", "test", "--ksef-number", KSEF_NUMBER]
    assert ksef(*many).exit_code == 2
    assert ksef("invoice", "render", str(invoices[0]), "-o", out, "--env", "test", "--offline").exit_code == 2
    assert ksef("invoice", "render", str(invoices[0]), "-o", out, "--env", "mars").exit_code == 2


def test_upo_render(tmp_path: Path) -> None:
    result = ksef("upo", "render", *map(str, UPO_SAMPLES[:2]), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == sorted(
        p.stem + ".pdf" for p in UPO_SAMPLES[:2]
    )
    single = tmp_path / "one.html"
    assert ksef("upo", "render", str(UPO_SAMPLES[0]), "-o", str(single), "--html", "--lang", "en").exit_code == 0
    assert "Official Acknowledgement of Receipt" in single.read_text()
    bad = write(tmp_path / "bad.xml", b"<x/>")
    result = ksef("upo", "render", str(bad), "-o", str(tmp_path / "bad.pdf"))
    assert result.exit_code == 1 and not (tmp_path / "bad.pdf").exists() and "not a KSeF UPO" in result.stdout
