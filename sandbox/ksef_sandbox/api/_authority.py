"""Invoice-level authorization: may the session's context send this invoice? (``faktury/weryfikacja-faktury.md``,
"Wymagania dotyczące uprawnień"; ``uprawnienia.md``, "Nadanie uprawnień podmiotowych"). When not, the invoice
ends with status 410 ("Nieprawidłowy zakres uprawnień").

A context may send invoices whose seller (``Podmiot1``) is the context's own NIP (or the NIP part of an
internal identifier or of an NIP-VAT UE identifier). Beyond that, the relation between the context and the
invoice must be one KSeF knows:

- self-invoicing: the seller authorized the context (``SelfInvoicing``) and the context is the buyer;
- tax representative: the seller authorized the context (``TaxRepresentative``);
- VAT RR invoices: the context is the buyer (who issues them) or was authorized (``RRInvoicing``) by the
  buyer or the supplier;
- VAT groups and local-government units: the context is a sub-unit of the seller;
- enforcement: the context holds ``EnforcementOperations`` and is the invoice's authorized subject
  (``PodmiotUpowazniony``, role 1 or 2);
- Peppol providers: the seller authorized the provider (``PefInvoicing``).
"""

from __future__ import annotations

from ksef_sandbox._records import Session
from ksef_sandbox._state import SandboxState
from ksef_sandbox._xml import InvoiceFacts

from ._grants import authorized, nip_of, roles_of

__all__ = ["refusal"]


def refusal(state: SandboxState, s: Session, facts: InvoiceFacts, permissions: list[str]) -> str | None:
    """``None`` when the session's context may send the invoice, else why not (the 410 status detail)."""
    if not state.config.check_invoice_permissions:
        return None
    ctx_type, ctx = s.context_type, s.context_value
    seller = facts.seller_nip
    if ctx_type == "PeppolId":
        if authorized(state, seller, ctx, "PefInvoicing"):
            return None
        return f"Dostawca usług Peppol {ctx} nie ma uprawnienia PefInvoicing od sprzedawcy {seller}."
    own = nip_of(ctx)
    if seller == own:
        return None
    if ctx_type == "NipVatUe":
        return f"Sprzedawcą faktury ({seller}) musi być podmiot kontekstu {own}."
    if facts.buyer_id_type == "Nip" and facts.buyer_id_value == own and authorized(state, seller, own, "SelfInvoicing"):
        return None
    if authorized(state, seller, own, "TaxRepresentative"):
        return None
    if s.form[2] == "FA_RR":
        buyer = facts.buyer_id_value or ""
        if (
            buyer == own
            or authorized(state, buyer, own, "RRInvoicing")
            or authorized(state, seller, own, "RRInvoicing")
        ):
            return None
    if any(parent == seller for _, parent, *_ in roles_of(state, own)):
        return None
    if "EnforcementOperations" in permissions and facts.authorized_nip == own and facts.authorized_role in (1, 2):
        return None
    return f"Podmiot kontekstu {ctx} nie ma uprawnień do wystawienia faktury w imieniu sprzedawcy {seller}."
