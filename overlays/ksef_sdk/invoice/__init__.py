"""The invoice document: local pre-send checks, the FA(3) builder, parsing into the generated model,
business rules and the official schemas.

Submodules: ``checks`` (pre-send checks), ``builder`` (every FA(3) kind), ``parse`` (hardened XML ⇄ model ⇄
JSON), ``rules`` (business rules), ``check`` (all of it in one call), ``schemas`` (where the XSDs are),
``model`` (form codes ⇄ generated classes), ``render`` (HTML/PDF visualization with KOD I/KOD II, extra
``pdf``). Only ``checks`` is imported here; the rest needs the ``invoice`` extra and loads on first use.
"""

from __future__ import annotations

from ksef_sdk.errors import InvoiceBuilderError
from ksef_sdk.invoice.builder import InvoiceLine, Party, build_fa3_invoice
from ksef_sdk.invoice.checks import (
    FA_2,
    FA_3,
    FA_RR_1,
    FORM_CODES,
    PEF_3,
    PEF_KOR_3,
    CheckedInvoice,
    DiscouragedCharacterError,
    FormCode,
    FormMismatchError,
    InvoiceEncodingError,
    InvoiceLimits,
    InvoiceSource,
    InvoiceTooLargeError,
    InvoiceValidationError,
    MalformedXmlError,
    ProcessingInstructionError,
    SchemaNotAvailableError,
    SchemaValidationError,
    XsdValidator,
    find_schema_dir,
    read_invoice,
    validate_invoice,
)

__all__ = [
    "FA_2",
    "FA_3",
    "FA_RR_1",
    "FORM_CODES",
    "PEF_3",
    "PEF_KOR_3",
    "CheckedInvoice",
    "DiscouragedCharacterError",
    "FormCode",
    "FormMismatchError",
    "InvoiceBuilderError",
    "InvoiceEncodingError",
    "InvoiceLimits",
    "InvoiceLine",
    "InvoiceSource",
    "InvoiceTooLargeError",
    "InvoiceValidationError",
    "MalformedXmlError",
    "Party",
    "ProcessingInstructionError",
    "SchemaNotAvailableError",
    "SchemaValidationError",
    "XsdValidator",
    "build_fa3_invoice",
    "find_schema_dir",
    "read_invoice",
    "validate_invoice",
]
