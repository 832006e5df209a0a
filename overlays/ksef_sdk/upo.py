"""UPO (Urzędowe Poświadczenie Odbioru, the official receipt) as exact bytes and as a typed object.

KSeF returns the UPO as a XAdES-signed XML document (schema UPO v4-3, namespace
``http://upo.schematy.mf.gov.pl/KSeF/v4-3``, ``sesja-interaktywna.md`` of the KSeF docs). Keep :attr:`Upo.raw` - the
exact bytes
are what the Ministry signed; the parsed fields are for reading. :func:`parse_upo` checks the
document's SHA-256 against the ``x-ms-meta-hash`` header when it is given.

One UPO may be per invoice (one ``Dokument``) or per session (the collective UPO, up to 10,000
``Dokument`` entries per page, with ``OpisPotwierdzenia`` paging information).
"""

from __future__ import annotations

import datetime as dt
import hmac
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field

from ksef_sdk.errors import parse_timestamp
from ksef_sdk.errors._workflows import UpoError, UpoHashMismatchError

__all__ = ["Upo", "UpoContext", "UpoDocument", "UpoError", "UpoHashMismatchError", "UpoPage", "parse_upo"]

NAMESPACE_PREFIX = "http://upo.schematy.mf.gov.pl/KSeF/"
NAMESPACE_V4_3 = NAMESPACE_PREFIX + "v4-3"


@dataclass(frozen=True)
class UpoContext:
    """``IdKontekstu``: ``kind`` is ``Nip``, ``IdWewnetrzny``, ``IdZlozonyVatUE`` or ``IdDostawcyUslugPeppol``."""

    kind: str
    value: str


@dataclass(frozen=True)
class UpoPage:
    """``OpisPotwierdzenia``: which page of a collective UPO this is and which documents it covers."""

    page: int
    page_count: int
    first_document: int
    last_document: int
    total_documents: int


@dataclass(frozen=True)
class UpoDocument:
    """One ``Dokument`` entry: an invoice KSeF accepted."""

    seller_nip: str
    ksef_number: str
    invoice_number: str
    issue_date: dt.date
    sent_at: dt.datetime
    ksef_number_assigned_at: dt.datetime
    invoice_hash: str
    """Base64 SHA-256 of the invoice file (``SkrotDokumentu``), the same value as ``invoiceHash``."""
    mode: str
    """``Online`` or ``Offline`` (``TrybWysylki``)."""


@dataclass(frozen=True)
class Upo:
    """A parsed UPO. ``raw`` holds the exact bytes (keep them: they carry the Ministry's signature)."""

    namespace: str
    receiving_entity: str
    session_reference_number: str
    context: UpoContext
    ksef_token_reference_number: str | None
    authentication_document_hash: str | None
    page: UpoPage | None
    logical_structure: str
    form_code: str
    documents: tuple[UpoDocument, ...]
    schema_version: str | None = None
    raw: bytes = field(default=b"", repr=False, compare=False)

    @property
    def sha256_base64(self) -> str:
        """Base64 SHA-256 of :attr:`raw` (what ``x-ms-meta-hash`` carries)."""
        from ksef_sdk.crypto._cipher import sha256_b64  # lazily: parsing a UPO needs no cryptography import

        return sha256_b64(self.raw)

    @property
    def by_ksef_number(self) -> Mapping[str, UpoDocument]:
        return {d.ksef_number: d for d in self.documents}

    @property
    def by_invoice_hash(self) -> Mapping[str, UpoDocument]:
        """Documents by invoice SHA-256 (Base64): map results back to the files you sent."""
        return {d.invoice_hash: d for d in self.documents}

    def save(self, path: str) -> None:
        """Write the exact bytes to ``path``."""
        with open(path, "wb") as fh:
            fh.write(self.raw)


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


class _Reader:
    def __init__(self, ns: str) -> None:
        self.ns = ns

    def q(self, name: str) -> str:
        return f"{{{self.ns}}}{name}"

    def child(self, parent: ET.Element, name: str) -> ET.Element:
        node = parent.find(self.q(name))
        if node is None:
            raise UpoError(f"UPO: missing element {name} in {_local(parent.tag)[1]}")
        return node

    def text(self, parent: ET.Element, name: str) -> str:
        node = self.child(parent, name)
        return (node.text or "").strip()

    def optional(self, parent: ET.Element, name: str) -> str | None:
        node = parent.find(self.q(name))
        return None if node is None else (node.text or "").strip()

    def integer(self, parent: ET.Element, name: str) -> int:
        value = self.text(parent, name)
        try:
            return int(value)
        except ValueError:
            raise UpoError(f"UPO: {name} is not a number: {value!r}") from None

    def timestamp(self, parent: ET.Element, name: str) -> dt.datetime:
        value = self.text(parent, name)
        parsed = parse_timestamp(value)
        if parsed is None:
            raise UpoError(f"UPO: {name} is not a date-time: {value!r}")
        return parsed

    def date(self, parent: ET.Element, name: str) -> dt.date:
        value = self.text(parent, name)
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            raise UpoError(f"UPO: {name} is not a date: {value!r}") from None


def verify_hash(data: bytes, expected_hash: str) -> None:
    """Raise :class:`UpoHashMismatchError` unless ``Base64(SHA-256(data)) == expected_hash``."""
    from ksef_sdk.crypto._cipher import sha256_b64

    actual = sha256_b64(data)
    expected = expected_hash.strip()
    if not hmac.compare_digest(actual.encode(), expected.encode("utf-8", "replace")):
        raise UpoHashMismatchError(expected, actual)


def parse_upo(data: bytes, *, expected_hash: str | None = None) -> Upo:
    """Parse a UPO from its exact bytes; with ``expected_hash`` (``x-ms-meta-hash``), verify it first."""
    if not isinstance(data, (bytes, bytearray)):
        raise UpoError(f"parse_upo needs the UPO's bytes, got {type(data).__name__}")
    data = bytes(data)
    if expected_hash is not None:
        verify_hash(data, expected_hash)
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data:
        raise UpoError("UPO: DTDs and entity declarations are not accepted")
    try:
        root = ET.fromstring(data)  # noqa: S314 - no DTD/entities (checked above)
    except ET.ParseError as exc:
        raise UpoError(f"UPO: not well-formed XML: {exc}") from None
    ns, local = _local(root.tag)
    if local != "Potwierdzenie" or not ns.startswith(NAMESPACE_PREFIX):
        raise UpoError(f"not a KSeF UPO: root element is {root.tag}")
    r = _Reader(ns)
    auth = r.child(root, "Uwierzytelnienie")
    ctx_node = r.child(auth, "IdKontekstu")
    ctx_children = list(ctx_node)
    if len(ctx_children) != 1:
        raise UpoError("UPO: IdKontekstu must hold exactly one identifier")
    context = UpoContext(_local(ctx_children[0].tag)[1], (ctx_children[0].text or "").strip())
    page_node = root.find(r.q("OpisPotwierdzenia"))
    page = None
    if page_node is not None:
        page = UpoPage(
            page=r.integer(page_node, "Strona"),
            page_count=r.integer(page_node, "LiczbaStron"),
            first_document=r.integer(page_node, "ZakresDokumentowOd"),
            last_document=r.integer(page_node, "ZakresDokumentowDo"),
            total_documents=r.integer(page_node, "CalkowitaLiczbaDokumentow"),
        )
    documents = tuple(
        UpoDocument(
            seller_nip=r.text(d, "NipSprzedawcy"),
            ksef_number=r.text(d, "NumerKSeFDokumentu"),
            invoice_number=r.text(d, "NumerFaktury"),
            issue_date=r.date(d, "DataWystawieniaFaktury"),
            sent_at=r.timestamp(d, "DataPrzeslaniaDokumentu"),
            ksef_number_assigned_at=r.timestamp(d, "DataNadaniaNumeruKSeF"),
            invoice_hash=r.text(d, "SkrotDokumentu"),
            mode=r.text(d, "TrybWysylki"),
        )
        for d in root.findall(r.q("Dokument"))
    )
    if not documents:
        raise UpoError("UPO: no Dokument entries")
    return Upo(
        namespace=ns,
        receiving_entity=r.text(root, "NazwaPodmiotuPrzyjmujacego"),
        session_reference_number=r.text(root, "NumerReferencyjnySesji"),
        context=context,
        ksef_token_reference_number=r.optional(auth, "NumerReferencyjnyTokenaKSeF"),
        authentication_document_hash=r.optional(auth, "SkrotDokumentuUwierzytelniajacego"),
        page=page,
        logical_structure=r.text(root, "NazwaStrukturyLogicznej"),
        form_code=r.text(root, "KodFormularza"),
        documents=documents,
        schema_version=root.get("wersjaSchemy"),
        raw=data,
    )
