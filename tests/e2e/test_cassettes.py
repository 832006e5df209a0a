"""Every cassette is free of secrets (tokens, keys, Authorization, cookies, JWT-shaped strings)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import CASSETTES, SCRUBBED, SECRET_JSON_KEYS, SHAPE, body_shape, scrub_request, scrub_response

JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
KSEF_TOKEN = re.compile(r"\|[0-9a-fA-F]{64}\b")  # "{EC ref}|{ctx}|{64 hex}"
PEM_KEY = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
_KEYS = "|".join(sorted(SECRET_JSON_KEYS))
SECRET_FIELD = re.compile(rf'"({_KEYS})"\s*:\s*"(?!{SCRUBBED}")[^"]+"')

ALL = sorted(CASSETTES.glob("*.yaml"))


def test_cassettes_exist_for_every_recorded_scenario() -> None:
    names = {p.name for p in ALL}
    for scenario in (
        "test_online_session_ksef_token",
        "test_online_session_async",
        "test_xades_authentication_then_session",
        "test_multi_part_batch",
        "test_multi_part_batch_async",
        "test_retrieval_download_metadata_export_hwm",
    ):
        assert f"{scenario}[cassette].yaml" in names


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_cassettes_hold_no_secrets(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not JWT.search(text), "JWT-shaped string"
    assert not KSEF_TOKEN.search(text), "KSeF token"
    assert not PEM_KEY.search(text), "private key"
    data = yaml.safe_load(text)
    for interaction in data["interactions"]:
        request, response = interaction["request"], interaction["response"]
        headers = {k.lower() for k in request.get("headers", {})} | {k.lower() for k in response.get("headers", {})}
        assert not headers & {"authorization", "cookie", "set-cookie"}, headers
        sent = request.get("body")
        assert sent is None or str(sent).startswith(SHAPE), f"request body kept: {request['uri']}"
        match = SECRET_FIELD.search(str(sent or ""))
        assert match is None, f"unscrubbed {match.group(1) if match else ''} in the request to {request['uri']}"
        assert "sig=" not in request["uri"] or f"sig={SCRUBBED}" in request["uri"]
        body = response.get("body", {}).get("string") or ""
        if isinstance(body, bytes):
            body = body.decode("utf-8", "replace")
        match = SECRET_FIELD.search(body)
        assert match is None, f"unscrubbed {match.group(1) if match else ''} in {request['uri']}"


def test_scrubber_catches_tokens() -> None:
    response = {
        "headers": {"Content-Type": ["application/json"], "Set-Cookie": ["a=b"]},
        "body": {
            "string": b'{"accessToken": {"token": "eyJhbGciOi.eyJzdWIiOi.sig", "validUntil": "x"}, '
            b'"refreshToken": {"token": "r"}, "authenticationToken": {"token": "t"}, "token": "abc", '
            b'"nested": [{"encryptedToken": "zz"}]}'
        },
    }
    cleaned = scrub_response(response)
    body = cleaned["body"]["string"].decode()
    assert "eyJ" not in body and '"abc"' not in body and '"zz"' not in body and '"r"' not in body
    assert "Set-Cookie" not in cleaned["headers"]
    assert body.count(SCRUBBED) == 5


def _request(method: str, uri: str, body: bytes | None, content_type: str = "application/json") -> Any:
    from vcr.request import Request

    return Request(method, uri, body, {"Content-Type": content_type, "Authorization": "Bearer eyJx.eyJy.z"})


SEND = {
    "invoiceHash": "hash-of-the-invoice",
    "invoiceSize": 1234,
    "encryptedInvoiceHash": "hash-of-the-ciphertext",
    "encryptedInvoiceSize": 1248,
    "encryptedInvoiceContent": "Q0lQSEVSVEVYVA==",
    "offlineMode": False,
}


def test_scrubbed_requests_keep_their_shape_and_lose_their_secrets() -> None:
    auth = {"challenge": "20260101-CR-0000000000-0000000000-00", "encryptedToken": "T0tFTg==", "publicKeyId": "k"}
    req = scrub_request(_request("POST", "http://h/v2/auth/ksef-token", json.dumps(auth).encode()))
    assert req.body.decode().startswith(SHAPE)
    assert "T0tFTg==" not in req.body.decode() and "20260101-CR-0000000000-0000000000-00" in req.body.decode()
    assert "authorization" not in {k.lower() for k in req.headers}
    send = scrub_request(_request("POST", "http://h/v2/sessions/online/R/invoices", json.dumps(SEND).encode()))
    assert "Q0lQSEVSVEVYVA==" not in send.body.decode() and "hash-of-the-ciphertext" in send.body.decode()
    signed = (
        b'<AuthTokenRequest xmlns="http://ksef.mf.gov.pl/auth/token/2.1"><Challenge>C</Challenge>'
        b'<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>SIGNATURE</ds:SignatureValue>'
        b"</ds:Signature></AuthTokenRequest>"
    )
    xml = scrub_request(_request("POST", "http://h/v2/auth/xades-signature", signed, "application/xml"))
    assert "SIGNATURE" not in xml.body.decode() and '"signatures": 1' in xml.body.decode()
    upload = _request("PUT", "http://h/blob/upload/S/1?se=1&sig=abcdef", b"\x00" * 48, "application/octet-stream")
    part = scrub_request(upload)
    assert part.body.decode() == SHAPE + '{"bytes": 48}' and "abcdef" not in part.uri


def test_a_changed_request_body_no_longer_matches() -> None:
    from vcr.matchers import requests_match

    from .conftest import _ksef_body, _ksef_path

    def shaped(body: dict[str, Any]) -> Any:
        return scrub_request(_request("POST", "http://h/v2/sessions/online/R/invoices", json.dumps(body).encode()))

    matchers = [_ksef_path, _ksef_body]
    recorded = shaped(SEND)
    assert requests_match(shaped({**SEND, "encryptedInvoiceContent": "T1RIRVI="}), recorded, matchers)  # a secret
    assert not requests_match(shaped({**SEND, "offlineMode": True}), recorded, matchers)
    assert not requests_match(shaped({**SEND, "invoiceSize": 1235}), recorded, matchers)
    assert not requests_match(shaped({k: v for k, v in SEND.items() if k != "offlineMode"}), recorded, matchers)
    assert body_shape(recorded.body) == body_shape(recorded.body.decode())  # idempotent: cassettes hold shapes


def _replay_online_scenario(monkeypatch: pytest.MonkeyPatch, vcr_config: dict[str, Any], change: bool) -> None:
    """Replay ``test_online_session_ksef_token`` from its cassette, the client changed (another invoice) or not."""
    import vcr

    from . import test_e2e_workflows as scenarios
    from .conftest import _ksef_body, _ksef_path, deterministic_keys, replay_target

    name = "test_online_session_ksef_token[cassette]"
    nodeid = f"tests/e2e/test_e2e_workflows.py::{name}"
    deterministic_keys(nodeid, monkeypatch)
    target, traveller = replay_target(nodeid, name)
    if change:
        original = scenarios.invoice
        monkeypatch.setattr(scenarios, "invoice", lambda t, n: original(t, n).replace(b"FV/E2E/", b"FV/E2F/"))
    recorder = vcr.VCR()
    recorder.register_matcher("ksef_path", _ksef_path)
    recorder.register_matcher("ksef_body", _ksef_body)
    config = {k: v for k, v in vcr_config.items() if k != "allowed_hosts"}
    with traveller, recorder.use_cassette(str(CASSETTES / f"{name}.yaml"), record_mode="none", **config):
        tokens = scenarios.token_auth(target)
        with scenarios.build_client(target.env, tokens=tokens, sleep=target.sleep) as client:
            scenarios.test_online_session_ksef_token(target, client)


def test_a_client_that_sends_something_else_fails_replay(
    monkeypatch: pytest.MonkeyPatch, vcr_config: dict[str, Any]
) -> None:
    from vcr.errors import CannotOverwriteExistingCassetteException

    _replay_online_scenario(monkeypatch, vcr_config, change=False)  # the recorded client replays
    with pytest.raises(Exception) as info:
        _replay_online_scenario(monkeypatch, vcr_config, change=True)
    chain: list[BaseException] = []
    exc: BaseException | None = info.value
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    assert any(isinstance(e, CannotOverwriteExistingCassetteException) for e in chain), chain
    assert "/invoices" in str(next(e for e in chain if isinstance(e, CannotOverwriteExistingCassetteException)))
