"""The side-by-side table: measures, interleaved rounds, medians of paired ratios, stdout and JSON.

python -m benchmarks --peers [--repeats 5] [--memory] [--only first_auth,online_send] [--json PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import _venv

ROOT = Path(__file__).resolve().parents[2]
NIP = "5265877635"
METADATA_NIP = "7352765225"  # a context of its own, holding exactly the seeded invoices
PEERS = {"ksef_client": "ksef-client", "ksef2": "ksef2"}


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    function: str
    unit: str  # of ``value``: "s" or "ms"
    goal: str
    peers: bool = True
    floor: tuple[str, str] | None = None  # (function of _impl_sdk, label)
    params: dict[str, Any] = field(default_factory=dict)
    extra: tuple[str, ...] = ()  # further fields compared the same way (cpu, rss_mb)
    memory: bool = False  # only with --memory
    scale: float = 1.0  # value x scale is shown in ``unit``


MEASURES = [
    Measure("first_auth", "first authentication, CPU (fresh process)", "first_auth", "s", "<= 1.0x the faster peer"),
    Measure(
        "online_send",
        "online send, client CPU per invoice",
        "online_send",
        "ms",
        "<= 1.15x raw httpx, validation included",
        floor=("online_raw_httpx", "raw httpx"),
        params={"count": 501},
        scale=1000.0,
    ),
    Measure(
        "metadata_iter",
        "metadata iteration over 10,000 invoices, CPU",
        "metadata_iter",
        "s",
        "<= 1.0x",
        params={"expect": 10_000, "nip": METADATA_NIP},
    ),
    Measure(
        "batch_small",
        "10,000 small invoices by batch, wall (cpu)",
        "batch",
        "s",
        "<= 0.8x wall, <= 1.0x CPU",
        params={"count": 10_000},
        extra=("cpu",),
    ),
    Measure(
        "batch_1gb",
        "1 GB batch (6,516 x 150 KB), wall (cpu, rss_mb)",
        "batch",
        "s",
        "<= 1.0x wall, peak RSS <= 100 MB",
        params={"count": 6_516, "kind": "big"},
        extra=("cpu", "rss_mb"),
        memory=True,
    ),
    Measure(
        "archive",
        "batch archive of 10,000 invoices with pre-send checks, wall (cpu)",
        "archive",
        "s",
        "<= 1.3x zipfile level 6",
        peers=False,
        floor=("archive_zipfile", "zipfile level 6"),
        params={"count": 10_000},
        extra=("cpu",),
    ),
    Measure(
        "encrypt_part",
        "encrypt + hash a 512 MiB part, wall",
        "encrypt_part",
        "s",
        "<= 1.0x openssl enc + openssl dgst (time)",
        peers=False,
        floor=("encrypt_openssl", "openssl enc + dgst"),
    ),
    Measure(
        "metadata_page",
        "parse one 250-entry metadata page (median per call)",
        "metadata_page",
        "ms",
        "<= 0.8x",
        floor=("metadata_json", "json.loads"),
        params={"runs": 200},
        scale=1000.0,
    ),
]


@dataclass
class Runner:
    python: str
    url: str
    control: Any
    part: str | None = None

    def run(self, impl: str, function: str, params: dict[str, Any]) -> dict[str, Any]:
        params = {**params, "url": self.url}
        params.setdefault("nip", NIP)
        if function not in ("metadata_page", "metadata_json"):
            params["token"] = self.control.issue_ksef_token(params["nip"])
        if self.part:
            params["part"] = self.part
        env = {**os.environ, "BENCH_PARAMS": json.dumps(params), "PYTHONHASHSEED": "0"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode as installed packages have it (see _compile_sources)
        command = [self.python, "-m", "benchmarks.side_by_side._child", impl, function]
        done = subprocess.run(command, cwd=ROOT, env=env, check=False, capture_output=True, text=True)
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines()
            return {"error": lines[-1] if lines else f"exit {done.returncode}"}
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return result


def _ratio_summary(pairs: list[tuple[float, float]]) -> dict[str, float] | None:
    ratios = [a / b for a, b in pairs if b > 0]
    if not ratios:
        return None
    return {"median": statistics.median(ratios), "min": min(ratios), "max": max(ratios), "n": len(ratios)}


def _columns(measure: Measure, peers: list[str]) -> list[tuple[str, str]]:
    """``(impl, function)`` of every column of a measure: ksef-sdk, the peers, the floor."""
    columns = [("sdk", measure.function)]
    if measure.peers:
        columns += [(peer, measure.function) for peer in peers]
    if measure.floor:
        columns.append(("sdk", measure.floor[0]))
    return columns


def run_measure(runner: Runner, measure: Measure, peers: list[str], repeats: int) -> dict[str, Any]:
    columns = _columns(measure, peers)
    samples: dict[str, list[dict[str, Any]]] = {f"{i}:{f}": [] for i, f in columns}
    for round_ in range(repeats):
        order = list(columns)
        random.shuffle(order)  # interleaved: a new order every round
        for impl, function in order:
            result = runner.run(impl, function, measure.params)
            samples[f"{impl}:{function}"].append(result)
            status = result.get("error") or f"{result['value'] * measure.scale:.3f} {measure.unit}"
            print(f"  [{measure.key} {round_ + 1}/{repeats}] {impl}:{function}: {status}", flush=True)
    sdk = samples[f"sdk:{measure.function}"]
    out: dict[str, Any] = {"label": measure.label, "unit": measure.unit, "goal": measure.goal, "columns": {}}
    for impl, function in columns:
        key = f"{impl}:{function}"
        rows = samples[key]
        ok = [r for r in rows if "error" not in r]
        column: dict[str, Any] = {
            "samples": rows,
            "median": statistics.median(r["value"] for r in ok) * measure.scale if ok else None,
        }
        if key != f"sdk:{measure.function}":
            for field_name in ("value", *measure.extra):
                pairs = [
                    (a[field_name], b[field_name])
                    for a, b in zip(sdk, rows, strict=False)
                    if "error" not in a and "error" not in b and field_name in a and field_name in b
                ]
                column[f"ratio_{field_name}"] = _ratio_summary(pairs)
        errors = [r["error"] for r in rows if "error" in r]
        if errors:
            column["errors"] = sorted(set(errors))
        out["columns"][key] = column
    return out


def _fmt(summary: dict[str, float] | None) -> str:
    if summary is None:
        return "-"
    return f"{summary['median']:.2f}x ({summary['min']:.2f}-{summary['max']:.2f})"


def table(results: dict[str, Any], peers: list[str], skipped: str | None) -> str:
    lines = []
    header = ["measure", "ksef-sdk", *[f"sdk / {PEERS[p]}" for p in PEERS], "sdk / floor", "goal"]
    rows = [header]
    for key, result in results.items():
        measure = next(m for m in MEASURES if m.key == key)
        sdk = result["columns"][f"sdk:{measure.function}"]
        row = [result["label"], "-" if sdk["median"] is None else f"{sdk['median']:.3g} {result['unit']}"]
        for peer in PEERS:
            column = result["columns"].get(f"{peer}:{measure.function}")
            if column is None:
                row.append("n/a" if measure.peers else "")
                continue
            cells = [_fmt(column.get(f"ratio_{f}")) for f in ("value", *measure.extra)]
            if column.get("errors"):
                cells.append("errors: " + "; ".join(column["errors"])[:60])
            row.append(" / ".join(cells))
        if measure.floor:
            column = result["columns"][f"sdk:{measure.floor[0]}"]
            cells = [_fmt(column.get(f"ratio_{f}")) for f in ("value", *measure.extra) if column.get(f"ratio_{f}")]
            row.append(f"{' / '.join(cells) or '-'} {measure.floor[1]}")
        else:
            row.append("")
        row.append(measure.goal)
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        lines.append(" | ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
        if r is header:
            lines.append("-+-".join("-" * w for w in widths))
    if skipped:
        lines.append(f"peer columns n/a: {skipped}")
    lines.append("ratios: median of paired ratios ksef-sdk / other (one pair per round), min-max in brackets")
    return "\n".join(lines)


def _seed_metadata(runner: Runner) -> None:
    """10,000 invoices in a context of their own, for the metadata iteration (sent once, by ksef-sdk)."""
    print("seeding 10,000 invoices for the metadata iteration ...", flush=True)
    result = runner.run("sdk", "batch", {"count": 10_000, "nip": METADATA_NIP})
    if "error" in result:
        raise SystemExit(f"seeding failed: {result['error']}")


def _compile_sources(python: str) -> None:
    """Byte-compile this checkout for the children's interpreter, once.

    The peers come from wheels that pip byte-compiled at install time; ksef-sdk runs from this checkout
    (editable). Without its ``.pyc`` files (e.g. under ``PYTHONDONTWRITEBYTECODE=1``) every fresh child
    would compile ksef-sdk's modules from source - about 0.2 s of a first authentication that an installed
    wheel never pays.
    """
    dirs = [str(ROOT / d) for d in ("overlays", "generated", "sandbox", "benchmarks")]
    subprocess.run([python, "-m", "compileall", "-q", *dirs], check=False, capture_output=True)


def _make_part(size: int) -> str:
    handle, path = tempfile.mkstemp(prefix="ksef-bench-part-", suffix=".bin")
    with os.fdopen(handle, "wb") as out:
        block = os.urandom(1 << 20)
        for _ in range(size >> 20):
            out.write(block)
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks --peers", description=__doc__.splitlines()[0])
    parser.add_argument("--peers", action="store_true")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--memory", action="store_true", help="also the 1 GB batch (minutes, ~1 GB of disk)")
    parser.add_argument("--only", default="", help="comma-separated measure keys")
    parser.add_argument("--no-peers", action="store_true", help="ksef-sdk and the floors only")
    parser.add_argument("--json", default=str(ROOT / ".benchmarks" / "side_by_side.json"))
    args = parser.parse_args(argv)

    python, note = (None, "--no-peers") if args.no_peers else _venv.ensure()
    skipped = None if python else note
    peers = list(PEERS) if python else []
    python = python or sys.executable
    only = {k for k in args.only.split(",") if k}
    measures = [m for m in MEASURES if (not only or m.key in only) and (args.memory or not m.memory or m.key in only)]

    _compile_sources(python)
    from ksef_sandbox import SandboxServer

    started = time.time()
    part = _make_part(512 << 20) if any(m.key == "encrypt_part" for m in measures) else None
    results: dict[str, Any] = {}
    try:
        with SandboxServer(schema_dir=None) as sandbox:  # XSD off: the clients' work is what is measured
            sandbox.control.set_processing_polls(0)
            # the clients' work is measured, not KSeF's limits or storage delays: the strict sandbox's spec
            # rate limits (e.g. 20 metadata queries an hour) would make runs wait or fail with 429s
            sandbox.control.set_rate_limits(False)
            sandbox.control.configure(permanent_storage_delay=dt.timedelta(0), hwm_lag=dt.timedelta(0))
            runner = Runner(python, sandbox.url, sandbox.control, part)
            version = subprocess.run([python, "-V"], check=False, capture_output=True, text=True).stdout.strip()
            print(f"{version} ({python}); sandbox {sandbox.url}; {args.repeats} rounds; {note}", flush=True)
            for measure in measures:
                if measure.key == "metadata_iter":
                    _seed_metadata(runner)
                print(f"{measure.key}: {measure.label}", flush=True)
                results[measure.key] = run_measure(runner, measure, peers, args.repeats)
    finally:
        if part:
            os.unlink(part)
    text = table(results, peers, skipped)
    print()
    print(text)
    report = {
        "command": "python -m benchmarks " + " ".join(argv),
        "python": python,
        "machine": {"cores": os.cpu_count(), "platform": platform.platform(), "load": os.getloadavg()},
        "started": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(started)),
        "seconds": round(time.time() - started, 1),
        "peers": peers,
        "skipped": skipped,
        "results": results,
        "table": text,
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=1))
    print(f"\nJSON: {args.json}")
    return 0
