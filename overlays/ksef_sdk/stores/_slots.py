"""The shared rate-limit reservation, as a pure function (the SQL stores run it in a transaction; the Redis
backend runs the same steps as one Lua script).

It is :class:`ksef_sdk.http.RateLimiter`'s algorithm over wall-clock times shared by many processes: the
next request of a group gets the earliest slot at or after ``now`` (and never before the previous slot:
first come, first served) at which every window ``(limit, period)`` holds fewer than ``limit`` slots;
``margin`` seconds are added to each period so that requests reaching KSeF a little late or early never
put ``limit + 1`` of them in one window as KSeF counts it.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["Windows", "reserve"]

Windows = Sequence[tuple[int, float]]
"""``(limit, period in seconds)`` per window, e.g. ``((10, 1.0), (30, 60.0), (180, 3600.0))``."""


def reserve(slots: Sequence[float], now: float, windows: Windows, margin: float) -> tuple[float, list[float]]:
    """``(slot, slots to keep)``: the slot for one more request, and the history needed for the next one."""
    slot = max(now, slots[-1]) if slots else now
    for limit, period in windows:
        if len(slots) >= limit:
            slot = max(slot, slots[-limit] + period + margin)
    depth = max((limit for limit, _ in windows), default=0)
    kept = [*slots, slot][-depth:] if depth else []
    return slot, kept
