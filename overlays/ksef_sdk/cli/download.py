"""``ksef download KSEF_NUMBER...``: invoices by KSeF number, saved as ``{KSeF number}.xml``, hash-verified.

Every number is checked locally first (shape, date and CRC-8 checksum): a typo fails before any request.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from ksef_sdk.cli._errors import ExitCode, one_line
from ksef_sdk.cli._runtime import JsonOption, ProfileOption, command_context

__all__ = ["app"]

app = typer.Typer()


@app.command()
def download(
    ctx: typer.Context,
    numbers: list[str] = typer.Argument(..., help="KSeF numbers."),  # noqa: B008
    out: Path = typer.Option(Path("."), "--out", "-o", help="Folder to save the invoices in."),  # noqa: B008
    json_output: JsonOption = False,
    profile: ProfileOption = None,
) -> None:
    """Download invoices by KSeF number (verified against x-ms-meta-hash). Exit 1 if any could not be had."""
    from rich.markup import escape

    from ksef_sdk.errors import ForbiddenError, IntegrityError, KsefApiError, UnauthorizedError
    from ksef_sdk.identifiers import validate_ksef_number
    from ksef_sdk.retrieval import download_invoice

    cli = command_context(ctx, json_output=json_output, profile=profile)
    checked = [validate_ksef_number(n) for n in numbers]
    results: list[dict[str, Any]] = []
    with cli.client() as client, cli.out.progress() as progress:
        task = progress.add_task("downloading", total=len(checked))
        for number in checked:
            try:
                data = download_invoice(client, number)
            except (UnauthorizedError, ForbiddenError):
                raise
            except (KsefApiError, IntegrityError) as exc:
                if len(checked) == 1:
                    raise
                results.append({"ksefNumber": number, "ok": False, "error": one_line(exc)})
            else:
                out.mkdir(parents=True, exist_ok=True)
                path = out / f"{number}.xml"
                path.write_bytes(data)
                results.append({"ksefNumber": number, "ok": True, "file": str(path), "size": len(data)})
            progress.advance(task)

    def human() -> None:
        for item in results:
            if item["ok"]:
                cli.out.print(f"saved {escape(item['file'])} ({item['size']} B)")
            else:
                cli.out.print(f"{item['ksefNumber']}: [red]{escape(item['error'])}[/red]")

    ok = all(item["ok"] for item in results)
    cli.out.result({"ok": ok, "invoices": results}, human)
    raise typer.Exit(int(ExitCode.OK if ok else ExitCode.FAILED))
