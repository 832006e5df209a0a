"""Where the official invoice XSDs are, and their compiled (libxml2) form.

One way to find the schemas for the whole package (the pre-send checks, the invoice parser and the
sandbox), in this order:

1. an explicit ``schema_dir`` argument;
2. ``$KSEF_SCHEMA_DIR`` (the directory holding ``FA/``, ``RR/`` and ``PEF/``);
3. the copy packaged in the wheel/sdist (``ksef_documents/schemas``, with the Ministry's LICENSE,
   taken from the pinned official data at build time by ``hatch_build.py``);
4. ``../shared/ksef/faktury/schemy`` beside a source checkout.

The FA/FA_RR schemas import their base types by ``http://crd.gov.pl/...`` URL; those imports are
mapped to the local ``*/bazowe`` copies and nothing is ever fetched from the network.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ksef_sdk.errors import SchemaNotAvailableError

if TYPE_CHECKING:
    from ksef_sdk.invoice.forms import FormCode

__all__ = ["SCHEMA_DIR_ENV", "compiled_schema", "packaged_schema_root", "schema_dir", "upo_schema_file"]

SCHEMA_DIR_ENV = "KSEF_SCHEMA_DIR"
_FA3_SCHEMA = "FA/schemat_FA(3)_v1-0E.xsd"  # present in every complete schema directory
_INVOICE_EXTRA = "the invoice document needs the 'invoice' extra: pip install ksef-sdk[invoice]"


def packaged_schema_root() -> Path | None:
    """``ksef_documents/schemas`` of an installed wheel (``faktury/schemy``, ``faktury/upo``, LICENSE)."""
    spec = importlib.util.find_spec("ksef_documents")
    for location in (spec.submodule_search_locations or []) if spec else []:
        root = Path(location) / "schemas"
        if (root / "faktury" / "schemy" / _FA3_SCHEMA).is_file():
            return root
    return None


def _checkout_candidates() -> list[Path]:
    here = Path(__file__).resolve()
    return [parent / ".." / "shared" / "ksef" / "faktury" / "schemy" for parent in here.parents[2:5]]


def schema_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The directory with the official ``FA/``, ``RR/`` and ``PEF/`` schema folders.

    Raises :class:`~ksef_sdk.validation.SchemaNotAvailableError` naming every place looked at.
    """
    candidates: list[Path] = []
    if explicit is not None:
        candidates.append(Path(explicit))
    else:
        if os.environ.get(SCHEMA_DIR_ENV):
            candidates.append(Path(os.environ[SCHEMA_DIR_ENV]))
        packaged = packaged_schema_root()
        if packaged is not None:
            candidates.append(packaged / "faktury" / "schemy")
        candidates.extend(_checkout_candidates())
    for candidate in candidates:
        if (candidate / _FA3_SCHEMA).is_file():
            return candidate.resolve()
    raise SchemaNotAvailableError(
        "the KSeF invoice schemas were not found; install ksef-sdk from a wheel, pass schema_dir= or set "
        f"${SCHEMA_DIR_ENV} to the directory with FA/, RR/ and PEF/ (looked in: {', '.join(map(str, candidates))})"
    )


def upo_schema_file(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The UPO v4-3 XSD next to the invoice schemas (``faktury/upo/schemy/upo-v4-3.xsd``)."""
    path = schema_dir(explicit).parent / "upo" / "schemy" / "upo-v4-3.xsd"
    if not path.is_file():
        raise SchemaNotAvailableError(f"the UPO schema was not found at {path}")
    return path


_cache: dict[tuple[Path, str], Any] = {}
_lock = threading.Lock()


def _etree() -> Any:
    try:
        from lxml import etree  # type: ignore[import-untyped]
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise SchemaNotAvailableError(_INVOICE_EXTRA) from exc
    return etree


def compiled_schema(form_code: FormCode, explicit_dir: str | os.PathLike[str] | None = None) -> Any:
    """The form's XSD compiled by libxml2 (``lxml.etree.XMLSchema``), cached per directory and form.

    A compiled schema is immutable and safe to share between threads.
    """
    directory = schema_dir(explicit_dir)
    key = (directory, form_code.schema_file)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    etree = _etree()
    with _lock:
        cached = _cache.get(key)
        if cached is None:
            path = directory / form_code.schema_file
            if not path.is_file():
                raise SchemaNotAvailableError(f"schema file {path} not found")

            resolver_base: Any = etree.Resolver

            class _LocalOnly(resolver_base):  # type: ignore[misc]
                def resolve(self, url: str, public_id: str, context: Any) -> Any:
                    if url.startswith(("http://", "https://")):
                        name = url.rsplit("/", 1)[-1]
                        for local in sorted(directory.glob(f"*/bazowe/{name}")):
                            return self.resolve_filename(str(local), context)
                        return self.resolve_string("", context)  # never fetch anything
                    return None

            parser = etree.XMLParser(no_network=True, resolve_entities=False)
            parser.resolvers.add(_LocalOnly())
            cached = etree.XMLSchema(etree.parse(str(path), parser))
            _cache[key] = cached
    return cached
