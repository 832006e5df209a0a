"""Hatch build hook: the wheel and sdist carry the official KSeF schemas with their licence.

The repository never commits the Ministry's files; they are taken at build time from the pinned
official data: ``$KSEF_SHARED`` or ``../shared/ksef`` beside the checkout (or, when a wheel is built
from an sdist, from the sdist's own ``official/`` copy) and placed in

- the wheel: ``ksef_documents/schemas/{LICENSE.txt, faktury/schemy/..., faktury/upo/schemy/..., auth/schemy/...}``
  (found at run time by ``ksef_sdk.invoice.schemas.schema_dir``);
- the sdist: ``official/`` (same layout), so a wheel built from it is complete.

Editable installs skip this (a checkout finds ``../shared/ksef`` directly).

The same way, the fonts embedded in rendered PDFs (DejaVu Sans Condensed, regular and bold, with their
licence) are taken from ``$KSEF_FONT_DIR`` or Debian's ``fonts-dejavu-extra`` (``make setup`` installs it), or
from an sdist's own ``fonts/``, and placed in the wheel at ``ksef_sdk/invoice/render/fonts`` (found at run time
by ``ksef_sdk.invoice.render._fonts``) and in the sdist at ``fonts/``. The repository commits no font files.
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
FONTS = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")
FONT_LICENCE = "LICENSE-DejaVu.txt"
DEBIAN_FONTS = Path("/usr/share/fonts/truetype/dejavu")
DEBIAN_LICENCE = Path("/usr/share/doc/fonts-dejavu-core/copyright")


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

    def _fonts(self) -> dict[str, Path]:
        """Font file name → path, and the licence (``LICENSE-DejaVu.txt``)."""
        sdist_copy = Path(self.root) / "fonts"
        candidates = [(sdist_copy, sdist_copy / FONT_LICENCE)]
        if os.environ.get("KSEF_FONT_DIR"):
            directory = Path(os.environ["KSEF_FONT_DIR"])
            candidates.append((directory, directory / FONT_LICENCE))
        candidates.append((DEBIAN_FONTS, DEBIAN_LICENCE))
        for directory, licence in candidates:
            if all((directory / name).is_file() for name in FONTS) and licence.is_file():
                return {**{name: (directory / name).resolve() for name in FONTS}, FONT_LICENCE: licence.resolve()}
        raise RuntimeError(
            "cannot build ksef-sdk without the PDF fonts (DejaVu Sans Condensed and its licence): install Debian's "
            "fonts-dejavu-core and fonts-dejavu-extra (make setup) or set KSEF_FONT_DIR to a directory with "
            f"{', '.join(FONTS)} and {FONT_LICENCE}"
        )

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name == "wheel" and version == "editable":
            return
        source = self._source()
        prefix = "ksef_documents/schemas" if self.target_name == "wheel" else "official"
        force_include: dict[str, str] = build_data.setdefault("force_include", {})
        for relative, target in OFFICIAL.items():
            force_include[str(source / relative)] = f"{prefix}/{target}"
        fonts_prefix = "ksef_sdk/invoice/render/fonts" if self.target_name == "wheel" else "fonts"
        for name, path in self._fonts().items():
            force_include[str(path)] = f"{fonts_prefix}/{name}"
