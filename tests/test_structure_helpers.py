"""The structure helpers (module sizes, import graph, cycles) on small packages written for the test."""

from __future__ import annotations

from pathlib import Path

from structure_helpers import import_cycles, import_graph, module_sizes, oversized_modules


def _package(root: Path, files: dict[str, str]) -> Path:
    pkg = root / "pkg"
    for rel, text in files.items():
        path = pkg / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return pkg


def test_sizes_and_the_modules_over_the_limit(tmp_path: Path) -> None:
    pkg = _package(
        tmp_path, {"__init__.py": "", "small.py": "x = 1\n", "sub/__init__.py": "", "sub/big.py": "y = 2\n" * 9}
    )
    assert module_sizes(pkg) == {"pkg": 0, "pkg.small": 1, "pkg.sub": 0, "pkg.sub.big": 9}
    assert oversized_modules(pkg, limit=8) == [("pkg.sub.big", 9)]
    assert oversized_modules(pkg, limit=9) == []


def test_import_graph_resolves_absolute_relative_and_deferred_imports(tmp_path: Path) -> None:
    pkg = _package(
        tmp_path,
        {
            "__init__.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import A\n",
            "a.py": "import os\nfrom pkg.sub import b\nfrom .sub.c import C\n",
            "sub/__init__.py": "from . import b\n",
            "sub/b.py": "from .. import a as _a\nfrom ..a import thing\n",
            "sub/c.py": "def f():\n    import pkg.a\n    from ..sub import b\n",
        },
    )
    assert import_graph(pkg) == {
        "pkg": {"pkg.a"},
        "pkg.a": {"pkg.sub.b", "pkg.sub.c"},
        "pkg.sub": {"pkg.sub.b"},
        "pkg.sub.b": {"pkg.a"},
        "pkg.sub.c": {"pkg.a", "pkg.sub.b"},
    }


def test_cycles_are_found_and_an_acyclic_graph_has_none(tmp_path: Path) -> None:
    pkg = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from .b import x\n",
            "b.py": "def g():\n    from .c import y\n",  # a deferred import still closes the cycle
            "c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import z\n",
            "d.py": "from . import a\n",
        },
    )
    assert import_cycles(import_graph(pkg)) == [["pkg.a", "pkg.b", "pkg.c"]]
    (pkg / "c.py").write_text("y = 1\n", encoding="utf-8")
    assert import_cycles(import_graph(pkg)) == []
    assert import_cycles({"x": {"x"}}) == [["x"]]
