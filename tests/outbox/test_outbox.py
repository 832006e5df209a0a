"""The outbox against the sandbox: add, online and batch rounds, a resumed session, checkpoints."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ksef_sdk
import pytest
from ksef_sdk.authentication import KsefTokenAuthenticator
from ksef_sdk.errors import CheckpointConflictError, ConfigurationError, DecryptionError, MalformedXmlError
from ksef_sdk.flow import PollPolicy
from ksef_sdk.identifiers import random_nip
from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice
from ksef_sdk.outbox import HwmCheckpoint, Outbox, WorkerOptions
from ksef_sdk.sessions import OnlineSession, OnlineSessionState
from ksef_sdk.stores import open_store

FAST = PollPolicy(initial=0.05, factor=1.5, max_delay=0.3, timeout=60)


@pytest.fixture
def context(ksef_sandbox: Any) -> Iterator[tuple[Any, str]]:
    nip = random_nip()
    env = ksef_sdk.Environment.custom(ksef_sandbox.url)
    token = ksef_sandbox.control.issue_ksef_token(nip)
    public = ksef_sdk.build_public_client(env)
    client = ksef_sdk.build_client(env, authenticator=KsefTokenAuthenticator(public, token, nip))
    try:
        yield client, nip
    finally:
        client.get_httpx_client().close()
        public.get_httpx_client().close()


def _invoice(nip: str, number: str) -> bytes:
    return build_fa3_invoice(
        seller=Party(nip, "Sprzedawca", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party("1111111111", "Nabywca", "ul. Krzywa 2, 30-001 Kraków"),
        invoice_number=number,
        issue_date=dt.date.today(),
        lines=[InvoiceLine("Usługa", quantity=1, unit_net_price="10.00")],
    )


def test_add_checks_locally_and_stores_nothing_invalid(tmp_path: Path) -> None:
    with Outbox(f"sqlite:///{tmp_path / 'o.db'}") as outbox:
        with pytest.raises(MalformedXmlError) as info:
            outbox.add(b"<Faktura><unclosed></Faktura>", name="bad.xml")
        assert info.value.source == "bad.xml"
        assert outbox.status().total == 0
        invoice = _invoice("5265877635", "FV/1")  # once: the builder stamps its creation time to the second
        first = outbox.add(invoice)
        assert not outbox.add(invoice).created and first.created
        assert outbox.status().counts["pending"] == 1


@pytest.mark.parametrize("kind", ["online", "batch"])
def test_every_invoice_ends_with_its_number_and_upo(context: tuple[Any, str], store_url: str, kind: str) -> None:
    client, nip = context
    docs = [_invoice(nip, f"FV/{kind}/{i}") for i in range(6)]
    docs.append(docs[0])  # the same bytes twice: one item
    with Outbox(store_url) as outbox:
        for doc in docs:
            outbox.add(doc)
        threshold = 1 if kind == "batch" else 100
        report = outbox.run(
            client,
            batch_threshold=threshold,
            online_size=3,
            lease=5,
            poll_policy=FAST,
            session_secret="sealing secret for the test",
        )
        status = outbox.status()
        assert status.settled and status.counts["done"] == 6 and status.open_sessions == 0
        assert (report.batch_rounds > 0) == (kind == "batch") and (report.online_rounds > 0) == (kind == "online")
        for item in outbox.store.items(with_upo=True):
            upo = ksef_sdk.parse_upo(item.upo or b"", expected_hash=item.upo_hash)
            assert upo.by_ksef_number[item.ksef_number or ""].invoice_hash == item.invoice_hash


def test_a_duplicate_sent_again_resolves_to_the_original_number(context: tuple[Any, str], tmp_path: Path) -> None:
    """An invoice KSeF already holds (sent by an earlier, crashed attempt) comes back as 440 with
    originalKsefNumber: the outbox records that number and the original session's UPO."""
    client, nip = context
    doc = _invoice(nip, "FV/dup/1")
    with OnlineSession.open(client) as session:
        session.send(doc)
    original = session.wait(FAST).outcomes[0].ksef_number
    with Outbox(tmp_path / "o.db") as outbox:
        outbox.add(doc)
        report = outbox.run(client, batch_threshold=100, lease=5, poll_policy=FAST)
        item = outbox.item(1)
    assert report.duplicates == 1 and item.state == "done" and item.established == "duplicate"
    assert item.ksef_number == original
    assert ksef_sdk.parse_upo(item.upo or b"").session_reference_number == session.reference_number


def test_an_online_session_resumes_in_a_new_client(context: tuple[Any, str], ksef_sandbox: Any, tmp_path: Path) -> None:
    client, nip = context
    first = OnlineSession.open(client)
    first.send(_invoice(nip, "FV/resume/1"))
    path = tmp_path / "session.json"
    first.state().save(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    sealed = tmp_path / "session.sealed"
    first.state().save(sealed, secret="sealing secret for the test")
    assert first.state().key.key_bytes not in sealed.read_bytes() and "key" not in repr(first.state()).lower().replace(
        "ksef", ""
    )
    with pytest.raises(ConfigurationError):
        OnlineSessionState.load(sealed)
    with pytest.raises(DecryptionError):
        OnlineSessionState.load(sealed, secret="the wrong secret, long enough")
    # a new process: a new client, the state from disk
    env = ksef_sdk.Environment.custom(ksef_sandbox.url)
    with ksef_sdk.build_client(env, tokens=ksef_sdk.get_auth(client).tokens) as other:  # type: ignore[union-attr]
        resumed = OnlineSession.resume(other, OnlineSessionState.load(sealed, secret="sealing secret for the test"))
        assert resumed.reference_number == first.reference_number and len(resumed.sent) == 1
        resumed.send(_invoice(nip, "FV/resume/2"))  # encrypted with the same session key: KSeF decrypts it
        resumed.close()
        result = resumed.wait(FAST)
    assert [o.ok for o in result.outcomes] == [True, True]


def test_hwm_checkpoints_move_by_compare_and_set(store_url: str) -> None:
    from ksef_sdk.retrieval import HwmState

    with open_store(store_url) as store:
        first, second = HwmCheckpoint(store, "hwm:Subject2"), HwmCheckpoint(store, "hwm:Subject2")
        assert first.load() == HwmState() and second.load() == HwmState()
        first.save(HwmState({"Subject2": "2026-05-04T10:00:00+00:00"}, {"Subject2": ["K1"]}))
        with pytest.raises(CheckpointConflictError):
            second.save(HwmState({"Subject2": "2026-05-01T00:00:00+00:00"}))
        assert HwmCheckpoint(store, "hwm:Subject2").load().next_from == {"Subject2": "2026-05-04T10:00:00+00:00"}


def test_worker_options_are_checked() -> None:
    with pytest.raises(ConfigurationError):
        WorkerOptions(batch_size=20_000)
    with pytest.raises(ConfigurationError):
        WorkerOptions(lease=0)
