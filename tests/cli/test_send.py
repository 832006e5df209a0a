"""``ksef send``: online for a few files, a batch session for many; results per file; nothing invalid sent."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from ksef_sdk.cli._errors import ExitCode
from ksef_sdk.cli.send import online_limit
from ksef_sdk.sessions import invoice_hash
from ksef_sdk.upo import parse_upo

from .conftest import Company, Ksef, write_invoices


def test_a_few_files_go_online_each_mapped_to_its_ksef_number(
    ksef: Ksef, company: Company, tmp_path: Path, ksef_sandbox: Any
) -> None:
    files = write_invoices(tmp_path / "inv", company.nip, 3)
    run = ksef("send", *map(str, files), "--upo-dir", str(tmp_path / "upo"))
    assert run.exit_code == 0, run.stderr
    assert "online session" in run.stdout and "3 of 3 accepted" in run.stdout
    for path in files:
        line = next(line for line in run.stdout.splitlines() if line.startswith(f"{path}:"))
        number = line.split(": ", 1)[1].strip()
        assert ksef_sandbox.control.invoice(number).content == path.read_bytes()  # that file's number
        upo = parse_upo((tmp_path / "upo" / f"UPO-{number}.xml").read_bytes())
        assert upo.documents[0].invoice_hash == invoice_hash(path)


def test_a_folder_above_the_online_limit_goes_in_one_batch_session(
    ksef: Ksef, company: Company, tmp_path: Path, ksef_sandbox: Any
) -> None:
    count = online_limit() + 10
    files = write_invoices(tmp_path / "inv", company.nip, count)
    before = ksef_sandbox.control.call_counts()
    started = time.monotonic()
    run = ksef("send", str(tmp_path / "inv"), "--json", "--upo-dir", str(tmp_path / "upo"))
    elapsed = time.monotonic() - started
    assert run.exit_code == 0, run.stderr
    data = run.json()
    assert [s["mode"] for s in data["sessions"]] == ["batch"]
    assert len(data["invoices"]) == count and all(i["ok"] for i in data["invoices"])
    by_file = {i["file"]: i["ksefNumber"] for i in data["invoices"]}
    for path in files:
        assert ksef_sandbox.control.invoice(by_file[str(path)]).content == path.read_bytes()
    after = ksef_sandbox.control.call_counts()
    assert after.get("POST /sessions/batch", 0) - before.get("POST /sessions/batch", 0) == 1
    assert after.get("POST /sessions/online", 0) == before.get("POST /sessions/online", 0)
    assert data["upo"] and all(Path(p).exists() for p in data["upo"])
    assert elapsed < 60  # the online limits would take minutes; the timing goal lives in benchmarks/


def test_mode_online_is_honoured_and_pef_never_goes_in_a_batch(ksef: Ksef, company: Company, tmp_path: Path) -> None:
    files = write_invoices(tmp_path / "inv", company.nip, 2)
    run = ksef("send", *map(str, files), "--mode", "online", "--json")
    assert run.exit_code == 0, run.stderr
    assert [s["mode"] for s in run.json()["sessions"]] == ["online"]
    bad = ksef("send", str(files[0]), "--mode", "sideways")
    assert bad.exit_code == ExitCode.USAGE and "--mode must be one of" in bad.stderr


def test_nothing_is_sent_while_a_file_is_invalid(
    ksef: Ksef, company: Company, tmp_path: Path, ksef_sandbox: Any
) -> None:
    (good,) = write_invoices(tmp_path / "inv", company.nip, 1)
    bad = tmp_path / "inv" / "bad.xml"
    bad.write_bytes(b"\xef\xbb\xbf" + good.read_bytes())
    before = ksef_sandbox.control.call_counts()
    run = ksef("send", str(tmp_path / "inv"))
    assert run.exit_code == ExitCode.FAILED
    assert f"{bad}: not sent" in run.stdout and "byte order mark" in run.stdout
    assert ksef_sandbox.control.call_counts() == before
    run = ksef("send", str(tmp_path / "inv"), "--skip-invalid", "--json")
    assert run.exit_code == ExitCode.FAILED  # the invalid one still counts as not accepted
    data = run.json()
    assert [i["file"] for i in data["invoices"]] == [str(good)] and data["invoices"][0]["ok"]
    assert [i["file"] for i in data["invalid"]] == [str(bad)]


def test_a_rejected_invoice_shows_code_and_description(
    ksef: Ksef, company: Company, tmp_path: Path, ksef_sandbox: Any
) -> None:
    import re

    from .conftest import make_invoice

    path = tmp_path / "bad-date.xml"  # well-formed (passes the local checks without --xsd), not schema-valid
    path.write_bytes(re.sub(rb"<P_1>[^<]*</P_1>", b"<P_1>yesterday</P_1>", make_invoice(company.nip)))
    run = ksef("send", str(path), "--json")
    assert run.exit_code == ExitCode.FAILED, run.stdout + run.stderr
    (invoice,) = run.json()["invoices"]
    assert invoice["ok"] is False
    assert invoice["error"].startswith(f"[{invoice['result']['status']['code']}] ")


def test_a_kept_batch_work_dir_is_resumed_to_the_same_results(ksef: Ksef, company: Company, tmp_path: Path) -> None:
    write_invoices(tmp_path / "inv", company.nip, online_limit() + 1)
    work = tmp_path / "work"
    sent = ksef("send", str(tmp_path / "inv"), "--work-dir", str(work), "--json")
    assert sent.exit_code == 0, sent.stderr
    assert (work / "manifest.json").exists()
    resumed = ksef("resume", str(work), "--json")
    assert resumed.exit_code == 0, resumed.stderr
    data = resumed.json()
    assert data["referenceNumber"] == sent.json()["sessions"][0]["referenceNumber"]
    numbers = sorted(i["ksefNumber"] for i in data["invoices"])
    assert numbers == sorted(i["ksefNumber"] for i in sent.json()["invoices"])
