"""Every operation of the spec is generated, under English ASCII module names, and imports."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

import ksef_api
import pytest
from ksef_api import _tables
from ksef_codegen import spec as specmod
from ksef_codegen.tables import module_name

FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@pytest.fixture(scope="module")
def prepared_spec(shared_ksef: Path) -> dict[str, Any]:
    """openapi.yaml as `make spec` builds it: the pinned upstream plus overlays/openapi."""
    raw = (shared_ksef / "openapi.json").read_bytes()
    return specmod.build(specmod.load_document(raw))


def test_lock_matches_the_pinned_upstream(shared_ksef: Path) -> None:
    raw = (shared_ksef / "openapi.json").read_bytes()
    info = specmod.upstream_info(raw, specmod.load_document(raw))
    assert specmod.read_lock() == info
    assert (info.api_version, info.operations) == ("2.7.0", 83)


def test_every_operation_has_a_generated_module(prepared_spec: dict[str, Any]) -> None:
    missing = []
    for method, path in specmod.operations(prepared_spec):
        op = prepared_spec["paths"][path][method.lower()]
        (tag,) = op["tags"]
        name = f"ksef_api.api.{tag}.{module_name(method, path)}"
        try:
            module = importlib.import_module(name)
        except ImportError:
            missing.append(name)
            continue
        missing.extend(f"{name}.{fn}" for fn in FUNCTIONS if not callable(getattr(module, fn, None)))
    assert missing == []
    assert len(specmod.operations(prepared_spec)) == 83


def test_module_names_are_english_ascii_snake_case(prepared_spec: dict[str, Any]) -> None:
    tags = {op["tags"][0] for item in prepared_spec["paths"].values() for op in item.values() if isinstance(op, dict)}
    assert tags == {
        "auth",
        "auth_sessions",
        "security",
        "online_session",
        "batch_session",
        "session_status",
        "invoices",
        "permissions",
        "certificates",
        "tokens",
        "limits",
        "test_data",
        "collective_identifiers",
        "peppol",
    }
    for module in pkgutil.walk_packages(ksef_api.__path__, "ksef_api."):
        assert module.name.isascii(), module.name
        assert module.name == module.name.lower(), module.name


def test_examples_from_the_issue_exist() -> None:
    from ksef_api.api.auth import post_auth_challenge
    from ksef_api.api.online_session import post_sessions_online_reference_number_invoices

    assert callable(post_sessions_online_reference_number_invoices.sync_detailed)
    assert callable(post_auth_challenge.asyncio_detailed)


def test_every_generated_module_imports() -> None:
    names = [m.name for m in pkgutil.walk_packages(ksef_api.__path__, "ksef_api.")]
    assert len(names) > 83 + 200  # operations plus models
    for name in names:
        importlib.import_module(name)


def test_tables_cover_every_operation(prepared_spec: dict[str, Any]) -> None:
    keys = {f"{m} {p}" for m, p in specmod.operations(prepared_spec)}
    assert {op["key"] for op in _tables.OPERATIONS} == keys
    # every operation with x-rate-limits in the spec is in the table, with the spec's numbers
    for method, path in specmod.operations(prepared_spec):
        limits = prepared_spec["paths"][path][method.lower()].get("x-rate-limits")
        assert _tables.RATE_LIMITS.get(f"{method} {path}") == limits
    assert _tables.RATE_LIMITS["POST /sessions/online/{referenceNumber}/invoices"] == {
        "perSecond": 10,
        "perMinute": 30,
        "perHour": 180,
    }
    assert _tables.RATE_LIMIT_GROUPS["POST /sessions/online/{referenceNumber}/close"] == "onlineSession"
    assert _tables.RATE_LIMIT_GROUPS["GET /sessions/{referenceNumber}/invoices/failed"] == "sessionInvoiceList"
    assert _tables.RATE_LIMIT_GROUPS["GET /tokens"] == "other"
    assert "POST /auth/token/redeem" in _tables.EXCEPTION_CODES[21301]["operations"]
    assert _tables.EXCEPTION_CODES[21470]["description"].startswith("Przesłany identyfikator klucza")
