"""The layout of ksef_sdk stays findable: small modules, no import circle, layers that point one way.

See docs/adr/0001-sans-io-flows.md and the README's "Layout". Imports are read from the sources
(``ast``), TYPE_CHECKING and function-level imports included: a circle is a circle even when Python
happens to tolerate it.
"""

from __future__ import annotations

from pathlib import Path

import ksef_sdk
from structure_helpers import import_cycles, import_graph, oversized_modules

PACKAGE = Path(ksef_sdk.__file__).parent
GRAPH = import_graph(PACKAGE)


def _imports_of(prefix: str) -> set[str]:
    return {target for module, targets in GRAPH.items() if module.startswith(prefix) for target in targets}


def test_no_module_is_over_700_lines() -> None:
    assert oversized_modules(PACKAGE, 700) == []


def test_no_import_circle() -> None:
    assert import_cycles(GRAPH) == []


def test_errors_depend_on_nothing_else() -> None:
    outside = {t for t in _imports_of("ksef_sdk.errors") if not t.startswith("ksef_sdk.errors")}
    assert outside == set()


def test_the_sans_io_core_does_no_io() -> None:
    """ksef_sdk.flow (effects, drivers, polling, scripted) knows errors only: no HTTP, no workflow."""
    outside = {t for t in _imports_of("ksef_sdk.flow") if not t.startswith(("ksef_sdk.flow", "ksef_sdk.errors"))}
    assert outside == set()


def test_http_knows_no_workflow() -> None:
    workflows = ("ksef_sdk.sessions", "ksef_sdk.batch", "ksef_sdk.retrieval", "ksef_sdk.authentication", "ksef_sdk.cli")
    assert {t for t in _imports_of("ksef_sdk.http") if t.startswith(workflows)} == set()


def test_every_subpackage_init_is_short() -> None:
    """A concept's ``__init__`` is its public face: re-exports and a docstring, not code."""
    for init in PACKAGE.glob("*/__init__.py"):
        text = init.read_text(encoding="utf-8")
        assert "\ndef " not in text and "\nclass " not in text, init


def test_sources_cite_the_official_documentation_not_files_outside_the_repository() -> None:
    """Docstrings and comments name the official documents (``limity/limity-api.md``...); PROTOCOL.md is a
    digest that ships with neither the repository nor the package."""
    import ksef_sandbox

    roots = (PACKAGE, Path(ksef_sandbox.__file__).parent)
    citing = [str(path) for root in roots for path in root.rglob("*.py") if "PROTOCOL" in path.read_text("utf-8")]
    assert citing == []
