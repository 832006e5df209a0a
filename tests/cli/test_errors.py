"""Common mistakes end in one readable line and a documented exit code, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.cli._errors import ExitCode

from .conftest import Company, Ksef, Run, write_invoices

UNKNOWN = "5265877635-20250826-0100001AF629-AF"  # valid checksum, no such invoice


def one_error_line(run: Run) -> str:
    assert run.exception is None or isinstance(run.exception, SystemExit), run.exception
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("ksef: error: ")
    assert "Traceback" not in run.stderr + run.stdout
    return lines[0]


def test_wrong_token_is_an_authentication_failure(ksef: Ksef, company: Company) -> None:
    run = ksef("download", UNKNOWN, env={"KSEF_TOKEN": "not-the-token"})
    assert run.exit_code == ExitCode.AUTH
    line = one_error_line(run)
    assert "status 450" in line
    assert "not-the-token" not in line


def test_bad_nip_is_refused_locally(ksef: Ksef) -> None:
    run = ksef("profile", "add", "firma", "--nip", "1234567890", "--secret-stdin", input="x\n")
    assert run.exit_code == ExitCode.USAGE
    assert "invalid NIP '1234567890'" in one_error_line(run)
    assert ksef("profile", "list", "--json").json() == []


def test_unknown_environment(ksef: Ksef) -> None:
    run = ksef("limits", env={"KSEF_NIP": "5265877635", "KSEF_TOKEN": "t", "KSEF_ENV": "staging"})
    assert run.exit_code == ExitCode.USAGE
    assert "unknown KSeF environment 'staging'" in one_error_line(run)


def test_connection_refused_in_a_real_process(config_dir: Path) -> None:
    """Its own process (no pytest log handlers): the library's retry warnings stay out of the terminal."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "KSEF_CONFIG_DIR": str(config_dir), "KSEF_NIP": "5265877635", "KSEF_TOKEN": "t"}
    env["KSEF_ENV"] = "http://127.0.0.1:9/v2"
    run = subprocess.run(
        [sys.executable, "-m", "ksef_sdk.cli", "limits"], capture_output=True, text=True, env=env, check=False
    )
    assert run.returncode == ExitCode.UNAVAILABLE
    line = one_error_line(Run(run.returncode, run.stdout, run.stderr, None))  # no retry log lines either
    assert "was not sent" in line and "Connection refused" in line


def test_unknown_ksef_number_shows_the_ksef_code(ksef: Ksef, company: Company) -> None:
    run = ksef("download", UNKNOWN)
    assert run.exit_code == ExitCode.REJECTED
    assert "KSeF 400: [21164]" in one_error_line(run)


def test_bad_ksef_number_fails_before_any_request(ksef: Ksef, company: Company, ksef_sandbox: Any) -> None:
    before = ksef_sandbox.control.call_counts()
    run = ksef("download", UNKNOWN[:-2] + "AA")
    assert run.exit_code == ExitCode.USAGE
    assert "checksum is AA, expected AF" in one_error_line(run)
    assert ksef_sandbox.control.call_counts() == before


def test_missing_file(ksef: Ksef, tmp_path: Path) -> None:
    run = ksef("validate", str(tmp_path / "nope.xml"))
    assert run.exit_code == ExitCode.USAGE
    assert one_error_line(run) == f"ksef: error: {tmp_path / 'nope.xml'}: No such file or directory"


def test_xsd_without_schemas(ksef: Ksef, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ksef_sdk.errors import SchemaNotAvailableError
    from ksef_sdk.invoice import checks

    def missing(schema_dir: Any = None) -> Path:
        raise SchemaNotAvailableError("the KSeF invoice schemas were not found; set $KSEF_SCHEMA_DIR")

    monkeypatch.setattr(checks, "find_schema_dir", missing)
    (path,) = write_invoices(tmp_path, "5265877635", 1)
    run = ksef("validate", "--xsd", str(path))
    assert run.exit_code == ExitCode.USAGE
    assert "schemas were not found" in one_error_line(run)


def test_json_mode_reports_the_error_as_json(ksef: Ksef) -> None:
    run = ksef("--json", "-p", "nope", "limits")
    assert run.exit_code == ExitCode.USAGE
    error = run.json()["error"]
    assert error == {"type": "ConfigurationError", "message": error["message"], "exitCode": 2}
    assert "unknown profile 'nope'" in error["message"]


def test_debug_shows_the_traceback(ksef: Ksef) -> None:
    run = ksef("--debug", "-p", "nope", "limits")
    assert run.exit_code != 0
    assert type(run.exception).__name__ == "ConfigurationError"  # raised, not rendered


def test_a_duplicate_is_one_line_not_a_tuple(ksef: Ksef, company: Company, tmp_path: Path) -> None:
    (path,) = write_invoices(tmp_path / "inv", company.nip, 1)
    first = ksef("send", str(path), "--json")
    assert first.exit_code == 0, first.stderr
    number = first.json()["invoices"][0]["ksefNumber"]
    again = ksef("send", str(path))
    assert again.exit_code == 0
    assert f"{path}: {number} (duplicate: already in KSeF)" in again.stdout
    assert "(" + "'" not in again.stdout and "')" not in again.stdout


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        ("InvalidIdentifierError('NIP', 'x', 'bad')", ExitCode.USAGE),
        ("ConfigurationError('x')", ExitCode.USAGE),
        ("InvalidKsefTokenError(450, 'bad token')", ExitCode.AUTH),
        ("AuthenticationTimeoutError(100, 'slow')", ExitCode.UNAVAILABLE),
        ("RequestNotSentError('x')", ExitCode.UNAVAILABLE),
        ("BadRequestError('x', status_code=400)", ExitCode.REJECTED),
        ("UnauthorizedError('x', status_code=401)", ExitCode.AUTH),
        ("ServerError('x', status_code=503)", ExitCode.UNAVAILABLE),
        ("SessionError('x')", ExitCode.REJECTED),
        ("FileNotFoundError(2, 'No such file', 'a.xml')", ExitCode.USAGE),
    ],
)
def test_exit_code_table(exc: str, code: ExitCode) -> None:
    from ksef_sdk import errors
    from ksef_sdk.cli._errors import exit_code_of

    assert exit_code_of(eval(exc, {**vars(errors), "FileNotFoundError": FileNotFoundError})) == code
