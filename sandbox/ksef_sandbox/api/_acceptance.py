"""Accepting one invoice of a session: size, XSD and semantic checks, duplicates, the KSeF number.

See ``faktury/weryfikacja-faktury.md`` and ``faktury/numer-ksef.md`` of the official documentation.
"""

from __future__ import annotations

from ksef_sandbox._ids import format_dt, ksef_number
from ksef_sandbox._records import Invoice, Session
from ksef_sandbox._state import SandboxState
from ksef_sandbox._xml import FORMS, XmlRejected, check_and_parse, extract_facts

from ._statuses import INVOICE_STATUSES, status

__all__ = ["add_invoice", "process_invoice"]


def add_invoice(s: Session, inv: Invoice) -> None:
    s.invoices.append(inv)
    s.by_ref[inv.reference] = inv


def process_invoice(state: SandboxState, s: Session, inv: Invoice, plain: bytes | None) -> None:
    """Decrypted content -> 200 with a KSeF number, or 4xx status. Call with the lock held."""
    inv.polls_left = state.config.processing_polls
    if plain is None:
        inv.status = status(435, INVOICE_STATUSES, ["Nie udało się odszyfrować faktury."])
        return
    limit = state.config.max_invoice_size
    if len(plain) > state.config.max_invoice_with_attachment_size or (len(plain) > limit and s.kind == "Online"):
        inv.status = status(430, INVOICE_STATUSES, [f"Rozmiar faktury {len(plain)} B przekracza limit {limit} B."])
        return
    form_path = FORMS[s.form][0]
    try:
        root = check_and_parse(plain, state.schemas.schema(form_path))
        facts = extract_facts(root, s.form[2])
    except XmlRejected as exc:
        inv.status = status(450, INVOICE_STATUSES, [exc.message])
        return
    inv.facts = facts
    inv.content = plain
    if facts.has_attachment and s.kind == "Online":
        inv.status = status(415, INVOICE_STATUSES, ["Faktura z załącznikiem może być wysłana tylko w sesji wsadowej."])
        return
    if s.offline or facts.issue_date < format_dt(inv.invoicing_date)[:10]:
        inv.mode = "Offline"
    if facts.issue_date > format_dt(inv.invoicing_date)[:10]:
        inv.status = status(
            450, INVOICE_STATUSES, [f"Data wystawienia (P_1) {facts.issue_date} jest późniejsza niż data przyjęcia."]
        )
        return
    dup_key = (facts.seller_nip, facts.invoice_type, facts.invoice_number)
    original = state.duplicates.get(dup_key)
    if original is not None and original.ksef_number:
        inv.status = status(440, INVOICE_STATUSES, ["Faktura o tym numerze została już przesłana."])
        inv.extensions = {
            "originalSessionReferenceNumber": original.session_ref,
            "originalKsefNumber": original.ksef_number,
        }
        return
    inv.ksef_number = ksef_number(facts.seller_nip or s.context_value[:10], inv.invoicing_date)
    inv.acquisition_date = state.now
    inv.status = status(200, INVOICE_STATUSES)
    state.duplicates[dup_key] = inv
    state.invoices[inv.ksef_number] = inv
    s.by_ksef[inv.ksef_number] = inv
