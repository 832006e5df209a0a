"""The fonts embedded in every PDF: DejaVu Sans Condensed (regular and bold), which carries every Polish letter.

Found, in this order:

1. ``$KSEF_FONT_DIR`` (a directory with the two files);
2. the copy packaged in the wheel (``ksef_sdk/invoice/render/fonts``, with DejaVu's licence), taken at build
   time by ``hatch_build.py`` from Debian's ``fonts-dejavu-extra``;
3. Debian's own copy (``/usr/share/fonts/truetype/dejavu``; ``make setup`` installs it), which serves source
   checkouts and editable installs.

The PDF engine reads them through the renderer's resource fetcher only (never from a URL in a document).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Final

from ksef_sdk.errors import RenderError

__all__ = ["FONT_DIR_ENV", "FONT_FILES", "font_bytes", "font_dir", "packaged_font_dir"]

FONT_DIR_ENV: Final = "KSEF_FONT_DIR"
FONT_FILES: Final = {"regular": "DejaVuSansCondensed.ttf", "bold": "DejaVuSansCondensed-Bold.ttf"}
SYSTEM_FONT_DIRS: Final = (Path("/usr/share/fonts/truetype/dejavu"),)


def packaged_font_dir() -> Path:
    return Path(__file__).resolve().parent / "fonts"


def _complete(directory: Path) -> bool:
    return all((directory / name).is_file() for name in FONT_FILES.values())


def font_dir() -> Path:
    """The directory holding both font files, or :class:`~ksef_sdk.errors.RenderError` naming where it looked."""
    candidates: list[Path] = []
    if os.environ.get(FONT_DIR_ENV):
        candidates.append(Path(os.environ[FONT_DIR_ENV]))
    candidates.append(packaged_font_dir())
    candidates.extend(SYSTEM_FONT_DIRS)
    for candidate in candidates:
        if _complete(candidate):
            return candidate
    raise RenderError(
        f"the PDF fonts ({', '.join(FONT_FILES.values())}) were not found; install ksef-sdk from a wheel, install "
        f"Debian's fonts-dejavu-extra, or set ${FONT_DIR_ENV} (looked in: {', '.join(map(str, candidates))})"
    )


@lru_cache(maxsize=1)
def font_bytes() -> dict[str, bytes]:
    """``{"regular": ..., "bold": ...}``: the font files, read once per process."""
    directory = font_dir()
    return {style: (directory / name).read_bytes() for style, name in FONT_FILES.items()}
