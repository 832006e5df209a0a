"""The bounded fault soak: every invoice ends with its KSeF number, under every fault kind at once.

1,000 invoices through synchronous online sessions and 1,000 through asynchronous ones, against the
sandbox with ~10% faults on the send, status, invoice-list, UPO, open, close and refresh routes (429
with ``Retry-After: 0``, 500/503, connections dropped after KSeF acted, bodies cut short) and access
tokens that expire every two seconds. The full 10,000-invoice soak: ``python -m benchmarks.fault_soak``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from benchmarks.fault_soak import FAULTS, soak


@pytest.fixture
def quiet(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Injected faults make both sides log a lot; a short GIL switch interval keeps client and in-process
    server from waiting on each other."""
    caplog.set_level(logging.CRITICAL)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.0002)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_every_invoice_ends_with_the_truth_under_faults(ksef_sandbox: Any, quiet: None, is_async: bool) -> None:
    report = soak(ksef_sandbox, invoices=1000, per_session=250, is_async=is_async, seed=11 + is_async)
    print(report.summary())
    assert report.raw_exceptions == []
    assert report.lost == 0
    assert report.duplicated == 0
    assert report.wrong == 0
    assert report.accepted == 1000 and report.rejected == 0
    assert report.typed_errors == []  # every ambiguity was resolved, nothing surfaced
    # the soak really exercised what it claims to
    assert report.faults_fired >= 100
    assert report.established.get("session-list", 0) > 0  # answers lost after KSeF accepted
    assert report.established.get("resent", 0) > 0  # refused up front (5xx), sent again
    assert report.refreshes >= 3  # access tokens expired mid-run
    assert report.upo_pages == report.sessions == 4
    assert {pattern for pattern, _ in FAULTS} >= {"POST /sessions/online/*/invoices", "POST /auth/token/refresh"}
