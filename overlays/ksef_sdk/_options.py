"""Typed keyword options: one ``TypedDict`` per workflow, checked at run time as well as by type checkers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ksef_sdk.errors import ConfigurationError

__all__ = ["check_options"]


def check_options(options: Mapping[str, Any], spec: type, what: str) -> None:
    """Refuse names that are not keys of the ``TypedDict`` ``spec`` (a misspelt option fails loudly)."""
    known = spec.__annotations__.keys() if hasattr(spec, "__annotations__") else ()
    allowed = set(getattr(spec, "__optional_keys__", ())) | set(getattr(spec, "__required_keys__", ())) | set(known)
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise ConfigurationError(f"{what}: unknown option(s) {unknown}; known: {sorted(allowed)}")
