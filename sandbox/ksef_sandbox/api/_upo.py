"""UPO documents (the official receipt): one per invoice, or the collective pages of a closed session.

See ``faktury/sesje/sesja-sprawdzenie-stanu-i-pobranie-upo.md`` of the official documentation.
"""

from __future__ import annotations

from ksef_sandbox._ids import format_dt, sha256_b64
from ksef_sandbox._records import Invoice, Session
from ksef_sandbox._state import SandboxState
from ksef_sandbox._xml import FORMS, UpoEntry, render_upo

__all__ = ["invoice_upo", "render_session_upo"]


def render_session_upo(
    state: SandboxState, s: Session, invoices: list[Invoice], page: tuple[int, int, int, int, int] | None
) -> bytes:
    """A UPO for accepted ``invoices`` of ``s``; ``page`` = (number, of, first ordinal, last ordinal, total)."""
    op = state.auth_ops[s.auth_ref]
    token_ref = op.ksef_token_ref
    entries = []
    for inv in invoices:
        assert inv.facts is not None and inv.ksef_number and inv.acquisition_date
        entries.append(
            UpoEntry(
                seller_nip=inv.facts.seller_nip,
                ksef_number=inv.ksef_number,
                invoice_number=inv.facts.invoice_number,
                issue_date=inv.facts.issue_date,
                sent_at=format_dt(inv.invoicing_date),
                numbered_at=format_dt(inv.acquisition_date),
                invoice_hash=inv.invoice_hash,
                mode=inv.mode,
            )
        )
    return render_upo(
        session_reference=s.reference,
        context_type=s.context_type,
        context_value=s.context_value,
        auth_token_reference=token_ref,
        auth_document_hash=None if token_ref else (op.document_hash or sha256_b64(op.reference.encode())),
        structure_name=FORMS[s.form][1],
        form_system_code=s.form[0],
        entries=entries,
        page=page,
    )


def invoice_upo(state: SandboxState, s: Session, inv: Invoice) -> bytes:
    """The UPO of one accepted invoice (rendered once, then kept)."""
    if inv.upo is None:
        inv.upo = render_session_upo(state, s, [inv], None)
    return inv.upo
