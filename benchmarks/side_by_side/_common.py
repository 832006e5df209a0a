"""What every implementation's child shares: the invoices, the metadata page, clocks."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import resource
import time
from collections.abc import Callable, Iterator
from typing import Any

NIP = "5265877635"
BUYER = "1111111111"


def nip(params: dict[str, Any]) -> str:
    return str(params.get("nip", NIP))


def small_invoice(number: str, seller: str = NIP) -> bytes:
    """A one-line FA(3) invoice (~1.3 KB)."""
    from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice

    return build_fa3_invoice(
        seller=Party(seller, "Benchmark sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party(BUYER, "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków"),
        lines=[InvoiceLine("Usługa", 1, "100.00")],
        invoice_number=number,
        issue_date=dt.date.today(),
    )


def big_template(lines: int = 400) -> bytes:
    """A ~150 KB FA(3) invoice (line descriptions of random Base64, so ZIP keeps ~75 % of it)."""
    from ksef_sdk.invoice import Party, build_fa3_invoice

    rnd = base64.b64encode(os.urandom(lines * 180)).decode()
    return build_fa3_invoice(
        seller=Party(NIP, "Benchmark sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party(BUYER, "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków"),
        lines=[lines_item(rnd, i) for i in range(lines)],
        invoice_number="FV/MEM/0000000000",
        issue_date=dt.date.today(),
    )


def lines_item(rnd: str, i: int) -> Any:
    from ksef_sdk.invoice import InvoiceLine

    return InvoiceLine(rnd[i * 240 : (i + 1) * 240], 1, "10.00")


def run_tag() -> str:
    return f"{time.time_ns() % 10**10:010d}"


def invoices(params: dict[str, Any]) -> Iterator[tuple[str, bytes]]:
    """``(file name, XML)`` of the measure: ``kind`` small (one template, numbers changed) or big (150 KB)."""
    count = int(params["count"])
    tag = run_tag()
    if params.get("kind") == "big":
        template = big_template()
        for i in range(count):
            yield f"fv-{i:05d}.xml", template.replace(b"FV/MEM/0000000000", f"FV/{tag[-6:]}/{i:08d}".encode())
    else:
        template = small_invoice("FV/BENCH/000000000000000", nip(params))
        for i in range(count):
            yield f"fv-{i:05d}.xml", template.replace(b"FV/BENCH/000000000000000", f"FV/{tag}/{i:013d}".encode())


def metadata_entry(i: int) -> dict[str, Any]:
    """The ``i``-th invoice of a metadata page like the spec's example (KSeF's 7-digit fractions with ``+00:00``,
    a third subject on every other invoice)."""
    minute, second = divmod(i, 60)
    stamp = f"2025-08-28T09:{minute % 60:02d}:{second:02d}.{3881234 + i:07d}+00:00"
    item: dict[str, Any] = {
        "ksefNumber": f"5555555555-20250828-0100806157{i % 100:02d}-E4",
        "invoiceNumber": f"FA/2025/08/{i:05d}",
        "issueDate": "2025-08-27",
        "invoicingDate": stamp,
        "acquisitionDate": stamp,
        "permanentStorageDate": stamp.replace("+00:00", "Z"),
        "seller": {"nip": "5555555555", "name": "Test Company 1"},
        "buyer": {"identifier": {"type": "Nip", "value": "7352765225"}, "name": "Test Company 4"},
        "netAmount": 35260.63,
        "grossAmount": 43370.57,
        "vatAmount": 8109.94,
        "currency": "PLN",
        "invoicingMode": "Online",
        "invoiceType": "Vat",
        "formCode": {"systemCode": "FA (3)", "schemaVersion": "1-0E", "value": "FA"},
        "isSelfInvoicing": False,
        "hasAttachment": False,
        "invoiceHash": "mkht+3m5trnfxlTYhq3QFn74LkEO69MFNlsMAkCDSPA=",
        "thirdSubjects": [],
    }
    if i % 2:
        item["thirdSubjects"] = [
            {"identifier": {"type": "InternalId", "value": "5555555555-12345"}, "name": "Wystawca", "role": 4}
        ]
    return item


def metadata_page(entries: int = 250) -> bytes:
    """One ``POST /invoices/query/metadata`` page like the spec's example (7-digit fractions)."""
    page = {"hasMore": True, "isTruncated": False, "permanentStorageHwmDate": "2025-08-28T09:23:55.388+00:00"}
    page["invoices"] = [metadata_entry(i) for i in range(entries)]
    return json.dumps(page).encode()


def per_call(function: Callable[[], object], runs: int) -> dict[str, float]:
    """Median CPU seconds per call of ``function`` (after one warm-up call)."""
    function()
    samples = []
    for _ in range(runs):
        start = time.process_time()
        function()
        samples.append(time.process_time() - start)
    samples.sort()
    return {"value": samples[len(samples) // 2], "best": samples[0]}


def peak_rss_mb() -> float:
    """This process's peak resident set in MiB: ``VmHWM`` of its own address space.

    Not ``ru_maxrss``: Linux carries that across ``execve``, so a child started by the (large) sandbox process
    would report the parent's peak instead of its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def date_range() -> tuple[dt.datetime, dt.datetime]:
    now = dt.datetime.now(dt.timezone.utc)
    return now - dt.timedelta(days=1), now + dt.timedelta(hours=1)
