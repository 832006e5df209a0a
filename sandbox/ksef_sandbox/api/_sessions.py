"""The life cycle shared by online and batch sessions: open, look up, expire, close, finalise.

Finalising a closed session settles its status (200/440/445) and renders its collective UPO pages. See
``sesja-interaktywna.md`` and ``sesja-wsadowa.md`` of the official documentation.
"""

from __future__ import annotations

from typing import Any

from ksef_sandbox._crypto import USAGE_SYMMETRIC, CryptoError
from ksef_sandbox._http import ApiError
from ksef_sandbox._ids import b64d, reference_number
from ksef_sandbox._records import Invoice, Session
from ksef_sandbox._state import SandboxState
from ksef_sandbox._xml import BATCH_FORMS, FORMS

from ._encryption import unwrap_key
from ._input import bad
from ._principal import Principal
from ._statuses import INVOICE_STATUSES, SESSION_STATUSES, Status, status
from ._upo import render_session_upo

__all__ = [
    "CANCELLED_BY_SYSTEM",
    "cancel_batch",
    "cancel_invoice",
    "close_online",
    "expire",
    "fail_session",
    "finalise",
    "find_session",
    "open_session",
    "visible_status",
]

CANCELLED_BY_SYSTEM = "Przetwarzanie zostało przerwane z przyczyn wewnętrznych systemu. Spróbuj ponownie"


def _form(body: dict[str, Any], batch: bool) -> tuple[str, str, str]:
    fc = body.get("formCode")
    if not isinstance(fc, dict):
        raise bad("formCode is required.")
    form = (str(fc.get("systemCode")), str(fc.get("schemaVersion")), str(fc.get("value")))
    if form not in (BATCH_FORMS if batch else FORMS):
        raise bad(f"Nieobsługiwany kod formularza: {form[0]} {form[1]} {form[2]}.")
    return form


def open_session(state: SandboxState, kind: str, p: Principal, body: dict[str, Any]) -> Session:
    """A new ``Online`` or ``Batch`` session; a key that cannot be unwrapped gives status 415, not an error."""
    form = _form(body, kind == "Batch")
    enc = body.get("encryption")
    if not isinstance(enc, dict) or not enc.get("encryptedSymmetricKey") or not enc.get("initializationVector"):
        raise bad("encryption.encryptedSymmetricKey and initializationVector are required.")
    try:
        iv = b64d(str(enc["initializationVector"]))
    except ValueError:
        raise bad("initializationVector is not valid base64.") from None
    if len(iv) != 16:
        raise bad("initializationVector must be 16 bytes.")
    try:
        key: bytes | None = unwrap_key(
            state, USAGE_SYMMETRIC, str(enc["encryptedSymmetricKey"]), enc.get("publicKeyId")
        )
        if key is not None and len(key) != 32:
            key = None
    except CryptoError:
        key = None
    now = state.now
    s = Session(
        reference=reference_number("SO" if kind == "Online" else "SB", now),
        kind=kind,
        form=form,
        context_type=p.op.context_type,
        context_value=p.op.context_value,
        auth_ref=p.op.reference,
        created=now,
        updated=now,
        valid_until=now + state.config.online_session_lifetime if kind == "Online" else None,
        upload_deadline=None,
        key=key,
        iv=iv,
        offline=bool(body.get("offlineMode", False)),
    )
    if key is None:
        s.status = status(415, SESSION_STATUSES)
    else:
        s.status = (100, "Sesja interaktywna otwarta" if kind == "Online" else "Sesja wsadowa rozpoczęta", [])
    state.sessions[s.reference] = s
    return s


def find_session(state: SandboxState, ref: str, p: Principal, kind: str | None = None) -> Session:
    """The caller's session ``ref`` (of ``kind`` when given), expired if its time is up; 21173 when unknown."""
    s = state.sessions.get(ref)
    if s is None or s.context_value != p.op.context_value or (kind and s.kind != kind):
        raise ApiError(400, 21173, "Brak sesji o wskazanym numerze referencyjnym.", [f"Sesja {ref} nie istnieje."])
    expire(state, s)
    return s


def expire(state: SandboxState, s: Session) -> None:
    """An open online session past ``validUntil`` closes by itself; a batch session not closed within
    ``Config.batch_session_lifetime`` is cancelled (440)."""
    if s.status[0] != 100:
        return
    if s.kind == "Online" and s.valid_until and s.valid_until <= state.now:
        close_online(state, s)
    elif s.kind == "Batch" and state.now >= s.created + state.config.batch_session_lifetime:
        cancel_batch(state, s)


def cancel_batch(state: SandboxState, s: Session) -> None:
    """Upload or close came too late: the session is cancelled ("Przekroczono czas wysyłki")."""
    s.status = status(440, SESSION_STATUSES, ["Przekroczono czas wysyłki"] if s.parts else ["Nie przesłano faktur"])
    s.closed = s.updated = state.now
    for path, _, _ in s.parts.values():
        path.unlink(missing_ok=True)


def close_online(state: SandboxState, s: Session) -> None:
    s.closed = state.now
    s.updated = s.closed
    s.status = status(170, SESSION_STATUSES)
    s.progress = state.progress()
    if s.progress.done(state.now):
        finalise(state, s)


def finalise(state: SandboxState, s: Session) -> None:
    """Closed session -> 200/440/445 and its collective UPO pages."""
    ok = [i for i in s.invoices if i.status[0] == 200]
    if not s.invoices:
        s.status = status(440, SESSION_STATUSES, ["Nie przesłano faktur"])
    elif not ok:
        s.status = status(445, SESSION_STATUSES)
    else:
        s.status = status(200, SESSION_STATUSES)
        size = max(1, state.config.upo_page_size)
        pages = [ok[i : i + size] for i in range(0, len(ok), size)]
        for n, chunk in enumerate(pages, 1):
            lo = (n - 1) * size + 1
            doc = render_session_upo(state, s, chunk, (n, len(pages), lo, lo + len(chunk) - 1, len(ok)))
            s.upo_pages.append((reference_number("EU", state.now), doc))
    for inv in s.invoices:
        inv.progress.finish()
    s.updated = state.now


def fail_session(state: SandboxState, s: Session, code: int, details: list[str]) -> None:
    """A session error: the session ends with ``code``; invoices still in processing end with 405."""
    for inv in s.invoices:
        if not inv.progress.done(state.now):
            _withdraw(state, inv)
            inv.status = status(405, INVOICE_STATUSES)
            inv.progress.finish()
    s.status = status(code, SESSION_STATUSES, details)
    s.processing = False
    s.updated = state.now


def _withdraw(state: SandboxState, inv: Invoice) -> None:
    """An invoice that will not be accepted after all: forget its KSeF number."""
    if inv.ksef_number:
        state.invoices.pop(inv.ksef_number, None)
        if inv.facts is not None:
            key = (inv.facts.seller_nip, inv.facts.invoice_type, inv.facts.invoice_number)
            if state.duplicates.get(key) is inv:
                del state.duplicates[key]
        inv.ksef_number = None
        inv.acquisition_date = inv.permanent_storage_date = inv.visible_at = None


def cancel_invoice(state: SandboxState, s: Session, inv: Invoice) -> None:
    """The system cancels an invoice's processing (550); it gets no KSeF number."""
    _withdraw(state, inv)
    s.by_ksef = {k: v for k, v in s.by_ksef.items() if v is not inv}
    inv.status = status(550, INVOICE_STATUSES, [CANCELLED_BY_SYSTEM])
    inv.progress.finish()


def visible_status(state: SandboxState, s: Session, consume: bool) -> Status:
    """The status a reader sees now; a closed session finalises once its processing is done."""
    expire(state, s)
    if s.processing:
        return status(150, SESSION_STATUSES)
    if s.status[0] in (150, 170):
        pending = s.progress.read(state.now) if consume else not s.progress.done(state.now)
        if pending:
            return status(150, SESSION_STATUSES) if s.kind == "Batch" else s.status
        finalise(state, s)
    return s.status
