"""``ksef_api.models`` resolves names lazily (template generator-templates/models_init.py.jinja)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import ksef_api.models
import pytest

MODELS_DIR = Path(ksef_api.models.__file__).parent


def _loaded_models(statement: str) -> list[str]:
    """The ``ksef_api.models.*`` modules a fresh interpreter has loaded after ``statement``."""
    report = "print(json.dumps(sorted(m for m in sys.modules if m.startswith('ksef_api.models.'))))"
    code = f"{statement}\nimport json, sys\n{report}"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout))


def test_importing_the_package_loads_no_model_module() -> None:
    assert _loaded_models("import ksef_api.models") == []


def test_an_operation_module_loads_only_the_models_it_uses() -> None:
    loaded = _loaded_models("from ksef_api.api.limits import get_limits_context")
    assert "ksef_api.models.effective_context_limits" in loaded
    assert "ksef_api.models.query_invoices_metadata_response" not in loaded
    assert len(loaded) < 20, loaded


def test_from_import_of_one_name_loads_its_module_only() -> None:
    loaded = _loaded_models("from ksef_api.models import AllowedIps")
    assert loaded == ["ksef_api.models.allowed_ips"]


def test_every_exported_name_resolves_to_its_class() -> None:
    names = ksef_api.models.__all__
    modules = {p.stem for p in MODELS_DIR.glob("*.py") if p.stem != "__init__"}
    assert len(names) == len(modules)
    for name in names:
        value = getattr(ksef_api.models, name)
        assert value.__name__ == name
        assert value.__module__.rpartition(".")[2] in modules


def test_dir_lists_every_name_and_unknown_names_fail() -> None:
    assert set(ksef_api.models.__all__) <= set(dir(ksef_api.models))
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = ksef_api.models.NoSuchModel
