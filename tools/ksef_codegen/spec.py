"""Prepare ``openapi.yaml`` from the upstream KSeF spec and the overlays, checking the lock file.

The upstream spec comes from ``KSEF_SPEC`` (a path or an http(s) URL). Its version and sha256 must
match ``openapi.lock.json``; a different upstream is reported and refused until it is accepted on
purpose with ``--accept`` (``make spec ACCEPT=1``), which rewrites the lock.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from .overlay import apply_overlay

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LOCAL_SPEC = ROOT.parent / "shared" / "ksef" / "openapi.json"
DEFAULT_URL = "https://api-test.ksef.mf.gov.pl/docs/v2/openapi.json"
LOCK_FILE = ROOT / "openapi.lock.json"
OVERLAY_DIR = ROOT / "overlays" / "openapi"
OUTPUT = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

_VERSION_RE = re.compile(r"Wersja API:\**\s*(?P<version>[0-9][^\s(<]*)\s*(?:\(build\s*(?P<build>[^)]+)\))?")


class SpecError(RuntimeError):
    """The upstream spec cannot be read or does not match the lock."""


@dataclass(frozen=True)
class UpstreamInfo:
    api_version: str
    build: str
    sha256: str
    operations: int


def default_source() -> str:
    env = os.environ.get("KSEF_SPEC")
    if env:
        return env
    return str(DEFAULT_LOCAL_SPEC) if DEFAULT_LOCAL_SPEC.exists() else DEFAULT_URL


def read_source(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=60) as response:  # noqa: S310 - explicit URL
                return bytes(response.read())
        except OSError as exc:
            raise SpecError(f"cannot download the upstream spec from {source}: {exc}") from exc
    path = Path(source)
    if not path.is_file():
        raise SpecError(f"upstream spec not found at {source} (set KSEF_SPEC to a path or URL)")
    return path.read_bytes()


def load_document(raw: bytes) -> dict[str, Any]:
    text = raw.decode("utf-8-sig")
    doc = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    if not isinstance(doc, dict) or "paths" not in doc:
        raise SpecError("the upstream document is not an OpenAPI spec (no 'paths')")
    return doc


def operations(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """All (METHOD, path) pairs of a spec, in document order."""
    return [
        (method.upper(), path)
        for path, item in doc.get("paths", {}).items()
        for method in item
        if method in HTTP_METHODS
    ]


def upstream_info(raw: bytes, doc: dict[str, Any]) -> UpstreamInfo:
    description = str(doc.get("info", {}).get("description", ""))
    match = _VERSION_RE.search(description)
    version = match.group("version") if match else str(doc.get("info", {}).get("version", "unknown"))
    build = (match.group("build") or "") if match else ""
    return UpstreamInfo(
        api_version=version,
        build=build.strip(),
        sha256=hashlib.sha256(raw).hexdigest(),
        operations=len(operations(doc)),
    )


def read_lock(path: Path = LOCK_FILE) -> UpstreamInfo | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return UpstreamInfo(**{k: data[k] for k in ("api_version", "build", "sha256", "operations")})


def write_lock(info: UpstreamInfo, source: str, path: Path = LOCK_FILE) -> None:
    data = {
        "comment": "Upstream KSeF spec that generated/ was made from; `make spec ACCEPT=1` updates it.",
        **asdict(info),
        "source": source if not Path(source).is_absolute() else Path(source).name,
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def overlay_files(directory: Path = OVERLAY_DIR) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml", ".json"))


def build(doc: dict[str, Any], directory: Path = OVERLAY_DIR) -> dict[str, Any]:
    """The upstream spec with every overlay of ``directory`` applied, in file-name order."""
    for path in overlay_files(directory):
        overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
        try:
            doc = apply_overlay(doc, overlay)
        except ValueError as exc:
            raise SpecError(f"{path.name}: {exc}") from exc
    return doc


def dump_yaml(doc: dict[str, Any]) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return str(yaml.dump(doc, Dumper=dumper, allow_unicode=True, sort_keys=False, width=120))


def check_lock(locked: UpstreamInfo, info: UpstreamInfo, source: str) -> None:
    """Raise :class:`SpecError` with both versions when the upstream is not the locked one."""
    if locked == info:
        return
    raise SpecError(
        "the upstream spec differs from openapi.lock.json:\n"
        f"  locked:   API {locked.api_version} (build {locked.build}), {locked.operations} operations, "
        f"sha256 {locked.sha256}\n"
        f"  upstream: API {info.api_version} (build {info.build}), {info.operations} operations, "
        f"sha256 {info.sha256}\n  from {source}\n"
        "Review it with `make spec-diff OLD=<locked spec> NEW=<new spec>`, then accept it with "
        "`make spec ACCEPT=1 && make generate`."
    )


def main(argv: list[str]) -> int:
    accept = "--accept" in argv or os.environ.get("ACCEPT") == "1"
    source = default_source()
    try:
        raw = read_source(source)
        doc = load_document(raw)
        info = upstream_info(raw, doc)
        locked = read_lock()
        if locked is None or accept:
            write_lock(info, source)
            if locked is not None and locked != info:
                print(
                    f"spec: lock updated {locked.api_version} ({locked.sha256[:12]}) -> "
                    f"{info.api_version} ({info.sha256[:12]}); now run `make generate`."
                )
        else:
            check_lock(locked, info, source)
        OUTPUT.write_text(dump_yaml(build(doc)), encoding="utf-8")
    except SpecError as exc:
        print(f"spec: error: {exc}", file=sys.stderr)
        return 1
    print(
        f"spec: wrote {OUTPUT.name} from API {info.api_version} (build {info.build}), "
        f"{info.operations} operations, {len(overlay_files())} overlays"
    )
    return 0
