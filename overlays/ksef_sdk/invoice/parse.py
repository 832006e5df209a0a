"""Invoice XML ⇄ the generated model, and the model ⇄ JSON. Parsing is hardened.

Purchase invoices come from any seller, so :func:`parse_invoice` trusts nothing:

- the document size is limited (``ParseLimits.max_bytes``, 3 MB: KSeF's limit with attachments);
- a DOCTYPE is refused (so no DTD, no entity declaration, no billion laughs, no XXE), entities are never
  resolved and the parser never touches the network;
- element depth is limited (``ParseLimits.max_depth``); libxml2's own limits (no ``huge_tree``) stay on;
- the document is validated against the official XSD (``xsd=True``) before it is mapped onto the model,
  and the mapping fails on any value the model cannot represent.

Every failure is an :class:`~ksef_sdk.validation.InvoiceValidationError` subclass with the element path
when known; no lxml or xsdata exception escapes. Comments and processing instructions are dropped.

:func:`serialize_invoice` writes UTF-8 without BOM, the form's namespace as the default namespace.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ksef_sdk.errors import DocumentModelError, MalformedXmlError, SchemaValidationError, UnsafeXmlError
from ksef_sdk.invoice.binding import bind, element_path
from ksef_sdk.invoice.forms import InvoiceSource, read_invoice
from ksef_sdk.invoice.model import DOCUMENT_FORMS, DocumentForm, form_for_model, form_for_root
from ksef_sdk.invoice.schemas import _etree, compiled_schema

__all__ = [
    "ParseLimits",
    "ParsedXml",
    "element_path",
    "invoice_from_json",
    "invoice_to_json",
    "load_xml",
    "parse_invoice",
    "serialize_invoice",
    "validate_xsd",
]

MB = 1_000_000


@dataclass(frozen=True)
class ParseLimits:
    """Limits applied before anything else looks at a document."""

    max_bytes: int = 3 * MB
    max_depth: int = 32  # FA(3) needs 10 levels; libxml2 refuses > 256 anyway
    max_errors: int = 20  # XSD problems collected per document


DEFAULT_LIMITS = ParseLimits()


@dataclass
class ParsedXml:
    """A well-formed, safe document: the lxml tree, its root's namespace and name, and its form."""

    tree: Any
    namespace: str
    root: str
    form: DocumentForm


# a DOCTYPE can only come before the root element, after the declaration, comments and PIs
_DOCTYPE = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->)*<!DOCTYPE", re.DOTALL)


@lru_cache(maxsize=1)
def _parser() -> Any:
    etree = _etree()
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


@lru_cache(maxsize=8)
def _too_deep(depth: int) -> Any:
    return _etree().XPath("boolean(/" + "/".join(["*"] * (depth + 1)) + ")")


def load_xml(source: InvoiceSource, *, limits: ParseLimits = DEFAULT_LIMITS) -> ParsedXml:
    """Parse bytes safely into an lxml tree and find the form, or raise a typed error."""
    data = read_invoice(source)
    if len(data) > limits.max_bytes:
        raise UnsafeXmlError(f"the document has {len(data)} bytes; the limit is {limits.max_bytes} bytes")
    if not data.strip():
        raise MalformedXmlError("the document is empty")
    if _DOCTYPE.match(data):
        raise UnsafeXmlError("a DOCTYPE (DTD, entity declarations) is not allowed in an invoice", line=1)
    etree = _etree()
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc)
        if any(word in message.lower() for word in ("depth", "huge", "amplification", "entity")):
            raise UnsafeXmlError(f"refused: {message}", line=exc.lineno) from None
        raise MalformedXmlError(f"not well-formed XML: {message}", line=exc.lineno) from None
    except ValueError as exc:  # e.g. a str with an encoding declaration
        raise MalformedXmlError(f"not well-formed XML: {exc}") from None
    docinfo = tree.docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise UnsafeXmlError("a DOCTYPE (DTD, entity declarations) is not allowed in an invoice", line=1)
    if _too_deep(limits.max_depth)(tree):
        raise UnsafeXmlError(f"the document nests elements deeper than {limits.max_depth} levels")
    root = tree.getroot()
    qname = etree.QName(root)
    namespace, name = qname.namespace or "", qname.localname
    return ParsedXml(tree, namespace, name, form_for_root(namespace, name))


def validate_xsd(parsed: ParsedXml, *, limits: ParseLimits = DEFAULT_LIMITS) -> None:
    """Validate against the form's official XSD: :class:`SchemaValidationError` lists every problem."""
    schema = compiled_schema(parsed.form.form_code)
    if schema.validate(parsed.tree):
        return
    problems = []
    for entry in list(schema.error_log)[: limits.max_errors]:
        path = _named_path(parsed.tree, entry.path)
        message = entry.message.strip().replace("{" + parsed.namespace + "}", "")
        problems.append(MalformedXmlError(f"XSD: {message}", path=path, line=entry.line))
    first = problems[0]
    extra = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
    raise SchemaValidationError(
        first.reason + extra,
        errors=list(problems),
        path=first.path,
        line=first.line,
    )


def _named_path(tree: Any, xpath: str | None) -> str | None:
    if not xpath:
        return None
    try:
        found = tree.xpath(xpath)
    except Exception:  # an XPath lxml cannot evaluate back: keep what libxml2 said
        return xpath
    return element_path(found[0]) if found else xpath


@lru_cache(maxsize=1)
def _xsdata() -> tuple[Any, Any]:
    from xsdata.formats.dataclass.context import XmlContext
    from xsdata.formats.dataclass.parsers import XmlParser
    from xsdata.formats.dataclass.parsers.handlers import LxmlEventHandler

    context = XmlContext()
    return context, XmlParser(config=_strict_config(), context=context, handler=LxmlEventHandler)


def _strict_config() -> Any:
    from xsdata.formats.dataclass.parsers.config import ParserConfig

    return ParserConfig(
        fail_on_unknown_properties=True, fail_on_unknown_attributes=True, fail_on_converter_warnings=True
    )


@lru_cache(maxsize=1)
def _json_context() -> Any:
    """The JSON encoder/decoder's own context: it builds nested classes' metadata without their parent's
    namespace, which must not leak into the XML parser's and serializer's context."""
    from xsdata.formats.dataclass.context import XmlContext

    return XmlContext()


def parse_invoice(source: InvoiceSource, *, xsd: bool = True, limits: ParseLimits = DEFAULT_LIMITS) -> Any:
    """An invoice's XML as the generated model (``ksef_documents.fa3.Faktura`` for FA (3), ...).

    ``xsd=False`` skips the schema validation (the model mapping still refuses what it cannot represent).
    """
    parsed = load_xml(source, limits=limits)
    if xsd:
        validate_xsd(parsed, limits=limits)
    return to_model(parsed)


def to_model(parsed: ParsedXml, *, engine: str = "binder") -> Any:
    """Map a loaded (and usually XSD-validated) document onto its generated model.

    ``engine="binder"`` (default) uses the fast precompiled binder (:mod:`ksef_sdk.invoice.binding`);
    ``engine="xsdata"`` xsdata's generic parser (slower; it consumes the tree).
    """
    if engine == "binder" and parsed.form.fast_binder:
        return bind(parsed.tree, parsed.form.root_class)
    _, parser = _xsdata()
    try:
        return parser.parse(parsed.tree, parsed.form.root_class)
    except Exception as exc:  # xsdata raises ParserError, ConverterError, plain ValueError/TypeError
        raise DocumentModelError(f"the document does not map onto the {parsed.form.form_code} model: {exc}") from None


def serialize_invoice(document: object, *, pretty: bool = False) -> bytes:
    """The model as UTF-8 XML bytes with an XML declaration, the form namespace as default namespace."""
    from xsdata.formats.dataclass.serializers import XmlSerializer
    from xsdata.formats.dataclass.serializers.config import SerializerConfig

    form = form_for_model(document)
    context, _ = _xsdata()
    config = SerializerConfig(encoding="UTF-8", xml_declaration=True, indent="  " if pretty else None)
    try:
        text = XmlSerializer(config=config, context=context).render(document, ns_map=form.ns_map)
    except Exception as exc:  # xsdata SerializerError, enum/converter errors on wrong field values
        raise DocumentModelError(f"the model cannot be written as {form.form_code} XML: {exc}") from None
    return text.encode("utf-8")


def invoice_to_json(document: object, *, indent: int | None = 2) -> str:
    """The model as JSON: ``{"formCode": "FA (3)", "document": {...}}`` (field names as in the model)."""
    from xsdata.formats.dataclass.serializers import DictEncoder
    from xsdata.formats.dataclass.serializers.dict import DictFactory

    form = form_for_model(document)
    body = DictEncoder(context=_json_context(), dict_factory=DictFactory.FILTER_NONE).encode(document)
    wrapped = {"formCode": form.form_code.system_code, "document": body}
    text = json.dumps(wrapped, ensure_ascii=False, indent=indent)
    if not form.fast_binder:
        # xsdata's JSON keeps no element names for wildcard content (UBL extensions): refuse, never lose data
        try:
            same = invoice_from_json(text) == document
        except DocumentModelError:
            same = False
        if not same:
            raise DocumentModelError(
                f"this {form.form_code} document has extension content (UBLExtensions) that JSON cannot carry"
            )
    return text


def invoice_from_json(text: str | bytes) -> Any:
    """The model from :func:`invoice_to_json` output (``formCode`` selects the generated class)."""
    from xsdata.formats.dataclass.parsers import DictDecoder

    try:
        wrapped = json.loads(text)
    except ValueError as exc:
        raise DocumentModelError(f"not valid JSON: {exc}") from None
    if not isinstance(wrapped, dict) or not isinstance(wrapped.get("document"), dict):
        raise DocumentModelError('expected {"formCode": ..., "document": {...}}')
    form = DOCUMENT_FORMS.get(str(wrapped.get("formCode")))
    if form is None:
        raise DocumentModelError(f"unknown formCode {wrapped.get('formCode')!r}; known: {', '.join(DOCUMENT_FORMS)}")
    try:
        decoder = DictDecoder(context=_json_context(), config=_strict_config())
        return decoder.decode(wrapped["document"], form.root_class)
    except Exception as exc:  # xsdata ParserError, converter errors
        raise DocumentModelError(f"the JSON does not map onto the {form.form_code} model: {exc}") from None
