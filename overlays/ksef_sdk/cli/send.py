"""``ksef send FILE|FOLDER...``: send invoices, online or in a batch session chosen by volume, with progress.

Every file is checked locally first (form told by its root element unless ``--form``; ``--xsd`` adds the
schema); nothing is sent while a file is invalid (``--skip-invalid`` sends the valid ones). Files are grouped
by form code, one session per form. A group of up to :func:`online_limit` files (what KSeF accepts per
minute in an online session, the spec's ``x-rate-limits``: 30) goes online; a larger one goes in one batch
session (``ksef_sdk.batch.send_batch``: one archive, parallel part uploads) - 200 invoices take seconds
instead of the hour the online limits (30/min, 180/h) impose. PEF forms are online only. ``--mode`` forces it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from ksef_sdk.cli._errors import ExitCode
from ksef_sdk.cli._invoices import FORM_HELP, InvoiceFile, check_file, collect_files, form_option, result_json
from ksef_sdk.cli._runtime import Cli, JsonOption, ProfileOption, command_context

if TYPE_CHECKING:
    from ksef_sdk.invoice.checks import FormCode
    from ksef_sdk.sessions import InvoiceResult

__all__ = ["app", "online_limit"]

app = typer.Typer()
MODES = ("auto", "online", "batch")
BATCH_MAX = 10_000  # invoices per batch session (sesja-wsadowa.md)


def online_limit() -> int:
    """Files sent online at most in ``auto`` mode: the per-minute limit of the online send operation."""
    from ksef_api._tables import RATE_LIMITS

    return RATE_LIMITS["POST /sessions/online/{referenceNumber}/invoices"]["perMinute"]


@dataclass
class Row:
    """One file's end: its KSeF number, or why not."""

    file: str
    result: InvoiceResult | None = None
    error: str | None = None

    @property
    def ksef_number(self) -> str | None:
        if self.result is None:
            return None
        return self.result.ksef_number if self.result.ok else self.result.original_ksef_number

    @property
    def ok(self) -> bool:
        return self.ksef_number is not None

    def text(self) -> str:
        from ksef_sdk.cli._invoices import result_text

        if self.result is not None and self.result.ok:
            return str(self.result.ksef_number)
        if self.result is not None and self.ok:
            return f"{self.ksef_number} (duplicate: already in KSeF)"
        if self.result is not None:
            return result_text(self.result)
        return self.error or "no result"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"file": self.file, "ok": self.ok, "ksefNumber": self.ksef_number}
        data["duplicate"] = bool(self.result is not None and not self.result.ok and self.ok)
        data["error"] = None if self.ok else self.text()
        data["result"] = result_json(self.result) if self.result is not None else None
        return data


@dataclass
class SessionReport:
    reference_number: str
    mode: str
    form: str
    rows: list[Row] = field(default_factory=list)
    upo_files: list[str] = field(default_factory=list)


def _online(cli: Cli, client: Any, form: FormCode, files: Sequence[InvoiceFile], upo_dir: Path | None) -> SessionReport:
    from ksef_sdk.sessions import OnlineSession

    with cli.out.progress() as progress:
        task = progress.add_task(f"online {form.system_code}: sending", total=len(files))
        session = OnlineSession.open(client, form_code=form, validate=False)  # checked above
        with session:
            for file in files:
                session.send(file.data, name=file.label)
                progress.advance(task)
        progress.update(task, description=f"online {form.system_code}: KSeF is processing")
        result = session.wait()
        progress.update(task, description=f"online {form.system_code}: done")
        report = SessionReport(str(session.reference_number), "online", form.system_code)
        by_name = {o.sent.name: o.result for o in result.outcomes}
        report.rows = [Row(f.label, by_name.get(f.label), None if f.label in by_name else "no result") for f in files]
        if upo_dir is not None:
            wanted = [row for row in report.rows if row.result is not None and row.result.ok]
            upo_task = progress.add_task("UPO", total=len(wanted))
            upo_dir.mkdir(parents=True, exist_ok=True)
            for row in wanted:
                assert row.result is not None
                path = upo_dir / f"UPO-{row.result.ksef_number}.xml"
                session.invoice_upo(row.result).save(str(path))
                report.upo_files.append(str(path))
                progress.advance(upo_task)
    return report


def _batch_names(files: Sequence[InvoiceFile]) -> dict[str, InvoiceFile]:
    names = [f.path.name for f in files]
    unique = len(set(names)) == len(names)
    return {(name if unique else f"{i:05d}-{name}"): f for i, (name, f) in enumerate(zip(names, files, strict=True))}


def _batch(
    cli: Cli, client: Any, form: FormCode, files: Sequence[InvoiceFile], upo_dir: Path | None, work_dir: Path | None
) -> SessionReport:
    from ksef_sdk.batch import BatchProgress, send_batch

    by_name = _batch_names(files)
    stages = {
        "archive": "batch: archiving",
        "encrypt": "batch: encrypting",
        "upload": "batch: uploading parts",
        "close": "batch: closing",
        "wait": "batch: KSeF is processing",
        "results": "batch: reading results",
    }
    with cli.out.progress() as progress:
        tasks: dict[str, Any] = {}

        def report_progress(event: BatchProgress) -> None:
            if event.stage not in tasks:
                for earlier in tasks.values():  # a new stage: the earlier ones are over
                    total = progress.tasks[earlier].total or 1
                    progress.update(earlier, completed=total, total=total)
                tasks[event.stage] = progress.add_task(stages.get(event.stage, event.stage), total=event.total or None)
            progress.update(tasks[event.stage], completed=event.done, total=event.total or None)

        options: dict[str, Any] = {"form_code": form, "validate": False, "progress": report_progress}
        if work_dir is not None:
            options["work_dir"] = work_dir
        result = send_batch(client, [(name, f.data) for name, f in by_name.items()], **options)
        for task in tasks.values():  # every stage is over: show it full
            total = progress.tasks[task].total
            progress.update(task, completed=total if total else 1, total=total or 1)
    report = SessionReport(result.reference_number, "batch", form.system_code)
    report.rows = [Row(f.label, result.by_file_name.get(name)) for name, f in by_name.items()]
    for row in report.rows:
        if row.result is None:
            row.error = "no result from KSeF for this file"
    if upo_dir is not None and result.upo:
        upo_dir.mkdir(parents=True, exist_ok=True)
        for i, upo in enumerate(result.upo, 1):
            path = upo_dir / f"UPO-{result.reference_number}-{i}.xml"
            upo.save(str(path))
            report.upo_files.append(str(path))
    return report


def _chunks(files: list[InvoiceFile], size: int) -> list[list[InvoiceFile]]:
    return [files[i : i + size] for i in range(0, len(files), size)]


def _show(cli: Cli, reports: list[SessionReport], invalid: list[InvoiceFile]) -> None:
    from rich.markup import escape

    for file in invalid:
        cli.out.print(f"{escape(file.label)}: [red]not sent[/red]: {escape(file.problem or '')}")
    for report in reports:
        ok = sum(row.ok for row in report.rows)
        cli.out.print(
            f"[bold]{report.mode} session {report.reference_number}[/bold] ({report.form}): "
            f"{ok} of {len(report.rows)} accepted"
        )
        for row in report.rows:
            colour = "green" if row.ok else "red"
            cli.out.print(f"{escape(row.file)}: [{colour}]{escape(row.text())}[/{colour}]")
        for path in report.upo_files:
            cli.out.print(f"UPO saved: {escape(path)}")


@app.command()
def send(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Invoice XML files or folders (every *.xml in a folder)."),  # noqa: B008
    mode: str = typer.Option("auto", "--mode", help="auto (by volume), online or batch."),
    form: Optional[str] = typer.Option(None, "--form", help=FORM_HELP),  # noqa: UP045
    xsd: bool = typer.Option(False, "--xsd", help="Also validate each file against the official XSD first."),
    upo_dir: Optional[Path] = typer.Option(  # noqa: UP045, B008
        None, "--upo-dir", help="Save the UPOs here (online: one per invoice; batch: the collective UPO)."
    ),
    skip_invalid: bool = typer.Option(False, "--skip-invalid", help="Send the valid files even if some are not."),
    work_dir: Optional[Path] = typer.Option(  # noqa: UP045, B008
        None,
        "--work-dir",
        help="Batch: keep the archive and manifest here (finish an interrupted one with 'ksef resume DIR').",
    ),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Send invoices: online for a few, a batch session for many (see --mode). Exit 1 if any is not accepted."""
    from ksef_sdk.errors import ConfigurationError

    cli = command_context(ctx, json_output=json_output, profile=profile)
    if mode not in MODES:
        raise ConfigurationError(f"--mode must be one of {', '.join(MODES)}, not {mode!r}")
    forced = form_option(form)
    files = collect_files(paths)
    if not files:
        raise ConfigurationError("no invoice files given (a folder is searched for *.xml)")
    checked = _check_all(cli, files, forced, xsd)
    invalid = [f for f in checked if f.problem is not None]
    valid = [f for f in checked if f.problem is None]
    reports: list[SessionReport] = []
    if valid and (skip_invalid or not invalid):
        groups: dict[str, list[InvoiceFile]] = {}
        for file in valid:
            assert file.form is not None
            groups.setdefault(file.form.system_code, []).append(file)
        cli.profile()  # a profile problem shows before anything is sent
        with cli.client() as client:
            for group in groups.values():
                reports.extend(_send_group(cli, client, group, mode, upo_dir, work_dir))
    elif invalid:
        cli.out.note(f"nothing sent: {len(invalid)} of {len(checked)} files failed the local checks")
    rows = [row for report in reports for row in report.rows]
    ok = not invalid and all(row.ok for row in rows)
    data = {
        "ok": ok,
        "sessions": [
            {"referenceNumber": r.reference_number, "mode": r.mode, "formCode": r.form, "invoices": len(r.rows)}
            for r in reports
        ],
        "invoices": [row.to_json() for row in rows],
        "invalid": [{"file": f.label, "error": f.problem} for f in invalid],
        "upo": [path for r in reports for path in r.upo_files],
    }
    cli.out.result(data, lambda: _show(cli, reports, invalid))
    raise typer.Exit(int(ExitCode.OK if ok else ExitCode.FAILED))


def _check_all(cli: Cli, files: list[Path], form: FormCode | None, xsd: bool) -> list[InvoiceFile]:
    validator: Any = False
    if xsd:
        from ksef_sdk.invoice.checks import XsdValidator

        validator = XsdValidator()
    checked = []
    with cli.out.progress() as progress:
        task = progress.add_task("checking files", total=len(files))
        for path in files:
            checked.append(check_file(path, form, xsd=validator))
            progress.advance(task)
    return checked


def _send_group(
    cli: Cli, client: Any, files: list[InvoiceFile], mode: str, upo_dir: Path | None, work_dir: Path | None
) -> list[SessionReport]:
    from ksef_sdk.errors import ConfigurationError

    form = files[0].form
    assert form is not None
    batchable = form.value != "PEF"  # PEF invoices are sent online only (sesja-wsadowa.md)
    if mode == "batch" and not batchable:
        raise ConfigurationError(f"{form.system_code} invoices cannot be sent in a batch session; use --mode online")
    use_batch = mode == "batch" or (mode == "auto" and batchable and len(files) > online_limit())
    if not use_batch:
        if len(files) > online_limit():
            cli.out.note(
                f"{len(files)} files online: KSeF allows {online_limit()} per minute, so this takes a while "
                "(--mode batch is faster)"
            )
        return [_online(cli, client, form, files, upo_dir)]
    chunks = _chunks(files, BATCH_MAX)
    if work_dir is not None and len(chunks) > 1:
        raise ConfigurationError(f"--work-dir holds one batch: send at most {BATCH_MAX} files at a time")
    return [_batch(cli, client, form, chunk, upo_dir, work_dir) for chunk in chunks]


@app.command()
def resume(
    ctx: typer.Context,
    work_dir: Path = typer.Argument(..., help="The --work-dir of an interrupted 'ksef send'."),  # noqa: B008
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Finish a batch that 'ksef send --work-dir DIR' left unfinished (from its manifest, wherever KSeF is)."""
    from ksef_sdk.batch import BatchProgress, resume_batch

    cli = command_context(ctx, json_output=json_output, profile=profile)
    with cli.client() as client, cli.out.progress() as progress:
        tasks: dict[str, Any] = {}

        def report_progress(event: BatchProgress) -> None:
            if event.stage not in tasks:
                tasks[event.stage] = progress.add_task(f"batch: {event.stage}", total=event.total or None)
            progress.update(tasks[event.stage], completed=event.done, total=event.total or None)

        result = resume_batch(client, work_dir, progress=report_progress)
    report = SessionReport(result.reference_number, "batch", "")
    report.rows = [Row(name, invoice) for name, invoice in result.by_file_name.items()]
    report.rows += [Row(name, None, "no result from KSeF for this file") for name in result.missing]
    ok = all(row.ok for row in report.rows)
    data = {"ok": ok, "referenceNumber": result.reference_number, "invoices": [row.to_json() for row in report.rows]}
    cli.out.result(data, lambda: _show(cli, [report], []))
    raise typer.Exit(int(ExitCode.OK if ok else ExitCode.FAILED))
