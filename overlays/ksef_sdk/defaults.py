"""Every default of ksef_sdk in one place: timeouts, pools, retries, polling, batch sizes, page sizes.

Each value can be overridden where it is used (``build_client(timeout=...)``,
``OnlineSession.open(client, poll_policy=...)``, ``send_batch(..., part_size=...)``); this module only
says what you get when you say nothing. Sizes follow KSeF, which counts in SI units (1 MB = 10**6 B).
"""

from __future__ import annotations

import datetime as dt

import httpx

from ksef_sdk._version import __version__
from ksef_sdk.flow._poll import PollPolicy

# --- HTTP ------------------------------------------------------------------------------------------
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""API requests: 30 s per read/write/pool wait, 10 s to connect. Nothing waits forever."""
POOL_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30.0)
"""One connection pool per client."""
STORAGE_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""Pre-signed transfers (part uploads, UPO pages, export parts): 60 s per chunk, 10 s to connect."""
USER_AGENT = f"ksef-sdk/{__version__}"
REFRESH_MARGIN = 60.0
"""Refresh the access token when it expires within this many seconds."""

MAX_RETRIES = 3
BACKOFF_BASE = 0.5
BACKOFF_MAX = 8.0
JITTER = 0.5
MAX_RETRY_AFTER = 60.0
"""A 429 whose ``Retry-After`` is longer than this is not waited out: the error carries the server's value."""

KEY_STORE_TTL = 6 * 3600.0
"""How long the Ministry public-key certificates are cached."""

# --- polling -----------------------------------------------------------------------------------------
AUTH_POLL = PollPolicy(initial=0.5, factor=1.5, max_delay=5.0, timeout=180.0)
"""``GET /auth/{ref}``: 0.5 s growing to 5 s between calls, for at most 3 minutes."""
SESSION_POLL = PollPolicy(initial=0.5, factor=1.5, max_delay=10.0, timeout=600.0)
"""Online session and invoice statuses: at most 10 minutes."""
BATCH_POLL = PollPolicy(initial=1.0, factor=1.5, max_delay=15.0, timeout=3600.0)
"""Batch session processing: at most an hour."""
EXPORT_POLL = PollPolicy(initial=1.0, factor=1.5, max_delay=15.0, timeout=1800.0)
"""Invoice exports: at most 30 minutes."""
DOWNLOAD_POLL = PollPolicy(initial=1.0, factor=1.5, max_delay=10.0, timeout=60.0)
"""An invoice not yet in permanent storage (21165): retried for at most a minute, within the download limits."""

# --- ambiguous outcomes ------------------------------------------------------------------------------
RESOLVE_ATTEMPTS = 3
"""How many times an invoice whose send outcome was lost is looked up in the session before it is sent again."""
RESOLVE_DELAY = 1.0
"""Seconds between those look-ups."""

# --- sessions, batch, retrieval -----------------------------------------------------------------------
SESSION_PAGE_SIZE = 1000
"""``GET /sessions/{ref}/invoices`` page size (the maximum)."""
METADATA_PAGE_SIZE = 250
"""``POST /invoices/query/metadata`` page size (the maximum)."""
PART_SIZE = 100_000_000
"""Batch part size before encryption (KSeF allows up to 100 MB per part)."""
MAX_PARTS = 50
MAX_ARCHIVE = 5_000_000_000
MAX_BATCH_INVOICES = 10_000
UPLOAD_WINDOW_PER_PART = dt.timedelta(minutes=20)
UPLOAD_CONCURRENCY = 4
PART_RETRIES = 3

# --- certificates, tokens, permissions -------------------------------------------------------------------
CERTIFICATE_POLL = PollPolicy(initial=0.5, factor=1.5, max_delay=5.0, timeout=300.0)
"""``GET /certificates/enrollments/{ref}``: until the certificate is issued, at most 5 minutes."""
CERTIFICATE_RENEW_BEFORE = dt.timedelta(days=30)
"""``renew_certificate`` enrols the successor when the current certificate ends within this period."""
CERTIFICATE_CLOCK_SKEW = dt.timedelta(minutes=5)
"""A certificate whose validity starts at most this far in the future is used (the local clock may lag KSeF's)."""
CERTIFICATE_PAGE_SIZE = 50
"""``POST /certificates/query`` page size (the maximum)."""
TOKEN_POLL = PollPolicy(initial=0.5, factor=1.5, max_delay=5.0, timeout=120.0)
"""``GET /tokens/{ref}``: until a new KSeF token leaves ``Pending``, at most 2 minutes."""
TOKEN_PAGE_SIZE = 100
"""``GET /tokens`` page size (the maximum)."""
PERMISSION_POLL = PollPolicy(initial=0.5, factor=1.5, max_delay=5.0, timeout=300.0)
"""``GET /permissions/operations/{ref}``: until a grant or revocation is done, at most 5 minutes."""
PERMISSION_PAGE_SIZE = 100
"""Permission queries' page size (the maximum)."""
AUTH_SESSION_PAGE_SIZE = 100
"""``GET /auth/sessions`` page size."""
