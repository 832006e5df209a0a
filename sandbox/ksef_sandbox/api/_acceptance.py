"""Accepting one invoice of a session: size, XSD and semantic checks, attachments, the invoicing mode, the
context's authority, duplicates, technical corrections and the KSeF number.

See ``faktury/weryfikacja-faktury.md``, ``faktury/numer-ksef.md``, ``offline/korekta-techniczna.md`` and
``offline/automatyczne-okreslanie-trybu-offline.md`` of the official documentation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ksef_sandbox._http import ApiError
from ksef_sandbox._ids import ksef_number, warsaw_date
from ksef_sandbox._records import Invoice, Session
from ksef_sandbox._state import SandboxState
from ksef_sandbox._xml import FORMS, XmlRejected, check_and_parse, extract_facts

from ._authority import refusal
from ._hwm import stamp
from ._statuses import INVOICE_STATUSES, status

__all__ = ["SessionLimits", "add_invoice", "check_correction", "process_invoice", "session_limits"]


@dataclass(frozen=True)
class SessionLimits:
    """The limits of one session kind in a context (``GET /limits/context``; changed by test data)."""

    max_invoice_size: int
    max_invoice_with_attachment_size: int
    max_invoices: int


def session_limits(state: SandboxState, context: str, kind: str) -> SessionLimits:
    """The context's limits for ``Online`` or ``Batch`` sessions; MB means 1,000,000 bytes."""
    cfg = state.config
    custom = (state.session_limits.get(context) or {}).get("onlineSession" if kind == "Online" else "batchSession")
    if not custom:
        return SessionLimits(cfg.max_invoice_size, cfg.max_invoice_with_attachment_size, cfg.max_invoices_per_session)
    return SessionLimits(
        int(custom["maxInvoiceSizeInMB"]) * 1_000_000,
        int(custom["maxInvoiceWithAttachmentSizeInMB"]) * 1_000_000,
        int(custom["maxInvoices"]),
    )


def add_invoice(state: SandboxState, s: Session, inv: Invoice) -> None:
    s.invoices.append(inv)
    s.by_ref[inv.reference] = inv
    state.by_hash.setdefault(inv.invoice_hash, []).append(inv)
    if inv.hash_of_corrected:
        state.corrections.setdefault(inv.hash_of_corrected, []).append(inv)


def check_correction(state: SandboxState, corrected_hash: str, offline_mode: bool) -> None:
    """A technical correction (``hashOfCorrectedInvoice``) is allowed: 21167 when the original was accepted,
    21166 when another correction of it already was."""
    if not offline_mode:
        raise ApiError(
            400, 21405, "Błąd walidacji danych wejściowych.", ["Korekta techniczna wymaga offlineMode = true."]
        )
    originals = state.by_hash.get(corrected_hash, [])
    if any(o.status[0] == 200 for o in originals):
        raise ApiError(
            400,
            21167,
            "Status faktury nie pozwala na korektę techniczną.",
            ["Nie można wysłać korekty technicznej do prawidłowo przetworzonej faktury."],
        )
    if any(c.status[0] == 200 for c in state.corrections.get(corrected_hash, [])):
        raise ApiError(
            400,
            21166,
            "Korekta techniczna niedostępna.",
            ["Faktura posiada już przetworzoną prawidłowo korektę techniczną."],
        )


def _attachments_allowed(state: SandboxState, nip: str) -> bool:
    if nip not in state.attachments:
        return False
    until = state.attachments[nip]
    return until is None or state.now < until


def process_invoice(state: SandboxState, s: Session, inv: Invoice, plain: bytes | None) -> None:
    """Decrypted content -> 200 with a KSeF number, or a 4xx status. Call with the lock held."""
    inv.progress = state.progress()
    if plain is None:
        inv.status = status(435, INVOICE_STATUSES, ["Nie udało się odszyfrować faktury."])
        return
    limits = session_limits(state, s.context_value, s.kind)
    if len(plain) > limits.max_invoice_with_attachment_size:
        inv.status = status(
            430,
            INVOICE_STATUSES,
            [f"Rozmiar faktury {len(plain)} B przekracza limit {limits.max_invoice_with_attachment_size} B."],
        )
        return
    try:
        root = check_and_parse(plain, state.schemas.schema(FORMS[s.form][0]))
        facts = extract_facts(root, s.form[2])
    except XmlRejected as exc:
        inv.status = status(450, INVOICE_STATUSES, [exc.message])
        return
    inv.facts = facts
    inv.content = plain
    if not facts.has_attachment and len(plain) > limits.max_invoice_size:
        inv.status = status(
            430, INVOICE_STATUSES, [f"Rozmiar faktury {len(plain)} B przekracza limit {limits.max_invoice_size} B."]
        )
        return
    if facts.has_attachment:
        if s.kind == "Online" and not inv.hash_of_corrected:
            inv.status = status(
                415, INVOICE_STATUSES, ["Faktura z załącznikiem może być wysłana tylko w sesji wsadowej."]
            )
            return
        if not _attachments_allowed(state, s.context_value[:10]):
            inv.status = status(415, INVOICE_STATUSES, ["Brak zgody na wystawianie faktur z załącznikiem."])
            return
    sent_day = warsaw_date(inv.invoicing_date)
    if facts.issue_date > sent_day:
        inv.status = status(
            450, INVOICE_STATUSES, [f"Data wystawienia (P_1) {facts.issue_date} jest późniejsza niż data przyjęcia."]
        )
        return
    if facts.issue_date < sent_day:  # automatic offline mode: an earlier calendar day in Poland
        inv.mode = "Offline"
    op = state.auth_ops.get(s.auth_ref)
    reason = refusal(state, s, facts, op.permissions if op else [])
    if reason is not None:
        inv.status = status(410, INVOICE_STATUSES, [reason])
        return
    dup_key = (facts.seller_nip, facts.invoice_type, facts.invoice_number)
    original = state.duplicates.get(dup_key)
    if original is not None and original.ksef_number:
        inv.status = status(
            440,
            INVOICE_STATUSES,
            [
                f"Duplikat faktury. Faktura o numerze KSeF: {original.ksef_number} została już prawidłowo przesłana "
                f"do systemu w sesji: {original.session_ref}"
            ],
        )
        inv.extensions = {
            "originalSessionReferenceNumber": original.session_ref,
            "originalKsefNumber": original.ksef_number,
        }
        return
    day = datetime.fromisoformat(sent_day)
    inv.ksef_number = ksef_number(facts.seller_nip or s.context_value[:10], day)
    inv.status = status(200, INVOICE_STATUSES)
    stamp(state, inv)
    state.duplicates[dup_key] = inv
    state.invoices[inv.ksef_number] = inv
    s.by_ksef[inv.ksef_number] = inv
