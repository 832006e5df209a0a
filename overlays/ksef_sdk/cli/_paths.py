"""Where the ``ksef`` command keeps its files, and how it writes private ones.

- config: ``$KSEF_CONFIG_DIR``, else the platform's user config directory (platformdirs), holding
  ``profiles.toml`` and, when chosen, ``secrets.toml``;
- state: ``$KSEF_CONFIG_DIR/state``, else the platform's user state directory: the sync's high-water marks.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CONFIG_DIR_ENV", "config_dir", "state_dir", "write_private"]

CONFIG_DIR_ENV = "KSEF_CONFIG_DIR"
"""Overrides the config directory (profiles, the secrets file, the sync state): for tests and containers."""
APP = "ksef"


def config_dir() -> Path:
    """``$KSEF_CONFIG_DIR``, else the platform's user config directory for ``ksef``."""
    if os.environ.get(CONFIG_DIR_ENV):
        return Path(os.environ[CONFIG_DIR_ENV])
    import platformdirs

    return platformdirs.user_config_path(APP, appauthor=False)


def state_dir() -> Path:
    """``$KSEF_CONFIG_DIR/state``, else the platform's user state directory for ``ksef``."""
    if os.environ.get(CONFIG_DIR_ENV):
        return Path(os.environ[CONFIG_DIR_ENV]) / "state"
    import platformdirs

    return platformdirs.user_state_path(APP, appauthor=False)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable by its owner only (new directories 0700)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)
