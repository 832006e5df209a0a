"""Checks on request input: the KSeF 400 error for bad input (21405), required fields, paging parameters."""

from __future__ import annotations

from typing import Any

from ksef_sandbox._http import ApiError, Request

__all__ = ["bad", "int_query", "json_object", "lenient_page_size", "offset_page", "page_size", "require"]


def bad(details: str, code: int = 21405, description: str = "Błąd walidacji danych wejściowych.") -> ApiError:
    """The error KSeF answers for input it cannot accept (by default 21405, "input validation error")."""
    return ApiError(400, code, description, [details])


def require(body: Any, *names: str) -> None:
    """``body`` is a JSON object with a non-null value for each of ``names``."""
    if not isinstance(body, dict):
        raise bad("Request body must be a JSON object.")
    for n in names:
        if body.get(n) is None:
            raise bad(f"Pole '{n}' jest wymagane.")


def json_object(req: Request, *required: str) -> dict[str, Any]:
    """The request body as a JSON object with the ``required`` fields present."""
    body = req.json()
    if not isinstance(body, dict):
        raise bad("Request body must be a JSON object.")
    require(body, *required)
    return body


def page_size(req: Request, default: int, lo: int, hi: int) -> int:
    """``pageSize`` from the query, strictly: an integer in ``lo..hi``, ``default`` when absent."""
    raw = req.q("pageSize")
    if raw is None:
        return default
    try:
        size = int(raw)
    except ValueError:
        raise bad(f"pageSize: '{raw}' is not an integer.") from None
    if not lo <= size <= hi:
        raise bad(f"pageSize must be between {lo} and {hi}.")
    return size


def lenient_page_size(req: Request, hi: int) -> int:
    """``pageSize`` in ``10..hi``; absent or empty means 10 (the continuation-token lists of the management areas)."""
    try:
        size = int(req.q("pageSize") or 10)
    except ValueError:
        raise bad("pageSize must be an integer.") from None
    if not 10 <= size <= hi:
        raise bad(f"pageSize must be between 10 and {hi}.")
    return size


def int_query(req: Request, name: str, default: int, lo: int = 0) -> int:
    """An integer query parameter ``>= lo``, ``default`` when absent."""
    raw = req.q(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad(f"{name}: '{raw}' is not an integer.") from None
    if value < lo:
        raise bad(f"{name} must be >= {lo}.")
    return value


def offset_page(req: Request, items: list[Any], lo: int = 10, hi: int = 100) -> tuple[list[Any], bool]:
    """One page of ``items`` by ``pageSize``/``pageOffset`` and whether more follow (``hasMore``)."""
    try:
        size = int(req.q("pageSize") or lo)
        offset = int(req.q("pageOffset") or 0)
    except (ValueError, TypeError):
        raise bad("pageSize/pageOffset must be integers.") from None
    if not lo <= size <= hi or offset < 0:
        raise bad(f"pageSize must be between {lo} and {hi}; pageOffset >= 0.")
    start = offset * size
    return items[start : start + size], start + size < len(items)
