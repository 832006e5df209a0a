"""KSeF bearer tokens as values that never show their secret.

KSeF uses three JWTs with one ``Bearer`` scheme: the *authentication* token (``GET /auth/{ref}``,
``POST /auth/token/redeem``), the *refresh* token (``POST /auth/token/refresh``) and the *access*
token (everything else). They are opaque to clients; only ``validUntil`` matters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Token:
    """One bearer token and its expiry. ``repr``/``str`` never contain the token itself."""

    value: str = field(repr=False)
    valid_until: dt.datetime

    def __post_init__(self) -> None:
        if not self.value:
            raise ValueError("empty token")
        if self.valid_until.tzinfo is None:
            raise ValueError("valid_until must be timezone-aware")

    def expires_within(self, seconds: float, *, now: dt.datetime | None = None) -> bool:
        """True when the token is expired or expires in less than ``seconds``."""
        now = now or dt.datetime.now(dt.timezone.utc)
        return (self.valid_until - now).total_seconds() < seconds

    def __str__(self) -> str:
        return f"Token(valid_until={self.valid_until.isoformat()})"


@dataclass(frozen=True)
class TokenPair:
    """The access/refresh pair returned by ``POST /auth/token/redeem``."""

    access: Token
    refresh: Token
