"""Structure checks for a Python package, from its source files alone (``ast``; nothing is imported).

- :func:`module_sizes` / :func:`oversized_modules`: lines per module, and the modules over a limit;
- :func:`import_graph`: which modules of the package each module imports (module level, inside functions,
  and under ``if TYPE_CHECKING:`` alike: a deferred import is still a dependency);
- :func:`import_cycles`: the groups of modules that import each other, directly or through others.

Usage (any package directory)::

    from structure_helpers import import_cycles, import_graph, oversized_modules

    assert oversized_modules(Path("overlays/ksef_sdk"), limit=700) == []
    assert import_cycles(import_graph(Path("overlays/ksef_sdk"))) == []
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

__all__ = ["import_cycles", "import_graph", "module_sizes", "modules", "oversized_modules"]


def modules(package_dir: Path) -> dict[str, Path]:
    """Dotted module name -> source file for every ``.py`` file of the package (``pkg.sub`` for ``sub/__init__``)."""
    package_dir = Path(package_dir)
    root = package_dir.name
    out: dict[str, Path] = {}
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir).with_suffix("")
        parts = [root, *rel.parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def module_sizes(package_dir: Path) -> dict[str, int]:
    """Dotted module name -> number of lines."""
    return {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules(package_dir).items()}


def oversized_modules(package_dir: Path, limit: int = 700) -> list[tuple[str, int]]:
    """``(module, lines)`` for each module longer than ``limit`` lines, longest first."""
    sizes = module_sizes(package_dir)
    return sorted(((n, k) for n, k in sizes.items() if k > limit), key=lambda item: -item[1])


def import_graph(package_dir: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports (absolute and relative imports resolved).

    ``from pkg.a import b`` counts as importing ``pkg.a.b`` when that is a module, else ``pkg.a``; importing a
    submodule does not count as importing its parent packages' ``__init__``.
    """
    known = modules(package_dir)
    root = Path(package_dir).name
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        edges: set[str] = set()
        for dotted in _imported(tree, name, is_package):
            if dotted != root and not dotted.startswith(root + "."):
                continue
            # the longest known module the dotted name starts with (pkg.a.b.name -> pkg.a.b)
            target = dotted
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                edges.add(target)
        graph[name] = edges
    return graph


def _imported(tree: ast.AST, module: str, is_package: bool) -> Iterator[str]:
    """Dotted names each import statement of ``tree`` refers to (``from m import x`` gives ``m.x``)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module if is_package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                origin = f"{base}.{node.module}" if node.module else base
            else:
                origin = node.module or ""
            for alias in node.names:
                yield f"{origin}.{alias.name}" if alias.name != "*" else origin


def import_cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Each group of modules that reach each other through imports (sorted), empty when the graph is acyclic."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(cycles)
