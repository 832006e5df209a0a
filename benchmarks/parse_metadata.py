"""Parsing one 250-entry invoice metadata page (``POST /invoices/query/metadata``) into the generated models.

Builds a page like the spec's example (4 dates per invoice, KSeF's 7-digit fractions with ``+00:00``,
a third subject on every other invoice), serialises it to JSON once, then times, over ``--runs``
repetitions (best and median of each):

- ``json.loads`` of the page alone;
- ``json.loads`` + ``QueryInvoicesMetadataResponse.from_dict`` (what ``sync()`` does with the body);
- the date-time parser alone on the page's date-time texts (3 per invoice + 1):
  ``ksef_api.types.parse_datetime`` (what the models call) and ``dateutil.parser.isoparse`` (what the
  stock generator's models called).

To compare with the stock-generated models, run it once more with the old tree first on the path:
``PYTHONPATH=/path/to/old/generated python benchmarks/parse_metadata.py``.

Run: ``python benchmarks/parse_metadata.py [--entries 250] [--runs 200]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dateutil.parser import isoparse
from ksef_api import types
from ksef_api.models import QueryInvoicesMetadataResponse

from benchmarks.side_by_side._common import metadata_entry


def timed(function: Callable[[], object], runs: int) -> tuple[float, float]:
    function()  # warm up (imports, caches)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000.0)
    return min(samples), statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=250)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    page = {
        "hasMore": True,
        "isTruncated": False,
        "permanentStorageHwmDate": "2025-08-28T09:23:55.388+00:00",
        "invoices": [metadata_entry(i) for i in range(args.entries)],
    }
    body = json.dumps(page)
    dates = [page["permanentStorageHwmDate"]] + [
        item[key] for item in page["invoices"] for key in ("invoicingDate", "acquisitionDate", "permanentStorageDate")
    ]
    parse_datetime = getattr(types, "parse_datetime", None)
    parsed = QueryInvoicesMetadataResponse.from_dict(json.loads(body))
    assert len(parsed.invoices) == args.entries

    rows = [
        ("json.loads", lambda: json.loads(body)),
        ("json.loads + from_dict", lambda: QueryInvoicesMetadataResponse.from_dict(json.loads(body))),
        (f"isoparse x {len(dates)}", lambda: [isoparse(text) for text in dates]),
    ]
    if parse_datetime is not None:
        rows.append((f"parse_datetime x {len(dates)}", lambda: [parse_datetime(text) for text in dates]))
    print(
        f"python {sys.version.split()[0]}; one page of {args.entries} entries ({len(body) / 1024:.0f} KiB); "
        f"{args.runs} runs; models from {types.__file__}"
    )
    print(f"{'what':<28} {'best':>10} {'median':>10}")
    for label, function in rows:
        best, median = timed(function, args.runs)
        print(f"{label:<28} {best:>7.2f} ms {median:>7.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
