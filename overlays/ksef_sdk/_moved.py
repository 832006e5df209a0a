"""Import paths that moved in 0.2 keep working for one release, with a ``DeprecationWarning``.

0.2 grouped the flat modules into subpackages by concept (see the README's "What moved in 0.2").
``import ksef_sdk.client`` (or ``from ksef_sdk.invoices import download_invoice``) still works: a
meta-path finder maps the old module name to its new home and warns once per old name.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import warnings
from types import ModuleType

MOVED: dict[str, str] = {
    "ksef_sdk.auth": "ksef_sdk.http",
    "ksef_sdk.client": "ksef_sdk.http",
    "ksef_sdk.tokens": "ksef_sdk.http",
    "ksef_sdk.transport": "ksef_sdk.http",
    "ksef_sdk.keys": "ksef_sdk.crypto",
    "ksef_sdk.xades": "ksef_sdk.crypto",
    "ksef_sdk.testcerts": "ksef_sdk.crypto.testcerts",
    "ksef_sdk.validation": "ksef_sdk.invoice",
    "ksef_sdk.invoice_builder": "ksef_sdk.invoice",
    "ksef_sdk.invoices": "ksef_sdk.retrieval",
    "ksef_sdk._flow": "ksef_sdk.flow",
}
"""Old module name → the module that now holds its public names."""


class _Loader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return None  # a fresh, empty module: the new home's attributes are reached through __getattr__

    def exec_module(self, module: ModuleType) -> None:
        warnings.warn(
            f"{module.__name__} moved to {self.target}; the old name stops working in the next release",
            DeprecationWarning,
            stacklevel=2,
        )
        target = importlib.import_module(self.target)
        module.__dict__["__getattr__"] = lambda name: getattr(target, name)
        module.__dict__["__all__"] = list(getattr(target, "__all__", ()))


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: object = None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        new = MOVED.get(fullname)
        if new is None:
            return None
        return importlib.machinery.ModuleSpec(fullname, _Loader(new))


def install() -> None:
    """Register the finder (once); called by ``ksef_sdk/__init__``."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.append(_Finder())


def attribute(name: str) -> object:
    """``ksef_sdk.<name>`` for a name that is not public: an old submodule name, or AttributeError."""
    if f"ksef_sdk.{name}" in MOVED:
        return importlib.import_module(f"ksef_sdk.{name}")
    raise AttributeError(f"module 'ksef_sdk' has no attribute {name!r}")
