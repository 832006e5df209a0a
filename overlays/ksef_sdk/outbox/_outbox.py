"""The outbox: a durable queue of invoices that every worker of a fleet delivers exactly once."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ksef_sdk.crypto._cipher import sha256_b64
from ksef_sdk.errors import InvoiceValidationError, OutboxError
from ksef_sdk.invoice.checks import FA_3, FormCode, InvoiceLimits, InvoiceSource, XsdValidator, read_invoice
from ksef_sdk.invoice.checks import validate_invoice as _validate_invoice
from ksef_sdk.outbox._collect import CollectReport, collect_flow
from ksef_sdk.outbox._effects import arun, run
from ksef_sdk.outbox._worker import Worker, WorkerOptions, WorkerReport
from ksef_sdk.stores._model import AddResult, OutboxItem
from ksef_sdk.stores._open import open_store

if TYPE_CHECKING:
    from ksef_sdk.stores._base import Store

__all__ = ["Outbox", "OutboxStatus"]


@dataclass(frozen=True)
class OutboxStatus:
    """How many invoices are in each state, the sessions still open and the workers registered."""

    counts: dict[str, int]
    open_sessions: int
    workers: int
    live_workers: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def settled(self) -> bool:
        """Every invoice has its KSeF number or a true rejection."""
        return self.counts["done"] + self.counts["rejected"] == self.total

    def to_dict(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),
            "total": self.total,
            "settled": self.settled,
            "openSessions": self.open_sessions,
            "workers": self.workers,
            "liveWorkers": self.live_workers,
        }


class Outbox:
    """Invoices in, KSeF numbers and UPOs out - across crashes, processes and hosts::

        outbox = Outbox("sqlite:///outbox.db")          # or an open Store, or postgresql://...
        outbox.add(xml_bytes, name="FV/1/2026")           # checked locally, exact bytes stored
        outbox.run(client)                                # a worker: until everything is settled
        item = outbox.item(1)                             # .ksef_number, .upo (exact, hash-verified)

    ``form_code`` / ``validate`` / ``xsd`` / ``limits``: the local checks of :meth:`add` (as for sessions).
    """

    def __init__(
        self,
        store: Store | str | os.PathLike[str],
        *,
        form_code: FormCode = FA_3,
        validate: bool = True,
        xsd: bool | XsdValidator = False,
        limits: InvoiceLimits | None = None,
    ) -> None:
        self.store: Store = open_store(store) if isinstance(store, (str, os.PathLike)) else store
        self.form_code = form_code
        self.validate = validate
        self.xsd: bool | XsdValidator = XsdValidator() if xsd is True else xsd
        self.limits = limits or InvoiceLimits()

    def __repr__(self) -> str:
        return f"Outbox({self.store.url!r}, form_code={self.form_code.system_code!r})"

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- in ----------------------------------------------------------------------------------------------

    def add(self, invoice: InvoiceSource, *, name: str | None = None) -> AddResult:
        """Check an invoice locally (nothing is stored when it fails) and store its exact bytes. The same bytes
        added again are the same item (``created=False``): an invoice is never queued twice."""
        label = name or (str(invoice) if isinstance(invoice, (str, os.PathLike)) else None)
        try:
            data = read_invoice(invoice)
            if self.validate:
                _validate_invoice(data, form_code=self.form_code, limits=self.limits, xsd=self.xsd)
        except InvoiceValidationError as exc:
            raise exc.with_source(label) if label else exc from None
        except OSError as exc:
            raise OutboxError(f"cannot read {label or 'the invoice'}: {exc.strerror}") from None
        return self.store.add(data, invoice_hash=sha256_b64(data), form_code=self.form_code.system_code, name=label)

    def add_files(self, paths: Iterable[str | os.PathLike[str]]) -> list[AddResult]:
        """:meth:`add` each file (``*.xml`` of a directory), stopping at the first invalid one."""
        results = []
        for path in paths:
            p = Path(path)
            for file in sorted(p.glob("*.xml")) if p.is_dir() else [p]:
                results.append(self.add(file, name=str(file)))
        return results

    # --- out ---------------------------------------------------------------------------------------------

    def status(self) -> OutboxStatus:
        workers = self.store.workers()
        return OutboxStatus(
            self.store.counts(),
            len(self.store.sessions(status="open")),
            len(workers),
            sum(1 for w in workers if w["alive"]),
        )

    def item(self, item_id: int) -> OutboxItem:
        """One item with its bytes, KSeF number and UPO (or rejection)."""
        found = self.store.get(item_id)
        if found is None:
            raise OutboxError(f"no outbox item {item_id}")
        return found

    def find(self, invoice: InvoiceSource) -> OutboxItem | None:
        """The item holding these exact bytes, if any."""
        return self.store.find(sha256_b64(read_invoice(invoice)))

    # --- work --------------------------------------------------------------------------------------------

    def worker(self, client: Any, options: WorkerOptions | None = None, **kwargs: Any) -> Worker:
        """A :class:`Worker` on this outbox (``kwargs`` are :class:`WorkerOptions` fields)."""
        return Worker(self.store, client, options or WorkerOptions(**kwargs))

    def run(self, client: Any, options: WorkerOptions | None = None, **kwargs: Any) -> WorkerReport:
        """Work in this thread until every invoice is settled (see :meth:`Worker.run`)."""
        return self.worker(client, options, **kwargs).run()

    def reconcile(self, client: Any, reference_number: str, *, kind: str = "online", **kwargs: Any) -> CollectReport:
        """Reconcile one session now (close it if open, record its outcomes) as a live worker."""
        worker = self.worker(client, **kwargs)
        worker.start()
        try:
            claimed = [
                r
                for r in self.store.claim_orphan_sessions(worker.owner, limit=1000)
                if r.reference_number == reference_number
            ]
            kind = claimed[0].kind if claimed else kind
            return run(
                collect_flow(reference_number, kind, worker.owner, worker.options.poll_policy, close=True),
                worker._env,
                self.store,
            )
        finally:
            worker.stop()

    async def areconcile(
        self, client: Any, reference_number: str, *, kind: str = "online", **kwargs: Any
    ) -> CollectReport:
        """The asyncio :meth:`reconcile` (an async client; the same flow)."""
        import asyncio

        worker = self.worker(client, **kwargs)
        await asyncio.to_thread(worker.start)
        try:
            claimed = await asyncio.to_thread(self.store.claim_orphan_sessions, worker.owner, 1000)
            kind = next((r.kind for r in claimed if r.reference_number == reference_number), kind)
            return await arun(
                collect_flow(reference_number, kind, worker.owner, worker.options.poll_policy, close=True),
                worker._env,
                self.store,
            )
        finally:
            await asyncio.to_thread(worker.stop)
