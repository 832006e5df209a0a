"""Online sessions against the sandbox (real HTTP, real crypto, KSeF's own checks), and stepped by hand
(``Script``) where a server would have to misbehave on purpose."""

from __future__ import annotations

import base64
import io
import time
from pathlib import Path
from typing import Any

import pytest
from ksef_api.api.session_status import get_sessions_reference_number as status_op
from ksef_api.api.session_status import get_sessions_reference_number_invoices as list_op
from ksef_api.models.session_invoices_response import SessionInvoicesResponse
from ksef_api.models.session_status_response import SessionStatusResponse
from ksef_sdk.flow import PollPolicy, PollTimeoutError, Sleep
from ksef_sdk.flow.scripted import Script, step
from ksef_sdk.http import resources_of
from ksef_sdk.invoice import PEF_3, FormMismatchError, ProcessingInstructionError
from ksef_sdk.sessions import (
    FA_3,
    AsyncOnlineSession,
    OnlineSession,
    SentInvoice,
    SessionError,
    SessionKeyRejectedError,
    invoice_hash,
)

from .conftest import FAST, Ksef, WrongKeyStore, make_invoice

SYMMETRIC = "SymmetricKeyEncryption"
OPEN = "POST /sessions/online"
SEND = "POST /sessions/online/{referenceNumber}/invoices"
CLOSE = "POST /sessions/online/{referenceNumber}/close"
KEYS = "GET /security/public-key-certificates"
SESSION = "20261201-SO-2C3E6C8000-B4B3C8BA3C-48"


def _status(code: int) -> SessionStatusResponse:
    return SessionStatusResponse.from_dict(
        {
            "status": {"code": code, "description": str(code)},
            "dateCreated": "2026-12-01T10:00:00Z",
            "dateUpdated": "2026-12-01T10:00:00Z",
        }
    )


def _delta(ksef: Ksef, before: Any, key: str) -> int:
    return ksef.server_counts()[key] - before[key]


def test_open_send_close_wait_and_upo(ksef: Ksef, tmp_path: Path) -> None:
    first_xml, third_xml = ksef.invoice("FV/1"), ksef.invoice("FV/3")
    path = tmp_path / "fv2.xml"
    path.write_bytes(ksef.invoice("FV/2"))
    before = ksef.server_counts()
    with OnlineSession.open(ksef.client, poll_policy=FAST) as session:
        assert session.form_code is FA_3
        first = session.send(first_xml)
        second = session.send(path)
        third = session.send(io.BytesIO(third_xml), name="third.xml")
        assert [s.invoice_hash for s in (first, second, third)] == [
            invoice_hash(first_xml),
            invoice_hash(path),
            invoice_hash(third_xml),
        ]
        assert third.name == "third.xml" and first.established == "response"
    assert session.closed
    result = session.wait()
    ref = session.reference_number
    assert ref is not None and result.reference_number == ref
    assert result.status.code == 200 and result.status.successful_invoice_count == 3
    assert [i.reference_number for i in result.invoices] == [s.reference_number for s in (first, second, third)]
    assert all(i.ok and i.ksef_number for i in result.invoices)
    assert [(o.ksef_number, o.established_by) for o in result.outcomes] == [
        (i.ksef_number, "status") for i in result.invoices
    ]
    # KSeF unwrapped the session key, decrypted and stored exactly the bytes that were built
    stored = [ksef.control.invoice(i.ksef_number).content for i in result.invoices]
    assert stored == [first_xml, path.read_bytes(), third_xml]
    assert ksef.control.session(ref).form == ("FA (3)", "1-0E", "FA")
    assert _delta(ksef, before, OPEN) == 1 and _delta(ksef, before, SEND) == 3 and _delta(ksef, before, CLOSE) == 1
    status_reads = [r for r in ksef.requests("GET") if r.url.path.endswith(f"/sessions/{ref}")]
    assert len(status_reads) >= 2  # the key check right after open, then the wait

    by_url = session.invoice_upo(result.invoices[0])  # the pre-signed upoDownloadUrl
    by_number = session.invoice_upo(result.invoices[1].ksef_number or "")  # the API
    for upo, inv, xml in ((by_url, result.invoices[0], first_xml), (by_number, result.invoices[1], path.read_bytes())):
        (doc,) = upo.documents
        assert doc.ksef_number == inv.ksef_number and doc.invoice_hash == invoice_hash(xml)
        assert upo.session_reference_number == ref
    pages = session.session_upo(result.status)
    assert {d.ksef_number for page in pages for d in page.documents} == {i.ksef_number for i in result.invoices}
    # pre-signed URLs are fetched without the bearer token (the session's API calls carry it)
    presigned = ksef.requests("GET", "/blob/")
    assert len(presigned) == 1 + len(pages)
    assert all("authorization" not in r.headers for r in presigned)
    assert all("authorization" in r.headers for r in ksef.requests(path=f"/sessions/{ref}"))


def test_per_invoice_failures_have_details_and_a_duplicate_its_original_number(ksef: Ksef) -> None:
    original = ksef.invoice("FV/1")
    with OnlineSession.open(ksef.client, poll_policy=FAST) as session:
        sent = session.send_many([original, ksef.invoice("FV/2")])
        sent.append(session.send(ksef.invoice("FV/1")))  # the same seller, type and number again: a duplicate
        sent.append(session.send(ksef.off_schema("FV/3")))  # KSeF's schema check refuses it
    result = session.wait()
    ok, other, dup, off_schema = result.invoices
    assert ok.ok and ok.ksef_number and other.ok
    assert (dup.ok, dup.ksef_number, dup.status_code) == (False, None, 440)
    assert len(dup.details) == 1 and dup.details[0]
    assert dup.extensions["originalKsefNumber"] == ok.ksef_number
    assert dup.extensions["originalSessionReferenceNumber"] == session.reference_number
    assert dup.original_ksef_number == ok.ksef_number
    assert (off_schema.status_code, off_schema.ksef_number, off_schema.original_ksef_number) == (450, None, None)
    assert any("Nieznany" in d for d in off_schema.details)
    assert result.failed == (dup, off_schema) and result.succeeded == (ok, other)
    # the outcome of each sent invoice: the duplicate is held by KSeF under the original's number
    duplicate = result.outcome_of(sent[2])
    assert (duplicate.ok, duplicate.ksef_number, duplicate.established_by) == (True, ok.ksef_number, "duplicate")
    rejected = result.outcome_of(sent[3])
    assert rejected.rejected and rejected.ksef_number is None and rejected.established_by is None
    assert [o.sent for o in result.outcomes] == sent


def test_wait_before_close_reads_the_invoices_and_leaves_the_session_open(ksef: Ksef) -> None:
    # processing_polls=0: every invoice is processed when it arrives, whether or not the sandbox counts list
    # reads as "in progress" reads; the polling itself is stepped by hand in the next test
    ksef.control.set_processing_polls(0)
    session = OnlineSession.open(ksef.client, poll_policy=FAST)
    sent = session.send(ksef.invoice("FV/1"))
    result = session.wait()
    assert not session.closed and result.status.code == 100
    (inv,) = result.invoices
    assert inv.reference_number == sent.reference_number and inv.ok and inv.ksef_number
    assert result.outcome_of(sent).ksef_number == inv.ksef_number
    assert ksef.control.session(session.reference_number).closed is None
    before = ksef.server_counts()
    session.close()
    session.close()  # idempotent: a second close request would get KSeF's 21180
    assert _delta(ksef, before, CLOSE) == 1
    assert session.status().code in (170, 200)


def _invoice_list(*codes: int) -> SessionInvoicesResponse:
    return SessionInvoicesResponse.from_dict(
        {
            "invoices": [
                {
                    "ordinalNumber": n,
                    "referenceNumber": f"20261201-EE-319D7EE000-B67F415CDC-{n:02d}",
                    "invoiceHash": "q1c7pZ8yFzE3b4b5Xo0wWb5l0q3lQ3d2aT5Gv5mO6bA=",
                    "invoicingDate": "2026-12-01T10:00:00Z",
                    "status": {"code": code, "description": str(code)},
                    **({"ksefNumber": "5265877635-20261201-0100001AF629-AF"} if code == 200 else {}),
                }
                for n, code in enumerate(codes, 1)
            ]
        }
    )


def test_wait_before_close_polls_until_every_sent_invoice_is_processed(offline_client: Any) -> None:
    session = OnlineSession(offline_client)
    session.reference_number = SESSION
    session.sent = [
        SentInvoice(f"20261201-EE-319D7EE000-B67F415CDC-{n:02d}", "q1c7pZ8yFzE3b4b5Xo0wWb5l0q3lQ3d2aT5Gv5mO6bA=", 1)
        for n in (1, 2)
    ]
    script = Script(
        step(list_op, returns=_invoice_list(200)),  # the second one is not even listed yet
        step(Sleep),
        step(list_op, returns=_invoice_list(200, 150)),
        step(Sleep),
        step(list_op, returns=_invoice_list(200, 440)),  # a final failure is done too
        step(status_op, returns=_status(100)),
    )
    result = script.run(session._wait_flow(PollPolicy(initial=1.0, factor=1.0, max_delay=1.0, timeout=60.0)))
    assert script.done and not session.closed
    assert [i.status_code for i in result.invoices] == [200, 440] and result.status.code == 100
    assert [o.ksef_number for o in result.outcomes] == ["5265877635-20261201-0100001AF629-AF", None]


def test_wait_is_bounded_by_elapsed_time(offline_client: Any) -> None:
    """A session that stays in processing: delays 1, 2, 4, then only the 3 s left of the 10 s budget."""
    session = OnlineSession(offline_client)
    session.reference_number, session.closed = SESSION, True
    processing = _status(150)
    steps = [step(status_op, returns=processing)]
    for _ in range(4):
        steps += [step(Sleep), step(status_op, returns=processing)]
    script = Script(*steps)
    with pytest.raises(PollTimeoutError) as info:
        script.run(session._wait_flow(PollPolicy(initial=1.0, factor=2.0, max_delay=4.0, timeout=10.0)))
    assert info.value.last.code == 150
    assert script.done  # 5 status reads, no more
    assert [e.seconds for e in script.performed if isinstance(e, Sleep)] == [1.0, 2.0, 4.0, 3.0]


def test_wait_gives_up_on_a_server_that_never_finishes(ksef: Ksef) -> None:
    ksef.control.set_processing_polls(10**6)
    with OnlineSession.open(ksef.client) as session:
        session.send(ksef.invoice("FV/1"))
    policy = PollPolicy(initial=0.05, factor=1.0, max_delay=0.05, timeout=0.3)
    with pytest.raises(PollTimeoutError) as info:
        session.wait(policy)
    assert info.value.last.code == 170  # closed, still processing
    reads = [r for r in ksef.requests("GET") if r.url.path.endswith(f"/sessions/{session.reference_number}")]
    assert 2 <= len(reads) <= 1 + round(0.3 / 0.05) + 1  # the read after open, then one per delay and a last


def test_a_session_key_ksef_cannot_unwrap_stops_before_anything_is_sent(ksef: Ksef) -> None:
    """KSeF opens the session but cannot decrypt its key (status 415): nothing may be sent into it."""
    store = WrongKeyStore(resources_of(ksef.client).key_store())
    before = ksef.server_counts()
    with pytest.raises(SessionKeyRejectedError, match="415"):
        OnlineSession.open(ksef.client, key_store=store)
    (opened,) = [s for s in ksef.control.sessions() if s.context_value == ksef.nip]
    assert opened.status[0] == 415 and opened.key is None
    assert _delta(ksef, before, OPEN) == 1 and _delta(ksef, before, SEND) == 0


def _fresh_key(control: Any) -> Any:
    """A new key of this sandbox only (never the process-wide shared ones), newer than every listed key."""
    newest = max(p.certificate.not_valid_before_utc for p in control.core.keys.pairs if SYMMETRIC in p.usage)
    while True:
        pair = control.rotate_key(SYMMETRIC)
        if pair.certificate.not_valid_before_utc > newest:
            return pair
        control.retire_key(pair.public_key_id)  # certificates count whole seconds: try again in the next one
        time.sleep(0.2)


def test_an_unknown_key_id_refreshes_the_certificates_and_retries_once(ksef: Ksef) -> None:
    control = ksef.control
    cached = _fresh_key(control)
    store = resources_of(ksef.client).key_store()
    assert store.get(SYMMETRIC).public_key_id == cached.public_key_id  # what the client will use
    successor = control.rotate_key(SYMMETRIC)
    control.retire_key(cached.public_key_id)  # an emergency rotation: the cached key is now unknown (21470)
    before = ksef.server_counts()
    with OnlineSession.open(ksef.client, poll_policy=FAST) as session:
        session.send(ksef.invoice("FV/1"))
    assert _delta(ksef, before, OPEN) == 2  # refused once with 21470, then accepted
    assert _delta(ksef, before, KEYS) == 1  # one refresh of the certificate list
    assert store.get(SYMMETRIC).public_key_id == successor.public_key_id
    assert control.session(session.reference_number).key is not None  # the retry was wrapped for the successor
    assert session.wait().invoices[0].ok


def test_an_invalid_invoice_never_leaves(ksef: Ksef) -> None:
    session = OnlineSession.open(ksef.client)
    pef = OnlineSession.open(ksef.client, form_code=PEF_3)
    before = ksef.server_counts()
    bad = ksef.invoice("FV/1").replace(b"<Naglowek>", b"<?pi x?><Naglowek>")
    with pytest.raises(ProcessingInstructionError):
        session.send(bad)
    with pytest.raises(FormMismatchError):
        pef.send(ksef.invoice("FV/2"))
    assert ksef.server_counts() == before  # not a single request reached KSeF
    assert session.sent == [] and pef.sent == []


def test_offline_mode_and_technical_correction(ksef: Ksef) -> None:
    corrected = ksef.invoice("FV/9")
    with OnlineSession.open(ksef.client, offline_mode=True, poll_policy=FAST) as session:
        session.send(ksef.invoice("FV/8"))
        session.send(ksef.invoice("FV/9b"), hash_of_corrected_invoice=invoice_hash(corrected))
        before = ksef.server_counts()
        with pytest.raises(SessionError, match="offline_mode=True"):
            session.send(ksef.invoice("FV/9c"), offline_mode=False, hash_of_corrected_invoice=invoice_hash(corrected))
        assert ksef.server_counts() == before
    result = session.wait()
    plain, correction = (ksef.control.session(session.reference_number).invoices[i] for i in (0, 1))
    assert (plain.mode, plain.hash_of_corrected) == ("Offline", None)
    assert (correction.mode, correction.hash_of_corrected) == ("Offline", invoice_hash(corrected))
    assert [i.invoicing_mode for i in result.invoices] == ["Offline", "Offline"]
    assert all(i.ok for i in result.invoices)


def test_send_after_close_is_refused_without_any_io(offline_client: Any) -> None:
    session = OnlineSession(offline_client)
    session.reference_number, session.closed = SESSION, True
    script = Script()
    with pytest.raises(SessionError, match="closed"):
        script.run(session._send_flow(make_invoice(), offline_mode=None, hash_of_corrected_invoice=None, name=None))
    assert script.performed == []
    with pytest.raises(SessionError, match="closed"):
        session.send(make_invoice())  # the client's transport fails the test on any request


def test_the_context_manager_closes_on_error(ksef: Ksef) -> None:
    before = ksef.server_counts()
    with pytest.raises(RuntimeError, match="boom"), OnlineSession(ksef.client) as session:
        raise RuntimeError("boom")
    assert session.closed
    assert _delta(ksef, before, OPEN) == 1 and _delta(ksef, before, CLOSE) == 1
    assert ksef.control.session(session.reference_number).closed is not None


async def test_async_session_awaited_and_as_context_manager(aksef: Ksef) -> None:
    first, second = aksef.invoice("FV/A1"), aksef.invoice("FV/A2")
    async with AsyncOnlineSession.open(aksef.client, poll_policy=FAST) as session:
        assert session.reference_number is not None
        await session.send(first)
        await session.send_many([second])
    assert session.closed
    result = await session.wait()
    assert [i.ok for i in result.invoices] == [True, True]
    assert [aksef.control.invoice(i.ksef_number).content for i in result.invoices] == [first, second]
    upo = await session.invoice_upo(result.invoices[1].ksef_number or "")
    assert upo.documents[0].invoice_hash == invoice_hash(second)
    pages = await session.session_upo()
    assert sorted(d.ksef_number for d in pages[0].documents) == sorted(i.ksef_number or "" for i in result.invoices)

    awaited = await AsyncOnlineSession.open(aksef.client, poll_policy=FAST)
    assert awaited.reference_number and not awaited.closed
    sent = await awaited.send(aksef.invoice("FV/A3"))
    await awaited.close()
    assert (await awaited.wait()).outcome_of(sent).ok
    assert aksef.control.session(awaited.reference_number).closed is not None


def test_repr_has_no_key_material(ksef: Ksef) -> None:
    session = OnlineSession.open(ksef.client)
    key = session._key
    assert key is not None
    text = repr(session)
    assert session.reference_number is not None and session.reference_number in text
    assert "SessionKey" not in text
    assert key.key_bytes.hex() not in text and base64.b64encode(key.key_bytes).decode() not in text
    session.close()
