"""Permanent storage and the High Water Mark (``pobieranie-faktur/hwm.md``).

An accepted invoice gets its KSeF number at ``acquisitionDate``; it is written to the permanent repository
later: ``permanentStorageDate`` is ``acquisitionDate + Config.permanent_storage_delay`` (always later, as the
spec says). Storage is asynchronous and multi-threaded, so an invoice becomes *visible* (downloadable,
listed, exported) up to ``Config.hwm_lag`` after its ``permanentStorageDate``: in ``(HWM, now]`` invoices
may still appear late. The HWM is ``now - hwm_lag``, never above an invoice not yet visible, so nothing
ever appears at or below it: a range that ends at the HWM is final.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ksef_sandbox._records import Invoice
from ksef_sandbox._state import SandboxState

__all__ = ["hwm", "stamp", "stored"]

_MS = timedelta(milliseconds=1)


def _floor_ms(dt: datetime) -> datetime:
    return dt.replace(microsecond=dt.microsecond // 1000 * 1000)


def stamp(state: SandboxState, inv: Invoice) -> None:
    """Give an accepted invoice its acquisition and permanent-storage dates and when it becomes visible."""
    cfg = state.config
    acquired = _floor_ms(inv.progress.ready_at or state.now)
    inv.acquisition_date = acquired
    inv.permanent_storage_date = acquired + max(cfg.permanent_storage_delay, _MS)
    inv.visible_at = inv.permanent_storage_date + cfg.hwm_lag * state.random.random()


def stored(state: SandboxState, inv: Invoice) -> bool:
    """The invoice is in the permanent repository and can be read."""
    return inv.visible_at is not None and state.now >= inv.visible_at


def hwm(state: SandboxState) -> datetime:
    """The permanent-storage High Water Mark: every invoice with ``permanentStorageDate`` <= it is visible."""
    mark = state.now - state.config.hwm_lag
    for inv in state.invoices.values():
        if inv.permanent_storage_date is not None and not stored(state, inv) and inv.permanent_storage_date <= mark:
            mark = inv.permanent_storage_date - _MS
    return _floor_ms(mark)
