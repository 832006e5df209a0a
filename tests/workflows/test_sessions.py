from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from ksef_sdk.flow import PollPolicy, PollTimeoutError
from ksef_sdk.invoice import PEF_3, FormMismatchError, ProcessingInstructionError
from ksef_sdk.sessions import (
    FA_3,
    AsyncOnlineSession,
    OnlineSession,
    SessionError,
    SessionKeyRejectedError,
    invoice_hash,
)

from .conftest import make_invoice

FAST = PollPolicy(initial=0.0, factor=1.0, max_delay=0.0, timeout=0.0)


def no_sleep(_: float) -> None:
    return None


def test_open_send_close_wait(fake: Any, client: Any, storage: Any, tmp_path: Path) -> None:
    path = tmp_path / "fv2.xml"
    path.write_bytes(make_invoice("FV/2"))
    with OnlineSession.open(client) as session:
        assert session.form_code is FA_3
        first = session.send(make_invoice("FV/1"))
        second = session.send(path)
        third = session.send(io.BytesIO(make_invoice("FV/3")), name="third.xml")
        assert first.invoice_hash == invoice_hash(make_invoice("FV/1"))
        assert third.name == "third.xml"
    assert session.closed
    result = session.wait(PollPolicy(initial=0.0, timeout=1.0))
    assert result.status.code == 200
    assert [i.reference_number for i in result.invoices] == [s.reference_number for s in (first, second, third)]
    assert all(i.ok and i.ksef_number for i in result.invoices)
    # the server decrypted exactly what we built
    server = fake.sessions[session.reference_number]
    assert server.invoices[0].xml == make_invoice("FV/1")
    assert server.invoices[1].xml == path.read_bytes()
    # open request carried the form code triple
    assert fake.calls["POST /sessions/online"] == 1
    assert fake.calls["GET /sessions/{x}"] >= 2  # key check right after open + wait
    upo = session.invoice_upo(result.invoices[0])
    assert upo.documents[0].ksef_number == result.invoices[0].ksef_number
    upos = session.session_upo(result.status)
    assert {d.ksef_number for d in upos[0].documents} == {i.ksef_number for i in result.invoices}
    # the UPO download URL is fetched without the bearer token
    storage_requests = [h for m, u, h in fake.log if u.startswith("https://storage.test")]
    assert storage_requests and all("authorization" not in h for h in storage_requests)


def test_per_invoice_failure_has_details_and_extensions(fake: Any, client: Any) -> None:
    fake.reject_invoice[2] = (440, "Duplikat faktury", {"originalKsefNumber": "5265877635-20260101-000000000001-AB"})
    with OnlineSession.open(client) as session:
        session.send_many([make_invoice("FV/1"), make_invoice("FV/2")])
    result = session.wait(FAST)
    ok, dup = result.invoices
    assert ok.ok and ok.ksef_number
    assert not dup.ok and dup.ksef_number is None
    assert dup.status_code == 440
    assert dup.details == ("Duplikat faktury",)
    assert dup.extensions["originalKsefNumber"].startswith("5265877635")
    assert result.failed == (dup,)


def test_wait_before_close_polls_invoices(fake: Any, client: Any) -> None:
    session = OnlineSession.open(client)
    session.send(make_invoice())
    result = session.wait(FAST)
    assert not session.closed
    assert result.invoices[0].ok
    session.close()
    session.close()  # idempotent
    assert fake.calls["POST /sessions/online/{x}/close"] == 1


def test_wait_is_bounded(fake: Any, client: Any) -> None:
    fake.pending_polls = 100
    session = OnlineSession.open(client)
    session._env.sleep = no_sleep
    session.send(make_invoice())
    session.close()
    with pytest.raises(PollTimeoutError) as info:
        session.wait(PollPolicy(initial=1.0, factor=2.0, max_delay=4.0, timeout=10.0))
    assert info.value.last.code == 150
    # delays 1, 2, 4, 3 -> 4 sleeps, 5 status calls after the one at open
    assert fake.calls["GET /sessions/{x}"] == 1 + 5


def test_key_rejected_after_open(fake: Any, client: Any) -> None:
    fake.status_after_open = 415
    with pytest.raises(SessionKeyRejectedError, match="415"):
        OnlineSession.open(client)
    assert fake.calls["POST /sessions/online/{x}/invoices"] == 0


def test_unknown_key_id_refreshes_and_retries(fake: Any, client: Any) -> None:
    fake.reject_key_id_once = True
    session = OnlineSession.open(client)
    assert session.reference_number
    assert fake.calls["POST /sessions/online"] == 2
    assert fake.calls["GET /security/public-key-certificates"] == 2


def test_invalid_invoice_never_leaves(fake: Any, client: Any) -> None:
    session = OnlineSession.open(client)
    bad = make_invoice().replace(b"<Naglowek>", b"<?pi x?><Naglowek>")
    with pytest.raises(ProcessingInstructionError):
        session.send(bad)
    with pytest.raises(FormMismatchError):
        OnlineSession.open(client, form_code=PEF_3).send(make_invoice())
    assert fake.calls["POST /sessions/online/{x}/invoices"] == 0


def test_offline_mode_and_technical_correction(fake: Any, client: Any) -> None:
    original = make_invoice("FV/9")
    with OnlineSession.open(client, offline_mode=True) as session:
        session.send(make_invoice("FV/8"))
        session.send(make_invoice("FV/9b"), hash_of_corrected_invoice=invoice_hash(original))
        with pytest.raises(SessionError, match="offline_mode=True"):
            session.send(make_invoice("FV/9c"), offline_mode=False, hash_of_corrected_invoice=invoice_hash(original))
    bodies = [h for m, u, h in fake.log if u.endswith("/invoices") and m == "POST"]
    assert len(bodies) == 2
    server = fake.sessions[session.reference_number]
    assert all(i.offline for i in server.invoices)


def test_send_after_close_is_refused(client: Any) -> None:
    session = OnlineSession.open(client)
    session.close()
    with pytest.raises(SessionError, match="closed"):
        session.send(make_invoice())


def test_context_manager_closes_on_error(fake: Any, client: Any) -> None:
    with pytest.raises(RuntimeError), OnlineSession(client) as session:
        raise RuntimeError("boom")
    assert session.closed
    assert fake.calls["POST /sessions/online/{x}/close"] == 1


async def test_async_session(fake: Any, aclient: Any, astorage: Any) -> None:
    async with AsyncOnlineSession(aclient) as session:
        await session.send(make_invoice("FV/A1"))
        await session.send_many([make_invoice("FV/A2")])
    result = await session.wait(FAST)
    assert [i.ok for i in result.invoices] == [True, True]
    upo = await session.invoice_upo(result.invoices[1].ksef_number or "")
    assert upo.documents[0].invoice_hash == invoice_hash(make_invoice("FV/A2"))
    pages = await session.session_upo()
    assert len(pages[0].documents) == 2


def test_repr_has_no_key(client: Any) -> None:
    session = OnlineSession.open(client)
    assert "SessionKey" not in repr(session)
    assert session.reference_number in repr(session)
