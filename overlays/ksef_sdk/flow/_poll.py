"""Bounded polling, shared by every workflow that waits for KSeF (authentication, sessions, exports)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from ksef_sdk.errors import ConfigurationError, PollTimeoutError, RateLimitError
from ksef_sdk.flow._effects import Flow, Now, Sleep

__all__ = ["PollPolicy", "poll"]

T = TypeVar("T")


@dataclass(frozen=True)
class PollPolicy:
    """Bounded polling: first delay, growth factor, cap per delay, and the budget (seconds).

    The budget counts elapsed time - the calls and the sleeps - measured from the first call, so a slow
    server shortens the wait rather than stretching it. A delay is never below ``min_delay``, so a
    policy of zeros still ends.
    """

    initial: float = 0.5
    factor: float = 1.5
    max_delay: float = 10.0
    timeout: float = 600.0
    min_delay: float = 0.05

    def __post_init__(self) -> None:
        if (
            self.initial < 0
            or self.factor < 1
            or self.max_delay < 0
            or self.timeout < 0
            or not 0 < self.min_delay <= max(self.max_delay, self.min_delay)
        ):
            raise ConfigurationError(f"invalid {self!r}: delays and timeout must be >= 0, factor >= 1, min_delay > 0")

    def delays(self) -> Iterator[float]:
        """Successive delays, each at least ``min_delay`` and at most ``max_delay`` (unbounded: the
        budget is enforced by :func:`poll` against the clock)."""
        delay = self.initial
        while True:
            yield max(self.min_delay, min(delay, self.max_delay))
            delay *= self.factor


def poll(fetch: Callable[[], Flow[T]], done: Callable[[T], bool], policy: PollPolicy, what: str) -> Flow[T]:
    """Run ``fetch()`` until ``done(result)``, sleeping per ``policy`` in between, for at most
    ``policy.timeout`` seconds of elapsed time.

    A 429 (:class:`~ksef_sdk.errors.RateLimitError`) from ``fetch`` costs one delay (at least the
    server's ``Retry-After``) and is retried; once the budget is spent it is raised.
    :class:`~ksef_sdk.errors.PollTimeoutError` carries the last result.
    """
    delays = policy.delays()
    started: float = yield Now()
    while True:
        try:
            result = yield from fetch()
        except RateLimitError as exc:
            pause = max(next(delays), exc.retry_after or 0.0)
            now: float = yield Now()
            if now - started + pause > policy.timeout:
                raise
            yield Sleep(pause)
            continue
        if done(result):
            return result
        pause = next(delays)
        now = yield Now()
        left = policy.timeout - (now - started)
        if left <= 0:
            raise PollTimeoutError(f"{what}: still not done after {policy.timeout:g} s", last=result)
        yield Sleep(min(pause, left))
