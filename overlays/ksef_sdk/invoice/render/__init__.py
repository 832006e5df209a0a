"""The visualization of invoices and UPOs: HTML and PDF with KOD I and KOD II (extra ``pdf``).

::

    from ksef_sdk.invoice.render import OfflineCertificate, render_invoice_pdf, render_upo_pdf, write_atomically

    pdf = render_invoice_pdf(xml, environment="production", ksef_number=number)          # online, sent
    pdf = render_invoice_pdf(xml, environment="production", offline=OfflineCertificate.load(p12, pw))  # offline
    write_atomically("invoice.pdf", pdf)

Sections follow the official visualization (header, corrected invoice, parties, details, lines, VAT summary,
annotations, additional information, settlement, payment, terms, footer, QR codes); Polish labels by
default, ``lang="en"`` for English. Invoice fields are untrusted: everything is escaped and the PDF engine
fetches nothing (fonts and images come from the package). Modules: ``_api`` (entry points), ``_fa``,
``_fa_more``, ``_fa_rr``, ``_upo``, ``_parties`` (documents → views), ``_view`` (what a page shows),
``_codes`` (KOD I/KOD II), ``_engine`` (Jinja2 + WeasyPrint), ``_fonts``, ``_format``, ``_labels``.
"""

from __future__ import annotations

from ksef_sdk.invoice.render._api import (
    invoice_view,
    render_invoice_html,
    render_invoice_pdf,
    render_upo_html,
    render_upo_pdf,
    upo_view,
    write_atomically,
)
from ksef_sdk.invoice.render._codes import CertificateWithKey, OfflineCertificate, check_offline_certificate
from ksef_sdk.invoice.render._view import DocumentView

__all__ = [
    "CertificateWithKey",
    "DocumentView",
    "OfflineCertificate",
    "check_offline_certificate",
    "invoice_view",
    "render_invoice_html",
    "render_invoice_pdf",
    "render_upo_html",
    "render_upo_pdf",
    "upo_view",
    "write_atomically",
]
