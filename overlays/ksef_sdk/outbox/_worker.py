"""A worker: heartbeats its lease, reconciles what dead workers left, claims invoices and sends them.

Each :meth:`Worker.step` does one unit of work, in this order: (1) take over sessions whose worker died and
reconcile them with KSeF (a batch whose manifest is on this host is resumed: missing parts uploaded, then
closed); (2) finish its own sessions a previous step could not; (3) claim pending invoices - a batch
session when the queue holds at least ``batch_threshold`` of them (the online limits would bind: 10/s,
30/min, 180/h per context), else an online session - and send them. Any number of workers, in any number of
processes and hosts, can share one store.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ksef_sdk import defaults
from ksef_sdk.batch._flows import close_flow, upload_flow
from ksef_sdk.batch._prepare import MANIFEST, PreparedBatch, prepare_batch
from ksef_sdk.crypto._cipher import SessionKey
from ksef_sdk.errors import ConfigurationError, KsefError, StoreError
from ksef_sdk.flow import PollPolicy
from ksef_sdk.http._client import workflow_env
from ksef_sdk.invoice.checks import FORM_CODES
from ksef_sdk.outbox._collect import CollectReport, collect_flow
from ksef_sdk.outbox._effects import run
from ksef_sdk.outbox._send import RoundOptions, batch_round_flow, online_round_flow
from ksef_sdk.sessions._online import OnlineSession
from ksef_sdk.stores._model import OutboxItem, SessionRecord
from ksef_sdk.stores._sqlite import SqliteStore

if TYPE_CHECKING:
    from ksef_sdk.stores._base import Store

__all__ = ["Worker", "WorkerOptions", "WorkerReport"]

BATCH_FORMS = ("FA (3)", "FA (2)", "FA_RR (1)")

logger = logging.getLogger("ksef_sdk.outbox")


@dataclass(frozen=True)
class WorkerOptions:
    """How a worker works (all have defaults).

    - ``lease``: seconds a worker stays alive without a heartbeat (heartbeats every ``lease / 4``); a killed
      worker's work is taken over ``lease`` seconds after its last heartbeat.
    - ``batch_threshold`` / ``batch_size``: a batch session when at least this many invoices wait, of at most
      ``batch_size`` invoices (KSeF: 10,000); ``online_size``: invoices per online session.
    - ``poll_policy``: waiting for KSeF to process a session; ``resolve_attempts``: unknown outcomes.
    - ``session_secret``: seals the online sessions' resume state (their AES key) in the store; without it a
      SQLite store (mode 0600) keeps it plain and a PostgreSQL store keeps none (sessions are still
      reconciled, just not resumed for sending).
    - ``work_dir``: where batch archives and manifests are prepared (default: a temporary directory).
    - ``part_size``: batch part size before encryption.
    """

    lease: float = 30.0
    batch_threshold: int = 100
    batch_size: int = 1000
    online_size: int = 50
    poll_policy: PollPolicy = defaults.SESSION_POLL
    resolve_attempts: int = defaults.RESOLVE_ATTEMPTS
    session_secret: bytes | str | None = field(default=None, repr=False)
    work_dir: str | None = None
    part_size: int = defaults.PART_SIZE
    upload_concurrency: int = defaults.UPLOAD_CONCURRENCY

    def __post_init__(self) -> None:
        if self.lease <= 0 or self.batch_size < 1 or self.online_size < 1 or self.batch_threshold < 1:
            raise ConfigurationError(f"invalid {self!r}: lease > 0, sizes and threshold >= 1")
        if self.batch_size > defaults.MAX_BATCH_INVOICES:
            raise ConfigurationError(f"batch_size is at most {defaults.MAX_BATCH_INVOICES}")


@dataclass
class WorkerReport:
    """What a worker did: rounds, outcomes recorded, sessions reconciled, typed errors met (and survived)."""

    owner: str
    online_rounds: int = 0
    batch_rounds: int = 0
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    requeued: int = 0
    reconciled_sessions: int = 0
    resumed_batches: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, report: CollectReport) -> None:
        self.accepted += report.accepted
        self.duplicates += report.duplicates
        self.rejected += report.rejected
        self.requeued += report.requeued


class Worker:
    """One worker on ``store`` sending with ``client`` (a client from :func:`ksef_sdk.build_client`, ideally
    with a shared rate limiter and token store when several workers run). Use :meth:`run` or :meth:`step`."""

    def __init__(self, store: Store, client: Any, options: WorkerOptions | None = None, *, owner: str | None = None):
        self.store = store
        self.client = client
        self.options = options or WorkerOptions()
        self.owner = owner or f"{store.host}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.report = WorkerReport(self.owner)
        self._env = workflow_env(client)
        self._stop = threading.Event()
        self._beat: threading.Thread | None = None
        self._round = RoundOptions(
            self.owner,
            self.options.poll_policy,
            self.options.resolve_attempts,
            self.options.upload_concurrency,
        )
        self._work_root = Path(self.options.work_dir or tempfile.gettempdir()) / "ksef-outbox"
        self._retry_at: dict[str, tuple[float, int]] = {}

    def __repr__(self) -> str:
        return f"Worker(owner={self.owner!r}, store={self.store.url!r})"

    # --- lease ----------------------------------------------------------------------------------------

    def start(self) -> None:
        """Register and heartbeat in a background thread (:meth:`run` does this)."""
        self.store.heartbeat(self.owner, self.options.lease)
        if self._beat is None:
            self._stop.clear()
            self._beat = threading.Thread(target=self._heartbeat, name=f"ksef-outbox-{self.owner}", daemon=True)
            self._beat.start()

    def _heartbeat(self) -> None:
        while not self._stop.wait(self.options.lease / 4):
            try:
                self.store.heartbeat(self.owner, self.options.lease)
            except StoreError as exc:
                logger.warning("ksef_sdk: worker %s heartbeat failed: %s", self.owner, exc)

    def stop(self) -> None:
        """Stop heartbeating and give unsent claims back (a clean exit)."""
        self._stop.set()
        if self._beat is not None:
            self._beat.join(5)
            self._beat = None
        self.store.retire(self.owner)

    # --- work -----------------------------------------------------------------------------------------

    def run(
        self,
        *,
        until_idle: bool = True,
        idle_sleep: float = 1.0,
        should_stop: Callable[[], bool] | None = None,
        progress: Callable[[dict[str, int]], None] | None = None,
    ) -> WorkerReport:
        """Work until the outbox is empty (``until_idle``) or ``should_stop()``; returns the report."""
        self.start()
        try:
            while not (should_stop and should_stop()):
                busy = self.step()
                if progress is not None:
                    progress(self.store.counts())
                if not busy:
                    if until_idle and self._settled():
                        break
                    time.sleep(idle_sleep)
        finally:
            self.stop()
        return self.report

    def _settled(self) -> bool:
        counts = self.store.counts()
        return counts["pending"] == counts["claimed"] == counts["sending"] == counts["sent"] == 0

    def step(self) -> bool:
        """One unit of work (module docstring); False when there was nothing to do."""
        try:
            if self._reconcile_orphans():
                return True
            if self._finish_own():
                return True
            return self._send_round()
        except KsefError as exc:  # the store or KSeF failed this step; the next one starts over
            logger.warning("ksef_sdk: worker %s: %s", self.owner, exc)
            self.report.errors.append(f"{type(exc).__name__}: {exc}"[:300])
            time.sleep(min(5.0, self.options.lease / 4))
            return True

    def _reconcile_orphans(self) -> bool:
        records = self.store.claim_orphan_sessions(self.owner, limit=1)
        for record in records:
            self._resume_batch(record)
            report = run(
                collect_flow(
                    record.reference_number,
                    record.kind,
                    self.owner,
                    self.options.poll_policy,
                    close=True,
                    attempts=self.options.resolve_attempts,
                ),
                self._env,
                self.store,
            )
            self.report.add(report)
            self.report.reconciled_sessions += 1
            logger.info("ksef_sdk: worker %s reconciled session %s: %s", self.owner, record.reference_number, report)
        return bool(records)

    def _resume_batch(self, record: SessionRecord) -> None:
        """A batch interrupted on this host: its manifest (and encrypted parts) survive; finish the upload."""
        if record.kind != "batch" or not record.work_dir or record.host != self.store.host:
            return
        if not (Path(record.work_dir) / MANIFEST).exists():
            return
        try:
            prepared = PreparedBatch.load(record.work_dir)
            if not prepared.closed and all((prepared.work_dir / p.file).exists() for p in prepared.parts):
                flow = _resume_upload(prepared, self._round)
                run(flow, self._env, self.store)
                self.report.resumed_batches += 1
        except KsefError as exc:
            logger.info("ksef_sdk: batch %s not resumed (%s); reconciling it as it is", record.reference_number, exc)

    def _finish_own(self) -> bool:
        """Sessions of this worker a previous step left unfinished (a UPO not yet fetched, a poll that timed
        out), each retried after a growing pause so that the session's list is not read in a loop."""
        now = time.monotonic()
        mine = [
            s
            for s in self.store.sessions(status="open")
            if s.owner == self.owner and self._retry_at.get(s.reference_number, (0.0, 0))[0] <= now
        ]
        for record in mine:
            report = run(
                collect_flow(record.reference_number, record.kind, self.owner, self.options.poll_policy, close=True),
                self._env,
                self.store,
            )
            self.report.add(report)
            if report.finished:
                self._retry_at.pop(record.reference_number, None)
            else:
                tries = self._retry_at.get(record.reference_number, (0.0, 0))[1] + 1
                self._retry_at[record.reference_number] = (time.monotonic() + min(60.0, 2.0 * 2**tries), tries)
        return bool(mine)

    def _send_round(self) -> bool:
        opts = self.options
        batch = self.store.pending_count() >= opts.batch_threshold
        items = self.store.claim(self.owner, opts.batch_size if batch else opts.online_size)
        if not items:
            return False
        by_form: dict[str, list[OutboxItem]] = {}
        for item in items:
            by_form.setdefault(item.form_code, []).append(item)
        try:
            for form, group in by_form.items():
                if batch and form in BATCH_FORMS:
                    self._batch_round(group)
                else:
                    self._online_round(form, group)
        finally:
            self.store.release(self.owner, [i.id for i in items])  # whatever was not sent (only "claimed" ones)
        return True

    def _online_round(self, form: str, items: list[OutboxItem]) -> None:
        session = OnlineSession(
            self.client,
            form_code=FORM_CODES[form],
            validate=False,  # checked when added
            poll_policy=self.options.poll_policy,
            resolve_attempts=self.options.resolve_attempts,
        )
        report = run(online_round_flow(session, items, self._round, self._session_state), self._env, self.store)
        self.report.online_rounds += 1
        self.report.add(report)

    def _session_state(self, session: OnlineSession) -> bytes | None:
        state = session.state()
        if self.options.session_secret is not None:
            return state.to_bytes(secret=self.options.session_secret)
        return state.to_bytes() if isinstance(self.store, SqliteStore) else None

    def _batch_round(self, items: list[OutboxItem]) -> None:
        key = SessionKey.generate()
        work = Path(tempfile.mkdtemp(prefix="batch-", dir=_mkdir(self._work_root)))
        try:
            prepared = prepare_batch(
                [(f"{item.id}.xml", item.data) for item in items],
                key,
                work_dir=work,
                form_code=FORM_CODES[items[0].form_code],
                validate=False,  # checked when added
                part_size=self.options.part_size,
            )
            report = run(batch_round_flow(prepared, key, items, self._round), self._env, self.store)
            self.report.batch_rounds += 1
            self.report.add(report)
            if report.finished:
                shutil.rmtree(work, ignore_errors=True)
        except BaseException:
            if not (work / MANIFEST).exists() or PreparedBatch.load(work).reference_number is None:
                shutil.rmtree(work, ignore_errors=True)
            raise


def _resume_upload(prepared: PreparedBatch, opts: RoundOptions) -> Any:
    yield from upload_flow(prepared, concurrency=opts.upload_concurrency, part_retries=opts.part_retries, progress=None)
    yield from close_flow(prepared, opts.resolve_attempts)


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
