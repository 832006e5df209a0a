"""The top-level ``ksef_sdk`` names: complete, resolvable, and loaded lazily."""

from __future__ import annotations

import subprocess
import sys

import ksef_sdk


def test_every_exported_name_resolves() -> None:
    assert set(ksef_sdk.__all__) == {*ksef_sdk._EXPORTS, "__version__"}
    for name in ksef_sdk.__all__:
        assert getattr(ksef_sdk, name) is not None, name
    assert ksef_sdk.OnlineSession.__module__ == "ksef_sdk.sessions"


def test_unknown_names_raise_attribute_error() -> None:
    try:
        ksef_sdk.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_import_is_lazy() -> None:
    heavy = "('httpx', 'ksef_api', 'cryptography', 'lxml')"
    code = f"import sys, ksef_sdk; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
