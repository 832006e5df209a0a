"""Rate limits as ``limity/limity-api.md`` has them: on by default, counted per spec group (operations sharing a
limit share the counter), each ``other`` operation on its own, per context and IP, test-data overrides per
context, 429 with ``Retry-After``."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from ksef_sandbox import Config, SandboxServer
from ksef_sandbox.api._rate_limits import counter_of
from sandbox_helpers import Client, random_nip


@pytest.fixture(autouse=True)
def frozen(sandbox: SandboxServer) -> None:
    """Windows of one second on a loaded machine: the clock stands still and moves only when told."""
    sandbox.control.freeze_time()


def test_limits_are_on_by_default_at_the_spec_values() -> None:
    assert Config().rate_limits_enabled is True and Config().rate_limit_scale == 1.0


def test_operations_of_one_group_share_the_counter(sandbox: SandboxServer, client: Client) -> None:
    """``sessionMisc`` (GET /sessions/*: the status and the UPO downloads) is 10 per second together."""
    session, _ = client.open_online()
    h = client.headers()
    codes = [client.http.get(f"/sessions/{session}", headers=h).status_code for _ in range(6)]
    codes += [client.http.get(f"/sessions/{session}/upo/nope", headers=h).status_code for _ in range(4)]
    assert codes == [200] * 6 + [400] * 4  # ten requests of the group in one second
    r = client.http.get(f"/sessions/{session}/invoices/ksef/{random_nip()}-20260101-000000000000-00/upo", headers=h)
    assert r.status_code == 429 and 1 <= int(r.headers["retry-after"]) <= 1
    # another group (invoiceStatus, 30/s) is not affected
    assert client.http.get(f"/sessions/{session}/invoices/nope", headers=h).status_code == 400
    sandbox.control.advance_time(timedelta(seconds=1.1))
    assert client.http.get(f"/sessions/{session}", headers=h).status_code == 200


def test_opening_and_closing_online_sessions_share_one_limit(sandbox: SandboxServer, client: Client) -> None:
    """``onlineSession``: 10/s, 30/min for opening and closing together."""
    assert counter_of("POST /sessions/online") == counter_of("POST /sessions/online/{referenceNumber}/close")
    opened = []
    for _ in range(3):
        for _ in range(9):
            opened.append(client.open_online()[0])
        sandbox.control.advance_time(timedelta(seconds=1.1))
    # 27 opens in the last minute: 3 more requests of the group fit, whichever operation they are
    closes = [client.http.post(f"/sessions/online/{s}/close", headers=client.headers()).status_code for s in opened[:4]]
    assert closes == [204, 204, 204, 429]


def test_every_other_operation_counts_on_its_own(sandbox: SandboxServer, client: Client) -> None:
    """Group ``other`` (10/s): GET /limits/context and GET /limits/subject do not share a counter."""
    h = client.headers()
    assert [client.http.get("/limits/context", headers=h).status_code for _ in range(11)][-1] == 429
    assert client.http.get("/limits/subject", headers=h).status_code == 200


def test_limits_are_per_context_and_ip(sandbox: SandboxServer, http: httpx.Client, client: Client) -> None:
    other = Client(http)
    nip = random_nip()
    other.authenticate(nip, sandbox.control.issue_ksef_token(nip))
    for _ in range(10):
        client.http.get("/limits/context", headers=client.headers())
    assert client.http.get("/limits/context", headers=client.headers()).status_code == 429
    assert other.http.get("/limits/context", headers=other.headers()).status_code == 200  # another context
    moved = {**client.headers(), "X-Forwarded-For": "10.1.2.3"}
    assert client.http.get("/limits/context", headers=moved).status_code == 200  # another IP


def test_test_data_overrides_apply_to_the_callers_context(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.control.set_token_lifetimes(access=timedelta(hours=3))
    client = Client(http)
    nip = random_nip()
    client.authenticate(nip, sandbox.control.issue_ksef_token(nip))
    h = client.headers()
    low = {"perSecond": 2, "perMinute": 2, "perHour": 2}
    values = {"perSecond": 100, "perMinute": 1000, "perHour": 10000}
    groups = http.get("/rate-limits", headers=h).json()
    assert groups["invoiceSend"] == {"perSecond": 10, "perMinute": 30, "perHour": 180}
    body = {"rateLimits": {group: dict(values) for group in groups} | {"other": low}}
    sandbox.control.advance_time(timedelta(seconds=1.1))
    assert http.post("/testdata/rate-limits", headers=h, json=body).status_code == 200
    sandbox.control.advance_time(timedelta(minutes=1, seconds=1))
    assert http.get("/rate-limits", headers=h).json()["other"] == low
    assert http.get("/limits/context", headers=h).status_code == 200
    assert http.get("/limits/context", headers=h).status_code == 200
    r = http.get("/limits/context", headers=h)
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    other = Client(http)  # another context keeps the spec's limits
    other_nip = random_nip()
    other.authenticate(other_nip, sandbox.control.issue_ksef_token(other_nip))
    assert http.get("/rate-limits", headers=other.headers()).json()["other"] == {
        "perSecond": 10,
        "perMinute": 30,
        "perHour": 120,
    }
    sandbox.control.advance_time(timedelta(hours=1, seconds=1))
    assert http.post("/testdata/rate-limits/production", headers=h).status_code == 200
    assert http.get("/rate-limits", headers=h).json()["other"]["perSecond"] == 10


def test_retry_after_covers_the_hour_window(sandbox: SandboxServer, client: Client) -> None:
    """GET /sessions: 5/s, 10/min, 60/h - after 60 in an hour the wait is until the oldest leaves the hour."""
    for _ in range(60):
        assert (
            client.http.get("/sessions", params={"sessionType": "Online"}, headers=client.headers()).status_code == 200
        )
        sandbox.control.advance_time(timedelta(seconds=7))  # 420 s: never more than 10 a minute
    r = client.http.get("/sessions", params={"sessionType": "Online"}, headers=client.headers())
    assert r.status_code == 429
    assert 3600 - 7 * 60 - 5 <= int(r.headers["retry-after"]) <= 3600 - 7 * 60 + 5
