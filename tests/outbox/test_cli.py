"""``ksef outbox``: add, run with worker processes, status - and clear errors for bad stores."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.cli.outbox import app
from ksef_sdk.identifiers import random_nip
from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice
from typer.testing import CliRunner

runner = CliRunner()


def _write(directory: Path, nip: str, count: int) -> None:
    directory.mkdir()
    for i in range(count):
        (directory / f"fv-{i}.xml").write_bytes(
            build_fa3_invoice(
                seller=Party(nip, "S", "ul. Prosta 1, 00-001 Warszawa"),
                buyer=Party("1111111111", "B", "ul. Krzywa 2, 30-001 Kraków"),
                invoice_number=f"CLI/{i}",
                issue_date=dt.date.today(),
                lines=[InvoiceLine("x", quantity=1, unit_net_price="1.00")],
            )
        )


def test_add_run_status(ksef_sandbox: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nip = random_nip()
    _write(tmp_path / "in", nip, 5)
    (tmp_path / "in" / "broken.xml").write_bytes(b"<Faktura>")
    store = f"sqlite:///{tmp_path / 'o.db'}"
    result = runner.invoke(app, ["add", str(tmp_path / "in"), "--store", store])
    assert result.exit_code == 1 and "queued 5, already queued 0, invalid 1" in result.output
    assert "broken.xml: not queued" in result.output
    monkeypatch.setenv("KSEF_ENV", ksef_sandbox.url)
    monkeypatch.setenv("KSEF_TOKEN", ksef_sandbox.control.issue_ksef_token(nip))
    monkeypatch.setenv("KSEF_NIP", nip)
    result = runner.invoke(
        app, ["run", "--workers", "2", "--store", store, "--batch-threshold", "3", "--lease", "5", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["status", "--store", store, "--json"])
    status = json.loads(result.output)
    assert status["counts"]["done"] == 5 and status["settled"] and status["liveWorkers"] == 0


def test_bad_stores_fail_clearly_and_claim_nothing(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"garbage, not SQLite" * 50)
    result = runner.invoke(app, ["status", "--store", str(corrupt)])
    assert result.exit_code == 2 and "not a readable ksef_sdk store" in result.output
    result = runner.invoke(app, ["status", "--store", "postgresql://ksef@127.0.0.1:1/ksef"])
    assert result.exit_code == 2 and "cannot connect" in result.output
    result = runner.invoke(app, ["run", "--store", str(tmp_path / "o.db")], env={"KSEF_TOKEN": "", "KSEF_NIP": ""})
    assert result.exit_code == 2 and "KSEF_TOKEN" in result.output
