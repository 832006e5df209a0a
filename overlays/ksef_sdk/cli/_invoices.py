"""Invoice files on the command line: files and folders expanded, the form told by the root element, results
shown one line per invoice (the KSeF number, or the code, description and details KSeF gave)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ksef_sdk.invoice.checks import FormCode
    from ksef_sdk.sessions import InvoiceResult

__all__ = ["InvoiceFile", "collect_files", "form_option", "result_json", "result_text"]

FORM_HELP = "Form code (FA (3), FA (2), FA_RR (1), PEF (3), PEF_KOR (3)); default: told by each file's root element."


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Every file named, and every ``*.xml`` directly in a folder named (sorted); a missing path is an error."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == ".xml" and p.is_file()))
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(2, "No such file or directory", str(path))
    return files


def form_option(value: str | None) -> FormCode | None:
    """``--form``: a form code by its system code (``FA (3)``, also ``FA3``/``fa(3)``), or None for detection."""
    from ksef_sdk.errors import ConfigurationError
    from ksef_sdk.invoice.checks import FORM_CODES

    if value is None or value.lower() == "auto":
        return None
    wanted = value.replace(" ", "").upper()
    for code, form in FORM_CODES.items():
        if code.replace(" ", "").upper() == wanted:
            return form
    raise ConfigurationError(f"unknown form code {value!r} (known: {', '.join(FORM_CODES)})")


@dataclass
class InvoiceFile:
    """A file checked locally: its bytes, the form it is written in, and the problem found (if any)."""

    path: Path
    data: bytes
    form: FormCode | None
    problem: str | None = None

    @property
    def label(self) -> str:
        return str(self.path)


def check_file(path: Path, form: FormCode | None, *, xsd: Any = False) -> InvoiceFile:
    """Read and check one file (form detected unless given); a local problem is kept, not raised."""
    from ksef_sdk.errors import InvoiceValidationError
    from ksef_sdk.invoice.checks import detect_form_code, validate_invoice

    data = path.read_bytes()
    chosen = form
    try:
        chosen = form or detect_form_code(data)
        validate_invoice(data, form_code=chosen, xsd=xsd)
    except InvoiceValidationError as exc:
        return InvoiceFile(path, data, chosen, " ".join(str(exc).split()))
    return InvoiceFile(path, data, chosen)


def result_text(result: InvoiceResult) -> str:
    """``[code] description: detail; detail`` of a failed invoice (never a tuple's repr)."""
    text = f"[{result.status_code}] {result.status_description}"
    if result.details:
        text += ": " + "; ".join(result.details)
    if result.original_ksef_number:
        text += f" (already in KSeF as {result.original_ksef_number})"
    return " ".join(text.split())


def result_json(result: InvoiceResult) -> dict[str, Any]:
    return {
        "referenceNumber": result.reference_number,
        "ordinalNumber": result.ordinal_number,
        "ok": result.ok,
        "ksefNumber": result.ksef_number,
        "invoiceNumber": result.invoice_number,
        "status": {
            "code": result.status_code,
            "description": result.status_description,
            "details": list(result.details),
            "extensions": dict(result.extensions),
        },
    }
