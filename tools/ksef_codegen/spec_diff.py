"""A readable report of what changed between two versions of the KSeF OpenAPI spec.

``make spec-diff OLD=a.json NEW=b.json`` (or ``python -m ksef_codegen diff OLD NEW``) prints:

- a path-prefix move (e.g. RC6.1 moved every path off ``/api/v2`` into the server URL), after which
  operations are matched with the prefix removed;
- operations added and removed;
- per operation: parameters added / removed / newly required / retyped, request body and response
  changes (status codes, content types, schemas);
- per component schema: properties added / removed / renamed, newly required, type changes, enum
  values added / removed.

Changes that break existing callers are marked ``BREAKING``: a removed operation, a removed or
renamed field, a newly required field (in anything a client sends), a type change and a removed
enum value. Every change is a :class:`Change`; :func:`diff_specs` returns them for tests and tools.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .spec import HTTP_METHODS, upstream_info

Schema = dict[str, Any]


@dataclass(frozen=True)
class Change:
    """One difference. ``where`` is an operation (``GET /x``), ``schema Foo``, or ``paths``."""

    where: str
    what: str
    breaking: bool = False
    kind: str = "changed"  # added | removed | changed | renamed | required | type | enum-removed | enum-added


def load(path: str | Path) -> dict[str, Any]:
    raw = Path(path).read_bytes()
    text = raw.decode("utf-8-sig")
    doc = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return doc


# --- schema helpers -------------------------------------------------------------------------


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def type_signature(schema: Schema | None) -> str:
    """A short description of a schema's type: ``string(date-time)``, ``ref:Foo``, ``array[ref:Bar]``."""
    if not schema:
        return "any"
    if "$ref" in schema:
        return f"ref:{_ref_name(schema['$ref'])}"
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1:
        return type_signature(all_of[0])
    if all_of:
        return "allOf[" + ",".join(type_signature(s) for s in all_of) + "]"
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return combinator + "[" + ",".join(type_signature(s) for s in schema[combinator]) + "]"
    kind = str(schema.get("type", "object" if "properties" in schema else "any"))
    if kind == "array":
        return f"array[{type_signature(schema.get('items'))}]"
    fmt = schema.get("format")
    return f"{kind}({fmt})" if fmt else kind


def _nested_properties(schema: Schema) -> Schema | None:
    """The inline object schema behind a property, if it declares its own properties."""
    if "properties" in schema:
        return schema
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict) and "properties" in schema["items"]:
        return dict(schema["items"])
    return None


def _enum_of(schema: Schema, components: dict[str, Schema]) -> list[Any] | None:
    if "enum" in schema:
        return list(schema["enum"])
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and "$ref" not in all_of[0]:
        return _enum_of(all_of[0], components)
    return None


def flatten_properties(schema: Schema, prefix: str = "") -> dict[str, tuple[Schema, bool]]:
    """``dotted.name -> (property schema, required)`` for a schema and its inline sub-objects."""
    out: dict[str, tuple[Schema, bool]] = {}
    required = set(schema.get("required", []))
    for name, prop in (schema.get("properties") or {}).items():
        key = f"{prefix}{name}"
        out[key] = (prop, name in required)
        nested = _nested_properties(prop)
        if nested is not None:
            out.update(flatten_properties(nested, key + "[]." if prop.get("type") == "array" else key + "."))
    return out


def _referenced(schema: Any, acc: set[str]) -> None:
    if isinstance(schema, dict):
        if "$ref" in schema and isinstance(schema["$ref"], str):
            acc.add(_ref_name(schema["$ref"]))
        for value in schema.values():
            _referenced(value, acc)
    elif isinstance(schema, list):
        for value in schema:
            _referenced(value, acc)


def request_side_schemas(doc: dict[str, Any]) -> set[str]:
    """Component schemas reachable from anything a client sends (parameters and request bodies)."""
    components = doc.get("components", {}).get("schemas", {})
    roots: set[str] = set()
    for _, _, op in iter_operations(doc):
        _referenced(op.get("parameters", []), roots)
        _referenced(op.get("requestBody", {}), roots)
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen or name not in components:
            continue
        seen.add(name)
        found: set[str] = set()
        _referenced(components[name], found)
        stack.extend(found - seen)
    return seen


# --- operations ------------------------------------------------------------------------------


def iter_operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (doc.get("paths") or {}).items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                merged = dict(op)
                if shared:
                    merged["parameters"] = [*shared, *op.get("parameters", [])]
                yield method.upper(), path, merged


def common_prefix(paths: Iterable[str]) -> str:
    """The longest ``/segment`` prefix shared by every path (``/api/v2`` for RC-era specs)."""
    split = [p.strip("/").split("/") for p in paths]
    if not split:
        return ""
    prefix: list[str] = []
    for parts in zip(*split, strict=False):
        if len(set(parts)) != 1 or parts[0].startswith("{"):
            break
        prefix.append(parts[0])
    # never treat a whole path as prefix
    kept = prefix[: max(0, min(len(prefix), min(len(s) for s in split) - 1))]
    return "/" + "/".join(kept) if kept else ""


def _server_urls(doc: dict[str, Any]) -> list[str]:
    return [str(s.get("url")) for s in doc.get("servers", []) if isinstance(s, dict)]


def _params(op: dict[str, Any], components: dict[str, Any]) -> dict[tuple[str, str], Schema]:
    out = {}
    for declared in op.get("parameters", []):
        param = declared
        if "$ref" in declared:
            param = components.get("parameters", {}).get(_ref_name(declared["$ref"]), {})
        out[(str(param.get("in")), str(param.get("name")))] = param
    return out


def _body_view(schema: Schema | None) -> tuple[str, frozenset[str]]:
    """(type signature, locally required fields) of a request/response schema."""
    if not schema:
        return ("none", frozenset())
    return (type_signature(schema), frozenset(schema.get("required", [])))


def _content(obj: dict[str, Any] | None) -> dict[str, Schema]:
    return {ct: (media or {}).get("schema") or {} for ct, media in ((obj or {}).get("content") or {}).items()}


def diff_operation(
    where: str, old: dict[str, Any], new: dict[str, Any], old_doc: dict[str, Any], new_doc: dict[str, Any]
) -> list[Change]:
    changes: list[Change] = []
    old_params = _params(old, old_doc.get("components", {}))
    new_params = _params(new, new_doc.get("components", {}))
    for key in sorted(old_params.keys() - new_params.keys()):
        changes.append(Change(where, f"parameter `{key[1]}` ({key[0]}) removed", True, "removed"))
    for key in sorted(new_params.keys() - old_params.keys()):
        required = bool(new_params[key].get("required"))
        changes.append(
            Change(
                where,
                f"parameter `{key[1]}` ({key[0]}) added{' as REQUIRED' if required else ''}",
                required,
                "required" if required else "added",
            )
        )
    for key in sorted(old_params.keys() & new_params.keys()):
        before, after = old_params[key], new_params[key]
        if not before.get("required") and after.get("required"):
            changes.append(Change(where, f"parameter `{key[1]}` ({key[0]}) became required", True, "required"))
        t_old, t_new = type_signature(before.get("schema")), type_signature(after.get("schema"))
        if t_old != t_new:
            changes.append(Change(where, f"parameter `{key[1]}` ({key[0]}) type {t_old} → {t_new}", True, "type"))

    old_body, new_body = _content(old.get("requestBody")), _content(new.get("requestBody"))
    for ct in sorted(old_body.keys() - new_body.keys()):
        changes.append(Change(where, f"request body `{ct}` removed", True, "removed"))
    for ct in sorted(new_body.keys() - old_body.keys()):
        changes.append(Change(where, f"request body `{ct}` added", not old_body, "added"))
    for ct in sorted(old_body.keys() & new_body.keys()):
        (t_old, r_old), (t_new, r_new) = _body_view(old_body[ct]), _body_view(new_body[ct])
        if t_old != t_new:
            changes.append(Change(where, f"request body `{ct}` schema {t_old} → {t_new}", True, "type"))
        for field in sorted(r_new - r_old):
            changes.append(Change(where, f"request body field `{field}` newly required", True, "required"))
        changes.extend(_diff_inline(where, "request body", old_body[ct], new_body[ct], request_side=True))

    old_resp, new_resp = old.get("responses") or {}, new.get("responses") or {}
    for status in sorted(old_resp.keys() - new_resp.keys()):
        success = str(status).startswith("2")
        changes.append(Change(where, f"response {status} removed", success, "removed"))
    for status in sorted(new_resp.keys() - old_resp.keys()):
        changes.append(Change(where, f"response {status} added", False, "added"))
    for status in sorted(old_resp.keys() & new_resp.keys()):
        before, after = _content(old_resp[status]), _content(new_resp[status])
        for ct in sorted(before.keys() - after.keys()):
            changes.append(Change(where, f"response {status} `{ct}` removed", str(status).startswith("2"), "removed"))
        for ct in sorted(after.keys() - before.keys()):
            changes.append(Change(where, f"response {status} `{ct}` added", False, "added"))
        for ct in sorted(before.keys() & after.keys()):
            t_old, t_new = type_signature(before[ct]), type_signature(after[ct])
            if t_old != t_new:
                changes.append(Change(where, f"response {status} `{ct}` schema {t_old} → {t_new}", True, "type"))
            changes.extend(_diff_inline(where, f"response {status}", before[ct], after[ct], request_side=False))
    return changes


def _diff_inline(where: str, label: str, old: Schema, new: Schema, *, request_side: bool) -> list[Change]:
    """Field changes of schemas written inline in an operation (not component references)."""
    if "properties" not in old and "properties" not in new:
        return []
    return [
        Change(c.where, f"{label}: {c.what}", c.breaking, c.kind)
        for c in diff_properties(where, old, new, request_side=request_side)
    ]


# --- component schemas -----------------------------------------------------------------------


def diff_properties(
    where: str,
    old: Schema,
    new: Schema,
    *,
    request_side: bool,
    components: tuple[dict[str, Schema], dict[str, Schema]] = ({}, {}),
) -> list[Change]:
    changes: list[Change] = []
    before, after = flatten_properties(old), flatten_properties(new)
    removed = sorted(before.keys() - after.keys())
    added = sorted(after.keys() - before.keys())
    renamed: dict[str, str] = {}

    def group(name: str, props: dict[str, tuple[Schema, bool]]) -> tuple[str, str]:
        return (name.rsplit(".", 1)[0] if "." in name else "", type_signature(props[name][0]))

    # A removed and an added field at the same level, each the only one of its type: a rename.
    for gone in removed:
        candidates = [a for a in added if group(a, after) == group(gone, before)]
        rivals = [r for r in removed if group(r, before) == group(gone, before)]
        if len(candidates) == 1 and len(rivals) == 1:
            renamed[gone] = candidates[0]
    for gone in removed:
        if gone in renamed:
            changes.append(Change(where, f"field `{gone}` renamed to `{renamed[gone]}`", True, "renamed"))
        else:
            changes.append(Change(where, f"field `{gone}` removed", True, "removed"))
    for name in added:
        if name in renamed.values():
            continue
        required = after[name][1]
        breaking = required and request_side
        note = " (required)" if required else ""
        changes.append(Change(where, f"field `{name}` added{note}", breaking, "required" if breaking else "added"))
    for name in sorted(before.keys() & after.keys()):
        (p_old, r_old), (p_new, r_new) = before[name], after[name]
        if not r_old and r_new:
            changes.append(
                Change(where, f"field `{name}` newly required", request_side, "required" if request_side else "changed")
            )
        t_old, t_new = type_signature(p_old), type_signature(p_new)
        if t_old != t_new:
            changes.append(Change(where, f"field `{name}` type {t_old} → {t_new}", True, "type"))
        changes.extend(_diff_enum(where, f"field `{name}`", p_old, p_new, components))
    return changes


def _diff_enum(
    where: str, label: str, old: Schema, new: Schema, components: tuple[dict[str, Schema], dict[str, Schema]]
) -> list[Change]:
    e_old, e_new = _enum_of(old, components[0]), _enum_of(new, components[1])
    if e_old is None or e_new is None:
        return []
    changes = [
        Change(where, f"{label}: enum value {v!r} removed", True, "enum-removed") for v in e_old if v not in e_new
    ]
    changes += [Change(where, f"{label}: enum value {v!r} added", False, "enum-added") for v in e_new if v not in e_old]
    return changes


def diff_components(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> list[Change]:
    old_s = old_doc.get("components", {}).get("schemas", {}) or {}
    new_s = new_doc.get("components", {}).get("schemas", {}) or {}
    request_side = request_side_schemas(new_doc) | request_side_schemas(old_doc)
    changes: list[Change] = []
    for name in sorted(old_s.keys() - new_s.keys()):
        changes.append(Change(f"schema {name}", "schema removed", True, "removed"))
    for name in sorted(new_s.keys() - old_s.keys()):
        changes.append(Change(f"schema {name}", "schema added", False, "added"))
    for name in sorted(old_s.keys() & new_s.keys()):
        where = f"schema {name}"
        before, after = old_s[name], new_s[name]
        t_old, t_new = type_signature(before), type_signature(after)
        if t_old != t_new:
            changes.append(Change(where, f"type {t_old} → {t_new}", True, "type"))
        changes.extend(_diff_enum(where, "values", before, after, (old_s, new_s)))
        changes.extend(
            diff_properties(where, before, after, request_side=name in request_side, components=(old_s, new_s))
        )
    return changes


# --- whole specs -----------------------------------------------------------------------------


def diff_specs(old_doc: dict[str, Any], new_doc: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    old_ops = {(m, p): op for m, p, op in iter_operations(old_doc)}
    new_ops = {(m, p): op for m, p, op in iter_operations(new_doc)}
    old_prefix = common_prefix(p for _, p in old_ops)
    new_prefix = common_prefix(p for _, p in new_ops)
    if old_prefix != new_prefix and len(old_ops) > 1 and len(new_ops) > 1:
        servers = f" (servers {', '.join(_server_urls(old_doc)) or '-'} → {', '.join(_server_urls(new_doc)) or '-'})"
        moved = f"every path moved from prefix `{old_prefix or '/'}` to `{new_prefix or '/'}`{servers}"
        changes.append(Change("paths", moved, True, "changed"))

        def strip(ops: dict[tuple[str, str], Any], prefix: str) -> dict[tuple[str, str], Any]:
            return {(m, p[len(prefix) :] or "/"): op for (m, p), op in ops.items()}

        old_ops, new_ops = strip(old_ops, old_prefix), strip(new_ops, new_prefix)
    for key in sorted(old_ops.keys() - new_ops.keys(), key=lambda k: (k[1], k[0])):
        changes.append(Change(f"{key[0]} {key[1]}", "operation removed", True, "removed"))
    for key in sorted(new_ops.keys() - old_ops.keys(), key=lambda k: (k[1], k[0])):
        changes.append(Change(f"{key[0]} {key[1]}", "operation added", False, "added"))
    for key in sorted(old_ops.keys() & new_ops.keys(), key=lambda k: (k[1], k[0])):
        changes.extend(diff_operation(f"{key[0]} {key[1]}", old_ops[key], new_ops[key], old_doc, new_doc))
    changes.extend(diff_components(old_doc, new_doc))
    return changes


def _version(path: str | Path, doc: dict[str, Any]) -> str:
    info = upstream_info(Path(path).read_bytes(), doc)
    return f"API {info.api_version}" + (f" (build {info.build})" if info.build else "")


def render(
    old_path: str | Path, new_path: str | Path, changes: list[Change], old_doc: dict[str, Any], new_doc: dict[str, Any]
) -> str:
    ops_added = sum(1 for c in changes if c.what == "operation added")
    ops_removed = sum(1 for c in changes if c.what == "operation removed")
    breaking = sum(1 for c in changes if c.breaking)
    lines = [
        f"spec-diff: {Path(old_path).name} [{_version(old_path, old_doc)}] → {Path(new_path).name} "
        f"[{_version(new_path, new_doc)}]",
        f"{ops_added} operations added, {ops_removed} removed; {len(changes)} changes, {breaking} BREAKING",
        "",
    ]
    sections: list[tuple[str, list[Change]]] = [
        ("Paths", [c for c in changes if c.where == "paths"]),
        ("Operations removed", [c for c in changes if c.what == "operation removed"]),
        ("Operations added", [c for c in changes if c.what == "operation added"]),
        (
            "Operation changes",
            [
                c
                for c in changes
                if c.where != "paths"
                and not c.where.startswith("schema ")
                and c.what not in ("operation added", "operation removed")
            ],
        ),
        ("Schemas", [c for c in changes if c.where.startswith("schema ")]),
    ]
    for title, items in sections:
        if not items:
            continue
        lines.append(f"## {title}")
        current = None
        for change in items:
            mark = "BREAKING " if change.breaking else "         "
            if title in ("Operations removed", "Operations added", "Paths"):
                lines.append(f"  {mark} {change.where if title != 'Paths' else change.what}")
                continue
            if change.where != current:
                current = change.where
                lines.append(f"  {current}")
            lines.append(f"    {mark} {change.what}")
        lines.append("")
    if not changes:
        lines.append("no differences")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    only_breaking = "--breaking" in argv
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print("usage: python -m ksef_codegen diff OLD NEW [--breaking]", file=sys.stderr)
        return 2
    old_doc, new_doc = load(args[0]), load(args[1])
    changes = diff_specs(old_doc, new_doc)
    if only_breaking:
        changes = [c for c in changes if c.breaking]
    sys.stdout.write(render(args[0], args[1], changes, old_doc, new_doc))
    return 0
