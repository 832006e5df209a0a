"""Getting invoices out of KSeF: download, metadata queries, exports, incremental (HWM) sync.

``pobieranie-faktur`` in the KSeF documentation. Flows are written once (:mod:`ksef_sdk.flow`); sync and
async functions drive them::

    xml = download_invoice(client, "5265877635-20260504-0100001AF629-AF")   # hash verified

    filters = query_filters("Subject2", date_from=dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc))
    for meta in iter_invoice_metadata(client, filters):    # follows hasMore, narrows on isTruncated
        print(meta.ksef_number)

    with export_invoices(client, filters) as package:      # fresh key, poll, parts without bearer,
        for f in package.files():                          # hashes, decrypt, join, unpack - streaming
            save(f.name, f.data)                           # {ksefNumber}.xml and _metadata.json

    state = HwmState.from_json(saved) if saved else HwmState()
    with sync_invoices(client, state, "Subject1", start=first_day) as window:
        for f in window.invoices():
            store(f)
    saved = window.next_state.to_json()                    # adjacent, non-overlapping windows
"""

from __future__ import annotations

from ksef_sdk.errors import ExportError, IntegrityError
from ksef_sdk.retrieval._download import adownload_invoice, download_invoice
from ksef_sdk.retrieval._export import ExportedFile, ExportPackage, aexport_invoices, export_invoices
from ksef_sdk.retrieval._hwm import HwmState, SyncWindow, async_sync_invoices, sync_invoices
from ksef_sdk.retrieval._metadata import (
    DateType,
    SubjectType,
    aiter_invoice_metadata,
    iter_invoice_metadata,
    query_filters,
)

__all__ = [
    "DateType",
    "ExportError",
    "ExportPackage",
    "ExportedFile",
    "HwmState",
    "IntegrityError",
    "SubjectType",
    "SyncWindow",
    "adownload_invoice",
    "aexport_invoices",
    "aiter_invoice_metadata",
    "async_sync_invoices",
    "download_invoice",
    "export_invoices",
    "iter_invoice_metadata",
    "query_filters",
    "sync_invoices",
]
