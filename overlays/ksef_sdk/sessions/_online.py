"""Online (interactive) sessions: open, send invoices, close, wait, per-invoice outcomes and UPO.

``sesja-interaktywna.md`` of the KSeF documentation. Each step is one sans-IO flow (:mod:`ksef_sdk.flow`);
:class:`OnlineSession` and :class:`AsyncOnlineSession` are thin drivers over the same flows::

    with OnlineSession.open(client) as session:          # FA (3) by default
        sent = session.send(invoice_xml)                 # validated locally, encrypted, sent
    result = session.wait()                              # closed on exit; poll until processed
    for outcome in result.outcomes:                      # one per invoice sent, in order
        print(outcome.ksef_number or (outcome.result.status_code, outcome.result.details))
    upo = session.invoice_upo(result.invoices[0])        # typed UPO, exact bytes in upo.raw

    async with AsyncOnlineSession.open(client) as session:
        await session.send(invoice_xml)
    result = await session.wait()

Right after opening, the session status is read once: a 415 there means KSeF could not decrypt the
session key, and :class:`~ksef_sdk.errors.SessionKeyRejectedError` is raised before any invoice goes out.

A send whose answer is lost (connection dropped, body cut short, a 5xx) is never reported as failed:
the invoice is looked up in the session by its hash, or sent again (:mod:`ksef_sdk.sessions._resolve`);
:attr:`SentInvoice.established` says how its reference number was established.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Generator, Iterable
from typing import TYPE_CHECKING, Any, Literal, TypedDict, TypeVar

from ksef_sdk import defaults
from ksef_sdk._options import check_options
from ksef_sdk.crypto._cipher import SessionKey, sha256_b64
from ksef_sdk.errors import InvoiceValidationError, KsefError, SessionError
from ksef_sdk.flow import Call, Flow, PollPolicy, poll, run_async, run_sync
from ksef_sdk.http._client import AnyClient, AsyncSecuredClient, SyncSecuredClient, workflow_env
from ksef_sdk.invoice.checks import FA_3, FormCode, InvoiceLimits, InvoiceSource, XsdValidator, read_invoice
from ksef_sdk.invoice.checks import validate_invoice as _validate_invoice
from ksef_sdk.sessions._reads import (
    check_key_accepted_flow,
    invoice_status_flow,
    invoice_upo_flow,
    limits_flow,
    list_invoices_flow,
    open_with_key_flow,
    session_status_flow,
    session_upo_flow,
    wait_closed_flow,
)
from ksef_sdk.sessions._resolve import close_resolved_flow, repeat_ambiguous_flow, send_resolved_flow
from ksef_sdk.sessions._results import InvoiceResult, SentInvoice, SessionResult, SessionStatus
from ksef_sdk.sessions._state import OnlineSessionState
from ksef_sdk.upo import Upo

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ksef_sdk.crypto._keys import PublicKeyStore
    from ksef_sdk.http._storage import Storage

__all__ = ["AsyncOnlineSession", "OnlineSession", "SessionOptions", "invoice_hash"]

T = TypeVar("T")
LimitsOption = InvoiceLimits | Literal["context"] | None


class SessionOptions(TypedDict, total=False):
    """Options of an online session (all optional).

    - ``form_code``: the invoices' schema (default FA (3)).
    - ``validate`` / ``xsd``: the local pre-send checks (default on) and XSD validation (default off; extra ``xsd``).
    - ``limits``: invoice size limits (default KSeF's; ``"context"`` reads the context's from KSeF at open).
    - ``offline_mode``: mark invoices as issued offline (``tryby-offline.md``).
    - ``poll_policy``: how :meth:`~OnlineSession.wait` polls (default ``defaults.SESSION_POLL``).
    - ``resolve_attempts`` / ``resolve_delay``: how an invoice whose answer was lost is looked up and sent
      again (defaults ``defaults.RESOLVE_ATTEMPTS`` / ``RESOLVE_DELAY``).
    - ``key_store`` / ``storage``: the Ministry key store and pre-signed transfer client (default: the client's).
    """

    form_code: FormCode
    validate: bool
    xsd: bool | XsdValidator
    limits: LimitsOption
    offline_mode: bool
    poll_policy: PollPolicy
    resolve_attempts: int
    resolve_delay: float
    key_store: PublicKeyStore
    storage: Storage


class _OnlineCore:
    """State and flows of an online session; the sync/async classes only run the flows."""

    def __init__(self, client: AnyClient, **options: Unpack[SessionOptions]) -> None:
        check_options(options, SessionOptions, type(self).__name__)
        self.form_code: FormCode = options.get("form_code", FA_3)
        self.validate = options.get("validate", True)
        xsd = options.get("xsd", False)
        self.xsd: bool | XsdValidator = XsdValidator() if xsd is True else xsd
        self.limits_option: LimitsOption = options.get("limits")
        self.limits = self.limits_option if isinstance(self.limits_option, InvoiceLimits) else InvoiceLimits()
        self.offline_mode = options.get("offline_mode", False)
        self.poll_policy = options.get("poll_policy", defaults.SESSION_POLL)
        self.resolve_attempts = options.get("resolve_attempts", defaults.RESOLVE_ATTEMPTS)
        self.resolve_delay = options.get("resolve_delay", defaults.RESOLVE_DELAY)
        self.reference_number: str | None = None
        self.valid_until: dt.datetime | None = None
        self.closed = False
        self.sent: list[SentInvoice] = []
        self._sent_references: set[str] = set()  # of ``sent``, kept beside it (not rebuilt for every send)
        self._key: SessionKey | None = None
        self._env = workflow_env(client, key_store=options.get("key_store"), storage=options.get("storage"))

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(reference_number={self.reference_number!r}, "
            f"form_code={self.form_code.system_code!r}, sent={len(self.sent)}, closed={self.closed})"
        )

    def state(self) -> OnlineSessionState:
        """The resume state (reference number, key, what was sent): see :class:`OnlineSessionState`."""
        ref = self._ref()
        assert self._key is not None
        return OnlineSessionState(
            ref, self.form_code, self._key, self.valid_until, tuple(self.sent), self.closed, self.offline_mode
        )

    def _restore(self, state: OnlineSessionState) -> None:
        if self.reference_number is not None:
            raise SessionError(f"session {self.reference_number} is already open")
        self.reference_number, self._key, self.valid_until = state.reference_number, state.key, state.valid_until
        self.form_code, self.offline_mode, self.closed = state.form_code, state.offline_mode, state.closed
        self.sent = list(state.sent)

    @property
    def api_calls(self) -> list[str]:
        """Names of the generated operations called so far (in order)."""
        return self._env.calls

    def _ref(self) -> str:
        if self.reference_number is None:
            raise SessionError("the session is not open")
        return self.reference_number

    # --- flows

    def _open_flow(self) -> Flow[str]:
        from ksef_api.api.online_session import post_sessions_online as op
        from ksef_api.models.open_online_session_request import OpenOnlineSessionRequest
        from ksef_api.models.open_online_session_response import OpenOnlineSessionResponse

        if self.reference_number is not None:
            raise SessionError(f"session {self.reference_number} is already open")
        if self.limits_option == "context":
            self.limits = yield from limits_flow()
        form = self.form_code.to_model()
        response, key = yield from repeat_ambiguous_flow(
            lambda: open_with_key_flow(
                lambda enc: OpenOnlineSessionRequest(form_code=form, encryption=enc), op, OpenOnlineSessionResponse
            ),
            attempts=self.resolve_attempts,
            what="opening an online session",
        )
        ref: str = response.reference_number
        self.reference_number, self.valid_until, self._key = ref, response.valid_until, key
        yield from check_key_accepted_flow(ref)
        return ref

    def _prepare(self, invoice: InvoiceSource, name: str | None) -> bytes:
        data = read_invoice(invoice)
        if self.validate:
            try:
                _validate_invoice(data, form_code=self.form_code, limits=self.limits, xsd=self.xsd)
            except InvoiceValidationError as exc:
                if name or isinstance(invoice, str) or hasattr(invoice, "__fspath__"):
                    raise exc.with_source(name or str(invoice)) from None
                raise
        return data

    def _send_flow(
        self,
        invoice: InvoiceSource,
        *,
        offline_mode: bool | None,
        hash_of_corrected_invoice: str | None,
        name: str | None,
    ) -> Flow[SentInvoice]:
        from ksef_api.api.online_session import post_sessions_online_reference_number_invoices as op
        from ksef_api.models.send_invoice_response import SendInvoiceResponse

        ref = self._ref()
        if self.closed:
            raise SessionError(f"session {ref} is closed")
        if hash_of_corrected_invoice is not None and offline_mode is False:
            raise SessionError("a technical correction is sent with offline_mode=True (tryby-offline.md)")
        offline = (
            True
            if hash_of_corrected_invoice is not None
            else (self.offline_mode if offline_mode is None else offline_mode)
        )
        data = self._prepare(invoice, name)
        assert self._key is not None
        encrypted = self._key.encrypt_invoice(data)
        body = encrypted.to_request(offline_mode=offline, hash_of_corrected_invoice=hash_of_corrected_invoice)

        def send() -> Generator[Any, Any, str]:
            response = yield Call(op, {"reference_number": ref, "body": body}, expected=SendInvoiceResponse)
            return str(response.reference_number)

        reference, established = yield from send_resolved_flow(
            send,
            session=ref,
            invoice_hash=encrypted.invoice_hash,
            known=self._sent_references,
            attempts=self.resolve_attempts,
            delay=self.resolve_delay,
        )
        sent = SentInvoice(reference, encrypted.invoice_hash, encrypted.invoice_size, name, established)
        self.sent.append(sent)
        self._sent_references.add(reference)
        return sent

    def _close_flow(self) -> Flow[None]:
        from ksef_api.api.online_session import post_sessions_online_reference_number_close as op

        ref = self._ref()
        if not self.closed:

            def close() -> Generator[Any, Any, None]:
                yield Call(op, {"reference_number": ref})

            yield from close_resolved_flow(close, session=ref, attempts=self.resolve_attempts)
            self.closed = True

    def _invoices_done(self, invoices: list[InvoiceResult]) -> bool:
        known = {i.reference_number: i for i in invoices}
        return all(s.reference_number in known and not known[s.reference_number].pending for s in self.sent)

    def _wait_flow(self, policy: PollPolicy | None) -> Flow[SessionResult]:
        ref = self._ref()
        policy = policy or self.poll_policy
        if self.closed:
            status = yield from wait_closed_flow(ref, policy)
            invoices = yield from list_invoices_flow(ref)
        else:
            invoices = yield from poll(
                lambda: list_invoices_flow(ref), self._invoices_done, policy, f"session {ref} invoices"
            )
            status = yield from session_status_flow(ref)
        return SessionResult(ref, status, tuple(invoices), SessionResult.match(self.sent, invoices))


class OnlineSession(_OnlineCore):
    """A synchronous online session. Use :meth:`open` (or ``with OnlineSession(client) as s``)."""

    def __init__(self, client: SyncSecuredClient, **options: Unpack[SessionOptions]) -> None:
        super().__init__(client, **options)

    @classmethod
    def open(cls, client: SyncSecuredClient, **options: Unpack[SessionOptions]) -> OnlineSession:
        """Open a session (``form_code=FA_3`` by default) and check KSeF accepted its key."""
        session = cls(client, **options)
        session.start()
        return session

    @classmethod
    def resume(cls, client: Any, state: OnlineSessionState, **options: Unpack[SessionOptions]) -> OnlineSession:
        """Continue a session another process opened, from its :meth:`state` (no request is made): send more
        invoices with the same key, close it, wait for it, fetch UPOs. ``form_code`` comes from the state."""
        session = cls(client, **options)
        session._restore(state)
        return session

    def _run(self, flow: Flow[T]) -> T:
        return run_sync(flow, self._env)

    def start(self) -> str:
        """``POST /sessions/online`` then ``GET /sessions/{ref}``; returns the reference number."""
        return self._run(self._open_flow())

    def send(
        self,
        invoice: InvoiceSource,
        *,
        offline_mode: bool | None = None,
        hash_of_corrected_invoice: str | None = None,
        name: str | None = None,
    ) -> SentInvoice:
        """Validate, encrypt and send one invoice (bytes, path or binary file)."""
        return self._run(
            self._send_flow(
                invoice, offline_mode=offline_mode, hash_of_corrected_invoice=hash_of_corrected_invoice, name=name
            )
        )

    def send_many(self, invoices: Iterable[InvoiceSource], *, offline_mode: bool | None = None) -> list[SentInvoice]:
        """Send invoices one after another (all are validated as they go; the first invalid one stops)."""
        return [self.send(invoice, offline_mode=offline_mode) for invoice in invoices]

    def close(self) -> None:
        """``POST /sessions/online/{ref}/close`` (idempotent here)."""
        self._run(self._close_flow())

    def status(self) -> SessionStatus:
        return self._run(session_status_flow(self._ref()))

    def invoices(self, *, failed_only: bool = False) -> list[InvoiceResult]:
        return self._run(list_invoices_flow(self._ref(), failed_only=failed_only))

    def invoice_status(self, invoice: SentInvoice | str) -> InvoiceResult:
        ref = invoice.reference_number if isinstance(invoice, SentInvoice) else invoice
        return self._run(invoice_status_flow(self._ref(), ref))

    def wait(self, policy: PollPolicy | None = None) -> SessionResult:
        """Poll until processed: the session's final status if closed, else every sent invoice's status."""
        return self._run(self._wait_flow(policy))

    def invoice_upo(self, invoice: InvoiceResult | str) -> Upo:
        """UPO of one invoice (an :class:`InvoiceResult`, a KSeF number or an invoice reference number)."""
        return self._run(invoice_upo_flow(self._ref(), invoice))

    def session_upo(self, status: SessionStatus | None = None) -> list[Upo]:
        """The collective UPO pages (after close and processing)."""
        status = status or self.status()
        return self._run(session_upo_flow(self._ref(), status.upo_pages))

    def __enter__(self) -> OnlineSession:
        if self.reference_number is None:
            self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.reference_number is not None and not self.closed:
            try:
                self.close()
            except KsefError:
                if exc_info[0] is None:
                    raise


class _Opening:
    """What :meth:`AsyncOnlineSession.open` returns: await it for the open session, or use it as
    ``async with`` (opened on entry, closed on exit)."""

    def __init__(self, session: AsyncOnlineSession) -> None:
        self._session = session

    def __await__(self) -> Generator[Any, None, AsyncOnlineSession]:
        return self._opened().__await__()

    async def _opened(self) -> AsyncOnlineSession:
        await self._session.start()
        return self._session

    async def __aenter__(self) -> AsyncOnlineSession:
        return await self._session.__aenter__()

    async def __aexit__(self, *exc_info: object) -> None:
        await self._session.__aexit__(*exc_info)


class AsyncOnlineSession(_OnlineCore):
    """The asyncio twin of :class:`OnlineSession` (same flows, awaited)."""

    def __init__(self, client: AsyncSecuredClient, **options: Unpack[SessionOptions]) -> None:
        super().__init__(client, **options)

    @classmethod
    def open(cls, client: AsyncSecuredClient, **options: Unpack[SessionOptions]) -> _Opening:
        """``s = await AsyncOnlineSession.open(client)``, or ``async with AsyncOnlineSession.open(client) as s``."""
        return _Opening(cls(client, **options))

    @classmethod
    def resume(cls, client: Any, state: OnlineSessionState, **options: Unpack[SessionOptions]) -> AsyncOnlineSession:
        """The asyncio :meth:`OnlineSession.resume` (no request is made)."""
        session = cls(client, **options)
        session._restore(state)
        return session

    def _run(self, flow: Flow[T]) -> Awaitable[T]:
        return run_async(flow, self._env)

    async def start(self) -> str:
        return await self._run(self._open_flow())

    async def send(
        self,
        invoice: InvoiceSource,
        *,
        offline_mode: bool | None = None,
        hash_of_corrected_invoice: str | None = None,
        name: str | None = None,
    ) -> SentInvoice:
        return await self._run(
            self._send_flow(
                invoice, offline_mode=offline_mode, hash_of_corrected_invoice=hash_of_corrected_invoice, name=name
            )
        )

    async def send_many(
        self, invoices: Iterable[InvoiceSource], *, offline_mode: bool | None = None
    ) -> list[SentInvoice]:
        return [await self.send(invoice, offline_mode=offline_mode) for invoice in invoices]

    async def close(self) -> None:
        await self._run(self._close_flow())

    async def status(self) -> SessionStatus:
        return await self._run(session_status_flow(self._ref()))

    async def invoices(self, *, failed_only: bool = False) -> list[InvoiceResult]:
        return await self._run(list_invoices_flow(self._ref(), failed_only=failed_only))

    async def invoice_status(self, invoice: SentInvoice | str) -> InvoiceResult:
        ref = invoice.reference_number if isinstance(invoice, SentInvoice) else invoice
        return await self._run(invoice_status_flow(self._ref(), ref))

    async def wait(self, policy: PollPolicy | None = None) -> SessionResult:
        return await self._run(self._wait_flow(policy))

    async def invoice_upo(self, invoice: InvoiceResult | str) -> Upo:
        return await self._run(invoice_upo_flow(self._ref(), invoice))

    async def session_upo(self, status: SessionStatus | None = None) -> list[Upo]:
        status = status or await self.status()
        return await self._run(session_upo_flow(self._ref(), status.upo_pages))

    async def __aenter__(self) -> AsyncOnlineSession:
        if self.reference_number is None:
            await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self.reference_number is not None and not self.closed:
            try:
                await self.close()
            except KsefError:
                if exc_info[0] is None:
                    raise


def invoice_hash(invoice: InvoiceSource) -> str:
    """Base64 SHA-256 of an invoice file: ``invoiceHash``, ``hashOfCorrectedInvoice``, UPO ``SkrotDokumentu``."""
    return sha256_b64(read_invoice(invoice))
