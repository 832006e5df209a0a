"""The client against the strict sandbox (live only; rate limits on, as in the whole e2e suite): what KSeF does
that a lenient stand-in would let pass, and the client behaviours nothing else would notice if broken - the UPO
hash check on every download path, the part-size limit, the per-part upload window, the order of export parts,
waiting for permanent storage, incremental sync against a lagging HWM with late arrivals."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ksef_sdk.authentication import authenticate_with_ksef_token
from ksef_sdk.batch import resume_batch, send_batch
from ksef_sdk.crypto._cipher import sha256_b64
from ksef_sdk.environments import Environment
from ksef_sdk.errors import (
    BadRequestError,
    BatchError,
    BatchUploadError,
    BatchWindowExpiredError,
    PollTimeoutError,
    UpoHashMismatchError,
)
from ksef_sdk.flow import PollPolicy
from ksef_sdk.http import build_client, build_public_client
from ksef_sdk.identifiers import random_nip
from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice
from ksef_sdk.retrieval import HwmState, download_invoice, export_invoices, query_filters, sync_invoices
from ksef_sdk.sessions import OnlineSession, SessionResult

FAST = PollPolicy(initial=0.05, factor=1.0, max_delay=0.05, timeout=30.0)


@pytest.fixture
def strict(e2e_sandbox: Any) -> Iterator[Any]:
    """The e2e sandbox, which the client's suite runs with its defaults: rate limits on. Restored after."""
    assert e2e_sandbox.control.config.rate_limits_enabled is True
    yield e2e_sandbox
    e2e_sandbox.control.reset()


@pytest.fixture
def nip(strict: Any) -> str:
    value = random_nip()
    strict.control.seed_subject(value, owners=[value])
    return value


@pytest.fixture
def client(strict: Any, nip: str) -> Iterator[Any]:
    env = Environment.custom(strict.url)
    with build_public_client(env) as public:
        tokens = authenticate_with_ksef_token(public, strict.control.issue_ksef_token(nip), nip)
    with build_client(env, tokens=tokens) as c:  # the client's own rate limiter: the spec's limits
        yield c


def _invoice(nip: str, n: int, tag: str = "S") -> bytes:
    today = dt.date.today()
    return build_fa3_invoice(
        seller=Party(nip, "Sprzedawca sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków"),
        lines=[InvoiceLine(f"Usługa {n}", quantity=n + 1, unit_net_price="10.00")],
        invoice_number=f"FV/{tag}/{n}/{nip}",
        issue_date=today,
    )


# ----------------------------------------------------------------------------------- the UPO hash check


@pytest.fixture
def closed(client: Any, nip: str) -> tuple[OnlineSession, SessionResult]:
    with OnlineSession.open(client, poll_policy=FAST) as session:
        session.send(_invoice(nip, 1, "UPO"))
    return session, session.wait(FAST)


def _tamper(sandbox: Any, pattern: str, genuine: bytes) -> None:
    """The next answer on ``pattern``: a well-formed UPO that differs from ``genuine`` but claims its hash."""
    forged = genuine.replace(b"<TrybWysylki>Online</TrybWysylki>", b"<TrybWysylki>Offline</TrybWysylki>")
    assert forged != genuine
    headers = {"content-type": "application/xml", "x-ms-meta-hash": sha256_b64(genuine)}
    sandbox.control.inject_fault(pattern, status=200, body=forged, headers=headers, times=1)


def test_upo_by_its_presigned_url_is_hash_checked(strict: Any, closed: tuple[OnlineSession, SessionResult]) -> None:
    session, result = closed
    invoice = result.invoices[0]
    assert invoice.upo_download_url
    genuine = session.invoice_upo(invoice).raw
    _tamper(strict, "GET /blob/upo-invoice/*", genuine)
    with pytest.raises(UpoHashMismatchError):
        session.invoice_upo(invoice)


def test_upo_by_ksef_number_is_hash_checked(strict: Any, closed: tuple[OnlineSession, SessionResult]) -> None:
    session, result = closed
    number = result.invoices[0].ksef_number
    assert number
    genuine = session.invoice_upo(number).raw
    _tamper(strict, "GET /sessions/*/invoices/ksef/*/upo", genuine)
    with pytest.raises(UpoHashMismatchError):
        session.invoice_upo(number)


def test_upo_by_invoice_reference_is_hash_checked(strict: Any, closed: tuple[OnlineSession, SessionResult]) -> None:
    session, result = closed
    reference = result.invoices[0].reference_number
    genuine = session.invoice_upo(reference).raw
    _tamper(strict, "GET /sessions/*/invoices/*/upo", genuine)
    with pytest.raises(UpoHashMismatchError):
        session.invoice_upo(reference)


def test_session_upo_pages_are_hash_checked(strict: Any, closed: tuple[OnlineSession, SessionResult]) -> None:
    session, result = closed
    [genuine] = session.session_upo(result.status)
    _tamper(strict, "GET /blob/upo/*", genuine.raw)
    with pytest.raises(UpoHashMismatchError):
        session.session_upo(result.status)


# ------------------------------------------------------------------------------ batch limits and windows


def test_batch_parts_are_at_most_100_decimal_megabytes(strict: Any, client: Any, nip: str) -> None:
    before = strict.control.call_counts().get("POST /sessions/batch", 0)
    with pytest.raises(BatchError, match="100000000"):
        send_batch(client, [("a.xml", _invoice(nip, 1, "MB"))], part_size=100_000_001)  # 1 B over 100 MB (10^8)
    assert strict.control.call_counts().get("POST /sessions/batch", 0) == before  # refused before sending
    done = send_batch(client, [("a.xml", _invoice(nip, 1, "MB"))], part_size=100_000_000, poll_policy=FAST)
    assert done.status.code == 200 and set(done.succeeded) == {"a.xml"}


def _interrupted_batch(strict: Any, client: Any, nip: str, work_dir: Path) -> None:
    """A 3-invoice batch opened with two parts whose uploads all failed: the manifest stays in ``work_dir``."""
    strict.control.inject_fault("PUT /blob/upload/*", status=503, times=None)
    invoices = [(f"w{i}.xml", _invoice(nip, i, "WIN")) for i in range(3)]
    with pytest.raises(BatchUploadError):
        send_batch(client, invoices, part_size=1500, work_dir=work_dir, part_retries=0, part_retry_delay=0)
    strict.control.clear_faults()
    manifest = json.loads((work_dir / "manifest.json").read_text())
    assert len(manifest["parts"]) == 2


def _later(monkeypatch: pytest.MonkeyPatch, strict: Any, minutes: int) -> None:
    """Both clocks move on: the sandbox's and the client's idea of now."""
    import ksef_sdk.batch._flows as flows

    strict.control.advance_time(dt.timedelta(minutes=minutes))
    shifted = dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=minutes)
    monkeypatch.setattr(flows, "_now", lambda: shifted)


def test_each_part_keeps_its_window_of_parts_times_20_minutes(
    strict: Any, client: Any, nip: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _interrupted_batch(strict, client, nip, tmp_path)
    _later(monkeypatch, strict, 30)  # past 20 minutes, within 2 parts x 20
    done = resume_batch(client, tmp_path, poll_policy=FAST)
    assert done.status.code == 200 and len(done.succeeded) == 3


def test_resuming_after_the_window_fails_locally(
    strict: Any, client: Any, nip: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _interrupted_batch(strict, client, nip, tmp_path)
    _later(monkeypatch, strict, 41)
    with pytest.raises(BatchWindowExpiredError):
        resume_batch(client, tmp_path, poll_policy=FAST)


# ------------------------------------------------------------------------------------------- retrieval


class _ReversedParts(httpx.BaseTransport):
    """Lists an export's parts last to first (the spec promises no order; ``ordinalNumber`` gives it)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.reversed = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method != "GET" or "/invoices/exports/" not in request.url.path:
            return response
        data = json.loads(response.read())
        if data.get("package") and len(data["package"]["parts"]) > 1:
            data["package"]["parts"].reverse()
            self.reversed += 1
        return httpx.Response(response.status_code, headers={"content-type": "application/json"}, json=data)

    def close(self) -> None:
        self.inner.close()


def test_export_parts_are_joined_by_their_ordinal_number(strict: Any, nip: str) -> None:
    strict.control.set_processing_polls(0)
    env = Environment.custom(strict.url)
    with build_public_client(env) as public:
        tokens = authenticate_with_ksef_token(public, strict.control.issue_ksef_token(nip), nip)
    transport = _ReversedParts()
    with build_client(env, tokens=tokens, transport=transport) as client:
        xmls = [_invoice(nip, i, "PARTS") for i in range(4)]
        with OnlineSession.open(client, poll_policy=FAST) as session:
            session.send_many(xmls)
        numbers = [i.ksef_number for i in session.wait(FAST).invoices]
        strict.control.settle()
        strict.control.configure(export_part_size=700)
        since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=1)
        with export_invoices(client, query_filters("Subject1", date_from=since), poll_policy=FAST) as package:
            files = {f.name: f.data for f in package.files() if not f.is_metadata}
    assert transport.reversed == 1
    assert files == {f"{n}.xml": xml for n, xml in zip(numbers, xmls, strict=True)}


def test_download_waits_for_permanent_storage(strict: Any, client: Any, nip: str) -> None:
    strict.control.configure(permanent_storage_delay=dt.timedelta(seconds=4), hwm_lag=dt.timedelta(0))
    xml = _invoice(nip, 1, "WAIT")
    with OnlineSession.open(client, poll_policy=FAST) as session:
        session.send(xml)
    number = session.wait(FAST).invoices[0].ksef_number
    assert number
    with pytest.raises(BadRequestError) as early:
        download_invoice(client, number, wait=None)
    assert early.value.has_code(21165)
    # polls at most every 0.5 s: within invoiceDownload's 16 a minute
    assert download_invoice(client, number, wait=PollPolicy(initial=0.5, factor=1.0, timeout=20.0)) == xml
    strict.control.configure(permanent_storage_delay=dt.timedelta(hours=1))
    with OnlineSession.open(client, poll_policy=FAST) as session:
        session.send(_invoice(nip, 2, "WAIT"))
    later = session.wait(FAST).invoices[0].ksef_number
    assert later
    with pytest.raises(PollTimeoutError):
        download_invoice(client, later, wait=PollPolicy(initial=0.5, factor=1.0, timeout=1.0))


def test_incremental_sync_against_a_lagging_hwm_with_late_arrivals(strict: Any, client: Any, nip: str) -> None:
    """Adjacent HWM windows while invoices keep arriving and are stored late: every invoice exactly once."""
    strict.control.seed(3)
    strict.control.configure(
        processing_polls=0, permanent_storage_delay=dt.timedelta(seconds=1), hwm_lag=dt.timedelta(seconds=90)
    )
    start = strict.control.now() - dt.timedelta(minutes=1)
    state, delivered, sent = HwmState(), [], []
    for round_ in range(4):
        with OnlineSession.open(client, poll_policy=FAST) as session:
            session.send_many([_invoice(nip, i, f"HWM{round_}") for i in range(2)])
        sent += [i.ksef_number for i in session.wait(FAST).invoices]
        strict.control.advance_time(dt.timedelta(seconds=60))  # some of them stored, the HWM 90 s behind
        with sync_invoices(client, state, "Subject1", start=start, poll_policy=FAST) as window:
            delivered += [f.ksef_number for f in window.invoices()]
            assert window.package.permanent_storage_hwm_date is not None
        state = window.next_state
    assert set(delivered) < set(sent)  # the HWM lags: the newest are not final yet
    strict.control.advance_time(dt.timedelta(minutes=3))
    with sync_invoices(client, state, "Subject1", poll_policy=FAST) as window:
        delivered += [f.ksef_number for f in window.invoices()]
    assert sorted(delivered) == sorted(sent)  # nothing lost to late arrivals, nothing twice
