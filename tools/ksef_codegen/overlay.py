"""Apply OpenAPI Overlay 1.0 documents (https://spec.openapis.org/overlay/v1.0.0) to a spec.

Targets are RFC 9535 JSONPath expressions. An action either removes every node it selects or
merges its ``update`` into them: objects are merged recursively (properties of the update replace
properties of the same name), and an update applied to an array is appended to it.
"""

from __future__ import annotations

import copy
from typing import Any

import jsonpath_rfc9535

JSON = Any


class OverlayError(ValueError):
    """An overlay document is malformed or an action cannot be applied."""


def _merge(target: dict[str, JSON], update: dict[str, JSON]) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = copy.deepcopy(value)


def _container(root: JSON, location: tuple[str | int, ...]) -> JSON:
    node = root
    for key in location:
        node = node[key]
    return node


def apply_overlay(spec: dict[str, JSON], overlay: dict[str, JSON], *, strict: bool = True) -> dict[str, JSON]:
    """Return a copy of ``spec`` with the actions of ``overlay`` applied in order.

    With ``strict`` (the default) an action whose target selects nothing is an error, so an
    overlay that silently stops matching after an upstream change is noticed.
    """
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document (missing 'overlay: 1.0.0')")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError("an overlay needs a non-empty 'actions' list")
    result = copy.deepcopy(spec)
    for index, action in enumerate(actions):
        target = action.get("target")
        if not isinstance(target, str):
            raise OverlayError(f"action {index}: 'target' must be a JSONPath string")
        try:
            nodes = list(jsonpath_rfc9535.find(target, result))
        except Exception as exc:  # the library raises several syntax error types
            raise OverlayError(f"action {index}: invalid JSONPath {target!r}: {exc}") from exc
        if not nodes and strict:
            raise OverlayError(f"action {index}: target {target!r} selects nothing in the spec")
        if action.get("remove"):
            # Delete deepest-first, and list indexes from the highest, so earlier deletions do not
            # shift the locations of later ones.
            for node in sorted(nodes, key=lambda n: (len(n.location), n.location), reverse=True):
                *parent_loc, key = node.location
                del _container(result, tuple(parent_loc))[key]
            continue
        if "update" not in action:
            raise OverlayError(f"action {index}: needs 'update' or 'remove: true'")
        update = action["update"]
        for node in nodes:
            value = _container(result, node.location)
            if isinstance(value, dict):
                if not isinstance(update, dict):
                    raise OverlayError(f"action {index}: an object target needs an object update")
                _merge(value, update)
            elif isinstance(value, list):
                value.append(copy.deepcopy(update))
            else:
                raise OverlayError(f"action {index}: target {target!r} is a scalar, which Overlay 1.0 cannot update")
    return result
