"""spec-diff on hand-made specs, the overlay applier and the lock check."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from ksef_codegen import spec as specmod
from ksef_codegen.overlay import OverlayError, apply_overlay
from ksef_codegen.spec_diff import Change, diff_specs, main, render


def _spec(prefix: str = "") -> dict[str, Any]:
    return {
        "openapi": "3.0.4",
        "info": {"title": "t", "version": "v2", "description": "**Wersja API:** 1.0.0 (build 1.0.0-te)"},
        "paths": {
            f"{prefix}/things": {
                "post": {
                    "parameters": [{"name": "pageSize", "in": "query", "schema": {"type": "integer"}}],
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingRequest"}}}
                    },
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
                    },
                }
            },
            f"{prefix}/things/{{id}}": {
                "get": {
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
                    }
                },
                "delete": {"responses": {"204": {"description": "gone"}}},
            },
        },
        "components": {
            "schemas": {
                "ThingRequest": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "note": {"type": "string"},
                        "kind": {"$ref": "#/components/schemas/Kind"},
                    },
                },
                "Thing": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}, "size": {"type": "integer"}, "colour": {"type": "string"}},
                },
                "Kind": {"type": "string", "enum": ["A", "B", "C"]},
            }
        },
    }


def _breaking(changes: list[Change]) -> set[tuple[str, str]]:
    return {(c.where, c.kind) for c in changes if c.breaking}


def test_identical_specs_have_no_changes() -> None:
    assert diff_specs(_spec(), _spec()) == []


def test_each_kind_of_breaking_change_is_marked() -> None:
    old, new = _spec(), _spec()
    del new["paths"]["/things/{id}"]["delete"]  # removed operation
    schemas = new["components"]["schemas"]
    schemas["Thing"]["properties"]["color"] = schemas["Thing"]["properties"].pop("colour")  # renamed field
    del schemas["Thing"]["properties"]["size"]  # removed field (another type: not a rename)
    schemas["ThingRequest"]["required"].append("note")  # newly required in a request schema
    schemas["ThingRequest"]["properties"]["name"] = {"type": "integer"}  # type change
    schemas["Kind"]["enum"] = ["A", "C", "D"]  # removed and added enum values
    new["paths"]["/things"]["post"]["parameters"][0]["required"] = True  # parameter newly required

    changes = diff_specs(old, new)
    assert _breaking(changes) == {
        ("DELETE /things/{id}", "removed"),
        ("schema Thing", "renamed"),
        ("schema Thing", "removed"),
        ("schema ThingRequest", "required"),
        ("schema ThingRequest", "type"),
        ("schema Kind", "enum-removed"),
        ("POST /things", "required"),
    }
    whats = {c.what for c in changes}
    assert "field `colour` renamed to `color`" in whats
    assert "values: enum value 'B' removed" in whats
    assert "values: enum value 'D' added" in whats
    assert not next(c for c in changes if c.kind == "enum-added").breaking


def test_additions_are_not_breaking_but_new_required_request_fields_are() -> None:
    old, new = _spec(), _spec()
    new["paths"]["/extra"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    new["components"]["schemas"]["Thing"]["properties"]["weight"] = {"type": "number"}
    new["components"]["schemas"]["Thing"]["required"] = ["weight"]  # response-only schema: not breaking
    new["components"]["schemas"]["ThingRequest"]["properties"]["owner"] = {"type": "string"}
    new["components"]["schemas"]["ThingRequest"]["required"].append("owner")  # request schema: breaking
    changes = diff_specs(old, new)
    assert ("GET /extra", "added") in {(c.where, c.kind) for c in changes}
    assert _breaking(changes) == {("schema ThingRequest", "required")}


def test_path_prefix_move_is_reported_and_operations_still_match() -> None:
    old = _spec("/api/v2")
    new = _spec()
    new["servers"] = [{"url": "https://api-test.ksef.mf.gov.pl/v2"}]
    changes = diff_specs(old, new)
    assert len(changes) == 1
    assert changes[0].breaking
    assert "`/api/v2`" in changes[0].what


def test_report_on_the_official_history(shared_ksef: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = shared_ksef / "history" / "openapi-2.0.0-rc5.6.json", shared_ksef / "openapi.json"
    assert main([str(old), str(new)]) == 0
    report = capsys.readouterr().out
    assert "API 2.0.0 (build 2.0.0-rc5.6-te-20251103)" in report
    assert "every path moved from prefix `/api/v2`" in report
    assert "POST /collective-identifiers" in report
    assert "BREAKING  values: enum value 'RR' removed" in report  # InvoiceQueryFormType, 2.5.0


def test_render_without_changes(tmp_path: Path) -> None:
    import json

    doc = _spec()
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(doc))
    report = render(tmp_path / "a.json", tmp_path / "b.json", diff_specs(doc, copy.deepcopy(doc)), doc, doc)
    assert "API 1.0.0 (build 1.0.0-te)" in report
    assert report.rstrip().endswith("no differences")


# --- overlays --------------------------------------------------------------------------------


def test_overlay_update_merges_remove_deletes_and_arrays_append() -> None:
    doc = {"paths": {"/a": {"get": {"tags": ["X"], "summary": "s"}, "post": {"tags": ["Y"]}}}, "tags": [{"name": "X"}]}
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.paths.*[?@.tags[0] == 'X']", "update": {"tags": ["x_en"], "x-extra": {"a": 1}}},
            {"target": "$.paths['/a'].get['x-extra']", "update": {"b": 2}},
            {"target": "$.paths['/a'].post.tags", "update": "Z"},
            {"target": "$.tags", "remove": True},
        ],
    }
    result = apply_overlay(doc, overlay)
    assert result == {
        "paths": {
            "/a": {"get": {"tags": ["x_en"], "summary": "s", "x-extra": {"a": 1, "b": 2}}, "post": {"tags": ["Y", "Z"]}}
        }
    }
    assert doc["tags"] == [{"name": "X"}]  # the input is not modified


def test_overlay_target_that_matches_nothing_is_an_error() -> None:
    with pytest.raises(OverlayError, match="selects nothing"):
        apply_overlay({"paths": {}}, {"overlay": "1.0.0", "actions": [{"target": "$.paths['/gone']", "update": {}}]})
    with pytest.raises(OverlayError, match="Overlay 1"):
        apply_overlay({}, {"actions": []})


def test_project_overlays_apply_cleanly(shared_ksef: Path) -> None:
    doc = specmod.build(specmod.load_document((shared_ksef / "openapi.json").read_bytes()))
    xades = doc["paths"]["/auth/xades-signature"]["post"]
    assert xades["requestBody"]["content"]["application/xml"]["schema"] == {"type": "string", "format": "binary"}
    assert all(
        op["requestBody"]["required"] is True
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "requestBody" in op
    )
    assert "x-tagGroups" not in doc
    assert "tags" not in doc


def test_a_different_upstream_is_refused_with_both_versions(shared_ksef: Path) -> None:
    raw = (shared_ksef / "history" / "openapi-2.6.0.json").read_bytes()
    info = specmod.upstream_info(raw, specmod.load_document(raw))
    locked = specmod.read_lock()
    assert locked is not None
    with pytest.raises(specmod.SpecError) as excinfo:
        specmod.check_lock(locked, info, "history/openapi-2.6.0.json")
    message = str(excinfo.value)
    assert "API 2.7.0" in message and "API 2.6.0" in message and "ACCEPT=1" in message
    specmod.check_lock(locked, locked, "same")  # no error
