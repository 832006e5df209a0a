"""One call for "is this invoice good?": safe parse, XSD, business rules (and the list of every problem)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ksef_sdk.errors import InvoiceValidationError, SchemaValidationError
from ksef_sdk.invoice.forms import InvoiceSource
from ksef_sdk.invoice.parse import DEFAULT_LIMITS, ParseLimits, parse_invoice
from ksef_sdk.invoice.rules import check_rules, rule_errors

__all__ = ["check_invoice", "invoice_problems"]


def check_invoice(source: InvoiceSource, *, today: dt.date | None = None, limits: ParseLimits = DEFAULT_LIMITS) -> Any:
    """The invoice as its generated model, after the XSD and the business rules passed.

    Raises the first problem (an :class:`~ksef_sdk.validation.InvoiceValidationError` subclass; all of
    them in its ``errors``).
    """
    document = parse_invoice(source, limits=limits)
    check_rules(document, today=today)
    return document


def invoice_problems(
    source: InvoiceSource, *, today: dt.date | None = None, limits: ParseLimits = DEFAULT_LIMITS
) -> list[InvoiceValidationError]:
    """Every problem found (empty when the invoice is valid): the parse error, or all XSD errors, or all
    business-rule failures (rules run only on XSD-valid documents)."""
    try:
        document = parse_invoice(source, limits=limits)
    except SchemaValidationError as exc:
        return list(exc.errors) or [exc]
    except InvoiceValidationError as exc:
        return [exc]
    return list(rule_errors(document, today=today))
