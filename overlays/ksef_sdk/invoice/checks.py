"""Local pre-send checks of invoice XML (``faktury/weryfikacja-faktury.md`` of the KSeF docs). Nothing invalid leaves
the machine.

Every check runs before encryption, in this order, and stops at the first failure with a typed
error (a subclass of :class:`InvoiceValidationError`) that says what is wrong and where:

1. size against the limits (1 MB, 3 MB with attachments, or the context's limits);
2. UTF-8 without BOM (no UTF-16/32 either), strictly decodable;
3. no W3C "discouraged" code points (#x7F-#x84, #x86-#x9F, #xFDD0-#xFDEF, #xnFFFE-#xnFFFF);
4. well-formed XML 1.0, no processing instructions, no non-UTF-8 ``encoding`` in the prolog, no
   entity declarations; root element and ``KodFormularza`` match the session's form code;
5. optionally, XSD validation against the official schema of the form code (needs the ``xsd``
   extra: ``xmlschema`` + ``lxml``), reporting the offending element's path and line;
6. with the XSD (or ``rules=True``), for FA (3): the business rules beyond the XSD (sums per rate, VAT,
   dates, NIP checksums, currency, corrections; :mod:`ksef_sdk.invoice.rules`, needs the ``invoice``
   extra, skipped without it unless ``rules=True``).

The well-formedness pass uses the standard library's expat, so the base install needs no extra.
"""

from __future__ import annotations

import importlib
import io
import os
import re
import threading
import xml.parsers.expat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ksef_sdk.errors._local import (
    DiscouragedCharacterError,
    FormMismatchError,
    InvoiceEncodingError,
    InvoiceTooLargeError,
    InvoiceValidationError,
    MalformedXmlError,
    ProcessingInstructionError,
    SchemaNotAvailableError,
    SchemaValidationError,
)
from ksef_sdk.invoice.forms import (
    FA_2,
    FA_3,
    FA_RR_1,
    FORM_CODES,
    PEF_3,
    PEF_KOR_3,
    FormCode,
    InvoiceSource,
    read_invoice,
)

if TYPE_CHECKING:
    from ksef_api.models.effective_context_limits import EffectiveContextLimits

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
    "InvoiceEncodingError",
    "InvoiceLimits",
    "InvoiceSource",
    "InvoiceTooLargeError",
    "InvoiceValidationError",
    "MalformedXmlError",
    "ProcessingInstructionError",
    "SchemaNotAvailableError",
    "SchemaValidationError",
    "XsdValidator",
    "detect_form_code",
    "find_schema_dir",
    "read_invoice",
    "validate_invoice",
]

MB = 1_000_000  # KSeF sizes are SI: 1 MB = 10**6 B


# --------------------------------------------------------------------------------------------- errors


# ---------------------------------------------------------------------------------------------- limits


@dataclass(frozen=True)
class InvoiceLimits:
    """Per-invoice size limits in bytes. Defaults: 1 MB, 3 MB with attachments (``limity/limity.md``)."""

    max_size: int = 1 * MB
    max_size_with_attachment: int = 3 * MB

    @classmethod
    def from_context_limits(cls, limits: EffectiveContextLimits, *, batch: bool = False) -> InvoiceLimits:
        """From ``GET /limits/context`` (sizes there are in MB)."""
        session = limits.batch_session if batch else limits.online_session
        return cls(session.max_invoice_size_in_mb * MB, session.max_invoice_with_attachment_size_in_mb * MB)


# -------------------------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class CheckedInvoice:
    """What the checks learnt about a document that passed them."""

    size: int
    has_attachment: bool
    root_namespace: str
    root: str


_BOMS = (
    (b"\xef\xbb\xbf", "UTF-8 byte order mark"),
    (b"\x00\x00\xfe\xff", "UTF-32 byte order mark"),
    (b"\xff\xfe\x00\x00", "UTF-32 byte order mark"),
    (b"\xfe\xff", "UTF-16 byte order mark"),
    (b"\xff\xfe", "UTF-16 byte order mark"),
)
# The W3C "discouraged" code points as the UTF-8 byte sequences they encode to. The text has been checked to
# be valid UTF-8 before these run, so a match can only start on a character boundary (0x7F is ASCII; 0xC2, 0xEF
# and 0xF0-0xF4 are lead bytes). One ``bytes.translate`` keeps just those lead bytes (usually none are left:
# Polish letters lead with 0xC3-0xC5); only the patterns of the leads present then run, each starting with a
# literal that ``re`` finds at memchr speed. Nothing is decoded unless something is found.
_DISCOURAGED_UTF8 = (
    (b"\x7f", re.compile(b"\x7f")),  # U+007F
    (b"\xc2", re.compile(b"\xc2[\x80-\x84\x86-\x9f]")),  # U+0080-U+0084, U+0086-U+009F
    (b"\xef", re.compile(b"\xef(?:\xb7[\x90-\xaf]|\xbf[\xbe\xbf])")),  # U+FDD0-U+FDEF, U+FFFE, U+FFFF
    # U+nFFFE, U+nFFFF of planes 1-16: F0-F4, then a byte whose low nibble is F, then BF, then BE or BF
    (b"\xf0\xf1\xf2\xf3\xf4", re.compile(b"[\xf0-\xf4][\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]")),
)
_NOT_LEADS = bytes(b for b in range(256) if b not in b"\x7f\xc2\xef\xf0\xf1\xf2\xf3\xf4")
# Elements that mean "this invoice has an attachment" (a higher size limit applies).
_ATTACHMENT_NAMES = (b"Zalacznik", b"EmbeddedDocumentBinaryObject")
_UTF8_NAMES = {"utf-8", "utf8"}


def _find_discouraged(data: bytes) -> int | None:
    """Byte offset of the first discouraged code point in valid UTF-8 ``data``, or ``None``."""
    if data.isascii():
        index = data.find(b"\x7f")
        return index if index >= 0 else None
    leads = data.translate(None, _NOT_LEADS)
    if not leads:
        return None
    first: int | None = None
    for lead, pattern in _DISCOURAGED_UTF8:
        if any(byte in leads for byte in lead):
            found = pattern.search(data, 0, len(data) if first is None else first)
            if found is not None:
                first = found.start()
    return first


def _discouraged_error(data: bytes, index: int) -> DiscouragedCharacterError:
    """The error for the code point at byte ``index``; line and column (in characters) as in the decoded text."""
    cp = ord(data[index : index + 4].decode("utf-8", "ignore")[0])
    line_start = data.rfind(b"\n", 0, index) + 1
    line = data.count(b"\n", 0, index) + 1
    column = len(data[line_start:index].decode("utf-8")) + 1
    return DiscouragedCharacterError(
        f"code point U+{cp:04X} is discouraged in XML and rejected by KSeF", code_point=cp, line=line, column=column
    )


class _Scan:
    """One expat pass: well-formedness, PIs, prolog encoding, entities, root, KodFormularza, attachments."""

    def __init__(self, *, attachments_possible: bool = True) -> None:
        self.attachments_possible = attachments_possible
        self.depth = 0
        self.root_ns = ""
        self.root = ""
        self.form_attrs: dict[str, str] | None = None
        self.has_attachment = False
        self.problem: InvoiceValidationError | None = None
        self.parser = xml.parsers.expat.ParserCreate(encoding="UTF-8", namespace_separator=" ")
        p = self.parser
        p.XmlDeclHandler = self._xml_decl
        p.ProcessingInstructionHandler = self._pi
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.EntityDeclHandler = self._entity
        p.ExternalEntityRefHandler = self._external_entity

    def _fail(self, error: InvoiceValidationError) -> None:
        if self.problem is None:
            self.problem = error
        raise _Stop

    def _where(self) -> dict[str, Any]:
        return {"line": self.parser.CurrentLineNumber, "column": self.parser.CurrentColumnNumber + 1}

    def _xml_decl(self, version: str | None, encoding: str | None, standalone: int) -> None:
        if version not in (None, "1.0"):
            self._fail(MalformedXmlError(f"XML version {version!r} is not accepted; use 1.0", **self._where()))
        if encoding is not None and encoding.strip().lower() not in _UTF8_NAMES:
            self._fail(
                InvoiceEncodingError(
                    f"the XML declaration says encoding={encoding!r}; it must be UTF-8", **self._where()
                )
            )

    def _pi(self, target: str, data: str) -> None:
        self._fail(
            ProcessingInstructionError(f"processing instruction <?{target} ...?> is not allowed", **self._where())
        )

    def _entity(self, name: str, *args: Any) -> None:
        self._fail(MalformedXmlError(f"entity declaration {name!r} is not allowed", **self._where()))

    def _external_entity(self, *args: Any) -> int:
        self._fail(MalformedXmlError("external entity references are not allowed", **self._where()))
        return 0  # pragma: no cover - _fail raises

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        ns, _, local = name.rpartition(" ")
        self.depth += 1
        if self.depth == 1:
            self.root_ns, self.root = ns, local
        elif self.depth == 3 and local == "KodFormularza" and self.form_attrs is None:
            self.form_attrs = attrs
            if not self.attachments_possible:  # root and form code known: expat need not call back any more
                self.parser.StartElementHandler = None
                self.parser.EndElementHandler = None
        elif (self.depth == 2 and local == "Zalacznik") or local == "EmbeddedDocumentBinaryObject":
            self.has_attachment = True

    def _end(self, name: str) -> None:
        self.depth -= 1

    def run(self, data: bytes) -> None:
        try:
            self.parser.Parse(data, True)
        except _Stop:
            return
        except xml.parsers.expat.ExpatError as exc:
            reason = xml.parsers.expat.errors.messages.get(exc.code, str(exc)) if exc.code else str(exc)
            self.problem = MalformedXmlError(f"not well-formed XML: {reason}", line=exc.lineno, column=exc.offset + 1)


class _Stop(Exception):
    pass


def validate_invoice(
    source: InvoiceSource,
    *,
    form_code: FormCode = FA_3,
    limits: InvoiceLimits | None = None,
    xsd: bool | XsdValidator = False,
    check_form: bool = True,
    rules: bool | None = None,
) -> CheckedInvoice:
    """Run the pre-send checks and return what was learnt, or raise an :class:`InvoiceValidationError`.

    ``xsd=True`` validates against the official schema found by :func:`find_schema_dir`; pass an
    :class:`XsdValidator` to choose the schema directory. ``check_form=False`` skips the root /
    ``KodFormularza`` comparison with ``form_code``. ``rules`` (default: with the XSD, when the
    ``invoice`` extra is installed) runs the FA (3) business rules.
    """
    data = read_invoice(source)
    limits = limits or InvoiceLimits()
    size = len(data)
    if size == 0:
        raise MalformedXmlError("the invoice is empty")
    hard_limit = max(limits.max_size, limits.max_size_with_attachment)
    if size > hard_limit:
        raise InvoiceTooLargeError(
            f"the invoice has {size} bytes; the limit is {hard_limit} bytes", size=size, limit=hard_limit
        )
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise InvoiceEncodingError(f"the document starts with a {name}; send UTF-8 without BOM", line=1, column=1)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InvoiceEncodingError(
            f"not valid UTF-8: byte 0x{data[exc.start]:02X} at offset {exc.start}", line=line
        ) from None
    bad = _find_discouraged(data)
    if bad is not None:
        raise _discouraged_error(data, bad)
    # Without those names in the bytes no element can be an attachment, and the scan may stop calling back
    # into Python once it has seen the root and KodFormularza (the parse itself still covers every byte).
    scan = _Scan(attachments_possible=any(name in data for name in _ATTACHMENT_NAMES))
    scan.run(data)
    if scan.problem is not None:
        raise scan.problem
    if size > limits.max_size and not scan.has_attachment:
        raise InvoiceTooLargeError(
            f"the invoice has {size} bytes; the limit without attachments is {limits.max_size} bytes",
            size=size,
            limit=limits.max_size,
        )
    if check_form:
        _check_form(scan, form_code)
    checked = CheckedInvoice(size, scan.has_attachment, scan.root_ns, scan.root)
    if xsd:
        validator = xsd if isinstance(xsd, XsdValidator) else XsdValidator()
        validator.validate(data, form_code)
    if rules is None:
        rules = bool(xsd) and _invoice_extra_installed()
    if rules and form_code == FA_3:
        from ksef_sdk.invoice.parse import parse_invoice
        from ksef_sdk.invoice.rules import check_rules

        check_rules(parse_invoice(data, xsd=not xsd))
    return checked


def _invoice_extra_installed() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in ("xsdata", "lxml"))


def _check_form(scan: _Scan, form_code: FormCode) -> None:
    if (scan.root_ns, scan.root) != (form_code.namespace, form_code.root):
        raise FormMismatchError(
            f"the root element is {{{scan.root_ns}}}{scan.root}, but form code {form_code.system_code} expects "
            f"{{{form_code.namespace}}}{form_code.root}",
            path=f"/{scan.root}",
        )
    if scan.form_attrs is not None:
        declared = (scan.form_attrs.get("kodSystemowy"), scan.form_attrs.get("wersjaSchemy"))
        if declared != (form_code.system_code, form_code.schema_version):
            raise FormMismatchError(
                f"KodFormularza declares kodSystemowy={declared[0]!r} wersjaSchemy={declared[1]!r}, but the session "
                f"uses {form_code.system_code!r} {form_code.schema_version!r}",
                path=f"/{scan.root}/Naglowek/KodFormularza",
            )


def detect_form_code(source: InvoiceSource) -> FormCode:
    """The form code a document is written in, told by its root element and namespace: FA (3), FA (2),
    FA_RR (1), PEF (3) or PEF_KOR (3). Raises :class:`MalformedXmlError` when no root element can be read and
    :class:`FormMismatchError` when the root belongs to no KSeF form."""
    scan = _Scan()
    scan.run(read_invoice(source))
    if not scan.root:
        raise scan.problem or MalformedXmlError("the document has no root element")
    for form_code in FORM_CODES.values():
        if (scan.root_ns, scan.root) == (form_code.namespace, form_code.root):
            return form_code
    known = ", ".join(f"{fc.system_code} ({{{fc.namespace}}}{fc.root})" for fc in FORM_CODES.values())
    raise FormMismatchError(
        f"the root element {{{scan.root_ns}}}{scan.root} belongs to no KSeF form; known: {known}",
        path=f"/{scan.root}",
    )


# ------------------------------------------------------------------------------------------------- XSD

SCHEMA_DIR_ENV = "KSEF_SCHEMA_DIR"
_XSD_EXTRA = "XSD validation needs the 'xsd' extra: pip install ksef-sdk[xsd]"


def find_schema_dir(schema_dir: str | os.PathLike[str] | None = None) -> Path:
    """The directory holding ``FA/``, ``RR/`` and ``PEF/`` schema folders (the official ``faktury/schemy``).

    Order: the argument, ``$KSEF_SCHEMA_DIR``, the copy packaged in the wheel, then
    ``../shared/ksef/faktury/schemy`` next to a source checkout (:func:`ksef_sdk.invoice.schemas.schema_dir`).
    """
    from ksef_sdk.invoice.schemas import schema_dir as locate

    return locate(schema_dir)


class XsdValidator:
    """Validates documents against the official XSDs; compiled schemas are cached per instance.

    The FA/FA_RR schemas import their base types by ``http://crd.gov.pl/...`` URL; those imports are
    mapped to the local ``*/bazowe`` copies and nothing is ever fetched from the network.
    """

    def __init__(self, schema_dir: str | os.PathLike[str] | None = None, *, max_errors: int = 20) -> None:
        self.schema_dir = find_schema_dir(schema_dir)
        self.max_errors = max_errors
        self._schemas: dict[str, Any] = {}
        self._lock = threading.Lock()

    def _map_uri(self, uri: str) -> str:
        if uri.startswith(("http://", "https://")):
            name = uri.rsplit("/", 1)[-1]
            for local in sorted(self.schema_dir.glob(f"*/bazowe/{name}")):
                return str(local)
        return uri

    def schema(self, form_code: FormCode) -> Any:
        """The compiled ``xmlschema.XMLSchema`` for a form code."""
        with self._lock:
            if form_code.schema_file not in self._schemas:
                try:
                    import xmlschema
                except ImportError as exc:  # pragma: no cover - depends on the install
                    raise SchemaNotAvailableError(
                        "XSD validation needs the 'xsd' extra: pip install ksef-sdk[xsd]"
                    ) from exc
                path = self.schema_dir / form_code.schema_file
                if not path.is_file():
                    raise SchemaNotAvailableError(f"schema file {path} not found")
                self._schemas[form_code.schema_file] = xmlschema.XMLSchema(
                    str(path), uri_mapper=self._map_uri, allow="local"
                )
            return self._schemas[form_code.schema_file]

    def validate(self, source: InvoiceSource, form_code: FormCode = FA_3) -> None:
        """Raise :class:`SchemaValidationError` (first problem in the message, all in ``errors``)."""
        try:
            etree: Any = importlib.import_module("lxml.etree")  # untyped; the xsd extra installs it
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise SchemaNotAvailableError(_XSD_EXTRA) from exc
        data = read_invoice(source)
        schema = self.schema(form_code)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            tree = etree.parse(io.BytesIO(data), parser)
        except etree.XMLSyntaxError as exc:
            raise MalformedXmlError(f"not well-formed XML: {exc.msg}", line=exc.lineno) from None
        problems: list[InvoiceValidationError] = []
        for error in schema.iter_errors(tree):
            problems.append(
                InvoiceValidationError(
                    f"XSD {form_code.schema_file.rsplit('/', 1)[-1]}: {error.reason or error.message}",
                    path=error.path,
                    line=error.sourceline,
                )
            )
            if len(problems) >= self.max_errors:
                break
        if problems:
            first = problems[0]
            extra = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
            raise SchemaValidationError(
                first.reason + extra, errors=problems, path=first.path, line=first.line, column=first.column
            )
