"""The sandbox validates with the same official schemas as the client and is strict by default."""

from __future__ import annotations

from pathlib import Path

import pytest
from ksef_sandbox._state import SandboxState
from ksef_sandbox._xml import default_schema_dir
from ksef_sdk.invoice.schemas import schema_dir


def test_sandbox_and_client_use_the_same_schemas() -> None:
    root = default_schema_dir()
    assert root is not None
    assert (root / "faktury" / "schemy").resolve() == schema_dir()


def test_strict_by_default_without_schemas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KSEF_SANDBOX_SCHEMAS", str(tmp_path))
    with pytest.raises(RuntimeError, match="XSDs were not found"):
        SandboxState()
    state = SandboxState(schema_dir=None)  # an explicit opt-out: well-formedness only
    assert not state.schemas.available
