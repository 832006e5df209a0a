"""The ksef_sdk exception hierarchy. Every error the package raises derives from ``KsefError``."""

from __future__ import annotations


class KsefError(Exception):
    """Base class of every ksef_sdk error."""
