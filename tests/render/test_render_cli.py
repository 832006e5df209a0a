"""``ksef invoice render`` and ``ksef upo render`` through typer's CliRunner: one file or many (with a progress
bar), KSeF numbers from a UPO, KOD II from a PKCS#12 file, one line per failure and no output for it."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
import typer
from ksef_sdk.cli.invoice import app as invoice_app
from ksef_sdk.cli.upo_render import app as upo_app
from ksef_sdk.invoice.builder import build_fa3_invoice
from typer.testing import CliRunner

from tests.invoice.builders import KSEF_NUMBER, every_kind

from .conftest import decoded_codes, ksef_certificate, pdf_text
from .test_render_documents import UPO_SAMPLES

runner = CliRunner()


def upo_command() -> typer.Typer:
    """The upo group as the ksef command mounts it (a one-command typer app alone would drop the name)."""
    root = typer.Typer()
    root.add_typer(upo_app, name="upo")
    return root


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
    result = runner.invoke(
        invoice_app, ["render", str(invoices[0]), "-o", str(out), "--env", "test", "--ksef-number", KSEF_NUMBER]
    )
    assert result.exit_code == 0, result.output
    assert KSEF_NUMBER in pdf_text(out.read_bytes())
    assert "1 of 1 invoices rendered" in result.output


def test_many_invoices_numbered_from_a_upo_and_html(invoices: list[Path], tmp_path: Path) -> None:
    """The UPO maps each file (by its SHA-256) to its KSeF number."""
    digest = base64.b64encode(hashlib.sha256(invoices[1].read_bytes()).digest()).decode()
    upo = UPO_SAMPLES[0].read_bytes()
    from ksef_sdk.upo import parse_upo

    first = parse_upo(upo).documents[0]
    upo = upo.replace(first.invoice_hash.encode(), digest.encode())
    upo_file = write(tmp_path / "upo.xml", upo)
    result = runner.invoke(
        invoice_app,
        ["render", *map(str, invoices), "-o", str(tmp_path / "out"), "--upo", str(upo_file), "--html"],
        env={"KSEF_ENV": "demo"},
    )
    assert result.exit_code == 0, result.output
    pages = {p.name: p.read_text() for p in (tmp_path / "out").iterdir()}
    assert sorted(pages) == ["UPR.html", "VAT.html", "ZAL.html"]
    assert first.ksef_number in pages["UPR.html"] and "qr-demo.ksef.mf.gov.pl" in pages["UPR.html"]
    assert first.ksef_number not in pages["VAT.html"] and "OFFLINE" in pages["VAT.html"]


def test_offline_with_a_pkcs12_certificate(invoices: list[Path], tmp_path: Path) -> None:
    p12 = write(tmp_path / "offline.p12", ksef_certificate("Offline").to_pkcs12("tajne"))
    out = tmp_path / "offline.pdf"
    args = ["render", str(invoices[0]), "-o", str(out), "--env", "test", "--offline", "--certificate", str(p12)]
    result = runner.invoke(invoice_app, args, env={"KSEF_CERTIFICATE_PASSWORD": "tajne"})
    assert result.exit_code == 0, result.output
    codes = decoded_codes(out.read_bytes())
    assert len(codes) == 2 and any("/certificate/Nip/" in c for c in codes)


def test_a_wrong_certificate_type_renders_nothing(invoices: list[Path], tmp_path: Path) -> None:
    p12 = write(tmp_path / "auth.p12", ksef_certificate("Authentication").to_pkcs12())
    out = tmp_path / "x.pdf"
    args = ["render", str(invoices[0]), "-o", str(out), "--env", "test", "--offline", "--certificate", str(p12)]
    result = runner.invoke(invoice_app, args)
    assert result.exit_code == 2 and not out.exists()
    assert "type Offline" in result.output


def test_failures_one_line_each_and_no_partial_output(invoices: list[Path], tmp_path: Path) -> None:
    broken = write(tmp_path / "broken.xml", invoices[0].read_bytes()[:-50])
    invalid = write(tmp_path / "invalid.xml", invoices[0].read_bytes().replace(b"<KodWaluty>PLN", b"<KodWaluty>XXY"))
    out = tmp_path / "out"
    result = runner.invoke(
        invoice_app, ["render", str(invoices[0]), str(broken), str(invalid), "-o", str(out), "--no-qr"]
    )
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["VAT.pdf"]
    lines = result.output.splitlines()
    assert any(line.startswith(f"{broken}: ") and "well-formed" in line for line in lines)
    assert any(line.startswith(f"{invalid}: /Faktura/Fa/KodWaluty: XSD") for line in lines)
    assert "1 of 3 invoices rendered" in result.output


def test_usage_errors(invoices: list[Path], tmp_path: Path) -> None:
    out = str(tmp_path / "o")
    assert runner.invoke(invoice_app, ["render", str(invoices[0]), "-o", out], env={"KSEF_ENV": ""}).exit_code == 2
    many = ["render", *map(str, invoices), "-o", out, "--env", "test", "--ksef-number", KSEF_NUMBER]
    assert runner.invoke(invoice_app, many).exit_code == 2
    assert (
        runner.invoke(invoice_app, ["render", str(invoices[0]), "-o", out, "--env", "test", "--offline"]).exit_code == 2
    )


def test_upo_render(tmp_path: Path) -> None:
    result = runner.invoke(upo_command(), ["upo", "render", *map(str, UPO_SAMPLES[:2]), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.stem + ".pdf" for p in UPO_SAMPLES[:2])
    single = tmp_path / "one.html"
    assert (
        runner.invoke(
            upo_command(), ["upo", "render", str(UPO_SAMPLES[0]), "-o", str(single), "--html", "--lang", "en"]
        ).exit_code
        == 0
    )
    assert "Official Acknowledgement of Receipt" in single.read_text()
    bad = write(tmp_path / "bad.xml", b"<x/>")
    result = runner.invoke(upo_command(), ["upo", "render", str(bad), "-o", str(tmp_path / "bad.pdf")])
    assert result.exit_code == 1 and not (tmp_path / "bad.pdf").exists() and "not a KSeF UPO" in result.output


def test_the_ksef_command_mounts_both(tmp_path: Path) -> None:
    from ksef_sdk.cli._commands import main

    with pytest.raises(SystemExit) as exit_info:
        main(["upo", "render", str(UPO_SAMPLES[0]), "-o", str(tmp_path / "u.pdf")])
    assert exit_info.value.code == 0 and (tmp_path / "u.pdf").read_bytes().startswith(b"%PDF")
