"""XML canonicalization for comparing documents: C14N 2.0 after dropping formatting whitespace.

Two invoices are "the same document" when their canonical forms are equal: attribute order, quoting,
namespace prefixes and unused namespace declarations, the XML declaration, comments, whitespace-only
text between elements and ``xsi:schemaLocation`` hints (a processing hint such as a path on the author's
disk, not invoice content; the model does not keep it) do not count; every value does, in its lexical form.
"""

from __future__ import annotations

from typing import Any

from ksef_sdk.invoice.schemas import _etree

__all__ = ["canonical"]

_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
_XSI_HINTS = (_XSI + "schemaLocation", _XSI + "noNamespaceSchemaLocation")


def canonical(data: bytes) -> bytes:
    """The C14N 2.0 form of a document, ignoring indentation-only text between elements."""
    etree = _etree()
    parser = etree.XMLParser(
        remove_blank_text=True, resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True
    )
    root: Any = etree.fromstring(data, parser)
    for element in root.iter():
        for hint in _XSI_HINTS:
            element.attrib.pop(hint, None)
        if element.text is not None and not element.text.strip() and len(element):
            element.text = None
        if element.tail is not None and not element.tail.strip():
            element.tail = None
    # C14N 2.0 with prefix rewriting: the same document whatever prefixes it used
    from xml.etree.ElementTree import canonicalize

    result: str = canonicalize(etree.tostring(root), rewrite_prefixes=True)
    return result.encode("utf-8")
