"""The control handle: what a test may do to the sandbox besides calling the API."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from ._config import Config
from ._core import SandboxCore
from ._crypto import USAGE_SYMMETRIC, USAGE_TOKEN, KeyPair
from ._faults import Fault, FaultInjector
from ._records import OWNER_PERMISSIONS, TOKEN_PERMISSIONS, Invoice, IssuedCertificate, Session
from .api._grants import grant_system, new_grant
from .api._sessions import cancel_invoice, fail_session
from .api.tokens import issue_token

__all__ = ["SandboxControl"]


class SandboxControl:
    """Seed subjects, issue KSeF tokens, inject faults, tune limits and lifetimes, read state."""

    def __init__(self, core: SandboxCore, faults: FaultInjector) -> None:
        self.core = core
        self._state = core.state
        self.faults = faults
        self._defaults = Config(**vars(core.config))

    # ------------------------------------------------------------------ seeding
    def seed_subject(
        self,
        nip: str,
        *,
        subject_type: str = "VatGroup",
        description: str = "Sandbox subject",
        owners: Iterable[str] = (),
    ) -> None:
        """Register a subject (as ``POST /testdata/subject``); ``owners`` (PESEL/NIP/fingerprint) get all rights."""
        with self._state.lock:
            subject = self._state.subjects.setdefault(
                nip,
                {
                    "type": subject_type,
                    "description": description,
                    "owners": set(),
                    "subunits": [],
                    "created": self._state.now,
                },
            )
            subject["owners"].update(owners)

    def grant(self, context_nip: str, subject_id: str, permissions: Iterable[str] = OWNER_PERMISSIONS) -> None:
        """Give ``subject_id`` (NIP, PESEL or certificate fingerprint) permissions in ``context_nip`` (an NIP or
        an internal identifier), in force at once, as ``POST /testdata/permissions`` does."""
        kind = "Nip" if len(subject_id) == 10 else ("Pesel" if len(subject_id) == 11 else "Fingerprint")
        value = subject_id.upper() if kind == "Fingerprint" else subject_id
        with self._state.lock:
            for scope in permissions:
                grant_system(self._state, context_nip, (kind, value), scope)

    def authorize(self, authorizing_nip: str, authorized: str, scope: str) -> None:
        """An authorization (``SelfInvoicing``, ``RRInvoicing``, ``TaxRepresentative``, ``PefInvoicing``) that
        ``authorizing_nip`` gives ``authorized`` (an NIP or Peppol id), in force at once."""
        with self._state.lock:
            g = new_grant(
                self._state,
                kind="Authorization",
                scope=scope,
                context=("Nip", authorizing_nip),
                authorized=("PeppolId" if authorized.startswith("P") else "Nip", authorized),
                author=("System", ""),
                granted_in=("Nip", authorizing_nip),
                description="Dane testowe",
            )
            self._state.grants[g.id] = g

    def issue_ksef_token(
        self,
        nip: str,
        permissions: Iterable[str] = TOKEN_PERMISSIONS,
        *,
        description: str = "sandbox token",
        context_type: str = "Nip",
    ) -> str:
        """A usable KSeF token for ``nip`` (as if created by ``POST /tokens``); returns the secret token string."""
        with self._state.lock:
            token = issue_token(
                self._state, context_type, nip, list(permissions), description=description, author=("Nip", nip[:10])
            )
            return token.secret

    def set_certificate_limits(
        self,
        subject: tuple[str, str],
        *,
        enrollments: int | None = None,
        certificates: int | None = None,
    ) -> None:
        """Limits of ``subject`` (``("Nip", "5265877635")``, ``("Pesel", ...)``, ``("Fingerprint", ...)``):
        certificate requests and active KSeF certificates (as ``POST /testdata/limits/subject/certificate``)."""
        with self._state.lock:
            override = self._state.certificate_limits.setdefault(subject, {})
            if enrollments is not None:
                override["maxEnrollments"] = enrollments
            if certificates is not None:
                override["maxCertificates"] = certificates

    def revoke_ksef_token(self, token: str) -> None:
        with self._state.lock:
            for t in self._state.ksef_tokens.values():
                if token in (t.secret, t.reference):
                    t.status = "Revoked"

    def block_context(self, nip: str, blocked: bool = True) -> None:
        with self._state.lock:
            (self._state.blocked_contexts.add if blocked else self._state.blocked_contexts.discard)(nip)

    # ------------------------------------------------------------------- faults
    def inject_fault(
        self,
        pattern: str,
        *,
        status: int | None = None,
        times: int | None = 1,
        probability: float = 1.0,
        latency: float = 0.0,
        drop: bool = False,
        truncate: int | None = None,
        retry_after: int | None = None,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Fault:
        """Make requests matching ``pattern`` (``"POST /sessions/online/*/invoices"``) misbehave; see :class:`Fault`."""
        return self.faults.add(
            Fault(pattern, status, times, probability, latency, drop, truncate, retry_after, body, dict(headers or {}))
        )

    def clear_faults(self) -> None:
        self.faults.clear()

    def seed(self, seed: int) -> None:
        """Make the sandbox's randomness repeatable: probabilistic faults and late arrivals in storage."""
        with self._state.lock:
            self._state.random.seed(seed)
        self.faults.random.seed(seed)

    # ----------------------------------------------------------- configuration
    @property
    def config(self) -> Config:
        return self._state.config

    def configure(self, **changes: Any) -> None:
        """Set any :class:`Config` field, e.g. ``configure(processing_polls=0, upo_page_size=100)``."""
        with self._state.lock:
            for name, value in changes.items():
                if not hasattr(self._state.config, name):
                    raise AttributeError(f"unknown sandbox setting {name!r}")
                setattr(self._state.config, name, value)

    def set_rate_limits(self, enabled: bool = True, scale: float = 1.0) -> None:
        """Enforce the spec's ``x-rate-limits`` (multiplied by ``scale``; on by default), or switch them off."""
        with self._state.lock:
            self._state.config.rate_limits_enabled = enabled
            self._state.config.rate_limit_scale = scale
            self._state.windows.clear()

    def set_token_lifetimes(
        self,
        *,
        access: timedelta | None = None,
        refresh: timedelta | None = None,
        authentication: timedelta | None = None,
    ) -> None:
        with self._state.lock:
            if access is not None:
                self._state.config.access_token_lifetime = access
            if refresh is not None:
                self._state.config.refresh_token_lifetime = refresh
            if authentication is not None:
                self._state.config.auth_token_lifetime = authentication

    def set_processing_polls(self, polls: int) -> None:
        """How many status reads show "in progress" (100/150/170) before the final state; 0 = immediate."""
        self.configure(processing_polls=polls)

    def now(self) -> datetime:
        """The sandbox's clock (real time plus every :meth:`advance_time`)."""
        return self._state.now

    def freeze_time(self, frozen: bool = True) -> None:
        """Stop the sandbox clock (it then moves only by :meth:`advance_time`; rate-limit windows, lifetimes and
        processing times become exact), or let it run again from where it stands."""
        with self._state.lock:
            self._state.clock.freeze(frozen)

    def advance_time(self, delta: timedelta) -> None:
        """Move the sandbox clock forward (tokens, challenges, sessions and URLs expire without sleeping)."""
        with self._state.lock:
            self._state.clock.advance(delta)

    def settle(self) -> None:
        """Move the clock past ``permanent_storage_delay`` + ``hwm_lag``: every invoice accepted so far is in
        permanent storage and below the HWM (downloadable, listed, exported) - what KSeF gives a moment later."""
        with self._state.lock:
            cfg = self._state.config
            self._state.clock.advance(cfg.permanent_storage_delay + cfg.hwm_lag + timedelta(milliseconds=10))

    def rotate_key(self, usage: str = USAGE_SYMMETRIC) -> KeyPair:
        """Publish a new public key for ``usage`` (``SymmetricKeyEncryption`` or ``KsefTokenEncryption``)."""
        with self._state.lock:
            return self._state.keys.rotate(usage)

    def retire_key(self, public_key_id: str) -> None:
        """Emergency rotation: the key leaves the list and its id gets 21470."""
        with self._state.lock:
            self._state.keys.retire(public_key_id)

    def reset(self, *, state: bool = False) -> None:
        """Clear faults and restore the configuration (and with ``state=True`` forget all data and the clock)."""
        self.clear_faults()
        with self._state.lock:
            for name, value in vars(self._defaults).items():
                setattr(self._state.config, name, value)
            self._state.clock.freeze(False)
            if state:
                self._state.reset()
                self._state.clock.offset = timedelta(0)
                self.core.call_counts.clear()

    # ------------------------------------------------------- processing outcomes
    def cancel_by_system(self, session_reference: str, invoice_reference: str | None = None) -> None:
        """The system cancels processing (invoice status 550) of one invoice, or of every invoice of the session
        not yet reported final (``Przetwarzanie zostało przerwane z przyczyn wewnętrznych systemu``)."""
        with self._state.lock:
            s = self._state.sessions[session_reference]
            for inv in s.invoices:
                if invoice_reference in (None, inv.reference) and (
                    invoice_reference or not inv.progress.done(self._state.now)
                ):
                    cancel_invoice(self._state, s, inv)

    def fail_session(
        self, session_reference: str, code: int = 500, details: Iterable[str] = ("Nieznany błąd",)
    ) -> None:
        """A session error: the session ends with ``code``, its invoices still in processing with 405."""
        with self._state.lock:
            fail_session(self._state, self._state.sessions[session_reference], code, list(details))

    # -------------------------------------------------------------- reading
    def wait_idle(self, timeout: float | None = 60.0) -> None:
        """Wait for background processing (batch sessions) to finish."""
        self.core.wait_idle(timeout)

    def session(self, reference: str) -> Session:
        return self._state.sessions[reference]

    def sessions(self) -> list[Session]:
        with self._state.lock:
            return list(self._state.sessions.values())

    def invoice(self, ksef_number: str) -> Invoice:
        return self._state.invoices[ksef_number]

    def invoices(self, *, seller_nip: str | None = None) -> list[Invoice]:
        """Accepted invoices (with KSeF numbers), optionally for one seller."""
        with self._state.lock:
            return [
                i
                for i in self._state.invoices.values()
                if seller_nip is None or (i.facts and i.facts.seller_nip == seller_nip)
            ]

    def ca_certificate_pem(self) -> bytes:
        """The root certificate of the sandbox's CA, which issues its KSeF certificates (for ``openssl verify``)."""
        return self._state.ca.pem

    def certificates(self) -> list[IssuedCertificate]:
        """The KSeF certificates the sandbox issued (with ``status``, ``valid_to``, ``owner_*``)."""
        with self._state.lock:
            return list(self._state.certificates.values())

    def set_certificate_status(self, serial: str, status: str) -> None:
        """Force a KSeF certificate's status (``Active``, ``Blocked``, ``Revoked``), e.g. to simulate blocking."""
        if status not in ("Active", "Blocked", "Revoked"):
            raise ValueError("status must be Active, Blocked or Revoked")
        with self._state.lock:
            self._state.certificates[serial].status = status

    def verify_certificate_qr(self, url: str) -> dict[str, Any]:
        """Verify a KOD II link as the KSeF QR host does (certificate, type Offline, signature, permission,
        seller); the same as ``GET {qr_url}/certificate/...``."""
        return self.core.verify_certificate_qr(url)

    def call_counts(self) -> dict[str, int]:
        """Requests per operation key (``"POST /sessions/online"``) since start/reset."""
        with self._state.lock:
            return dict(self.core.call_counts)

    def public_key(self, usage: str = USAGE_SYMMETRIC) -> KeyPair:
        pair = self._state.keys.for_usage(usage)
        assert pair is not None
        return pair

    USAGE_TOKEN = USAGE_TOKEN
    USAGE_SYMMETRIC = USAGE_SYMMETRIC
