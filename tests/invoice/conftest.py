"""Fixtures for the invoice-document tests: official samples with their placeholders filled."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("KSEF_SHARED", Path(__file__).resolve().parents[2].parent / "shared" / "ksef")).resolve()
SAMPLES = SHARED / "samples"

# every official FA-family sample, and the PEF (UBL) ones
FA_SAMPLES = sorted(p.name for p in SAMPLES.glob("invoice-template-fa-*.xml") if "pef" not in p.name)
PEF_SAMPLES = sorted(p.name for p in SAMPLES.glob("invoice-template-fa-3-pef*.xml"))
ALL_SAMPLES = FA_SAMPLES + PEF_SAMPLES
KSEF_NUMBER = "5265877635-20260401-0100001AF629-11"
PEF_PLACEHOLDERS = {
    b"#invoice_number#": b"PEF/2026/1",
    b"#issue_date#": b"2026-05-04",
    b"#due_date#": b"2026-06-03",
    b"#buyer_reference#": b"REF-1",
    b"#ksef_number#": KSEF_NUMBER.encode(),
    b"#supplier_nip#": b"5265877635",
    b"#buyer_nip#": b"1111111111",
    b"#iban#": b"PL61109010140000071219812874",
}  # "#compliant#" and "#extended#" are part of the Peppol CustomizationID, not placeholders


def sample_bytes(name: str) -> bytes:
    data = (SAMPLES / name).read_bytes()
    if "pef" in name:
        for placeholder, value in PEF_PLACEHOLDERS.items():
            data = data.replace(placeholder, value)
        return data
    data = data.replace(b"#nip#", b"5265877635")
    # the multiple-Subject3 template lists NIP and IDWew side by side, a choice in the XSD: keep the NIP
    data = re.sub(rb"\s*<IDWew>#\w+#</IDWew>", b"", data)
    data = re.sub(rb"<NIP>#\w+#</NIP>", b"<NIP>1111111111</NIP>", data)  # #buyer_nip#, #nipOdbiorca#, ...
    return re.sub(rb"#\w+#", b"1", data)  # #invoice_number#


@pytest.fixture(scope="session", autouse=True)
def _samples_present() -> None:
    if not FA_SAMPLES:
        pytest.fail(f"official samples not found in {SAMPLES}; set KSEF_SHARED")
