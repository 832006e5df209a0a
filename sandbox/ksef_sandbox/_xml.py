"""Invoice XML: the XSD store (lazy, cached), content rules, field extraction; UPO documents."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree  # type: ignore[import-untyped]

__all__ = ["FORMS", "InvoiceFacts", "SchemaStore", "XmlRejected", "default_schema_dir", "render_upo"]

log = logging.getLogger("ksef_sandbox")

# (systemCode, schemaVersion, value) -> (XSD path under faktury/schemy, UPO NazwaStrukturyLogicznej, metadata formType)
FORMS: dict[tuple[str, str, str], tuple[str, str, str]] = {
    ("FA (2)", "1-0E", "FA"): ("FA/schemat_FA(2)_v1-0E.xsd", "Schemat_FA(2)_v1-0E.xsd", "FA"),
    ("FA (3)", "1-0E", "FA"): ("FA/schemat_FA(3)_v1-0E.xsd", "Schemat_FA(3)_v1-0E.xsd", "FA"),
    ("PEF (3)", "2-1", "PEF"): ("PEF/Schemat_PEF(3)_v2-1.xsd", "Schemat_PEF(3)_v2-1.xsd", "PEF"),
    ("PEF_KOR (3)", "2-1", "PEF"): ("PEF/Schemat_PEF_KOR(3)_v2-1.xsd", "Schemat_PEF_KOR(3)_v2-1.xsd", "PEF"),
    ("FA_RR (1)", "1-1E", "FA_RR"): ("RR/schemat_FA_RR(1)_v1-1E.xsd", "Schemat_FA_RR(1)_v1-1E.xsd", "FA_RR"),
    ("FA_RR (1)", "1-0E", "FA_RR"): ("RR/schemat_FA_RR(1)_v1-1E.xsd", "Schemat_FA_RR(1)_v1-0E.xsd", "FA_RR"),
}
BATCH_FORMS = {k for k in FORMS if k[2] != "PEF"}

_BAZOWE_URL = "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/"


def default_schema_dir() -> Path | None:
    """The invoice XSD directory (``FA/``, ``RR/``, ``PEF/``) the client validates with too - one locator for
    the package (``ksef_sdk.invoice.schemas``): ``$KSEF_SCHEMA_DIR``, the copy packaged in the wheel,
    ``../shared/ksef/faktury/schemy`` beside a checkout - or None."""
    from ksef_sdk.errors import SchemaNotAvailableError
    from ksef_sdk.invoice.schemas import schema_dir

    try:
        return schema_dir()
    except SchemaNotAvailableError:
        return None


def schema_root(directory: Path | None) -> Path | None:
    """An explicit directory: the XSD directory itself, or an official data directory holding ``faktury/schemy``."""
    if directory is not None and (directory / "faktury" / "schemy").is_dir():
        return directory / "faktury" / "schemy"
    return directory


class XmlRejected(Exception):
    """Invoice content the sandbox refuses, with the KSeF error/status code to report."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class _Resolver(etree.Resolver):  # type: ignore[misc]
    """Maps the http URLs the invoice XSDs import to the local ``bazowe/`` copies; no network."""

    def __init__(self, base: Path) -> None:
        super().__init__()
        self.base = base

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        if system_url.startswith(("http://", "https://")):
            local = self.base / "FA" / "bazowe" / system_url.rsplit("/", 1)[-1]
            if local.is_file():
                return self.resolve_filename(str(local), context)
            return self.resolve_string("", context)  # refuse to fetch anything
        return None


class SchemaStore:
    """Compiles each form's XSD on first use and caches it; thread-safe."""

    def __init__(self, root: Path | None) -> None:
        self.root = schema_root(root)  # the directory holding FA/, RR/, PEF/ (the UPO schema is in ../upo/schemy)
        self._cache: dict[str, etree.XMLSchema] = {}
        self._lock = threading.Lock()
        self.available = bool(self.root and (self.root / "FA").is_dir())
        if not self.available:
            log.warning("ksef_sandbox: no invoice XSDs found (%s); checking well-formedness only", root)

    def schema(self, relpath: str) -> etree.XMLSchema | None:
        if not self.available or self.root is None:
            return None
        with self._lock:
            cached = self._cache.get(relpath)
            if cached is None:
                base = self.root
                parser = etree.XMLParser(no_network=True, resolve_entities=False)
                parser.resolvers.add(_Resolver(base))
                doc = etree.parse(str(base / relpath), parser)
                cached = etree.XMLSchema(doc)
                self._cache[relpath] = cached
            return cached

    def auth_schema(self, namespace: str) -> etree.XMLSchema | None:
        """The XSD of ``AuthTokenRequest`` in ``namespace`` (``.../auth/token/2.0`` or ``2.1``), when available.

        The published patterns are written for KSeF's .NET parser: ``^``/``$`` anchors (implicit in XSD) are
        dropped, and 2.0's IPv4 patterns (``\\b``, not XSD) are replaced by 2.1's, which mean the same
        (``api-changelog.md``, 2.5.0)."""
        version = {"http://ksef.mf.gov.pl/auth/token/2.0": "2-0", "http://ksef.mf.gov.pl/auth/token/2.1": "2-1"}.get(
            namespace
        )
        if version is None or self.root is None:
            return None
        # beside faktury/ in the official data and in the wheel (ksef_documents/schemas/auth/schemy)
        found = [
            base
            for base in (self.root.parent.parent / "auth" / "schemy", self.root / "auth" / "schemy")
            if (base / f"schemat_auth_v{version}.xsd").is_file()
        ]
        if not found:
            return None
        base = found[0]
        with self._lock:
            key = f"auth-{version}"
            if key not in self._cache:
                fallback = _auth_patterns(base / "schemat_auth_v2-1.xsd")
                self._cache[key] = etree.XMLSchema(_portable_patterns(base / f"schemat_auth_v{version}.xsd", fallback))
            return self._cache[key]

    def upo_schema(self) -> etree.XMLSchema | None:
        if not self.available or self.root is None:
            return None
        path = self.root.parent / "upo" / "schemy" / "upo-v4-3.xsd"
        with self._lock:
            if "upo" not in self._cache:
                self._cache["upo"] = etree.XMLSchema(etree.parse(str(path)))
            return self._cache["upo"]


_XSD = "{http://www.w3.org/2001/XMLSchema}"


def _element_name(facet: Any) -> str | None:
    for node in facet.iterancestors(f"{_XSD}element"):
        return str(node.get("name"))
    return None


def _auth_patterns(path: Path) -> dict[str | None, str]:
    if not path.is_file():
        return {}
    return {_element_name(f): str(f.get("value")) for f in etree.parse(str(path)).iter(f"{_XSD}pattern")}


def _portable_patterns(path: Path, fallback: dict[str | None, str]) -> Any:
    doc = etree.parse(str(path))
    for facet in doc.iter(f"{_XSD}pattern"):
        value = str(facet.get("value"))
        if "\\b" in value:
            value = fallback.get(_element_name(facet), value)
        if value.startswith("^"):
            value = value[1:]
        if value.endswith("$") and not value.endswith("\\$"):
            value = value[:-1]
        facet.set("value", value)
    return doc


_DISCOURAGED = re.compile("[\x7f-\x84\x86-\x9f\ufdd0-\ufdef\ufffe\uffff]")
_ENCODING_DECL = re.compile(rb"^<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


@dataclass
class InvoiceFacts:
    """What the sandbox reads from an accepted invoice (for duplicates, UPO and metadata)."""

    seller_nip: str
    seller_name: str | None
    invoice_number: str
    invoice_type: str
    issue_date: str
    currency: str
    gross: float
    net: float
    vat: float
    buyer_id_type: str
    buyer_id_value: str | None
    buyer_name: str | None
    has_attachment: bool
    third_subjects: list[dict[str, Any]]
    authorized_nip: str | None = None  # PodmiotUpowazniony (enforcement authority, bailiff, tax representative)
    authorized_name: str | None = None
    authorized_role: int | None = None
    self_invoicing: bool = False  # Adnotacje/P_17 = 1


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=False)


def check_and_parse(xml: bytes, schema: etree.XMLSchema | None) -> Any:
    """Content rules (UTF-8 without BOM, no PIs, no discouraged code points), parse, XSD-validate."""
    if xml.startswith(b"\xef\xbb\xbf"):
        raise XmlRejected(21217, "Dokument zawiera znacznik BOM (UTF-8 without BOM required)")
    m = _ENCODING_DECL.match(xml)
    if m and m.group(1).decode().lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise XmlRejected(21217, f"Niedozwolone kodowanie dokumentu: {m.group(1).decode()}")
    try:
        text = xml.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise XmlRejected(21217, f"Dokument nie jest poprawnym UTF-8: {exc}") from exc
    bad = _DISCOURAGED.search(text)
    if bad:
        raise XmlRejected(21217, f"Niedozwolony znak U+{ord(bad.group()):04X}")
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise XmlRejected(21001, f"Dokument XML nie jest poprawny składniowo: {exc}") from exc
    tree = root.getroottree()
    for node in tree.iter(etree.ProcessingInstruction):
        raise XmlRejected(21001, f"Niedozwolona instrukcja przetwarzania: {node.target}")
    if schema is not None and not schema.validate(tree):
        err = schema.error_log.last_error
        raise XmlRejected(21401, f"Dokument nie jest zgodny ze schematem (xsd): {err.message} (linia {err.line})")
    return root


def _text(root: Any, path: str) -> str | None:
    found = root.xpath(path)
    if not found:
        return None
    value = found[0] if isinstance(found[0], str) else found[0].text
    return value.strip() if value else None


def _num(root: Any, path: str) -> float:
    total = 0.0
    for value in root.xpath(path):
        try:
            total += float(value)
        except ValueError:
            continue
    return round(total, 2)


def extract_facts(root: Any, form_value: str) -> InvoiceFacts:
    """Seller NIP, invoice number, type, dates and amounts from FA / FA_RR / PEF documents."""
    ln = "local-name()"
    if form_value == "PEF":
        seller = _text(root, f"//*[{ln}='AccountingSupplierParty']//*[{ln}='CompanyID']") or ""
        seller = re.sub(r"\D", "", seller)[-10:]
        gross = _num(root, f"//*[{ln}='LegalMonetaryTotal']/*[{ln}='TaxInclusiveAmount']/text()")
        net = _num(root, f"//*[{ln}='LegalMonetaryTotal']/*[{ln}='TaxExclusiveAmount']/text()")
        buyer = _text(root, f"//*[{ln}='AccountingCustomerParty']//*[{ln}='CompanyID']")
        return InvoiceFacts(
            seller_nip=seller,
            seller_name=_text(root, f"//*[{ln}='AccountingSupplierParty']//*[{ln}='RegistrationName']"),
            invoice_number=_text(root, f"/*/*[{ln}='ID']") or "",
            invoice_type="KorPef" if root.tag.endswith("CreditNote") else "VatPef",
            issue_date=_text(root, f"/*/*[{ln}='IssueDate']") or "1970-01-01",
            currency=_text(root, f"/*/*[{ln}='DocumentCurrencyCode']") or "PLN",
            gross=gross,
            net=net,
            vat=round(gross - net, 2),
            buyer_id_type="Other" if buyer else "None",
            buyer_id_value=buyer,
            buyer_name=_text(root, f"//*[{ln}='AccountingCustomerParty']//*[{ln}='RegistrationName']"),
            has_attachment=False,
            third_subjects=[],
        )
    top = _children(root)
    fa = _children(_first(top, "FakturaRR" if form_value == "FA_RR" else "Fa"))
    seller_id = _children(_first(_children(_first(top, "Podmiot1")), "DaneIdentyfikacyjne"))
    buyer_id = _children(_first(_children(_first(top, "Podmiot2")), "DaneIdentyfikacyjne"))
    authorized = _children(_first(top, "PodmiotUpowazniony"))
    authorized_id = _children(_first(authorized, "DaneIdentyfikacyjne"))
    kind = _value(fa, "RodzajFaktury") or "VAT"
    gross = _sum(fa, lambda n: n in ("P_15", "P_12_2"))
    net = _sum(fa, lambda n: n.startswith("P_13_") or n in ("P_11", "P_11_1"))
    vat = _sum(fa, lambda n: n.startswith("P_14_") and "W" not in n)
    buyer_type, buyer_value = "None", None
    for tag, typ in (("NIP", "Nip"), ("NrVatUE", "VatUe"), ("NrID", "Other")):
        value = _value(buyer_id, tag)
        if value:
            buyer_type, buyer_value = typ, value
            break
    third = []
    for node in top.get("Podmiot3", ()):
        fields = _children(node)
        ident = _children(_first(fields, "DaneIdentyfikacyjne"))
        nip = _value(ident, "NIP")
        if nip:
            third.append(
                {
                    "identifier": {"type": "Nip", "value": nip},
                    "name": _value(ident, "Nazwa"),
                    "role": _to_int(_value(fields, "Rola")),
                }
            )
    return InvoiceFacts(
        seller_nip=_value(seller_id, "NIP") or "",
        seller_name=_value(seller_id, "Nazwa"),
        invoice_number=_value(fa, "P_4B", "P_2") or "",
        invoice_type={"VAT_RR": "VatRr", "KOR_VAT_RR": "KorVatRr"}.get(kind, kind.capitalize().replace("_", "")),
        issue_date=_value(fa, "P_1", "P_4A") or "1970-01-01",
        currency=_value(fa, "KodWaluty") or "PLN",
        gross=gross,
        net=net,
        vat=vat,
        buyer_id_type=buyer_type,
        buyer_id_value=buyer_value,
        buyer_name=_value(buyer_id, "Nazwa"),
        has_attachment="Zalacznik" in top,
        third_subjects=third,
        authorized_nip=_value(authorized_id, "NIP"),
        authorized_name=_value(authorized_id, "Nazwa"),
        authorized_role=_to_int(_value(authorized, "RolaPU")),
        self_invoicing=_value(_children(_first(fa, "Adnotacje")), "P_17") == "1",
    )


def _children(node: Any) -> dict[str, list[Any]]:
    """The element children of ``node`` by local name (one pass; no namespace-agnostic XPath per field)."""
    out: dict[str, list[Any]] = {}
    if node is not None:
        for child in node:
            if isinstance(child.tag, str):
                out.setdefault(child.tag.rpartition("}")[2], []).append(child)
    return out


def _first(children: dict[str, list[Any]], name: str) -> Any:
    found = children.get(name)
    return found[0] if found else None


def _value(children: dict[str, list[Any]], *names: str) -> str | None:
    """The stripped text of the first of ``names`` present (an empty text counts as absent)."""
    for name in names:
        for node in children.get(name, ()):
            if node.text and node.text.strip():
                return str(node.text.strip())
    return None


def _sum(children: dict[str, list[Any]], wanted: Any) -> float:
    total = 0.0
    for name, nodes in children.items():
        if wanted(name):
            for node in nodes:
                try:
                    total += float(node.text or "")
                except ValueError:
                    continue
    return round(total, 2)


def _to_int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


_INVOICE_TYPES = {
    "Vat": "Vat",
    "Zal": "Zal",
    "Kor": "Kor",
    "Roz": "Roz",
    "Upr": "Upr",
    "Korzal": "KorZal",
    "Korroz": "KorRoz",
}


def normalise_invoice_type(value: str) -> str:
    return _INVOICE_TYPES.get(value, value)


@dataclass
class UpoEntry:
    seller_nip: str
    ksef_number: str
    invoice_number: str
    issue_date: str
    sent_at: str
    numbered_at: str
    invoice_hash: str
    mode: str


def render_upo(
    *,
    session_reference: str,
    context_type: str,
    context_value: str,
    auth_token_reference: str | None,
    auth_document_hash: str | None,
    structure_name: str,
    form_system_code: str,
    entries: list[UpoEntry],
    page: tuple[int, int, int, int, int] | None = None,
) -> bytes:
    """UPO v4-3 (``Potwierdzenie``); ``page`` = (page, pages, from, to, total) for a collective UPO."""
    ctx_tag = {
        "Nip": "Nip",
        "InternalId": "IdWewnetrzny",
        "NipVatUe": "IdZlozonyVatUE",
        "PeppolId": "IdDostawcyUslugPeppol",
    }
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<Potwierdzenie xmlns="http://upo.schematy.mf.gov.pl/KSeF/v4-3">',
        "<NazwaPodmiotuPrzyjmujacego>Ministerstwo Finansów</NazwaPodmiotuPrzyjmujacego>",
        f"<NumerReferencyjnySesji>{session_reference}</NumerReferencyjnySesji>",
        f"<Uwierzytelnienie><IdKontekstu><{ctx_tag.get(context_type, 'Nip')}>{escape(context_value)}"
        f"</{ctx_tag.get(context_type, 'Nip')}></IdKontekstu>",
    ]
    if auth_token_reference:
        parts.append(f"<NumerReferencyjnyTokenaKSeF>{auth_token_reference}</NumerReferencyjnyTokenaKSeF>")
    else:
        parts.append(f"<SkrotDokumentuUwierzytelniajacego>{auth_document_hash}</SkrotDokumentuUwierzytelniajacego>")
    parts.append("</Uwierzytelnienie>")
    if page is not None:
        p, n, lo, hi, total = page
        parts.append(
            f"<OpisPotwierdzenia><Strona>{p}</Strona><LiczbaStron>{n}</LiczbaStron>"
            f"<ZakresDokumentowOd>{lo}</ZakresDokumentowOd><ZakresDokumentowDo>{hi}</ZakresDokumentowDo>"
            f"<CalkowitaLiczbaDokumentow>{total}</CalkowitaLiczbaDokumentow></OpisPotwierdzenia>"
        )
    parts.append(f"<NazwaStrukturyLogicznej>{structure_name}</NazwaStrukturyLogicznej>")
    parts.append(f"<KodFormularza>{escape(form_system_code)}</KodFormularza>")
    for e in entries:
        parts.append(
            f"<Dokument><NipSprzedawcy>{e.seller_nip}</NipSprzedawcy><NumerKSeFDokumentu>{e.ksef_number}"
            f"</NumerKSeFDokumentu><NumerFaktury>{escape(e.invoice_number)}</NumerFaktury>"
            f"<DataWystawieniaFaktury>{e.issue_date}</DataWystawieniaFaktury>"
            f"<DataPrzeslaniaDokumentu>{e.sent_at}</DataPrzeslaniaDokumentu>"
            f"<DataNadaniaNumeruKSeF>{e.numbered_at}</DataNadaniaNumeruKSeF>"
            f"<SkrotDokumentu>{e.invoice_hash}</SkrotDokumentu><TrybWysylki>{e.mode}</TrybWysylki></Dokument>"
        )
    parts.append("</Potwierdzenie>")
    return "".join(parts).encode("utf-8")
