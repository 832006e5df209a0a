"""``ksef export FOLDER --from DATE``: an invoice export (package of XML files and ``_metadata.json``),
decrypted, verified and unpacked into a folder. Dates without a zone are Warsaw time (as KSeF's)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Optional

import typer

from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context

__all__ = ["SUBJECTS", "app", "parse_when", "save_file", "subject_type"]

app = typer.Typer()

SUBJECTS = {"seller": "Subject1", "buyer": "Subject2", "third": "Subject3", "authorized": "SubjectAuthorized"}
SUBJECT_HELP = "Whose invoices: buyer (purchases), seller (sales), third (third party) or authorized."
DATE_TYPES = {"storage": "PermanentStorage", "issue": "Issue", "invoicing": "Invoicing"}


def subject_type(value: str) -> str:
    from ksef_sdk.errors import ConfigurationError

    if value in SUBJECTS.values():
        return value
    try:
        return SUBJECTS[value.lower()]
    except KeyError:
        raise ConfigurationError(f"unknown subject {value!r} (use {', '.join(SUBJECTS)})") from None


def parse_when(value: str, option: str) -> dt.datetime:
    """``2026-05-01`` or an ISO 8601 date-time; without a zone it is Warsaw time."""
    from ksef_sdk.errors import ConfigurationError

    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigurationError(f"{option}: {value!r} is not a date (YYYY-MM-DD) or ISO 8601 date-time") from None
    if when.tzinfo is None:
        try:
            from zoneinfo import ZoneInfo

            when = when.replace(tzinfo=ZoneInfo("Europe/Warsaw"))
        except Exception:
            when = when.replace(tzinfo=dt.timezone.utc)
    return when


def save_file(folder: Path, name: str, data: bytes) -> Path:
    """Write one exported file atomically (a rerun overwrites it with the same bytes)."""
    target = folder / Path(name).name  # never outside the folder, whatever the archive says
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target


@app.command()
def export(
    ctx: typer.Context,
    folder: Path = typer.Argument(..., help="Where to unpack the export."),  # noqa: B008
    date_from: str = typer.Option(..., "--from", help="From (YYYY-MM-DD or ISO 8601 date-time)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="To (default: now)."),  # noqa: UP045
    subject: str = typer.Option("buyer", "--subject", help=SUBJECT_HELP),
    date_type: str = typer.Option("storage", "--date-type", help="storage (default), issue or invoicing."),
    metadata_only: bool = typer.Option(False, "--metadata-only", help="Only _metadata.json, no invoice files."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Export invoices of a date range into a folder (KSeF builds the package; it is decrypted and verified)."""
    from ksef_sdk.errors import ConfigurationError
    from ksef_sdk.retrieval import export_invoices, query_filters

    cli = command_context(ctx, json_output=json_output, profile=profile)
    if date_type not in DATE_TYPES:
        raise ConfigurationError(f"--date-type must be one of {', '.join(DATE_TYPES)}")
    filters = query_filters(
        subject_type(subject),  # type: ignore[arg-type]
        date_from=parse_when(date_from, "--from"),
        date_to=parse_when(date_to, "--to") if date_to else None,
        date_type=DATE_TYPES[date_type],  # type: ignore[arg-type]
    )
    files: list[str] = []
    with cli.client() as client, cli.out.progress() as progress:
        task = progress.add_task("export: KSeF is preparing the package", total=None)
        with export_invoices(client, filters, only_metadata=metadata_only) as package:
            progress.update(task, description="export: unpacking", total=package.invoice_count + 1, completed=0)
            folder.mkdir(parents=True, exist_ok=True)
            for item in package.files():
                files.append(str(save_file(folder, item.name, item.data)))
                progress.advance(task)
            summary: dict[str, Any] = {
                "referenceNumber": package.reference_number,
                "invoiceCount": package.invoice_count,
                "isTruncated": package.is_truncated,
                "lastPermanentStorageDate": package.last_permanent_storage_date,
            }

    def human() -> None:
        cli.out.print(f"export {summary['referenceNumber']}: {len(files)} files saved in {folder}")
        if summary["isTruncated"]:
            cli.out.print(
                "[yellow]the package is truncated (KSeF's limit); export again --from "
                f"{summary['lastPermanentStorageDate']} for the rest, or use 'ksef sync'[/yellow]"
            )

    cli.out.result({**summary, "folder": str(folder), "files": files}, human)
