"""``ksef sync FOLDER``: incremental sync of invoices (purchases by default) into a folder, resumable.

The library's high-water-mark sync (``ksef_sdk.retrieval.sync_invoices``: adjacent export windows, nothing
lost or repeated) runs window after window until KSeF has nothing newer. After each window its files are
written and then the state is saved, per profile and subject, in the state directory: an interrupted sync
starts again at the window it was in, and a rerun fetches only what is new.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from ksef_sdk.cli._paths import state_dir, write_private
from ksef_sdk.cli._runtime import Cli, JsonOption, ProfileOption, command_context
from ksef_sdk.cli.export import SUBJECT_HELP, parse_when, save_file, subject_type

__all__ = ["app", "state_file"]

app = typer.Typer()


def state_file(cli: Cli, subject: str) -> Path:
    """The sync state of the profile (a profile from environment variables: of its NIP and environment)."""
    profile = cli.profile()
    name = profile.name if profile.name != "environment" else f"env-{profile.nip}"
    return state_dir() / "sync" / name / f"{subject}.json"


@app.command()
def sync(
    ctx: typer.Context,
    folder: Path = typer.Argument(..., help="Where the invoices go ({KSeF number}.xml)."),  # noqa: B008
    subject: str = typer.Option("buyer", "--subject", help=SUBJECT_HELP),
    since: Optional[str] = typer.Option(  # noqa: UP045
        None, "--since", help="Start of the first sync (YYYY-MM-DD); later runs continue where the last one ended."
    ),
    max_windows: int = typer.Option(100, "--max-windows", min=1, help="Stop after this many export windows."),
    reset: bool = typer.Option(False, "--reset", help="Forget the saved state and start again from --since."),
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Download new invoices into FOLDER; run it again any time for what arrived since (state kept per profile)."""
    from ksef_sdk.errors import ConfigurationError
    from ksef_sdk.retrieval import HwmState, sync_invoices

    cli = command_context(ctx, json_output=json_output, profile=profile)
    subject = subject_type(subject)
    path = state_file(cli, subject)
    state = HwmState()
    if path.exists() and not reset:
        state = HwmState.from_json(path.read_text(encoding="utf-8"))
    start = parse_when(since, "--since") if since else None
    if subject not in state.next_from and start is None:
        raise ConfigurationError(
            "the first sync needs --since DATE (where to start); later runs continue by themselves"
        )
    saved: list[str] = []
    windows = 0
    folder.mkdir(parents=True, exist_ok=True)
    with cli.client() as client, cli.out.progress() as progress:
        task = progress.add_task("sync: window 1", total=None)
        while windows < max_windows:
            windows += 1
            progress.update(task, description=f"sync: window {windows}: KSeF is preparing the package")
            with sync_invoices(client, state, subject, start=start) as window:  # type: ignore[arg-type]
                progress.update(
                    task, description=f"sync: window {windows}: saving", total=len(saved) + window.package.invoice_count
                )
                for item in window.invoices():
                    saved.append(str(save_file(folder, item.name, item.data)))
                    progress.advance(task)
                truncated = window.package.is_truncated
            state = window.next_state
            write_private(path, state.to_json())  # after the files: a crash repeats the window, never skips it
            if not truncated:
                break
        progress.update(
            task, description=f"sync: {len(saved)} new invoices", total=max(len(saved), 1), completed=max(len(saved), 1)
        )
    data: dict[str, Any] = {
        "folder": str(folder),
        "subjectType": subject,
        "windows": windows,
        "saved": len(saved),
        "files": saved,
        "state": str(path),
        "nextFrom": state.next_from.get(subject),
        "complete": not truncated,
    }

    def human() -> None:
        cli.out.print(f"{len(saved)} new invoices saved in {folder} ({windows} window{'s' if windows != 1 else ''})")
        if truncated:
            cli.out.print("[yellow]more invoices wait: run 'ksef sync' again (or raise --max-windows)[/yellow]")
        cli.out.print(f"next sync starts at {data['nextFrom']} (state: {path})")

    cli.out.result(data, human)
