"""``ksef invoice validate | to-json | from-json`` through typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from ksef_sdk.cli.invoice import app
from ksef_sdk.invoice.builder import build_fa3_invoice
from ksef_sdk.invoice.xmlcompare import canonical
from typer.testing import CliRunner

from .builders import every_kind
from .conftest import FA_SAMPLES, sample_bytes

runner = CliRunner()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_validate_all_valid(tmp_path: Path) -> None:
    files = [str(write(tmp_path, f"{i}.xml", build_fa3_invoice(**kw))) for i, kw in enumerate(every_kind().values())]
    result = runner.invoke(app, ["validate", *files])
    assert result.exit_code == 0, result.output
    assert result.output.count(": ok") == len(files)


def test_validate_reports_each_problem_with_file_and_path(tmp_path: Path) -> None:
    good = write(tmp_path, "good.xml", build_fa3_invoice(**every_kind()["VAT"]))
    totals = write(tmp_path, "totals.xml", good.read_bytes().replace(b"<P_15>2706.14", b"<P_15>2706.15"))
    xsd = write(tmp_path, "xsd.xml", good.read_bytes().replace(b"<KodWaluty>PLN", b"<KodWaluty>XXY"))
    broken = write(tmp_path, "broken.xml", b"<Faktura")
    result = runner.invoke(app, ["validate", str(good), str(totals), str(xsd), str(broken)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"{good}: ok" in lines
    assert any(line.startswith(f"{totals}: /Faktura/Fa/P_15: P_15 is 2706.15") for line in lines)
    assert any(line.startswith(f"{xsd}: /Faktura/Fa/KodWaluty: XSD:") for line in lines)
    assert any(line.startswith(f"{broken}: line 1: not well-formed XML") for line in lines)


def test_validate_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.xml")])
    assert result.exit_code == 2


def test_to_json_then_from_json_reproduces_the_invoice(tmp_path: Path) -> None:
    for name in FA_SAMPLES:
        xml = write(tmp_path, name, sample_bytes(name))
        out = runner.invoke(app, ["to-json", str(xml)])
        assert out.exit_code == 0, out.output
        assert json.loads(out.stdout)["document"]["Naglowek"]
        back = runner.invoke(app, ["from-json", str(write(tmp_path, name + ".json", out.stdout_bytes))])
        assert back.exit_code == 0, back.output
        assert canonical(back.stdout_bytes) == canonical(
            runner.invoke(app, ["from-json", "-"], input=out.stdout).stdout_bytes
        )
        if "rr" not in name:  # FA_RR's P_9 "7.0" comes back as "7" (see test_document_roundtrip)
            assert canonical(back.stdout_bytes) == canonical(sample_bytes(name))


def test_to_json_and_from_json_errors(tmp_path: Path) -> None:
    bad = runner.invoke(app, ["to-json", str(write(tmp_path, "x.xml", b"<a/>"))])
    assert bad.exit_code == 1 and "/a" in bad.output
    for text in (b"{", b'{"formCode": "FA (9)", "document": {}}', b'{"formCode": "FA (3)", "document": {"Fa": 1}}'):
        result = runner.invoke(app, ["from-json", str(write(tmp_path, "x.json", text))])
        assert result.exit_code == 1, result.output


def test_mounted_on_the_ksef_command(tmp_path: Path) -> None:
    import pytest
    from ksef_sdk.cli import main

    path = write(tmp_path, "good.xml", build_fa3_invoice(**every_kind()["VAT"]))
    with pytest.raises(SystemExit) as info:
        main(["invoice", "validate", str(path)])
    assert info.value.code == 0
