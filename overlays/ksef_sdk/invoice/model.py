"""The generated document models (``ksef_documents``) per KSeF form code.

Each form code maps to one generated root class::

    FA (3)     ksef_documents.fa3.Faktura
    FA (2)     ksef_documents.fa2.Faktura
    FA_RR (1)  ksef_documents.fa_rr1.Faktura
    PEF (3)    ksef_documents.pef3.Invoice        (UBL 2.1; the UBL components in ksef_documents.ubl)
    PEF_KOR (3) ksef_documents.pef_kor3.CreditNote

The generated packages are imported on first use (they need the ``invoice`` extra: xsdata). The UBL
models are large (importing them takes seconds); the FA models load in milliseconds.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from ksef_sdk.errors import SchemaNotAvailableError, UnknownDocumentError
from ksef_sdk.invoice.forms import FA_2, FA_3, FA_RR_1, PEF_3, PEF_KOR_3, FormCode

__all__ = ["DOCUMENT_FORMS", "DocumentForm", "form_for_model", "form_for_root"]


@dataclass(frozen=True)
class DocumentForm:
    """A form code with its generated model package."""

    form_code: FormCode
    package: str  # module path of the generated package
    fast_binder: bool = True  # False: documents with wildcard content (UBL extensions) use xsdata's parser
    prefixes: tuple[tuple[str, str], ...] = ()  # namespace prefixes written besides the default namespace

    @property
    def ns_map(self) -> dict[str | None, str]:
        return {None: self.form_code.namespace, **dict(self.prefixes)}

    @property
    def root_class(self) -> type[Any]:
        """The generated class of the document's root element."""
        try:
            module = importlib.import_module(self.package)
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise SchemaNotAvailableError(
                "the invoice document needs the 'invoice' extra: pip install ksef-sdk[invoice]"
            ) from exc
        cls: type[Any] = getattr(module, self.form_code.root)
        return cls


_UBL = "urn:oasis:names:specification:ubl:schema:xsd:"
_UBL_PREFIXES = (
    ("cac", _UBL + "CommonAggregateComponents-2"),
    ("cbc", _UBL + "CommonBasicComponents-2"),
    ("ext", _UBL + "CommonExtensionComponents-2"),
)

DOCUMENT_FORMS: dict[str, DocumentForm] = {
    form.form_code.system_code: form
    for form in (
        DocumentForm(FA_3, "ksef_documents.fa3"),
        DocumentForm(FA_2, "ksef_documents.fa2"),
        DocumentForm(FA_RR_1, "ksef_documents.fa_rr1"),
        DocumentForm(PEF_3, "ksef_documents.pef3", fast_binder=False, prefixes=_UBL_PREFIXES),
        DocumentForm(PEF_KOR_3, "ksef_documents.pef_kor3", fast_binder=False, prefixes=_UBL_PREFIXES),
    )
}
_BY_ROOT = {(f.form_code.namespace, f.form_code.root): f for f in DOCUMENT_FORMS.values()}


def form_for_root(namespace: str, root: str) -> DocumentForm:
    """The form whose root element is ``{namespace}root``, or :class:`UnknownDocumentError`."""
    form = _BY_ROOT.get((namespace, root))
    if form is None:
        known = ", ".join(f"{{{ns}}}{name}" for ns, name in _BY_ROOT)
        raise UnknownDocumentError(
            f"the root element {{{namespace}}}{root} is not a KSeF invoice this package models ({known})",
            path=f"/{root}",
        )
    return form


def form_for_model(document: object) -> DocumentForm:
    """The form of a generated model instance (by its class's XML namespace)."""
    meta = getattr(type(document), "Meta", None)
    namespace = getattr(meta, "namespace", None)
    name = getattr(meta, "name", type(document).__name__)
    if namespace is None:
        raise UnknownDocumentError(f"{type(document).__name__} is not a generated KSeF invoice model")
    return form_for_root(namespace, name)
