"""The shared state every API area works on: configuration, the clock, keys, schemas, one lock, the data.

The API areas (``ksef_sandbox.api.*``) are functions over one :class:`SandboxState`; this module knows
nothing about them. Callers hold ``state.lock`` while they read or change the data (the dispatcher does
that for every request).
"""

from __future__ import annotations

import random
import secrets
import shutil
import tempfile
import threading
from collections import deque
from datetime import datetime
from pathlib import Path
from typing import Any

from ._ca import CertificateAuthority
from ._config import Config
from ._crypto import KeyStore
from ._ids import Clock
from ._records import (
    AuthOperation,
    Enrollment,
    Export,
    Grant,
    Invoice,
    IssuedCertificate,
    KsefToken,
    PermissionOperation,
    Progress,
    Session,
    TokenRecord,
)
from ._xml import SchemaStore, default_schema_dir

__all__ = ["SandboxState"]


class SandboxState:
    """All data of one sandbox plus what every operation needs (config, clock, keys, schemas, secrets)."""

    def __init__(
        self, *, schema_dir: Path | str | None = "auto", config: Config | None = None, keys: KeyStore | None = None
    ) -> None:
        self.config = config or Config()
        self.clock = Clock()
        self.keys = keys or KeyStore.generate()
        self.ca = CertificateAuthority.generate()  # issues KSeF certificates (api.certificates)
        root = default_schema_dir() if schema_dir == "auto" else (Path(schema_dir) if schema_dir else None)
        self.schemas = SchemaStore(root)
        if schema_dir == "auto" and not self.schemas.available:
            # strict by default: never accept XSD-invalid invoices silently (schema_dir=None opts out)
            raise RuntimeError(
                "ksef_sandbox: the official invoice XSDs were not found; install ksef-sdk from a wheel, set "
                "KSEF_SCHEMA_DIR to the directory holding FA/, RR/ and PEF/, or pass schema_dir=None to check "
                "well-formedness only"
            )
        self.lock = threading.RLock()
        self.url_key = secrets.token_bytes(32)  # pre-signed URLs and continuation tokens
        self.jwt_key = secrets.token_bytes(32)  # bearer tokens
        self.tmpdir = Path(tempfile.mkdtemp(prefix="ksef-sandbox-"))
        self.workers: list[threading.Thread] = []  # background batch processing
        self.random = random.Random()  # noqa: S311 - simulation only (late arrivals); seed it for repeatable runs
        self.reset()

    def reset(self) -> None:
        """Forget all data (the configuration, keys and clock stay)."""
        with self.lock:
            # authentication (auth, auth_sessions, tokens)
            self.challenges: dict[str, datetime] = {}
            self.auth_ops: dict[str, AuthOperation] = {}
            self.tokens: dict[str, TokenRecord] = {}  # bearer token -> record
            self.ksef_tokens: dict[str, KsefToken] = {}
            # sending and retrieval (online_session, batch_session, session_status, invoices)
            self.sessions: dict[str, Session] = {}
            self.invoices: dict[str, Invoice] = {}  # by KSeF number
            self.duplicates: dict[tuple[str, str, str], Invoice] = {}
            self.by_hash: dict[str, list[Invoice]] = {}  # invoiceHash -> invoices sent with it
            self.corrections: dict[str, list[Invoice]] = {}  # hashOfCorrectedInvoice -> technical corrections
            self.exports: dict[str, Export] = {}
            # subjects and permissions (test_data, permissions)
            self.subjects: dict[str, dict[str, Any]] = {}  # NIP -> type, owners, subunits, bailiff...
            self.grants: dict[str, Grant] = {}  # by permission id
            self.permission_ops: dict[str, PermissionOperation] = {}
            self.blocked_contexts: set[str] = set()
            self.attachments: dict[str, datetime | None] = {}
            # certificates, collective identifiers, Peppol
            self.enrollments: dict[str, Enrollment] = {}
            self.certificates: dict[str, IssuedCertificate] = {}  # by serial (16 hex digits)
            # (subject type, subject value) -> {"maxEnrollments": n, "maxCertificates": n} (test data)
            self.certificate_limits: dict[tuple[str, str], dict[str, int]] = {}
            self.collective_ids: list[dict[str, Any]] = []
            self.peppol_providers: list[dict[str, Any]] = []
            # limits: (counter, context, client IP) -> request times; test-data overrides per context
            self.windows: dict[tuple[str, str, str], deque[float]] = {}
            self.custom_rate_limits: dict[str, dict[str, dict[str, int]]] = {}  # context -> group -> limits
            self.session_limits: dict[str, dict[str, Any]] = {}

    @property
    def now(self) -> datetime:
        return self.clock.now()

    def progress(self) -> Progress:
        """Asynchronous work starting now: in progress for the configured reads and time."""
        return Progress(self.config.processing_polls, self.now + self.config.processing_time)

    def wait_idle(self, timeout: float | None = None) -> None:
        """Wait for background work (batch processing) to finish."""
        for t in list(self.workers):
            t.join(timeout)

    def close(self) -> None:
        for t in list(self.workers):
            t.join()
        shutil.rmtree(self.tmpdir, ignore_errors=True)
