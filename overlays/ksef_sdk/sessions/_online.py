"""Online (interactive) sessions: open, send invoices, close, wait, per-invoice results and UPO.

PROTOCOL §4. One flow per step, written once as a sans-IO generator (:mod:`ksef_sdk.flow._core`);
:class:`OnlineSession` and :class:`AsyncOnlineSession` are thin drivers over the same flows::

    with OnlineSession.open(client) as session:          # FA (3) by default
        sent = session.send(invoice_xml)                 # validated locally, encrypted, sent
    result = session.wait()                              # closed on exit; poll until processed
    for invoice in result.invoices:
        print(invoice.ksef_number or invoice.status_code, invoice.details)
    upo = session.invoice_upo(result.invoices[0])        # typed UPO, exact bytes in upo.raw

    async with AsyncOnlineSession.open(client) as session:
        await session.send(invoice_xml)
    result = await session.wait()

Right after opening, the session status is read once: a 415 there means KSeF could not decrypt the
session key, and :class:`SessionKeyRejectedError` is raised before any invoice goes out.
"""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from ksef_sdk.crypto._cipher import SessionKey, sha256_b64
from ksef_sdk.crypto._keys import KeyUsage, PublicKeyStore, is_unknown_key_error
from ksef_sdk.errors import KsefApiError, KsefError
from ksef_sdk.errors._workflows import SessionError, SessionKeyRejectedError
from ksef_sdk.flow._core import Call, Env, Flow, GetCertificate, Http, PollPolicy, poll, run_async, run_sync
from ksef_sdk.invoice.checks import (
    FA_3,
    FormCode,
    InvoiceLimits,
    InvoiceSource,
    InvoiceValidationError,
    XsdValidator,
    read_invoice,
    validate_invoice,
)
from ksef_sdk.upo import Upo, parse_upo

__all__ = [
    "FA_2",
    "FA_3",
    "FA_RR_1",
    "PEF_3",
    "PEF_KOR_3",
    "AsyncOnlineSession",
    "FormCode",
    "InvoiceResult",
    "OnlineSession",
    "PollPolicy",
    "SentInvoice",
    "SessionError",
    "SessionKeyRejectedError",
    "SessionResult",
    "SessionStatus",
    "UpoPageRef",
    "invoice_hash",
]

from ksef_sdk.invoice.checks import FA_2, FA_RR_1, PEF_3, PEF_KOR_3

# terminal session codes (PROTOCOL §4.4); everything else (100 open/started, 150 processing, 170 closed) is not final
SESSION_FINAL = frozenset({200, 405, 415, 420, 430, 435, 440, 445, 500})
INVOICE_PENDING = frozenset({100, 150})
PAGE_SIZE = 1000
T = TypeVar("T")


# ---------------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class UpoPageRef:
    """One page of the collective UPO: reference number and a pre-signed download URL."""

    reference_number: str
    download_url: str = field(repr=False)
    download_url_expires: dt.datetime


@dataclass(frozen=True)
class SessionStatus:
    """``GET /sessions/{ref}``: code (§4.4), counts and, after close, the collective UPO pages."""

    code: int
    description: str
    details: tuple[str, ...] = ()
    invoice_count: int | None = None
    successful_invoice_count: int | None = None
    failed_invoice_count: int | None = None
    upo_pages: tuple[UpoPageRef, ...] = ()
    date_created: dt.datetime | None = None
    valid_until: dt.datetime | None = None

    @property
    def is_final(self) -> bool:
        return self.code in SESSION_FINAL

    @classmethod
    def from_model(cls, m: Any) -> SessionStatus:
        upo = _opt(m.upo)
        return cls(
            code=m.status.code,
            description=m.status.description,
            details=tuple(_opt(m.status.details) or ()),
            invoice_count=_opt(m.invoice_count),
            successful_invoice_count=_opt(m.successful_invoice_count),
            failed_invoice_count=_opt(m.failed_invoice_count),
            upo_pages=tuple(
                UpoPageRef(p.reference_number, p.download_url, p.download_url_expiration_date) for p in upo.pages
            )
            if upo
            else (),
            date_created=m.date_created,
            valid_until=_opt(m.valid_until),
        )


@dataclass(frozen=True)
class InvoiceResult:
    """One invoice's outcome in a session: the KSeF number, or the failure code with details/extensions."""

    reference_number: str
    ordinal_number: int
    status_code: int
    status_description: str
    invoice_hash: str
    details: tuple[str, ...] = ()
    extensions: Mapping[str, str | None] = field(default_factory=dict)
    ksef_number: str | None = None
    invoice_number: str | None = None
    file_name: str | None = None
    acquisition_date: dt.datetime | None = None
    invoicing_mode: str | None = None
    upo_download_url: str | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.status_code == 200

    @property
    def pending(self) -> bool:
        return self.status_code in INVOICE_PENDING

    @classmethod
    def from_model(cls, m: Any) -> InvoiceResult:
        ext = _opt(m.status.extensions)
        mode = _opt(m.invoicing_mode)
        return cls(
            reference_number=m.reference_number,
            ordinal_number=m.ordinal_number,
            status_code=m.status.code,
            status_description=m.status.description,
            invoice_hash=m.invoice_hash,
            details=tuple(_opt(m.status.details) or ()),
            extensions=dict(ext.additional_properties) if ext is not None else {},
            ksef_number=_opt(m.ksef_number),
            invoice_number=_opt(m.invoice_number),
            file_name=_opt(m.invoice_file_name),
            acquisition_date=_opt(m.acquisition_date),
            invoicing_mode=str(mode.value if hasattr(mode, "value") else mode) if mode is not None else None,
            upo_download_url=_opt(m.upo_download_url),
        )


@dataclass(frozen=True)
class SessionResult:
    """The final state of a session and every invoice's result (in ordinal order)."""

    reference_number: str
    status: SessionStatus
    invoices: tuple[InvoiceResult, ...]

    @property
    def succeeded(self) -> tuple[InvoiceResult, ...]:
        return tuple(i for i in self.invoices if i.ok)

    @property
    def failed(self) -> tuple[InvoiceResult, ...]:
        return tuple(i for i in self.invoices if not i.ok and not i.pending)


@dataclass(frozen=True)
class SentInvoice:
    """An invoice KSeF accepted for processing (202): its reference number and the hash of what was sent."""

    reference_number: str
    invoice_hash: str
    invoice_size: int
    name: str | None = None


def _opt(value: Any) -> Any:
    from ksef_api.types import Unset

    return None if isinstance(value, Unset) else value


# ------------------------------------------------------------------------------------------ shared flows


def session_status_flow(reference_number: str) -> Flow[SessionStatus]:
    from ksef_api.api.session_status import get_sessions_reference_number as op

    model = yield Call(op, {"reference_number": reference_number})
    return SessionStatus.from_model(model)


def list_invoices_flow(reference_number: str, *, failed_only: bool = False) -> Flow[list[InvoiceResult]]:
    """Every invoice of a session through the paged list (1000 per page; ``x-continuation-token``)."""
    from ksef_api.api.session_status import get_sessions_reference_number_invoices as all_op
    from ksef_api.api.session_status import get_sessions_reference_number_invoices_failed as failed_op
    from ksef_api.types import UNSET

    op = failed_op if failed_only else all_op
    results: list[InvoiceResult] = []
    token: Any = UNSET
    while True:
        page = yield Call(
            op, {"reference_number": reference_number, "page_size": PAGE_SIZE, "x_continuation_token": token}
        )
        results.extend(InvoiceResult.from_model(item) for item in page.invoices)
        token = _opt(page.continuation_token)
        if not token:
            break
    results.sort(key=lambda r: r.ordinal_number)
    return results


def invoice_status_flow(reference_number: str, invoice_reference_number: str) -> Flow[InvoiceResult]:
    from ksef_api.api.session_status import get_sessions_reference_number_invoices_invoice_reference_number as op

    model = yield Call(op, {"reference_number": reference_number, "invoice_reference_number": invoice_reference_number})
    return InvoiceResult.from_model(model)


def _upo_from_response(response: Any) -> Upo:
    expected = response.headers.get("x-ms-meta-hash")
    return parse_upo(response.content, expected_hash=expected)


def invoice_upo_flow(reference_number: str, invoice: InvoiceResult | str) -> Flow[Upo]:
    """UPO of one invoice: by its pre-signed ``upoDownloadUrl`` when known (no API limit), else the API."""
    if isinstance(invoice, InvoiceResult) and invoice.upo_download_url:
        result = yield Http("GET", invoice.upo_download_url)
        return parse_upo(result.content or b"", expected_hash=result.headers.get("x-ms-meta-hash"))
    if isinstance(invoice, InvoiceResult):
        if invoice.ksef_number is None:
            raise SessionError(f"invoice {invoice.reference_number} has no KSeF number (status {invoice.status_code})")
        invoice = invoice.ksef_number
    if _looks_like_ksef_number(invoice):
        from ksef_api.api.session_status import get_sessions_reference_number_invoices_ksef_ksef_number_upo as k_op

        response = yield Call(k_op, {"reference_number": reference_number, "ksef_number": invoice}, raw=True)
    else:
        from ksef_api.api.session_status import (
            get_sessions_reference_number_invoices_invoice_reference_number_upo as r_op,
        )

        response = yield Call(
            r_op, {"reference_number": reference_number, "invoice_reference_number": invoice}, raw=True
        )
    return _upo_from_response(response)


def _looks_like_ksef_number(value: str) -> bool:
    # KSeF numbers start with a 10-digit NIP; reference numbers start with an 8-digit date.
    return len(value) in (35, 36) and value[:10].isdigit() and value[10] == "-"


def session_upo_flow(reference_number: str, pages: Iterable[UpoPageRef]) -> Flow[list[Upo]]:
    """Every page of the collective UPO through the pre-signed URLs (one request per page)."""
    upos: list[Upo] = []
    for page in pages:
        result = yield Http("GET", page.download_url)
        upos.append(parse_upo(result.content or b"", expected_hash=result.headers.get("x-ms-meta-hash")))
    return upos


def session_upo_api_flow(reference_number: str, upo_reference_number: str) -> Flow[Upo]:
    """One collective-UPO page through ``GET /sessions/{ref}/upo/{upoRef}`` (bearer; rate-limited)."""
    from ksef_api.api.session_status import get_sessions_reference_number_upo_upo_reference_number as op

    response = yield Call(
        op, {"reference_number": reference_number, "upo_reference_number": upo_reference_number}, raw=True
    )
    return _upo_from_response(response)


def wait_closed_flow(reference_number: str, policy: PollPolicy) -> Flow[SessionStatus]:
    """Poll ``GET /sessions/{ref}`` until the session reaches a final code."""
    return poll(
        lambda: session_status_flow(reference_number), lambda s: s.is_final, policy, f"session {reference_number}"
    )


def open_with_key_flow(
    build_request: Any, op: Any, expected: type, key: SessionKey | None = None
) -> Flow[tuple[Any, SessionKey]]:
    """Open a session with an AES key (fresh unless given) wrapped for the current Ministry key.

    On 400/21470 (key id no longer accepted) the certificates are re-fetched and the open is retried once.
    """
    key = key or SessionKey.generate()
    cert = yield GetCertificate(KeyUsage.SYMMETRIC_KEY.value)
    try:
        response = yield Call(op, {"body": build_request(key.encryption_info(cert))}, expected=expected)
    except KsefApiError as exc:
        if not is_unknown_key_error(exc):
            raise
        cert = yield GetCertificate(KeyUsage.SYMMETRIC_KEY.value, force_refresh=True)
        response = yield Call(op, {"body": build_request(key.encryption_info(cert))}, expected=expected)
    return response, key


def check_key_accepted_flow(reference_number: str) -> Flow[SessionStatus]:
    status = yield from session_status_flow(reference_number)
    if status.code == 415:
        raise SessionKeyRejectedError(
            f"session {reference_number}: KSeF could not decrypt the session key (415: {status.description}); "
            "the Ministry key may have rotated - nothing was sent",
            status,
        )
    return status


def limits_flow(batch: bool = False) -> Flow[InvoiceLimits]:
    from ksef_api.api.limits import get_limits_context as op

    model = yield Call(op)
    return InvoiceLimits.from_context_limits(model, batch=batch)


# ------------------------------------------------------------------------------------------- the session

_KEY_STORES: dict[int, PublicKeyStore] = {}
_KEY_STORES_LOCK = threading.Lock()


def default_key_store(client: Any) -> PublicKeyStore:
    """One :class:`PublicKeyStore` per client object, shared by all workflows made with it.

    (The generated clients are attrs classes without ``__hash__``, so the cache is keyed by ``id`` and
    the entry is dropped when the client is garbage-collected.)
    """
    key = id(client)
    with _KEY_STORES_LOCK:
        store = _KEY_STORES.get(key)
        if store is None:
            store = _KEY_STORES[key] = PublicKeyStore(client)
            try:
                weakref.finalize(client, _KEY_STORES.pop, key, None)
            except TypeError:  # not weak-referenceable: do not cache
                del _KEY_STORES[key]
        return store


def workflow_env(
    client: Any, key_store: PublicKeyStore | None = None, storage_client: Any = None, *, is_async: bool
) -> Env:
    """The :class:`Env` of a workflow: ``key_store`` or the client's shared one, the storage client of the I/O kind."""
    store = key_store or default_key_store(client)
    if is_async:
        return Env(client=client, key_store=store, async_storage_client=storage_client)
    return Env(client=client, key_store=store, storage_client=storage_client)


LimitsOption = InvoiceLimits | Literal["context"] | None


class _OnlineCore:
    """State and flows of an online session; the sync/async classes only run the flows."""

    _is_async = False

    def __init__(
        self,
        client: Any,
        *,
        form_code: FormCode = FA_3,
        key_store: PublicKeyStore | None = None,
        validate: bool = True,
        xsd: bool | XsdValidator = False,
        limits: LimitsOption = None,
        offline_mode: bool = False,
        poll_policy: PollPolicy | None = None,
        storage_client: Any = None,
    ) -> None:
        self.form_code = form_code
        self.validate = validate
        self.xsd: bool | XsdValidator = XsdValidator() if xsd is True else xsd
        self.limits_option = limits
        self.limits = limits if isinstance(limits, InvoiceLimits) else InvoiceLimits()
        self.offline_mode = offline_mode
        self.poll_policy = poll_policy or PollPolicy()
        self.reference_number: str | None = None
        self.valid_until: dt.datetime | None = None
        self.closed = False
        self.sent: list[SentInvoice] = []
        self._key: SessionKey | None = None
        self._env = workflow_env(client, key_store, storage_client, is_async=self._is_async)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(reference_number={self.reference_number!r}, "
            f"form_code={self.form_code.system_code!r}, sent={len(self.sent)}, closed={self.closed})"
        )

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
        response, key = yield from open_with_key_flow(
            lambda enc: OpenOnlineSessionRequest(form_code=form, encryption=enc), op, OpenOnlineSessionResponse
        )
        ref: str = response.reference_number
        self.reference_number, self.valid_until, self._key = ref, response.valid_until, key
        yield from check_key_accepted_flow(ref)
        return ref

    def _prepare(self, invoice: InvoiceSource, name: str | None) -> bytes:
        data = read_invoice(invoice)
        if self.validate:
            try:
                validate_invoice(data, form_code=self.form_code, limits=self.limits, xsd=self.xsd)
            except InvoiceValidationError as exc:
                if name or isinstance(invoice, (str,)) or hasattr(invoice, "__fspath__"):
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
            raise SessionError("a technical correction must be sent with offline_mode=True (PROTOCOL §9.2)")
        offline = (
            True
            if hash_of_corrected_invoice is not None
            else (self.offline_mode if offline_mode is None else offline_mode)
        )
        data = self._prepare(invoice, name)
        assert self._key is not None
        encrypted = self._key.encrypt_invoice(data)
        body = encrypted.to_request(offline_mode=offline, hash_of_corrected_invoice=hash_of_corrected_invoice)
        response = yield Call(op, {"reference_number": ref, "body": body}, expected=SendInvoiceResponse)
        sent = SentInvoice(response.reference_number, encrypted.invoice_hash, encrypted.invoice_size, name)
        self.sent.append(sent)
        return sent

    def _close_flow(self) -> Flow[None]:
        from ksef_api.api.online_session import post_sessions_online_reference_number_close as op

        ref = self._ref()
        if not self.closed:
            yield Call(op, {"reference_number": ref})
            self.closed = True

    def _invoices_done(self, invoices: list[InvoiceResult]) -> bool:
        return len(invoices) >= len(self.sent) and not any(i.pending for i in invoices)

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
        return SessionResult(ref, status, tuple(invoices))


class OnlineSession(_OnlineCore):
    """A synchronous online session. Use :meth:`open` (or ``with OnlineSession(client) as s``)."""

    @classmethod
    def open(cls, client: Any, **options: Any) -> OnlineSession:
        """Open a session (``form_code=FA_3`` by default) and check KSeF accepted its key."""
        session = cls(client, **options)
        session.start()
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

    def send_many(self, invoices: Iterable[InvoiceSource], **options: Any) -> list[SentInvoice]:
        """Send invoices one after another (all are validated as they go; the first invalid one stops)."""
        return [self.send(invoice, **options) for invoice in invoices]

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


class AsyncOnlineSession(_OnlineCore):
    """The asyncio twin of :class:`OnlineSession` (same flows, awaited)."""

    _is_async = True

    @classmethod
    async def open(cls, client: Any, **options: Any) -> AsyncOnlineSession:
        session = cls(client, **options)
        await session.start()
        return session

    async def _run(self, flow: Flow[T]) -> T:
        return await run_async(flow, self._env)

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

    async def send_many(self, invoices: Iterable[InvoiceSource], **options: Any) -> list[SentInvoice]:
        return [await self.send(invoice, **options) for invoice in invoices]

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
