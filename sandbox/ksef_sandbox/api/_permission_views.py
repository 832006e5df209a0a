"""Which grants each permission query returns and in which JSON form (``uprawnienia.md``, "Wyszukiwanie
nadanych uprawnień"; the response schemas of ``POST /permissions/query/*``). Results are sorted by
``startDate`` descending, then ``id`` ascending, as the spec says.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ksef_sandbox._ids import format_dt
from ksef_sandbox._records import Grant
from ksef_sandbox._state import SandboxState

from ._grants import is_owner, nip_of, permissions_of

__all__ = [
    "authorization_json",
    "entity_json",
    "eu_json",
    "person_json",
    "personal_grants",
    "personal_json",
    "sort",
    "subunit_json",
]

_CONTEXT_TYPES = ("Nip", "InternalId")


def sort(grants: Iterable[Grant]) -> list[Grant]:
    return sorted(sorted(grants, key=lambda g: g.id), key=lambda g: g.start, reverse=True)


def _ident(kind: str, value: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"type": kind}
    if value:
        out["value"] = value
    return out


def _author(g: Grant) -> dict[str, Any]:
    kind, value = g.author
    return _ident(kind, value if kind != "System" else None)


def _permission_state(state: SandboxState, g: Grant) -> str:
    """Active while the grant still counts for its holder (an indirect grant whose basis was revoked does not)."""
    if g.kind != "Indirect" or g.target is None or g.target[0] == "AllPartners":
        return "Active"
    target = g.target[1] or ""
    return "Active" if g.scope in permissions_of(state, "Nip", target, g.authorized[1]) else "Inactive"


def personal_grants(state: SandboxState, context: tuple[str, str], subject: str) -> list[Grant]:
    """The caller's own grants in the current context: direct, from a parent entity, indirect (as intermediary
    or target), and the invoice grants the context's entity received when the caller is its owner."""
    ctx_type, ctx = context
    owner = is_owner(state, ctx_type, ctx, subject)
    out = []
    for g in state.grants.values():
        if g.kind == "Authorization":
            continue
        mine = g.authorized[1] == subject
        if g.kind == "Indirect":
            targets = {g.granted_in[1], (g.target or ("", ""))[1]}
            if mine and (ctx in targets or (g.target is not None and g.target[0] == "AllPartners")):
                out.append(g)
        elif g.kind == "Entity":
            if (mine and g.context[1] == ctx) or (owner and g.authorized[1] == nip_of(ctx)):
                out.append(g)
        elif mine and g.context[1] == ctx:
            out.append(g)
    return out


def personal_json(state: SandboxState, g: Grant) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": g.id,
        "permissionScope": g.scope,
        "description": g.description,
        "permissionState": _permission_state(state, g),
        "startDate": format_dt(g.start),
        "canDelegate": g.can_delegate,
    }
    if g.context[0] in _CONTEXT_TYPES:
        out["contextIdentifier"] = _ident(*g.context)
    if g.authorized[0] in ("Nip", "Pesel", "Fingerprint"):
        out["authorizedIdentifier"] = _ident(*g.authorized)
    if g.target is not None:
        out["targetIdentifier"] = _ident(g.target[0], g.target[1])
    for key in ("subjectPersonDetails", "subjectEntityDetails"):
        if key in g.details:
            out[key] = g.details[key]
    return out


def person_json(state: SandboxState, g: Grant) -> dict[str, Any]:
    out = personal_json(state, g)
    out["authorIdentifier"] = _author(g)
    out["authorizedIdentifier"] = _ident(*g.authorized)
    return out


def subunit_json(g: Grant) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": g.id,
        "authorizedIdentifier": _ident(*g.authorized),
        "subunitIdentifier": _ident(*g.context),
        "authorIdentifier": _author(g) if g.author[0] != "System" else {"type": "Nip", "value": g.granted_in[1][:10]},
        "permissionScope": g.scope,
        "description": g.description,
        "startDate": format_dt(g.start),
    }
    if "subjectPersonDetails" in g.details:
        out["subjectPersonDetails"] = g.details["subjectPersonDetails"]
    if g.details.get("subunitName"):
        out["subunitName"] = g.details["subunitName"]
    return out


def entity_json(g: Grant) -> dict[str, Any]:
    return {
        "id": g.id,
        "contextIdentifier": _ident(*g.context),
        "permissionScope": g.scope,
        "description": g.description,
        "startDate": format_dt(g.start),
        "canDelegate": g.can_delegate,
    }


def authorization_json(g: Grant) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": g.id,
        "authorizedEntityIdentifier": _ident(*g.authorized),
        "authorizingEntityIdentifier": _ident("Nip", g.context[1]),
        "authorizationScope": g.scope,
        "description": g.description,
        "startDate": format_dt(g.start),
    }
    if g.author[0] in ("Nip", "Pesel", "Fingerprint"):
        out["authorIdentifier"] = _ident(*g.author)
    if "subjectEntityDetails" in g.details:
        out["subjectEntityDetails"] = g.details["subjectEntityDetails"]
    return out


def eu_json(g: Grant) -> dict[str, Any]:
    author = _author(g) if g.author[0] != "System" else {"type": "Nip", "value": nip_of(g.context[1])}
    out: dict[str, Any] = {
        "id": g.id,
        "authorIdentifier": author,
        "vatUeIdentifier": g.context[1].split("-", maxsplit=1)[1],
        "euEntityName": str(g.details.get("euEntityName") or g.context[1]),
        "authorizedFingerprintIdentifier": g.authorized[1],
        "permissionScope": g.scope,
        "description": g.description,
        "startDate": format_dt(g.start),
    }
    for key in ("subjectPersonDetails", "subjectEntityDetails", "euEntityDetails"):
        if key in g.details:
            out[key] = g.details[key]
    return out
