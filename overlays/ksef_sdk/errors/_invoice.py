"""Errors of the invoice document: unsafe or unknown documents, the model mapping, business rules."""

from __future__ import annotations

from typing import Any

from ksef_sdk.errors._local import InvoiceValidationError


class UnsafeXmlError(InvoiceValidationError):
    """The document uses a feature refused for safety (DTD, entities) or exceeds a size/depth limit."""


class UnknownDocumentError(InvoiceValidationError):
    """The root element and namespace are not those of a KSeF form this package models."""


class DocumentModelError(InvoiceValidationError):
    """The XML could not be mapped onto (or produced from) the generated document model."""


class BusinessRuleError(InvoiceValidationError):
    """A business rule beyond the XSD failed. ``rule`` names it; ``errors`` lists every failure found.

    Raised for the first failure; the others are in ``errors`` (the first one included).
    """

    rule = "business-rule"

    def __init__(self, reason: str, *, errors: list[BusinessRuleError] | None = None, **kw: Any) -> None:
        self.errors: list[BusinessRuleError] = errors if errors is not None else [self]
        super().__init__(reason, **kw)


class LineAmountError(BusinessRuleError):
    """A line's net value, gross value or VAT does not follow from its quantity, price and rate."""

    rule = "line-amount"


class TotalsMismatchError(BusinessRuleError):
    """A total (P_13_x, P_14_x, P_15) differs from the sum of the lines."""

    rule = "totals"


class VatRateError(BusinessRuleError):
    """The VAT of a rate is not the rate applied to that rate's net amount."""

    rule = "vat-per-rate"


class DateRuleError(BusinessRuleError):
    """A date is impossible: issue date in the future, a period ending before it starts."""

    rule = "dates"


class IdentifierChecksumError(BusinessRuleError):
    """A party's NIP or PESEL fails its checksum."""

    rule = "identifier-checksum"


class CurrencyRuleError(BusinessRuleError):
    """Foreign-currency rules: VAT amounts in PLN (P_14_xW) and the exchange rate."""

    rule = "currency"


class CorrectionRuleError(BusinessRuleError):
    """A correction invoice is missing the corrected invoice's data or is inconsistent with its kind."""

    rule = "correction"


class AnnotationRuleError(BusinessRuleError):
    """The annotations contradict the lines (exempt lines without P_19, "oo" lines without P_18, ...)."""

    rule = "annotations"


class KindRuleError(BusinessRuleError):
    """Data that does not fit the invoice kind (ROZ without advance invoices, UPR over the limit, ...)."""

    rule = "kind"
