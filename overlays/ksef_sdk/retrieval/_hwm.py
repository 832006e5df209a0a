"""Incremental sync of invoices by the High Water Mark: adjacent, non-overlapping export windows
(``pobieranie-faktur/przyrostowe-pobieranie-faktur.md``), the state yours to keep."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ksef_sdk._options import check_options
from ksef_sdk.errors import KsefError, parse_timestamp
from ksef_sdk.flow import PollPolicy
from ksef_sdk.retrieval._export import ExportedFile, ExportPackage, aexport_invoices, export_invoices
from ksef_sdk.retrieval._metadata import FilterOptions, SubjectType, iso, query_filters

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ksef_api.models.invoice_query_filters import InvoiceQueryFilters
    from typing_extensions import Unpack

    from ksef_sdk.crypto._keys import PublicKeyStore
    from ksef_sdk.http._client import AsyncSecuredClient, SyncSecuredClient
    from ksef_sdk.http._storage import Storage

__all__ = ["HwmState", "SyncWindow", "async_sync_invoices", "sync_invoices"]


@dataclass(frozen=True)
class HwmState:
    """Continuation points of the incremental sync, per subject type
    (``pobieranie-faktur/przyrostowe-pobieranie-faktur.md``). JSON-serialisable.

    ``next_from[subject]`` is the next window's ``dateRange.from``; ``seen[subject]`` are KSeF numbers
    already delivered whose permanent-storage instant equals that ``from`` (so they are not repeated).
    """

    next_from: dict[str, str] = field(default_factory=dict)
    seen: dict[str, list[str]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps({"version": 1, "nextFrom": self.next_from, "seen": self.seen}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> HwmState:
        data = json.loads(text)
        if data.get("version") != 1:
            raise KsefError("unknown HWM state version")
        return cls(dict(data.get("nextFrom", {})), {k: list(v) for k, v in data.get("seen", {}).items()})


@dataclass
class SyncWindow:
    """One export window of the incremental sync. Read :meth:`invoices`, then store :attr:`next_state`."""

    subject_type: str
    package: ExportPackage
    state: HwmState
    next_state: HwmState

    def files(self) -> Iterator[ExportedFile]:
        """Every file of the window (``_metadata.json`` included), minus invoices already delivered."""
        seen = set(self.state.seen.get(self.subject_type, ()))
        for f in self.package.files():
            if f.ksef_number is not None and f.ksef_number in seen:
                continue
            yield f

    def invoices(self) -> Iterator[ExportedFile]:
        return (f for f in self.files() if not f.is_metadata)

    def close(self) -> None:
        self.package.close()

    def __enter__(self) -> SyncWindow:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _window_filters(
    state: HwmState, subject_type: SubjectType, start: dt.datetime | None, extra: FilterOptions
) -> InvoiceQueryFilters:
    since = state.next_from.get(subject_type)
    if since is None:
        if start is None:
            raise KsefError(f"no HWM state for {subject_type}: pass start= for the first window")
        since = iso(start)
    check_options(extra, FilterOptions, "sync_invoices filters")
    return query_filters(
        subject_type,
        date_from=dt.datetime.fromisoformat(since),
        date_type="PermanentStorage",
        restrict_to_hwm=True,
        **extra,
    )


def _advance(state: HwmState, subject_type: str, package: ExportPackage) -> HwmState:
    if package.is_truncated and package.last_permanent_storage_date is not None:
        boundary = package.last_permanent_storage_date
    elif package.permanent_storage_hwm_date is not None:
        boundary = package.permanent_storage_hwm_date
    else:
        return state
    seen: list[str] = []
    if package.is_truncated:
        metadata = next((f for f in package.files() if f.is_metadata), None)
        for item in metadata.metadata() if metadata else []:
            when = parse_timestamp(item.get("permanentStorageDate"))
            if when == boundary:
                seen.append(str(item["ksefNumber"]))
    next_from = {**state.next_from, subject_type: boundary.isoformat()}
    return HwmState(next_from, {**state.seen, subject_type: seen})


def sync_invoices(
    client: SyncSecuredClient,
    state: HwmState,
    subject_type: SubjectType = "Subject1",
    *,
    start: dt.datetime | None = None,
    work_dir: str | Path | None = None,
    poll_policy: PollPolicy | None = None,
    key_store: PublicKeyStore | None = None,
    storage: Storage | None = None,
    **filters: Unpack[FilterOptions],
) -> SyncWindow:
    """Export the next HWM window for ``subject_type`` (``from`` = the state's continuation point)."""
    package = export_invoices(
        client,
        _window_filters(state, subject_type, start, filters),
        work_dir=work_dir,
        poll_policy=poll_policy,
        key_store=key_store,
        storage=storage,
    )
    return SyncWindow(subject_type, package, state, _advance(state, subject_type, package))


async def async_sync_invoices(
    client: AsyncSecuredClient,
    state: HwmState,
    subject_type: SubjectType = "Subject1",
    *,
    start: dt.datetime | None = None,
    work_dir: str | Path | None = None,
    poll_policy: PollPolicy | None = None,
    key_store: PublicKeyStore | None = None,
    storage: Storage | None = None,
    **filters: Unpack[FilterOptions],
) -> SyncWindow:
    package = await aexport_invoices(
        client,
        _window_filters(state, subject_type, start, filters),
        work_dir=work_dir,
        poll_policy=poll_policy,
        key_store=key_store,
        storage=storage,
    )
    return SyncWindow(subject_type, package, state, _advance(state, subject_type, package))
