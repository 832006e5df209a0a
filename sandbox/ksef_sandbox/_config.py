"""The sandbox's tunables (lifetimes, limits, processing delays); changed at runtime through the control handle.

The defaults are KSeF's (the TEST environment's, where they differ): rate limits on at the spec's values,
asynchronous work that takes a read, invoices that reach permanent storage a moment after their KSeF number
and a High Water Mark that lags behind "now". Set a tunable to zero to make that behaviour instant.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

__all__ = ["Config"]


@dataclass
class Config:
    """Tunables; change them at runtime through the control handle (``control.configure(...)``)."""

    # authentication
    access_token_lifetime: timedelta = timedelta(minutes=15)
    refresh_token_lifetime: timedelta = timedelta(days=7)
    auth_token_lifetime: timedelta = timedelta(minutes=45)
    challenge_lifetime: timedelta = timedelta(minutes=10)
    # asynchronous work (authentication, invoices, sessions, exports, permission operations) stays "in
    # progress" for this many status reads AND until this much sandbox time has passed
    processing_polls: int = 1
    processing_time: timedelta = timedelta(0)
    # sessions (sesja-interaktywna.md, sesja-wsadowa.md)
    online_session_lifetime: timedelta = timedelta(hours=12)
    batch_session_lifetime: timedelta = timedelta(hours=12)  # not closed by then: cancelled (440)
    upload_window_per_part: timedelta = timedelta(minutes=20)  # each part's window = parts x this
    upo_page_size: int = 10_000
    max_invoices_per_session: int = 10_000
    max_invoice_size: int = 1_000_000
    max_invoice_with_attachment_size: int = 3_000_000
    max_part_size: int = 100_000_000  # before encryption; decimal megabytes (weryfikacja-faktury.md)
    max_parts: int = 50
    # retrieval (pobieranie-faktur/hwm.md): permanentStorageDate = acquisitionDate + permanent_storage_delay;
    # an invoice becomes visible (downloadable, listed) up to hwm_lag after that date, and the High Water
    # Mark is now - hwm_lag, so nothing ever appears at or below it
    permanent_storage_delay: timedelta = timedelta(seconds=1)
    hwm_lag: timedelta = timedelta(seconds=2)
    export_max_invoices: int = 10_000
    export_max_compressed_size: int = 1_000_000_000  # "1GB" of compressed invoices per package
    export_part_size: int = 50_000_000
    metadata_cap: int = 10_000
    url_lifetime: timedelta = timedelta(minutes=20)
    # rate limits (limity/limity-api.md): the spec's x-rate-limits per group, per context and client IP
    rate_limits_enabled: bool = True
    rate_limit_scale: float = 1.0
    # lenient switch for your own tests: accept invoices whatever their seller (no 410)
    check_invoice_permissions: bool = True
    token_activation_polls: int = 0  # status reads of a token made by POST /tokens that still show Pending
    certificate_validity: timedelta = timedelta(days=730)  # KSeF certificates issued by the sandbox's CA
