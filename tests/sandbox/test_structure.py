"""The shape of ``ksef_sandbox`` (docs/adr/0005-sandbox-structure.md): small modules, imports in one
direction, one module per API area, every route pointing at a function in its area's module."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import ksef_sandbox
from ksef_api._tables import OPERATIONS
from ksef_sandbox.api.routes import ROUTES
from structure_helpers import import_cycles, import_graph, oversized_modules

PACKAGE = Path(ksef_sandbox.__file__).resolve().parent
GRAPH = import_graph(PACKAGE)
AREAS = {
    name
    for name in GRAPH
    if name.startswith("ksef_sandbox.api.")
    and not name.rpartition(".")[2].startswith("_")
    and name != "ksef_sandbox.api.routes"
}
SHARED = {name for name in GRAPH if name.startswith("ksef_sandbox.api._")}


def test_no_module_over_700_lines() -> None:
    assert oversized_modules(PACKAGE, limit=700) == []


def test_no_import_cycles() -> None:
    assert import_cycles(GRAPH) == []


def test_imports_go_one_way() -> None:
    """Areas use shared modules, never another area; shared modules and the state never use areas."""
    assert "ksef_sandbox.api.auth" in AREAS and "ksef_sandbox.api._principal" in SHARED
    for area in AREAS:
        assert not GRAPH[area] & AREAS, f"{area} imports another area: {sorted(GRAPH[area] & AREAS)}"
    for shared in SHARED:
        assert not GRAPH[shared] & AREAS, f"{shared} imports an area: {sorted(GRAPH[shared] & AREAS)}"
    below_api = ("ksef_sandbox._state", "ksef_sandbox._records", "ksef_sandbox._config", "ksef_sandbox._http")
    for module in below_api:
        assert not {m for m in GRAPH[module] if m.startswith(("ksef_sandbox.api", "ksef_sandbox._core"))}, module


def test_each_route_is_answered_by_a_function_of_its_area() -> None:
    """The handler of an operation lives in the module named like the generated client's (``ksef_api.api.<tag>``)."""
    tag_of = {op["key"]: op["module"].split(".")[2] for op in OPERATIONS}
    assert {route.key for route in ROUTES} == set(tag_of)
    for route in ROUTES:
        assert callable(route.handler), route.key
        assert route.handler.__module__ == f"ksef_sandbox.api.{tag_of[route.key]}", (route.key, route.handler)
        # called as handler(state, request, **path_parameters): a mismatch would surface as a TypeError (a 400)
        assert list(inspect.signature(route.handler).parameters) == ["state", "req", *route.params], route.key


def test_public_names_come_from_one_table_and_load_lazily() -> None:
    exports = ksef_sandbox._EXPORTS
    assert set(ksef_sandbox.__all__) == set(exports)
    init = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    typed = {
        alias.name: node.module
        for node in ast.walk(init)
        if isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names
    }
    assert typed == exports  # the type checker's imports name the same modules as the table
    for name, module in exports.items():
        assert getattr(ksef_sandbox, name).__module__ == f"ksef_sandbox.{module}", name
    heavy = "('starlette', 'uvicorn', 'lxml', 'cryptography', 'httpx')"
    code = f"import sys, ksef_sandbox; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_package_is_marked_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()
