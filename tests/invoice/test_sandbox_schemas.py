"""The sandbox validates with the same official schemas as the client (one locator, one variable:
``KSEF_SCHEMA_DIR``) and is strict by default."""

from __future__ import annotations

from pathlib import Path

import pytest
from ksef_sandbox._state import SandboxState
from ksef_sandbox._xml import default_schema_dir
from ksef_sdk.errors import SchemaNotAvailableError
from ksef_sdk.invoice import schemas
from ksef_sdk.invoice.schemas import schema_dir


def test_sandbox_and_client_use_the_same_schemas() -> None:
    assert default_schema_dir() == schema_dir()


def test_ksef_schema_dir_moves_both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = tmp_path / "xsd"
    mine.mkdir()
    for form in ("FA", "RR", "PEF"):
        (mine / form).symlink_to(schema_dir() / form, target_is_directory=True)
    monkeypatch.setenv("KSEF_SCHEMA_DIR", str(mine))
    assert default_schema_dir() == schema_dir() == mine.resolve()
    assert SandboxState().schemas.root == mine.resolve()


def test_strict_by_default_without_schemas(monkeypatch: pytest.MonkeyPatch) -> None:
    def nowhere(explicit: object = None) -> Path:
        raise SchemaNotAvailableError("the KSeF invoice schemas were not found")

    monkeypatch.setattr(schemas, "schema_dir", nowhere)
    with pytest.raises(RuntimeError, match=r"XSDs were not found.*KSEF_SCHEMA_DIR"):
        SandboxState()
    state = SandboxState(schema_dir=None)  # an explicit opt-out: well-formedness only
    assert not state.schemas.available
