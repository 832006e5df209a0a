"""The top-level ``ksef_sdk`` names: one table, complete, resolvable, loaded lazily; one error tree."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import subprocess
import sys
import warnings
from pathlib import Path

import ksef_sdk
import ksef_sdk.errors
import pytest

INIT = Path(ksef_sdk.__file__)


def _type_checking_imports() -> dict[str, set[str]]:
    """``{module: names}`` of the ``if TYPE_CHECKING:`` block of ksef_sdk/__init__.py."""
    tree = ast.parse(INIT.read_text())
    found: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for imp in node.body:
                assert isinstance(imp, ast.ImportFrom) and imp.module is not None
                for alias in imp.names:
                    assert alias.asname == alias.name, f"{alias.name}: re-export as itself"
                    found.setdefault(imp.module.removeprefix("ksef_sdk."), set()).add(alias.name)
    return found


def test_the_table_is_the_one_source() -> None:
    table = {module: set(names) for module, names in ksef_sdk._EXPORTS.items()}
    assert _type_checking_imports() == table
    assert set(ksef_sdk.__all__) == {n for names in table.values() for n in names} | {"__version__"}


def test_every_exported_name_resolves() -> None:
    for name in ksef_sdk.__all__:
        assert getattr(ksef_sdk, name) is not None, name
    assert ksef_sdk.OnlineSession.__module__ == "ksef_sdk.sessions._online"


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        ksef_sdk.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_import_is_lazy() -> None:
    heavy = "('httpx', 'ksef_api', 'cryptography', 'lxml')"
    code = f"import sys, ksef_sdk; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _all_modules() -> list[str]:
    names = ["ksef_sdk"]
    for info in pkgutil.walk_packages(ksef_sdk.__path__, "ksef_sdk."):
        if info.name.startswith("ksef_sdk.cli"):
            continue  # needs the cli extra; its errors are the package's own
        names.append(info.name)
    return names


def test_one_error_tree() -> None:
    """Every exception class defined anywhere in ksef_sdk lives in ksef_sdk.errors and is a KsefError
    (warnings aside), and every one of them is reachable as ``ksef_sdk.<name>``."""
    defined: set[type[BaseException]] = set()
    for name in _all_modules():
        module = importlib.import_module(name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and obj.__module__ == name and not obj.__name__.startswith("_"):
                defined.add(obj)
    outside = {c.__qualname__ for c in defined if not c.__module__.startswith("ksef_sdk.errors")}
    assert outside == set(), f"exception classes outside ksef_sdk.errors: {sorted(outside)}"
    for cls in defined:
        assert issubclass(cls, (ksef_sdk.KsefError, Warning)), cls
        assert getattr(ksef_sdk.errors, cls.__name__) is cls
        assert getattr(ksef_sdk, cls.__name__) is cls, f"ksef_sdk.{cls.__name__} missing"


def test_the_error_tree_docstring_names_every_class() -> None:
    doc = ksef_sdk.errors.__doc__ or ""
    for name in ksef_sdk.errors.__all__:
        obj = getattr(ksef_sdk.errors, name)
        if inspect.isclass(obj) and issubclass(obj, BaseException):
            assert name in doc, f"{name} is not drawn in the ksef_sdk.errors docstring"


@pytest.mark.parametrize("old", sorted(ksef_sdk._moved.MOVED))
def test_old_import_paths_work_with_a_deprecation_warning(old: str) -> None:
    code = (
        "import warnings, importlib; warnings.simplefilter('error', DeprecationWarning)\n"
        f"try:\n    importlib.import_module({old!r})\nexcept DeprecationWarning as w:\n    print('warned', w)\n"
        "warnings.simplefilter('ignore')\n"
        f"m = importlib.import_module({old!r}); print(sorted(m.__all__)[:1])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith(f"warned {old} moved to {ksef_sdk._moved.MOVED[old]}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        module = importlib.import_module(old)
        new = importlib.import_module(ksef_sdk._moved.MOVED[old])
        for name in getattr(new, "__all__", ())[:5]:
            assert getattr(module, name) is getattr(new, name)
