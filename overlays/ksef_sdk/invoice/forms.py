"""KSeF form codes (``formCode`` of the spec's session requests) and the ways an invoice can be given.

Below every other invoice module: the checks, the parser and the model registry import from here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Union

from ksef_sdk.errors._local import InvoiceEncodingError

__all__ = ["FA_2", "FA_3", "FA_RR_1", "FORM_CODES", "PEF_3", "PEF_KOR_3", "FormCode", "InvoiceSource", "read_invoice"]

InvoiceSource = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", IO[bytes]]
"""An invoice as bytes, a filesystem path, or a binary file object."""


# ----------------------------------------------------------------------------------------- form codes


@dataclass(frozen=True)
class FormCode:
    """A KSeF form code triple (``formCode`` of the spec's session requests), with what is needed to check
    documents against it."""

    system_code: str
    schema_version: str
    value: str
    namespace: str
    root: str
    schema_file: str  # relative to the schema directory

    def to_model(self) -> Any:
        """The generated ``ksef_api.models.FormCode``."""
        from ksef_api.models.form_code import FormCode as FormCodeModel

        return FormCodeModel(system_code=self.system_code, schema_version=self.schema_version, value=self.value)

    def __str__(self) -> str:
        return f"{self.system_code} {self.schema_version} {self.value}"


FA_3 = FormCode(
    "FA (3)", "1-0E", "FA", "http://crd.gov.pl/wzor/2025/06/25/13775/", "Faktura", "FA/schemat_FA(3)_v1-0E.xsd"
)
FA_2 = FormCode(
    "FA (2)", "1-0E", "FA", "http://crd.gov.pl/wzor/2023/06/29/12648/", "Faktura", "FA/schemat_FA(2)_v1-0E.xsd"
)
FA_RR_1 = FormCode(
    "FA_RR (1)", "1-1E", "FA_RR", "http://crd.gov.pl/wzor/2026/03/06/14189/", "Faktura", "RR/schemat_FA_RR(1)_v1-1E.xsd"
)
PEF_3 = FormCode(
    "PEF (3)",
    "2-1",
    "PEF",
    "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
    "Invoice",
    "PEF/Schemat_PEF(3)_v2-1.xsd",
)
PEF_KOR_3 = FormCode(
    "PEF_KOR (3)",
    "2-1",
    "PEF",
    "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
    "CreditNote",
    "PEF/Schemat_PEF_KOR(3)_v2-1.xsd",
)
FORM_CODES: dict[str, FormCode] = {fc.system_code: fc for fc in (FA_3, FA_2, FA_RR_1, PEF_3, PEF_KOR_3)}


# ------------------------------------------------------------------------------------------------ input


def read_invoice(source: InvoiceSource) -> bytes:
    """The exact bytes of an invoice given as bytes, a path, or a binary file object."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, (str, os.PathLike)):
        return Path(source).read_bytes()
    if hasattr(source, "read"):
        data = source.read()
        if not isinstance(data, bytes):
            raise InvoiceEncodingError("the invoice file object must be opened in binary mode ('rb')")
        return data
    raise TypeError(f"an invoice must be bytes, a path or a binary file, not {type(source).__name__}")
