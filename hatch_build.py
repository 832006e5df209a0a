"""Hatch build hook: the wheel and sdist carry the official KSeF schemas with their licence.

The repository never commits the Ministry's files; they are taken at build time from the pinned
official data: ``$KSEF_SHARED`` or ``../shared/ksef`` beside the checkout (or, when a wheel is built
from an sdist, from the sdist's own ``official/`` copy) and placed in

- the wheel: ``ksef_documents/schemas/{LICENSE.txt, faktury/schemy/..., faktury/upo/schemy/..., auth/schemy/...}``
  (found at run time by ``ksef_sdk.invoice.schemas.schema_dir``);
- the sdist: ``official/`` (same layout), so a wheel built from it is complete.

Editable installs skip this (a checkout finds ``../shared/ksef`` directly).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# official data path (relative to the shared dir) → path inside the packaged copy
OFFICIAL = {
    "LICENSE.txt": "LICENSE.txt",
    "faktury/schemy": "faktury/schemy",
    "faktury/upo/schemy": "faktury/upo/schemy",
    "auth/schemy": "auth/schemy",  # AuthTokenRequest 2.0/2.1: the sandbox validates XAdES requests with them
}
REQUIRED = "faktury/schemy/FA/schemat_FA(3)_v1-0E.xsd"


class OfficialSchemasHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "official-schemas"

    def _source(self) -> Path:
        root = Path(self.root)
        candidates = [root / "official"]
        if os.environ.get("KSEF_SHARED"):
            candidates.append(Path(os.environ["KSEF_SHARED"]))
        candidates.append(root.parent / "shared" / "ksef")
        for candidate in candidates:
            if (candidate / REQUIRED).is_file() and (candidate / "LICENSE.txt").is_file():
                return candidate.resolve()
        raise RuntimeError(
            "cannot build ksef-sdk without the official KSeF schemas: set KSEF_SHARED to the official data "
            f"directory (looked in {', '.join(map(str, candidates))})"
        )

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "editable":
            return
        source = self._source()
        prefix = "ksef_documents/schemas" if self.target_name == "wheel" else "official"
        force_include: dict[str, str] = build_data.setdefault("force_include", {})
        for relative, target in OFFICIAL.items():
            force_include[str(source / relative)] = f"{prefix}/{target}"
