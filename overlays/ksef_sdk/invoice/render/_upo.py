"""A UPO (session UPO or per-invoice UPO, :class:`ksef_sdk.upo.Upo`) as a :class:`DocumentView`: who received
the documents, the session and its authentication context, the page of a collective UPO, and one table row per
document (KSeF number, invoice number, seller NIP, dates, mode, hash)."""

from __future__ import annotations

from ksef_sdk.invoice.render._format import Formatter
from ksef_sdk.invoice.render._labels import Labels
from ksef_sdk.invoice.render._view import Column, DocumentView, Field, Row, Table, Text, fields, section
from ksef_sdk.upo import Upo

__all__ = ["upo_view"]


def upo_view(upo: Upo, t: Labels, f: Formatter) -> DocumentView:
    page = upo.page
    general = fields(
        [
            (t["upo_receiver"], upo.receiving_entity),
            (t["upo_session"], upo.session_reference_number),
            (t["upo_context"], f"{upo.context.kind}: {upo.context.value}"),
            (t["upo_token"], upo.ksef_token_reference_number),
            (t["upo_auth_hash"], upo.authentication_document_hash),
            (t["upo_structure"], upo.logical_structure),
            (t["upo_form"], upo.form_code),
            (t["upo_page"], f"{page.page} {t['of']} {page.page_count}" if page else None),
            (t["upo_range"], f"{page.first_document} – {page.last_document}" if page else None),
            (t["upo_documents_total"], str(page.total_documents) if page else None),
        ]
    )
    columns = (
        Column(t["lp"], width="9mm"),
        Column(t["ksef_number"], width="56mm"),
        Column(t["invoice_number"]),
        Column(t["nip"], width="18mm"),
        Column(t["issue_date"], width="17mm"),
        Column(t["upo_sent_at"], width="20mm"),
        Column(t["upo_assigned_at"], width="20mm"),
        Column(t["upo_mode"], width="13mm"),
    )
    first = page.first_document if page else 1
    rows = tuple(
        Row(
            (
                str(first + i),
                d.ksef_number,
                d.invoice_number,
                d.seller_nip,
                f.date(d.issue_date),
                f.datetime(d.sent_at),
                f.datetime(d.ksef_number_assigned_at),
                t.code("mode", d.mode),
            ),
            f"{t['upo_hash']}: {d.invoice_hash}",
        )
        for i, d in enumerate(upo.documents)
    )
    sections = (
        section(t["upo_title"], general),
        section(t["upo_documents"], Table(columns, rows, css="upo"), Text((t["upo_registered"],))),
    )
    footer = (Field(t["upo_sha"], upo.sha256_base64),) if upo.raw else ()
    return DocumentView(
        lang=t.lang,
        title=f"UPO {upo.session_reference_number}",
        kind="UPO",
        number_label=t["upo_session"],
        number=upo.session_reference_number,
        header=(),
        sections=tuple(s for s in sections if s is not None),
        footer=footer,
        brand=t["brand"],
    )
