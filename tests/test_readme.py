"""The README's guide is code that runs: its numbered sections are executed against the sandbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"


def guide_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    guide = text[text.index("## Guide") : text.index("## Reliability")]
    return re.findall(r"```python\n(.*?)```", guide, flags=re.DOTALL)


def test_readme_starts_with_the_two_commands() -> None:
    lines = README.read_text(encoding="utf-8").splitlines()
    commands = [line.split("#")[0].strip() for line in lines[:6] if line.startswith("make ")]
    assert commands == ["make demo", "make test"]


def test_readme_guide_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = guide_blocks()
    assert len(blocks) >= 7
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "readme_guide"}
    exec(compile("\n".join(blocks), str(README), "exec"), namespace)  # our own README
    out = capsys.readouterr().out
    ksef_number = namespace["outcome"].ksef_number  # type: ignore[attr-defined]
    assert re.fullmatch(r"5265877635-\d{8}-[0-9A-F]{12}-[0-9A-F]{2}", ksef_number)
    assert (tmp_path / "UPO.xml").read_bytes().startswith(b"<?xml")
    assert (tmp_path / "invoice.pdf").read_bytes().startswith(b"%PDF-")  # section 8: the visualization
    assert (tmp_path / "UPO.pdf").read_bytes().startswith(b"%PDF-")
    assert "400 (21164,) True" in out  # the typed error of section 2
    assert "https://qr-test.ksef.mf.gov.pl/invoice/5265877635/" in out
    assert "50 " in out  # 50 batch invoices succeeded
    assert "2460.00 -246.00" in out  # section 7: the downloaded invoice read back, a correction built
    assert str(namespace["saved"]).startswith('{"nextFrom"')
    assert re.fullmatch(r"5265877635-\d{8}-[0-9A-F]{12}-[0-9A-F]{2}", str(namespace["async_number"]))
    assert namespace["outbox"].status().settled  # type: ignore[attr-defined]
    assert re.search(r"^3 5265877635-\d{8}-[0-9A-F]{12}-[0-9A-F]{2} \d+$", out, flags=re.MULTILINE)
    # section 10: a KSeF certificate enrolled, kept 0600, used to log in and send, renewed; KOD II verified
    assert namespace["ksef_cert"].type == "Authentication"  # type: ignore[attr-defined]
    assert (tmp_path / "ksef-auth.p12").stat().st_mode & 0o777 == 0o600
    assert "https://qr-test.ksef.mf.gov.pl/certificate/Nip/5265877635 True" in out
    assert namespace["renewal"].renewed  # type: ignore[attr-defined]
    assert "('Serwer faktur', 'Authentication', 'Active')" in out
