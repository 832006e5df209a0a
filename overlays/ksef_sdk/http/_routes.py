"""Map a request (method + URL) to its KSeF operation key (``"GET /sessions/{referenceNumber}"``).

Templated paths from ``ksef_api._tables.OPERATIONS`` are matched segment by segment; when several
templates match, literal segments win over parameters, leftmost first (``/auth/sessions`` beats
``/auth/{referenceNumber}``; ``/sessions/{ref}/invoices/failed`` beats ``/sessions/{ref}/invoices/{invRef}``).
The base URL's path prefix (``/v2``) is stripped first.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Operation:
    """One spec operation: ``key`` is ``"METHOD /templated/path"``; ``bearer`` says whether it needs a token."""

    key: str
    method: str
    path: str
    bearer: bool
    accept: str = "application/json"
    success: Mapping[int, str] = field(default_factory=dict, compare=False)
    """Each documented 2xx status and the media type of its body (empty: no body)."""
    params: dict[str, str] = field(default_factory=dict, compare=False)


_Template = tuple[tuple[Union[str, None], ...], tuple[str, ...], str, str, bool, str, Mapping[int, str]]  # noqa: UP007


@functools.lru_cache(maxsize=1)
def _templates() -> dict[tuple[str, int], list[_Template]]:
    from ksef_api._tables import OPERATIONS

    index: dict[tuple[str, int], list[_Template]] = {}
    for op in OPERATIONS:
        segments = tuple(s for s in str(op["path"]).split("/") if s)
        literals = tuple(None if s.startswith("{") else s for s in segments)
        names = tuple(s.strip("{}") for s in segments)
        index.setdefault((str(op["method"]), len(segments)), []).append(
            (
                literals,
                names,
                str(op["key"]),
                str(op["path"]),
                bool(op["bearer"]),
                str(op.get("accept", "application/json")),
                dict(op.get("success", {})),
            )
        )
    for candidates in index.values():  # literal (0) before parameter (1), leftmost first
        candidates.sort(key=lambda c: tuple(0 if s is not None else 1 for s in c[0]))
    return index


def strip_prefix(path: str, base_path: str) -> str:
    """``path`` without the base URL's path (``/v2/sessions`` → ``/sessions``)."""
    base = base_path.rstrip("/")
    if base and (path == base or path.startswith(base + "/")):
        return path[len(base) :] or "/"
    return path


@functools.lru_cache(maxsize=2048)
def match(method: str, path: str) -> Operation | None:
    """The operation for ``method`` and an API-relative ``path`` (prefix already stripped), or ``None``."""
    segments = tuple(s for s in path.split("/") if s)
    for literals, names, key, template, bearer, accept, success in _templates().get(
        (method.upper(), len(segments)), ()
    ):
        if all(lit is None or lit == seg for lit, seg in zip(literals, segments, strict=True)):
            params = {n: seg for lit, n, seg in zip(literals, names, segments, strict=True) if lit is None}
            return Operation(
                key=key,
                method=method.upper(),
                path=template,
                bearer=bearer,
                accept=accept,
                success=success,
                params=params,
            )
    return None


def operation_for(method: str, path: str, base_path: str) -> Operation | None:
    """The operation of a request to ``path`` (a full URL path) under a base URL whose path is ``base_path``."""
    return match(method, strip_prefix(path, base_path))
