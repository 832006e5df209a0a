"""Ministry public-key certificate store: parsing, publicKeyId, selection, TTL, rotation on 21470."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
import threading
from collections.abc import Callable
from typing import Any

import httpx
import ksef_api
import pytest
from crypto_helpers import NOW, MinistryKey, exception_body, make_ministry_key
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from ksef_sdk.crypto import (
    KeyStoreError,
    KeyUsage,
    MinistryCertificate,
    NoValidCertificateError,
    PublicKeyStore,
    is_unknown_key_error,
    public_key_id_of,
    select_certificate,
)
from ksef_sdk.errors import BadRequestError, unwrap

TOKEN = "KsefTokenEncryption"
SYMMETRIC = "SymmetricKeyEncryption"
DAY = dt.timedelta(days=1)


def certs(*keys: MinistryKey) -> list[MinistryCertificate]:
    return [
        MinistryCertificate.from_der(k.der, usage=k.usage, valid_from=k.valid_from, valid_to=k.valid_to) for k in keys
    ]


class KeysServer:
    """Serves GET /security/public-key-certificates from a mutable list and counts the calls."""

    def __init__(self, *keys: MinistryKey) -> None:
        self.keys = list(keys)
        self.calls = 0
        self.lock = threading.Lock()

    def handler(self, request: httpx.Request) -> httpx.Response:
        assert request.method == "GET"
        assert request.url.path == "/v2/security/public-key-certificates"
        assert "authorization" not in request.headers
        with self.lock:
            self.calls += 1
        return httpx.Response(200, json=[k.entry() for k in self.keys])

    def client(self, extra: Callable[[httpx.Request], httpx.Response | None] | None = None) -> ksef_api.Client:
        def route(request: httpx.Request) -> httpx.Response:
            if extra is not None:
                answer = extra(request)
                if answer is not None:
                    return answer
            return self.handler(request)

        return ksef_api.Client(base_url="https://ksef.test/v2", httpx_args={"transport": httpx.MockTransport(route)})

    def async_client(self) -> ksef_api.Client:
        return ksef_api.Client(
            base_url="https://ksef.test/v2",
            httpx_args={"transport": httpx.MockTransport(self.handler)},
        )


def test_public_key_id_is_sha256_of_spki() -> None:
    key = make_ministry_key([SYMMETRIC])
    cert = MinistryCertificate.from_der(key.der, usage=key.usage)
    assert cert.public_key_id == key.public_key_id == public_key_id_of(key.private_key.public_key())
    assert len(cert.public_key_id) == 44
    assert cert.valid_from == key.valid_from  # from the certificate itself when the list gives none


def test_mismatching_ids_are_rejected() -> None:
    key = make_ministry_key([SYMMETRIC])
    with pytest.raises(KeyStoreError, match="publicKeyId"):
        MinistryCertificate.from_der(
            key.der, usage=key.usage, public_key_id="P2GDBhdfCxZMbmCXebZOsWr8pBpXeFBwD2qusHd3WZs="
        )
    with pytest.raises(KeyStoreError, match="certificateId"):
        MinistryCertificate.from_der(
            key.der, usage=key.usage, certificate_id="1ehGlGObVNNm4OE6nIF879NoCIAYbwP0AZQDPJ4+tSQ="
        )
    with pytest.raises(KeyStoreError, match="unparsable"):
        MinistryCertificate.from_der(b"not a certificate", usage=key.usage)


def test_selection_by_usage_and_validity() -> None:
    token = make_ministry_key([TOKEN], key_index=0)
    expired = make_ministry_key([SYMMETRIC], valid_from=NOW - 400 * DAY, valid_to=NOW - DAY, key_index=1)
    old = make_ministry_key([SYMMETRIC], valid_from=NOW - 100 * DAY, key_index=2)
    newer = make_ministry_key([SYMMETRIC], valid_from=NOW - 10 * DAY, key_index=3)
    future = make_ministry_key([SYMMETRIC], valid_from=NOW + 10 * DAY, valid_to=NOW + 700 * DAY, key_index=4)
    listed = certs(token, expired, old, newer, future)

    assert select_certificate(listed, KeyUsage.KSEF_TOKEN, now=NOW).public_key_id == token.public_key_id
    assert select_certificate(listed, SYMMETRIC, now=NOW).public_key_id == newer.public_key_id
    # before `newer` starts, `old` is the one; after `future` starts, it wins
    assert select_certificate(listed, SYMMETRIC, now=NOW - 50 * DAY).public_key_id == old.public_key_id
    assert select_certificate(listed, SYMMETRIC, now=NOW + 11 * DAY).public_key_id == future.public_key_id
    with pytest.raises(NoValidCertificateError, match="SymmetricKeyEncryption"):
        select_certificate(certs(token, expired), SYMMETRIC, now=NOW)


def test_both_usages_on_one_certificate() -> None:
    both = make_ministry_key([TOKEN, SYMMETRIC])
    listed = certs(both)
    assert select_certificate(listed, TOKEN, now=NOW) == select_certificate(listed, SYMMETRIC, now=NOW)


def test_store_fetches_through_generated_operation_and_caches_with_ttl() -> None:
    server = KeysServer(make_ministry_key([TOKEN], key_index=0), make_ministry_key([SYMMETRIC], key_index=1))
    clock = [0.0]
    store = PublicKeyStore(server.client(), ttl=60, clock=lambda: clock[0])
    cert = store.get(KeyUsage.SYMMETRIC_KEY)
    assert cert.public_key_id == server.keys[1].public_key_id
    assert store.get(KeyUsage.KSEF_TOKEN).public_key_id == server.keys[0].public_key_id
    assert server.calls == 1
    clock[0] = 59
    store.get(SYMMETRIC)
    assert server.calls == 1
    clock[0] = 61
    store.get(SYMMETRIC)
    assert server.calls == 2
    store.invalidate()
    store.get(SYMMETRIC)
    assert server.calls == 3
    # the wrapped key really is for that certificate
    wrapped = cert.encrypt(b"k" * 32)
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    assert server.keys[1].private_key.decrypt(wrapped, oaep) == b"k" * 32


def test_store_refreshes_when_cached_certificate_expired() -> None:
    now = [NOW]
    short = make_ministry_key([SYMMETRIC], valid_to=NOW + DAY, key_index=0)
    server = KeysServer(short)
    store = PublicKeyStore(server.client(), ttl=10**9, now=lambda: now[0])
    assert store.get(SYMMETRIC).public_key_id == short.public_key_id
    successor = make_ministry_key([SYMMETRIC], valid_from=NOW, key_index=1)
    server.keys = [successor]
    now[0] = NOW + 2 * DAY
    assert store.get(SYMMETRIC).public_key_id == successor.public_key_id
    assert server.calls == 2


def test_bad_list_is_a_typed_error() -> None:
    key = make_ministry_key([SYMMETRIC])

    def tampered(request: httpx.Request) -> httpx.Response:
        entry = key.entry()
        entry["publicKeyId"] = base64.b64encode(b"\0" * 32).decode()
        return httpx.Response(200, json=[entry])

    store = PublicKeyStore(
        ksef_api.Client(base_url="https://k/v2", httpx_args={"transport": httpx.MockTransport(tampered)})
    )
    with pytest.raises(KeyStoreError, match="does not match"):
        store.get(SYMMETRIC)

    def failing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json=exception_body(21405, "Błąd walidacji"))

    store = PublicKeyStore(
        ksef_api.Client(base_url="https://k/v2", httpx_args={"transport": httpx.MockTransport(failing)})
    )
    with pytest.raises(BadRequestError):
        store.get(SYMMETRIC)


def _rotation_server() -> tuple[KeysServer, MinistryKey, MinistryKey, list[str]]:
    """The list first holds `old`; KSeF then rotates (emergency) to `new` and rejects the old key id."""
    old = make_ministry_key([SYMMETRIC], key_index=0)
    new = make_ministry_key([SYMMETRIC], valid_from=NOW - DAY, key_index=1)
    server = KeysServer(old)
    seen: list[str] = []
    return server, old, new, seen


def _open_session_handler(new: MinistryKey, seen: list[str]) -> Callable[[httpx.Request], httpx.Response | None]:
    def handle(request: httpx.Request) -> httpx.Response | None:
        if request.url.path != "/v2/sessions/online":
            return None
        body = json.loads(request.content)
        key_id = body["encryption"]["publicKeyId"]
        seen.append(key_id)
        if key_id != new.public_key_id:
            return httpx.Response(
                400,
                json=exception_body(21470, "Nieznany klucz", [f"Klucz o identyfikatorze {key_id} nie jest wspierany"]),
            )
        oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
        assert len(new.private_key.decrypt(base64.b64decode(body["encryption"]["encryptedSymmetricKey"]), oaep)) == 32
        return httpx.Response(
            201,
            json={"referenceNumber": "20250625-SO-2C3E6C8000-B3A2D1C1E0-A1", "validUntil": "2025-07-11T12:00:00+00:00"},
        )

    return handle


def _open_request(cert: MinistryCertificate) -> Any:
    from ksef_api.models import OpenOnlineSessionRequest
    from ksef_sdk.crypto import SessionKey

    return OpenOnlineSessionRequest.from_dict(
        {
            "formCode": {"systemCode": "FA (3)", "schemaVersion": "1-0E", "value": "FA"},
            "encryption": SessionKey.generate().encryption_fields(cert),
        }
    )


def test_rotation_on_21470_refreshes_and_retries_once() -> None:
    from ksef_api.api.online_session import post_sessions_online

    server, old, new, seen = _rotation_server()
    client = server.client(_open_session_handler(new, seen))
    store = PublicKeyStore(client)
    assert store.get(SYMMETRIC).public_key_id == old.public_key_id
    server.keys = [new]  # emergency rotation: the old key disappears from the list

    def open_session(cert: MinistryCertificate) -> Any:
        return unwrap(post_sessions_online.sync_detailed(client=client, body=_open_request(cert)))

    result = store.call_with_key_retry(SYMMETRIC, open_session)
    assert result.reference_number.startswith("20250625-SO-")
    assert seen == [old.public_key_id, new.public_key_id]
    assert server.calls == 2


def test_rotation_retries_only_once_and_other_errors_pass_through() -> None:
    from ksef_api.api.online_session import post_sessions_online

    server, old, new, seen = _rotation_server()
    client = server.client(_open_session_handler(new, seen))
    store = PublicKeyStore(client)

    def open_session(cert: MinistryCertificate) -> Any:
        return unwrap(post_sessions_online.sync_detailed(client=client, body=_open_request(cert)))

    # the list never changes: the retry also gets 21470, which is raised (no loop)
    with pytest.raises(BadRequestError) as info:
        store.call_with_key_retry(SYMMETRIC, open_session)
    assert is_unknown_key_error(info.value)
    assert seen == [old.public_key_id, old.public_key_id]

    calls = []

    def other_error(cert: MinistryCertificate) -> Any:
        calls.append(cert)
        raise BadRequestError("400", status_code=400)

    with pytest.raises(BadRequestError):
        store.call_with_key_retry(SYMMETRIC, other_error)
    assert len(calls) == 1


async def test_async_store_and_rotation() -> None:
    from ksef_api.api.online_session import post_sessions_online

    server, old, new, seen = _rotation_server()
    client = server.client(_open_session_handler(new, seen))
    store = PublicKeyStore(client)
    certs_ = await asyncio.gather(*(store.aget(SYMMETRIC) for _ in range(20)))
    assert {c.public_key_id for c in certs_} == {old.public_key_id}
    assert server.calls == 1
    server.keys = [new]

    async def open_session(cert: MinistryCertificate) -> Any:
        return unwrap(await post_sessions_online.asyncio_detailed(client=client, body=_open_request(cert)))

    result = await store.acall_with_key_retry(SYMMETRIC, open_session)
    assert result.reference_number.startswith("20250625-SO-")
    assert seen == [old.public_key_id, new.public_key_id]
    assert server.calls == 2


def test_concurrent_threads_share_one_fetch() -> None:
    server = KeysServer(make_ministry_key([SYMMETRIC]))
    store = PublicKeyStore(server.client())
    barrier = threading.Barrier(16)
    results: list[str] = []

    def worker() -> None:
        barrier.wait()
        results.append(store.get(SYMMETRIC).public_key_id)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 16 and len(set(results)) == 1
    assert server.calls == 1


def test_store_requires_a_source() -> None:
    with pytest.raises(ValueError, match="needs a client"):
        PublicKeyStore()
