"""The sandbox's tunables (lifetimes, limits, processing delays); changed at runtime through the control handle."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

__all__ = ["Config"]


@dataclass
class Config:
    """Tunables; change them at runtime through the control handle."""

    access_token_lifetime: timedelta = timedelta(minutes=15)
    refresh_token_lifetime: timedelta = timedelta(days=7)
    auth_token_lifetime: timedelta = timedelta(minutes=45)
    challenge_lifetime: timedelta = timedelta(minutes=10)
    online_session_lifetime: timedelta = timedelta(hours=12)
    processing_polls: int = 1  # status reads that still show "in progress" before the final state
    rate_limits_enabled: bool = False
    rate_limit_scale: float = 1.0
    upo_page_size: int = 10_000
    max_invoices_per_session: int = 10_000
    max_invoice_size: int = 1_000_000
    max_invoice_with_attachment_size: int = 3_000_000
    max_part_size: int = 100_000_000
    max_parts: int = 50
    export_part_size: int = 50_000_000
    metadata_cap: int = 10_000
    url_lifetime: timedelta = timedelta(minutes=20)
    token_activation_polls: int = 0  # status reads of a token made by POST /tokens that still show Pending
    certificate_validity: timedelta = timedelta(days=730)  # KSeF certificates issued by the sandbox's CA
