"""A batch killed at each step and resumed by "another process": it ends exactly once, where KSeF is.

The batch flow is driven by hand (the driver's handler table) and abandoned at a chosen effect - the
way a SIGKILL leaves it: the manifest holds whatever was saved, nothing else survives. ``resume_batch``
with a fresh client then continues from the session's status: still open - upload what is missing and
close; closed (the close landed, the manifest missed it) - never close again, collect the results.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import ksef_sdk
import pytest
from ksef_api.api.batch_session import post_sessions_batch_reference_number_close as close_op
from ksef_sdk.authentication import authenticate_with_ksef_token
from ksef_sdk.batch import PreparedBatch, resume_batch
from ksef_sdk.batch._api import _new
from ksef_sdk.flow import Call, Gather, PollPolicy, SyncDriver
from ksef_sdk.identifiers import random_nip
from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice

FAST = PollPolicy(initial=0.05, factor=1.5, max_delay=0.2, timeout=60)


def _invoices(nip: str, count: int) -> list[tuple[str, bytes]]:
    seller = Party(nip, "Sprzedawca sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa")
    buyer = Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków")
    return [
        (
            f"fv-{i:03}.xml",
            build_fa3_invoice(
                seller=seller,
                buyer=buyer,
                invoice_number=f"RES/{i:03}",
                issue_date=dt.date.today(),
                lines=[InvoiceLine(f"Pozycja {j}", quantity=1, unit_net_price="10.00") for j in range(30)],
            ),
        )
        for i in range(count)
    ]


def _client(sandbox: Any, nip: str, token: str) -> Any:
    env = ksef_sdk.Environment.custom(sandbox.url)
    public = ksef_sdk.build_public_client(env, rate_limits=False)
    return ksef_sdk.build_client(env, tokens=authenticate_with_ksef_token(public, token, nip), rate_limits=False)


def _counts(sandbox: Any) -> dict[str, int]:
    return sandbox.control.call_counts()


def _delta(before: dict[str, int], after: dict[str, int], key: str) -> int:
    return after.get(key, 0) - before.get(key, 0)


def _crash(run: Any, point: str) -> None:
    """Drive ``run``'s flow until ``point``, then abandon it (a killed process)."""
    driver = SyncDriver(run.env)
    flow = run.flow
    value: Any = None
    while True:
        effect = flow.send(value)
        if isinstance(effect, Gather) and point == "after-open":
            break
        if isinstance(effect, Gather) and point == "mid-upload":
            driver.perform(Gather(effect.effects[:1], concurrency=1, on_each=effect.on_each))  # one part lands
            break
        if isinstance(effect, Call) and effect.op is close_op:
            if point == "close-accepted":
                driver.perform(effect)  # KSeF took the close; the process dies before the manifest says so
            break
        value = driver.perform(effect)
    flow.close()


@pytest.mark.parametrize("point", ["after-open", "mid-upload", "before-close", "close-accepted"])
def test_a_batch_killed_at_each_step_resumes_exactly_once(ksef_sandbox: Any, tmp_path: Path, point: str) -> None:
    control = ksef_sandbox.control
    control.set_processing_polls(1)
    nip = random_nip()
    token = control.issue_ksef_token(nip)
    invoices = _invoices(nip, 12)
    work = tmp_path / "work"
    before = _counts(ksef_sandbox)

    first = _client(ksef_sandbox, nip, token)
    run = _new(first, invoices, {"work_dir": work, "part_size": 4096, "concurrency": 1, "poll_policy": FAST})
    assert len(run.prepared.parts) >= 3
    _crash(run, point)
    saved = PreparedBatch.load(work)
    assert saved.reference_number is not None and not saved.closed
    uploaded = sum(p.uploaded for p in saved.parts)
    assert uploaded == {"after-open": 0, "mid-upload": 1}.get(point, len(saved.parts))

    second = _client(ksef_sandbox, nip, token)  # a new process: nothing but the work directory survives
    result = resume_batch(second, work, poll_policy=FAST)
    after = _counts(ksef_sandbox)

    assert len(result.succeeded) == 12 and not result.failed and result.missing == ()
    assert result.reference_number == saved.reference_number
    assert _delta(before, after, "POST /sessions/batch") == 1  # never opened twice
    assert _delta(before, after, "POST /sessions/batch/{referenceNumber}/close") == 1  # closed exactly once
    accepted = [i for i in control.invoices(seller_nip=nip) if i.ksef_number and i.status[0] == 200]
    assert len(accepted) == 12 == len({i.invoice_hash for i in accepted})
