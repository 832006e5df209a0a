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
SANDBOX_POLL = PollPolicy(initial=0.05, factor=1.0, max_delay=0.05, timeout=30.0)


def _for(nip: str, number: str) -> bytes:
    return make_invoice(number).replace(b"<NIP>5265877635</NIP>", f"<NIP>{nip}</NIP>".encode(), 1)


@pytest.fixture
def sandbox_nip() -> str:
    from ksef_sdk.identifiers import random_nip

    return random_nip()


@pytest.fixture
def sandbox_client(ksef_sandbox: Any, sandbox_nip: str) -> Any:
    """A client of the (strict) sandbox for ``sandbox_nip``, authenticated with a KSeF token."""
    from ksef_sdk.authentication import authenticate_with_ksef_token
    from ksef_sdk.environments import Environment
    from ksef_sdk.http import build_client, build_public_client

    env = Environment.custom(ksef_sandbox.url)
    with build_public_client(env) as public:
        tokens = authenticate_with_ksef_token(public, ksef_sandbox.control.issue_ksef_token(sandbox_nip), sandbox_nip)
    with build_client(env, tokens=tokens) as client:
        yield client


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


def test_wait_before_close_polls_invoices_and_close_is_idempotent(sandbox_client: Any, sandbox_nip: str) -> None:
    session = OnlineSession.open(sandbox_client, poll_policy=SANDBOX_POLL)
    session.send(_for(sandbox_nip, "FV/W1"))
    result = session.wait(SANDBOX_POLL)
    assert not session.closed
    assert result.invoices[0].ok and result.invoices[0].ksef_number
    session.close()
    session.close()  # a second close request would get KSeF's 21180: none is sent
    assert session.status().code in (170, 200)


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


def test_a_retired_key_is_replaced_and_the_session_works(
    ksef_sandbox: Any, sandbox_client: Any, sandbox_nip: str
) -> None:
    """The cached Ministry key was retired (21470): the client reloads the keys, opens with the new one, and the
    session's invoices decrypt (they end with a KSeF number)."""
    first = OnlineSession.open(sandbox_client, poll_policy=SANDBOX_POLL)  # caches the key list
    first.close()
    old = ksef_sandbox.control.public_key().public_key_id
    new = ksef_sandbox.control.rotate_key()
    ksef_sandbox.control.retire_key(old)
    with OnlineSession.open(sandbox_client, poll_policy=SANDBOX_POLL) as session:
        session.send(_for(sandbox_nip, "FV/K1"))
    result = session.wait(SANDBOX_POLL)
    assert result.invoices[0].ok and result.invoices[0].ksef_number
    server = ksef_sandbox.control.session(session.reference_number)
    assert server.key is not None  # unwrapped with the new key (the retired one is gone)
    assert new.public_key_id != old


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


def test_context_manager_closes_on_error(ksef_sandbox: Any, sandbox_client: Any) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), OnlineSession(sandbox_client, poll_policy=SANDBOX_POLL) as session:
        raise Boom
    assert session.closed
    assert ksef_sandbox.control.session(session.reference_number).status[0] != 100  # KSeF saw the close


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
