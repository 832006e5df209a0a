"""Every cassette is free of secrets (tokens, keys, Authorization, cookies, JWT-shaped strings)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from .conftest import CASSETTES, SCRUBBED, SECRET_JSON_KEYS, scrub_response

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
        assert request.get("body") in (None, "", b""), f"request body kept: {request['uri']}"
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
