"""Client-side rate limiting from the spec's ``x-rate-limits`` (``limity/limity-api.md`` of the KSeF docs).

KSeF counts requests in sliding windows of 1 s, 60 s and 60 min, all at once, per operation group.
:class:`RateLimiter` reserves a send time for each request so that no window ever holds more than its
limit; callers sleep until their slot outside any lock (threads and asyncio tasks share one limiter).
Reservations are first come, first served.
"""

from __future__ import annotations

import functools
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

from ksef_sdk.errors import ConfigurationError

WINDOWS: dict[str, float] = {"perSecond": 1.0, "perMinute": 60.0, "perHour": 3600.0}


@functools.cache
def shared_groups() -> dict[str, str]:
    """Operations that share one counter: the "grupa" column of the spec's 429 descriptions
    (``ksef_api._tables.RATE_LIMIT_GROUPS``, derived at generation time; ``limity/limity-api.md``). Operations of
    group ``other`` and those without a group are each counted on their own."""
    from ksef_api._tables import RATE_LIMIT_GROUPS

    return {key: group for key, group in RATE_LIMIT_GROUPS.items() if group != "other"}


Limits = Mapping[str, int]


class _Bucket:
    __slots__ = ("sent", "windows")

    def __init__(self, limits: Limits) -> None:
        self.windows: tuple[tuple[int, float], ...] = tuple(
            (int(limits[name]), period) for name, period in WINDOWS.items() if limits.get(name)
        )
        depth = max((n for n, _ in self.windows), default=0)
        self.sent: deque[float] = deque(maxlen=depth or None)

    def reserve(self, now: float) -> float:
        """The earliest time >= now at which one more request keeps every window within its limit."""
        slot = max(now, self.sent[-1]) if self.sent else now
        for limit, period in self.windows:
            if len(self.sent) >= limit:
                slot = max(slot, self.sent[-limit] + period)
        if self.windows:
            self.sent.append(slot)  # slots never decrease: first come, first served
        return slot


class RateLimiter:
    """Sliding-window limits per operation group, shared by every request of one client.

    ``limits`` maps an operation key (``"POST /invoices/exports"``) to ``{"perSecond", "perMinute",
    "perHour"}``; the default is the spec's table (``ksef_api._tables.RATE_LIMITS``). ``overrides`` are
    merged over it; their keys may be operation keys or group names (``"invoiceSend"``…, see
    :func:`shared_groups`), and an empty mapping or ``None`` lifts the limit of that key.
    ``clock`` is a monotonic clock in seconds (injectable for tests).
    """

    def __init__(
        self,
        limits: Mapping[str, Limits] | None = None,
        *,
        overrides: Mapping[str, Limits | None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limits is None:
            from ksef_api._tables import RATE_LIMITS

            limits = RATE_LIMITS
        self._limits: dict[str, Limits | None] = {}
        for key, value in limits.items():
            self._limits.setdefault(shared_groups().get(key, key), dict(value))
        for key, override in (overrides or {}).items():
            _check(key, override)
            self._limits[shared_groups().get(key, key)] = dict(override) if override else None
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}

    @staticmethod
    def group_of(operation_key: str) -> str:
        """The counter an operation is charged to: its shared group or itself."""
        return shared_groups().get(operation_key, operation_key)

    def limits_for(self, operation_key: str) -> Limits | None:
        """The limits applied to an operation (``None``: unlimited)."""
        return self._limits.get(self.group_of(operation_key))

    def reserve(self, operation_key: str | None) -> float:
        """Book a slot for one request of ``operation_key``; returns how many seconds to wait before sending."""
        if operation_key is None:
            return 0.0
        group = self.group_of(operation_key)
        limits = self._limits.get(group)
        if not limits:
            return 0.0
        with self._lock:
            bucket = self._buckets.get(group)
            if bucket is None:
                bucket = self._buckets[group] = _Bucket(limits)
            now = self._clock()
            return max(0.0, bucket.reserve(now) - now)


def _check(key: str, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, Mapping) or any(k not in WINDOWS for k in value):
        raise ConfigurationError(
            f"rate limit for {key!r} must map {sorted(WINDOWS)} to positive integers, got {value!r}"
        )
    for k, v in value.items():
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            raise ConfigurationError(f"rate limit {key!r}.{k} must be a positive integer, got {v!r}")
