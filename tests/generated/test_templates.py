"""The custom generator templates (generator-templates/) still match the generator they were derived from."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "generator-templates"
UPSTREAM = json.loads((TEMPLATES / "upstream.json").read_text())
OVERRIDES = sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.jinja"))


def test_every_override_is_recorded_and_documented() -> None:
    assert sorted(UPSTREAM["stock_sha256"]) == OVERRIDES
    readme = (TEMPLATES / "README.md").read_text()
    for name in OVERRIDES:
        assert f"`{name}`" in readme, f"{name} is not described in generator-templates/README.md"


def test_the_installed_generator_is_the_pinned_one() -> None:
    from importlib.metadata import version

    pyproject = (TEMPLATES.parent / "pyproject.toml").read_text()
    assert UPSTREAM["generator"] in pyproject
    assert UPSTREAM["generator"] == f"openapi-python-client=={version('openapi-python-client')}"


@pytest.mark.parametrize("name", OVERRIDES)
def test_stock_template_unchanged_since_the_override_was_derived(name: str) -> None:
    stock = resources.files("openapi_python_client").joinpath("templates", *name.split("/")).read_bytes()
    assert hashlib.sha256(stock).hexdigest() == UPSTREAM["stock_sha256"][name], (
        f"the generator's {name} changed: re-apply generator-templates/{name}'s change to it, then update upstream.json"
    )
