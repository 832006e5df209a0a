"""``ksef status``, ``sessions``, ``upo``, ``download``, ``limits``, ``export`` and ``sync`` against the sandbox."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.cli._errors import ExitCode
from ksef_sdk.identifiers import random_nip
from ksef_sdk.invoice import Party
from ksef_sdk.upo import parse_upo

from .conftest import Company, Ksef, write_invoices


@pytest.fixture
def sent(ksef: Ksef, company: Company, tmp_path: Path) -> dict[str, Any]:
    files = write_invoices(tmp_path / "inv", company.nip, 2)
    run = ksef("send", *map(str, files), "--json")
    assert run.exit_code == 0, run.stderr
    data: dict[str, Any] = run.json()
    return data


def test_status_of_a_session_and_of_one_invoice(ksef: Ksef, sent: dict[str, Any]) -> None:
    ref = sent["sessions"][0]["referenceNumber"]
    run = ksef("status", ref, "--json")
    assert run.exit_code == 0, run.stderr
    data = run.json()
    assert data["status"]["code"] == 200 and data["status"]["successfulInvoiceCount"] == 2
    assert sorted(i["ksefNumber"] for i in data["invoices"]) == sorted(i["ksefNumber"] for i in sent["invoices"])
    invoice_ref = sent["invoices"][0]["result"]["referenceNumber"]
    one = ksef("status", ref, invoice_ref)
    assert one.exit_code == 0 and sent["invoices"][0]["ksefNumber"] in one.stdout
    human = ksef("status", ref)
    assert "accepted 2, failed 0" in human.stdout
    bad = ksef("status", "20261201-SO-XYZ")
    assert bad.exit_code == ExitCode.USAGE and "reference number" in bad.stderr


def test_sessions_lists_the_recent_ones(ksef: Ksef, sent: dict[str, Any]) -> None:
    run = ksef("sessions", "--json")
    assert run.exit_code == 0, run.stderr
    assert sent["sessions"][0]["referenceNumber"] in [s["referenceNumber"] for s in run.json()]


def test_upo_of_an_invoice_and_of_the_session(ksef: Ksef, sent: dict[str, Any], tmp_path: Path) -> None:
    ref = sent["sessions"][0]["referenceNumber"]
    number = sent["invoices"][1]["ksefNumber"]
    run = ksef("upo", "--json", ref, number, "--out", str(tmp_path / "u1"))  # `get` by default, options first
    assert run.exit_code == 0, run.stderr
    (saved,) = run.json()["saved"]
    assert parse_upo(Path(saved["file"]).read_bytes()).documents[0].ksef_number == number
    run = ksef("upo", "get", ref, "--out", str(tmp_path / "u2"), "--json")
    assert run.exit_code == 0, run.stderr
    numbers = [n for page in run.json()["saved"] for n in page["ksefNumbers"]]
    assert sorted(numbers) == sorted(i["ksefNumber"] for i in sent["invoices"])


def test_download_saves_the_exact_bytes_and_reports_each_number(
    ksef: Ksef, sent: dict[str, Any], tmp_path: Path
) -> None:
    numbers = [i["ksefNumber"] for i in sent["invoices"]]
    unknown = "5265877635-20250826-0100001AF629-AF"
    run = ksef("download", *numbers, unknown, "--out", str(tmp_path / "dl"), "--json")
    assert run.exit_code == ExitCode.FAILED  # one of three could not be had
    results = {r["ksefNumber"]: r for r in run.json()["invoices"]}
    for item in sent["invoices"]:
        assert Path(results[item["ksefNumber"]]["file"]).read_bytes() == Path(item["file"]).read_bytes()
    assert "[21164]" in results[unknown]["error"]


def test_limits(ksef: Ksef, company: Company) -> None:
    run = ksef("limits", "--json")
    assert run.exit_code == 0, run.stderr
    data = run.json()
    assert data["context"]["onlineSession"]["maxInvoices"] > 0
    assert data["rateLimits"]["invoiceSend"]["perMinute"] > 0
    assert "rate limits" in ksef("limits").stdout


def test_export_and_resumable_sync_of_purchase_invoices(
    ksef: Ksef, company: Company, tmp_path: Path, ksef_sandbox: Any
) -> None:
    buyer_nip = random_nip()
    buyer = Party(buyer_nip, "Kupujący sp. z o.o.", "ul. Nowa 3, 00-002 Warszawa")
    first = write_invoices(tmp_path / "batch1", company.nip, 3, buyer=buyer)
    assert ksef("send", str(tmp_path / "batch1")).exit_code == 0
    ksef_sandbox.control.settle()  # KSeF lists an invoice once it is permanently stored and below the HWM
    token = ksef_sandbox.control.issue_ksef_token(buyer_nip)
    add = ksef("profile", "add", "buyer", "--nip", buyer_nip, "--env", ksef_sandbox.url, "--secrets", "file",
               "--secret-stdin", input=token + "\n")  # fmt: skip
    assert add.exit_code == 0, add.stderr
    since = (dt.date.today() - dt.timedelta(days=1)).isoformat()

    export = ksef("-p", "buyer", "export", str(tmp_path / "export"), "--from", since, "--json")
    assert export.exit_code == 0, export.stderr
    assert export.json()["invoiceCount"] == 3
    assert (tmp_path / "export" / "_metadata.json").exists()

    needs_start = ksef("-p", "buyer", "sync", str(tmp_path / "purchases"))
    assert needs_start.exit_code == ExitCode.USAGE and "--since" in needs_start.stderr
    run = ksef("-p", "buyer", "sync", str(tmp_path / "purchases"), "--since", since, "--json")
    assert run.exit_code == 0, run.stderr
    data = run.json()
    assert data["saved"] == 3 and data["complete"]
    contents = sorted(Path(f).read_bytes() for f in data["files"])
    assert contents == sorted(p.read_bytes() for p in first)
    state = Path(data["state"])
    assert state.exists() and state.stat().st_mode & 0o077 == 0

    again = ksef("-p", "buyer", "sync", str(tmp_path / "purchases"), "--json")  # continues from the state
    assert again.exit_code == 0 and again.json()["saved"] == 0
    write_invoices(tmp_path / "batch2", company.nip, 2, buyer=buyer)
    assert ksef("send", str(tmp_path / "batch2")).exit_code == 0
    ksef_sandbox.control.settle()
    newer = ksef("-p", "buyer", "sync", str(tmp_path / "purchases"), "--json")
    assert newer.exit_code == 0 and newer.json()["saved"] == 2
    assert len(list((tmp_path / "purchases").glob("*.xml"))) == 5
