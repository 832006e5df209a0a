"""``ksef outbox``: durable delivery from the command line (extra ``cli``; ``postgres``/``redis`` for a fleet).

- ``ksef outbox add FILES...``: check each invoice locally and queue its exact bytes (a directory adds its
  ``*.xml``); nothing invalid is queued (exit 1 when any file is invalid).
- ``ksef outbox run --workers N``: N worker processes deliver everything queued, with a progress bar; they
  share the context's rate limits and tokens through the store, or Redis with ``--redis URL``.
- ``ksef outbox status [--json]``: invoices per state, open sessions, live workers.

The store is ``--store URL`` or ``KSEF_OUTBOX_STORE`` (default ``sqlite:///ksef-outbox.db``). Credentials
come from ``KSEF_ENV``, ``KSEF_TOKEN`` and ``KSEF_NIP``; ``KSEF_OUTBOX_SECRET`` seals session keys and tokens
at rest (required with PostgreSQL or Redis).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import typer

__all__ = ["app"]

DEFAULT_STORE = "sqlite:///ksef-outbox.db"
STORE_HELP = "Store URL: sqlite:///path.db or postgresql://... (env KSEF_OUTBOX_STORE)."

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Durable delivery: queue invoices, send them once.")


def _store_url(store: str | None) -> str:
    return store or os.environ.get("KSEF_OUTBOX_STORE") or DEFAULT_STORE


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


@app.command()
def add(
    files: list[Path] = typer.Argument(..., help="Invoice XML files or directories of them."),  # noqa: B008
    store: str | None = typer.Option(None, "--store", help=STORE_HELP),
    form: str = typer.Option("FA (3)", "--form", help="Form code of these invoices."),
    xsd: bool = typer.Option(False, "--xsd", help="Also validate against the official XSD."),
) -> None:
    """Check invoices locally and queue their exact bytes."""
    from ksef_sdk.errors import KsefError
    from ksef_sdk.invoice.checks import FORM_CODES
    from ksef_sdk.outbox import Outbox

    if form not in FORM_CODES:
        raise _fail(f"unknown form code {form!r}; one of {sorted(FORM_CODES)}")
    paths = [f for p in files for f in (sorted(p.glob("*.xml")) if p.is_dir() else [p])]
    try:
        outbox = Outbox(_store_url(store), form_code=FORM_CODES[form], xsd=xsd)
    except KsefError as exc:
        raise _fail(str(exc)) from None
    added = existing = invalid = 0
    with outbox:
        for path in paths:
            try:
                result = outbox.add(path, name=str(path))
            except KsefError as exc:
                invalid += 1
                typer.echo(f"{path}: not queued: {exc}", err=True)
                continue
            added += result.created
            existing += not result.created
    typer.echo(f"queued {added}, already queued {existing}, invalid {invalid}")
    raise typer.Exit(1 if invalid else 0)


@app.command()
def status(
    store: str | None = typer.Option(None, "--store", help=STORE_HELP),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Invoices per state, open sessions and live workers."""
    from ksef_sdk.errors import KsefError
    from ksef_sdk.outbox import Outbox

    try:
        with Outbox(_store_url(store)) as outbox:
            current = outbox.status()
    except KsefError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(current.to_dict(), sort_keys=True))
        return
    for state, count in current.counts.items():
        typer.echo(f"{state:>9}  {count}")
    typer.echo(f"{'sessions':>9}  {current.open_sessions} open")
    typer.echo(f"{'workers':>9}  {current.live_workers} live of {current.workers}")


@app.command()
def run(
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes."),
    store: str | None = typer.Option(None, "--store", help=STORE_HELP),
    redis: str | None = typer.Option(None, "--redis", help="Redis URL for shared rate limits and tokens."),
    batch_threshold: int = typer.Option(100, "--batch-threshold", help="Use a batch session from this many queued."),
    batch_size: int = typer.Option(1000, "--batch-size", help="Invoices per batch session."),
    lease: float = typer.Option(30.0, "--lease", help="Seconds before a silent worker's work is taken over."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
) -> None:
    """Deliver everything queued with N worker processes (shared limits and tokens); exit when settled."""
    import multiprocessing

    from ksef_sdk.errors import KsefError
    from ksef_sdk.outbox import Outbox

    url = _store_url(store)
    settings = {
        "store": url,
        "redis": redis,
        "batch_threshold": batch_threshold,
        "batch_size": batch_size,
        "lease": lease,
    }
    try:
        _check_settings(settings)
        outbox = Outbox(url)
    except KsefError as exc:
        raise _fail(str(exc)) from None
    context = multiprocessing.get_context("spawn")
    procs = [context.Process(target=_worker_process, args=(settings,), daemon=False) for _ in range(workers)]
    for proc in procs:
        proc.start()
    with outbox:
        _watch(outbox, procs, progress)
        final = outbox.status()
    typer.echo(json.dumps(final.to_dict(), sort_keys=True))
    failed = [p.exitcode for p in procs if p.exitcode]
    raise typer.Exit(0 if final.settled and not failed else 1)


def _check_settings(settings: dict[str, Any]) -> None:
    from ksef_sdk.errors import ConfigurationError
    from ksef_sdk.stores import open_store
    from ksef_sdk.stores._sqlite import SqliteStore

    for name in ("KSEF_TOKEN", "KSEF_NIP"):
        if not os.environ.get(name):
            raise ConfigurationError(f"set {name} (and KSEF_ENV: test, demo, production or a base URL)")
    with open_store(settings["store"]) as opened:
        needs_secret = settings["redis"] or not isinstance(opened, SqliteStore)
    if needs_secret and len(os.environ.get("KSEF_OUTBOX_SECRET", "")) < 16:
        raise ConfigurationError("set KSEF_OUTBOX_SECRET (16+ characters): it seals tokens and session keys at rest")
    if settings["redis"]:
        from ksef_sdk.stores import RedisSlots

        RedisSlots(settings["redis"]).close()  # reachable now, or a typed error before anything starts


def _watch(outbox: Any, procs: list[Any], progress: bool) -> None:
    if not progress:
        for proc in procs:
            proc.join()
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("outbox"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"), TimeElapsedColumn()
    ) as bar:
        task = bar.add_task("", total=None)
        while True:
            current = outbox.status()
            counts = current.counts
            bar.update(
                task,
                total=current.total,
                completed=counts["done"] + counts["rejected"],
                description=f"rejected {counts['rejected']}, in flight {counts['sending'] + counts['sent']}",
            )
            if not any(p.is_alive() for p in procs):
                break
            time.sleep(0.5)


def _worker_process(settings: dict[str, Any]) -> None:
    """One worker process (spawned): a client with limits and tokens shared through the store or Redis."""
    from ksef_sdk.authentication import KsefTokenAuthenticator
    from ksef_sdk.environments import resolve
    from ksef_sdk.http import build_client, build_public_client
    from ksef_sdk.outbox import Worker, WorkerOptions
    from ksef_sdk.stores import RedisSlots, RedisTokenStore, SharedRateLimiter, StoreTokenStore, open_store

    env = resolve(os.environ.get("KSEF_ENV", "test"))
    token, nip = os.environ["KSEF_TOKEN"], os.environ["KSEF_NIP"]
    secret = os.environ.get("KSEF_OUTBOX_SECRET") or None
    store = open_store(settings["store"])
    slots: Any
    tokens: Any
    if settings["redis"]:
        assert secret is not None
        slots, tokens = RedisSlots(settings["redis"]), RedisTokenStore(settings["redis"], nip, secret=secret)
    else:
        slots, tokens = store, StoreTokenStore(store, nip, secret=secret)
    public = build_public_client(env)
    client = build_client(
        env,
        authenticator=KsefTokenAuthenticator(public, token, nip),
        token_store=tokens,
        rate_limits=SharedRateLimiter(slots, nip),
    )
    options = WorkerOptions(
        lease=settings["lease"],
        batch_threshold=settings["batch_threshold"],
        batch_size=settings["batch_size"],
        session_secret=secret,
    )
    with client:
        Worker(store, client, options).run(until_idle=True)
    store.close()
