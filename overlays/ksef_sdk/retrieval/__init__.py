"""Getting invoices out of KSeF: download, metadata queries, exports, incremental (HWM) sync."""

from __future__ import annotations

from ksef_sdk.retrieval._core import (
    ExportedFile,
    ExportError,
    ExportPackage,
    HwmState,
    IntegrityError,
    SyncWindow,
    adownload_invoice,
    aexport_invoices,
    aiter_invoice_metadata,
    async_sync_invoices,
    download_invoice,
    export_invoices,
    iter_invoice_metadata,
    query_filters,
    sync_invoices,
)

__all__ = [
    "ExportError",
    "ExportPackage",
    "ExportedFile",
    "HwmState",
    "IntegrityError",
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
