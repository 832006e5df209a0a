"""Errors found on this machine, before anything is sent: bad input, invalid invoices, unusable keys."""

from __future__ import annotations

from typing import Any

from ksef_sdk.errors._base import KsefError


class InvalidIdentifierError(KsefError, ValueError):
    """An identifier (KSeF number, NIP, PESEL, reference number...) is malformed.

    ``kind`` names the identifier ("KSeF number", "NIP"...), ``value`` is the rejected input and
    ``reason`` says what is wrong with it.
    """

    def __init__(self, kind: str, value: object, reason: str) -> None:
        self.kind = kind
        self.value = value
        self.reason = reason
        super().__init__(f"invalid {kind} {value!r}: {reason}")


class InvalidAuthenticationRequestError(KsefError, ValueError):
    """The authentication input is unusable (empty token, bad signer...); nothing was sent."""


class XadesError(KsefError, ValueError):
    """The request cannot be built or signed: bad option, unusable key or certificate, missing extra."""


class QrError(KsefError, ValueError):
    """A QR link or image cannot be made from the given input."""


class InvoiceBuilderError(KsefError, ValueError):
    """The builder was given data that cannot make a valid FA(3) invoice. ``field`` names the argument."""

    def __init__(self, message: str, field: str | None = None) -> None:
        self.field = field
        super().__init__(message)


class InvoiceValidationError(KsefError):
    """An invoice failed a local pre-send check. Nothing was sent.

    ``reason`` is the bare problem, ``path`` the offending element (``/Faktura/Fa/P_15``) when
    known, ``line``/``column`` the 1-based position when known, ``source`` a file name when known.
    """

    def __init__(
        self,
        reason: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        source: str | None = None,
    ) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        self.column = column
        self.source = source
        super().__init__(self._message())

    def _message(self) -> str:
        where = []
        if self.source:
            where.append(self.source)
        if self.line is not None:
            where.append(f"line {self.line}" + (f", column {self.column}" if self.column is not None else ""))
        if self.path:
            where.append(f"at {self.path}")
        return f"{self.reason} ({'; '.join(where)})" if where else self.reason

    def with_source(self, source: str) -> InvoiceValidationError:
        """The same error, naming the file it came from."""
        self.source = source
        self.args = (self._message(),)
        return self


class InvoiceTooLargeError(InvoiceValidationError):
    """The invoice exceeds the size limit (``size`` and ``limit`` in bytes)."""

    def __init__(self, reason: str, *, size: int, limit: int, **kw: Any) -> None:
        self.size = size
        self.limit = limit
        super().__init__(reason, **kw)


class InvoiceEncodingError(InvoiceValidationError):
    """Not UTF-8 without BOM, or the prolog declares another encoding."""


class DiscouragedCharacterError(InvoiceValidationError):
    """The document contains a code point the W3C discourages in XML (``code_point``)."""

    def __init__(self, reason: str, *, code_point: int, **kw: Any) -> None:
        self.code_point = code_point
        super().__init__(reason, **kw)


class MalformedXmlError(InvoiceValidationError):
    """Not well-formed XML 1.0 (or it declares entities)."""


class ProcessingInstructionError(InvoiceValidationError):
    """The document contains a processing instruction (the XML declaration is not one)."""


class FormMismatchError(InvoiceValidationError):
    """The document's root element or ``KodFormularza`` does not match the session's form code."""


class SchemaValidationError(InvoiceValidationError):
    """The document does not validate against the form code's XSD. ``errors`` lists every problem found."""

    def __init__(self, reason: str, *, errors: list[InvoiceValidationError] | None = None, **kw: Any) -> None:
        self.errors = errors or []
        super().__init__(reason, **kw)


class SchemaNotAvailableError(KsefError):
    """XSD validation was requested but the schema files (or the ``xsd`` extra) are not available."""


class CryptoError(KsefError):
    """A cryptographic operation failed or was given unusable input."""


class DecryptionError(CryptoError):
    """Ciphertext could not be decrypted: wrong length, wrong key/IV, or bad PKCS#7 padding."""
