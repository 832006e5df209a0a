"""Rendering invoices: a one-page invoice to PDF after warm-up (goal: median <= 200 ms), then 1,000 different
invoices to PDF in one run with flat memory, next to the same invoices rendered to HTML only.

Run: ``python benchmarks/render_pdf.py [--runs 30] [--count 1000]`` (``make bench`` runs it).

Rows:

- one-page PDF: ``render_invoice_pdf`` (safe parse, XSD, model, view, KOD I, HTML, WeasyPrint) of a 5-line FA(3)
  invoice, median and p95 over ``--runs`` calls after one warm-up call; wall time and this process's CPU time
  (a shared machine inflates wall time; CPU time shows the work itself);
- 1,000 PDFs: ``--count`` different invoices (numbers, lines, KSeF numbers) rendered one after another: total, per
  invoice, and the resident memory after each tenth of the run (flat memory: the last tenth may not exceed the
  first by more than ``MEMORY_SLACK_MB``);
- 1,000 HTML: the same invoices with ``render_invoice_html`` (no PDF engine).

Exits non-zero when the one-page median misses the goal or memory grows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GOAL_MS = 200.0
MEMORY_SLACK_MB = 40.0


def invoice(i: int, lines: int = 5) -> bytes:
    from ksef_sdk.invoice.builder import BankAccount, InvoiceLine, Party, Payment, PaymentMethod, build_fa3_invoice

    rates = ["23", "8", "5", "23", "23"]
    return build_fa3_invoice(
        seller=Party("5265877635", "Zakład Usługowy „Żółw” sp. z o.o.", "ul. Łąkowa 1", "80-001 Gdańsk"),
        buyer=Party("1111111111", "Nabywca Ślęża S.A.", "ul. Krzywa 2", "30-001 Kraków"),
        lines=[
            InvoiceLine(
                f"Towar {i}-{n} — opis pozycji",
                quantity=n + 1,
                unit_net_price=f"{10 + i % 90}.{n:02d}",
                vat_rate=rates[n % len(rates)],
            )
            for n in range(lines)
        ],
        invoice_number=f"FV/2026/05/{i:05d}",
        issue_date=dt.date(2026, 5, 4),
        created_at=dt.datetime(2026, 5, 4, 9, 0, tzinfo=dt.timezone.utc),
        payment=Payment(
            due_dates=[dt.date(2026, 6, 3)],
            method=PaymentMethod.TRANSFER,
            accounts=[BankAccount("61109010140000071219812874")],
        ),
    )


def ksef_number(i: int) -> str:
    """A valid KSeF number per invoice (CRC-8 check digits)."""
    from ksef_sdk.identifiers import ksef_number_checksum

    body = f"5265877635-20260504-{i:012X}"
    return f"{body}-{ksef_number_checksum(body)}"


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def one_page(runs: int) -> tuple[float, float, float, int]:
    import pypdf  # dev extra: counts the pages
    from ksef_sdk.environments import TEST
    from ksef_sdk.invoice.render import render_invoice_pdf

    data, number = invoice(1), ksef_number(1)

    def call() -> bytes:
        return render_invoice_pdf(data, environment=TEST, ksef_number=number)

    pdf = call()  # warm-up: imports, XSD compilation, fonts, the parsed stylesheet
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        call()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    walls.sort()
    p95 = walls[min(len(walls) - 1, int(len(walls) * 0.95))]
    pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return statistics.median(walls) * 1e3, p95 * 1e3, statistics.median(cpus) * 1e3, pages


def many(count: int, render: Callable[..., Any]) -> tuple[float, float, list[float]]:
    from ksef_sdk.environments import TEST

    documents = [(invoice(i), ksef_number(i)) for i in range(count)]
    render(documents[0][0], environment=TEST, ksef_number=documents[0][1])  # warm-up
    memory: list[float] = []
    step = max(count // 10, 1)
    wall, cpu = time.perf_counter(), time.process_time()
    for i, (data, number) in enumerate(documents, 1):
        render(data, environment=TEST, ksef_number=number)
        if i % step == 0:
            memory.append(rss_mb())
    return time.perf_counter() - wall, time.process_time() - cpu, memory


def main() -> int:
    from ksef_sdk.invoice.render import render_invoice_html, render_invoice_pdf

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    median, p95, cpu, pages = one_page(args.runs)
    verdict = "ok" if median <= GOAL_MS else "MISSED"
    print(
        f"one-page PDF ({pages} page): median {median:.0f} ms, p95 {p95:.0f} ms, CPU {cpu:.0f} ms "
        f"(goal <= {GOAL_MS:.0f} ms: {verdict})"
    )
    failed = median > GOAL_MS
    for name, render in (("PDF", render_invoice_pdf), ("HTML", render_invoice_html)):
        wall, cpu_total, memory = many(args.count, render)
        growth = memory[-1] - memory[0] if memory else 0.0
        flat = growth <= MEMORY_SLACK_MB
        failed = failed or not flat
        print(
            f"{args.count} invoices to {name}: {wall:.1f} s ({wall / args.count * 1e3:.1f} ms each, CPU "
            f"{cpu_total / args.count * 1e3:.1f} ms); RSS {memory[0]:.0f} -> {memory[-1]:.0f} MB "
            f"({'flat' if flat else 'GROWS'}: {growth:+.1f} MB over the run)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
