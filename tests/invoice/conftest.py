"""Fixtures for the invoice-document tests: official samples with their placeholders filled."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("KSEF_SHARED", Path(__file__).resolve().parents[2].parent / "shared" / "ksef")).resolve()
SAMPLES = SHARED / "samples"

# every official FA-family sample (PEF is not modelled yet)
FA_SAMPLES = sorted(p.name for p in SAMPLES.glob("invoice-template-fa-*.xml") if "pef" not in p.name)


def sample_bytes(name: str) -> bytes:
    data = (SAMPLES / name).read_bytes()
    data = data.replace(b"#nip#", b"5265877635")
    # the multiple-Subject3 template lists NIP and IDWew side by side, a choice in the XSD: keep the NIP
    data = re.sub(rb"\s*<IDWew>#\w+#</IDWew>", b"", data)
    data = re.sub(rb"<NIP>#\w+#</NIP>", b"<NIP>7010002137</NIP>", data)  # #buyer_nip#, #nipOdbiorca#, ...
    return re.sub(rb"#\w+#", b"1", data)  # #invoice_number#


@pytest.fixture(scope="session", autouse=True)
def _samples_present() -> None:
    if not FA_SAMPLES:
        pytest.fail(f"official samples not found in {SAMPLES}; set KSEF_SHARED")
