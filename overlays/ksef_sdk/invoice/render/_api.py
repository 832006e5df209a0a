"""Render invoices (FA(3), FA(2), FA_RR(1)) and UPOs to HTML and PDF.

::

    pdf = render_invoice_pdf(xml_bytes, environment=PRODUCTION, ksef_number="5265877635-20260401-0100001AF629-11")
    pdf = render_invoice_pdf(xml_bytes, environment=PRODUCTION, offline=OfflineCertificate.load(p12, password))
    html = render_invoice_html(xml_bytes, environment=PRODUCTION, lang="en")
    pdf = render_upo_pdf(upo_bytes)
    write_atomically("FV-2026-05-001.pdf", pdf)

The invoice is read from its exact bytes (KOD I carries their SHA-256), parsed safely and validated against
the official XSD first: a document that fails gets its typed :class:`~ksef_sdk.errors.InvoiceValidationError`
and nothing is rendered.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ksef_sdk.environments import Environment
from ksef_sdk.errors import ConfigurationError, RenderError, UpoError
from ksef_sdk.identifiers import ContextIdentifier, validate_ksef_number
from ksef_sdk.invoice.forms import InvoiceSource, read_invoice
from ksef_sdk.invoice.render._codes import CertificateWithKey, invoice_codes, qr_views
from ksef_sdk.invoice.render._engine import html_of, pdf_of
from ksef_sdk.invoice.render._fa import fa_sections
from ksef_sdk.invoice.render._fa_rr import fa_rr_sections
from ksef_sdk.invoice.render._format import formatter
from ksef_sdk.invoice.render._labels import LANGUAGES, labels
from ksef_sdk.invoice.render._upo import upo_view as _upo_view
from ksef_sdk.invoice.render._view import DocumentView, Field, QrCode
from ksef_sdk.upo import Upo, parse_upo

__all__ = [
    "invoice_view",
    "render_invoice_html",
    "render_invoice_pdf",
    "render_upo_html",
    "render_upo_pdf",
    "upo_view",
    "write_atomically",
]

_RENDERED_FORMS = ("FA (3)", "FA (2)", "FA_RR (1)")


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ConfigurationError(f"lang={lang!r}: choose one of {', '.join(LANGUAGES)}")


def invoice_view(
    source: InvoiceSource,
    *,
    environment: Environment | str | None = None,
    ksef_number: str | None = None,
    offline: CertificateWithKey | None = None,
    context: ContextIdentifier | tuple[str, str] | str | None = None,
    lang: str = "pl",
    qr: bool = True,
) -> DocumentView:
    """What the visualization shows: the invoice's sections and its verification codes.

    - ``environment``: TEST, DEMO or PRODUCTION (the QR host); required unless ``qr=False``;
    - ``ksef_number``: the label under KOD I once KSeF assigned it (else ``OFFLINE``);
    - ``offline``: the ``Offline`` KSeF certificate with its key: adds KOD II (``context`` defaults to the
      seller's NIP);
    - ``qr=False``: no codes at all (an invoice issued during a total KSeF failure carries none).
    """
    _check_lang(lang)
    from ksef_sdk.invoice.parse import load_xml, to_model, validate_xsd

    if ksef_number is not None:
        ksef_number = validate_ksef_number(ksef_number)
    if qr and environment is None:
        raise ConfigurationError("environment= (TEST, DEMO or PRODUCTION) is needed for the QR codes' address")
    if not qr and (offline is not None or context is not None):
        raise ConfigurationError("offline= and context= make KOD II: they need qr=True")
    data = read_invoice(source)
    parsed = load_xml(data)  # safe parse: size, depth, no DTD; the form from the root element
    form = parsed.form.form_code.system_code
    if form not in _RENDERED_FORMS:
        raise RenderError(f"{form} documents are not rendered (this package renders {', '.join(_RENDERED_FORMS)})")
    validate_xsd(parsed)
    document = to_model(parsed)
    t, f = labels(lang), formatter(lang)
    if form == "FA_RR (1)":
        kind, number, header, sections = fa_rr_sections(document, t, f, ksef_number)
        issue_date = document.faktura_rr.p_4_b
    else:
        kind, number, header, sections = fa_sections(document, t, f, ksef_number)
        issue_date = document.fa.p_1
    codes: tuple[QrCode, ...] = ()
    if qr:
        assert environment is not None
        links = invoice_codes(
            xml=data,
            seller_nip=document.podmiot1.dane_identyfikacyjne.nip,
            issue_date=issue_date.to_date(),
            environment=environment,
            ksef_number=ksef_number,
            offline=offline,
            context=context,
        )
        codes = qr_views(links, t)
    head = document.naglowek
    footer = tuple(
        Field(label, value)
        for label, value in (
            (t["generated_in"], head.system_info or ""),
            (t["created_at"], f.datetime(head.data_wytworzenia_fa)),
        )
        if value
    )
    return DocumentView(
        lang=lang,
        title=f"{kind} {number}",
        kind=kind,
        number_label=t["invoice_number"],
        number=number,
        header=header,
        sections=sections,
        qr_codes=codes,
        footer=footer,
        brand=t["brand"],
    )


def render_invoice_html(
    source: InvoiceSource,
    *,
    environment: Environment | str | None = None,
    ksef_number: str | None = None,
    offline: CertificateWithKey | None = None,
    context: ContextIdentifier | tuple[str, str] | str | None = None,
    lang: str = "pl",
    qr: bool = True,
) -> str:
    """The invoice as one self-contained HTML page (styles and QR images inline, nothing loaded from outside)."""
    view = invoice_view(
        source, environment=environment, ksef_number=ksef_number, offline=offline, context=context, lang=lang, qr=qr
    )
    return html_of(view)


def render_invoice_pdf(
    source: InvoiceSource,
    *,
    environment: Environment | str | None = None,
    ksef_number: str | None = None,
    offline: CertificateWithKey | None = None,
    context: ContextIdentifier | tuple[str, str] | str | None = None,
    lang: str = "pl",
    qr: bool = True,
) -> bytes:
    """The invoice as a PDF (A4, repeated table headers, page numbers, fonts embedded); see :func:`invoice_view`."""
    view = invoice_view(
        source, environment=environment, ksef_number=ksef_number, offline=offline, context=context, lang=lang, qr=qr
    )
    return pdf_of(view)


def _upo(source: Upo | InvoiceSource) -> Upo:
    if isinstance(source, Upo):
        return source
    try:
        data = read_invoice(source)
    except TypeError as exc:
        raise UpoError(str(exc)) from None
    return parse_upo(data)


def upo_view(source: Upo | InvoiceSource, *, lang: str = "pl") -> DocumentView:
    """What the UPO's visualization shows (a parsed :class:`~ksef_sdk.upo.Upo`, or its bytes, path or file)."""
    _check_lang(lang)
    return _upo_view(_upo(source), labels(lang), formatter(lang))


def render_upo_html(source: Upo | InvoiceSource, *, lang: str = "pl") -> str:
    return html_of(upo_view(source, lang=lang))


def render_upo_pdf(source: Upo | InvoiceSource, *, lang: str = "pl") -> bytes:
    """The UPO (per-invoice or session UPO, every document listed) as a PDF."""
    return pdf_of(upo_view(source, lang=lang))


def write_atomically(path: str | os.PathLike[str], content: bytes | str) -> Path:
    """Write ``content`` to ``path`` all at once: a temporary file in the same directory, then a rename. A
    reader never sees half a file and a failure leaves no partial output (an existing file stays as it was)."""
    target = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    if not isinstance(data, bytes):
        raise RenderError(f"write_atomically writes bytes or str, not {type(content).__name__}")
    directory = target.parent if str(target.parent) else Path()
    mode = target.stat().st_mode & 0o777 if target.is_file() else 0o644
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        os.chmod(temporary, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return target
