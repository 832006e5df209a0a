"""Reading an invoice: safe parse + XSD + model + business rules of a typical 50-line FA(3) (goal: < 5 ms).

Run: ``python benchmarks/invoice_parse.py [--runs 300] [--lines 50]`` (``make bench`` runs it).

Rows, each the median (and p95) time per invoice over ``--runs`` calls on the same bytes:

- ksef-sdk ``check_invoice``: hardened lxml parse, libxml2 XSD validation, the xsdata model, the rules;
- ksef-sdk ``parse_invoice``: the same without the rules;
- ksef-sdk parse + XSD only (``load_xml`` + ``validate_xsd``);
- xmlschema alone: ``xmlschema`` validating the same bytes (the pre-send ``XsdValidator``), no model;
- the peers' parsers (``ksef_client.documents.fa3.parse_invoice_xml``, ``ksef2.fa3.parse_invoice_xml``)
  when importable in this interpreter (they need Python >= 3.12; see benchmarks/README.md).

The script exits non-zero when the ``check_invoice`` median misses the goal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import statistics
import time
from collections.abc import Callable
from typing import Any

GOAL_MS = 5.0


def typical_invoice(lines: int) -> bytes:
    from ksef_sdk.invoice.builder import BankAccount, InvoiceLine, Party, Payment, PaymentMethod, build_fa3_invoice

    rates = ["23", "23", "23", "8", "5"]
    return build_fa3_invoice(
        seller=Party("5265877635", "Sprzedawca sp. z o.o.", "ul. Prosta 1", "00-001 Warszawa", email="fv@example.pl"),
        buyer=Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2", "30-001 Kraków"),
        lines=[
            InvoiceLine(
                f"Towar {i} — opis pozycji",
                quantity=i % 7 + 1,
                unit_net_price=f"{10 + i}.{i % 100:02d}",
                vat_rate=rates[i % len(rates)],
                index=f"IDX-{i:05d}",
            )
            for i in range(lines)
        ],
        invoice_number="FV/2026/05/00001",
        issue_date=dt.date(2026, 5, 4),
        created_at=dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.timezone.utc),
        payment=Payment(
            due_dates=[dt.date(2026, 6, 3)],
            method=PaymentMethod.TRANSFER,
            accounts=[BankAccount("61109010140000071219812874")],
        ),
    )


def measure(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    fn()  # warm-up: schema compilation, imports, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def peers(data: bytes) -> list[tuple[str, Callable[[], Any]]]:
    out = []
    for label, module in (
        ("ksef_client parse_invoice_xml (peer)", "ksef_client.documents.fa3"),
        ("ksef2 parse_invoice_xml (peer)", "ksef2.fa3"),
    ):
        try:
            parse = importlib.import_module(module).parse_invoice_xml
        except Exception:  # not installed here (peers need Python >= 3.12)
            continue
        out.append((label, lambda parse=parse: parse(data)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--lines", type=int, default=50)
    args = parser.parse_args()

    from ksef_sdk.invoice.check import check_invoice
    from ksef_sdk.invoice.checks import XsdValidator
    from ksef_sdk.invoice.parse import load_xml, parse_invoice, validate_xsd

    data = typical_invoice(args.lines)
    xmlschema_validator = XsdValidator()
    rows: list[tuple[str, Callable[[], Any]]] = [
        ("ksef-sdk check_invoice: parse + XSD + model + rules", lambda: check_invoice(data)),
        ("ksef-sdk parse_invoice: parse + XSD + model", lambda: parse_invoice(data)),
        ("ksef-sdk parse + XSD (libxml2), no model", lambda: validate_xsd(load_xml(data))),
        ("xmlschema alone: XSD validation, no model", lambda: xmlschema_validator.validate(data)),
        *peers(data),
    ]
    print(f"FA(3) invoice with {args.lines} lines, {len(data)} bytes; {args.runs} runs each (ms per invoice)")
    print(f"{'what':<56} {'median':>8} {'p95':>8}")
    results = {}
    for label, fn in rows:
        median, p95 = measure(fn, args.runs)
        results[label] = median
        print(f"{label:<56} {median:8.2f} {p95:8.2f}")
    headline = results[rows[0][0]]
    verdict = "meets" if headline < GOAL_MS else "MISSES"
    print(f"\ncheck_invoice median {headline:.2f} ms {verdict} the goal of {GOAL_MS} ms")
    return 0 if headline < GOAL_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
