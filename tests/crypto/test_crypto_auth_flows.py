"""The whole KSeF-token and XAdES authentication flows against an httpx.MockTransport KSeF."""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import re
from typing import Any

import httpx
import ksef_api
import pytest
from crypto_helpers import NOW, MinistryKey, exception_body, make_ministry_key
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from ksef_sdk.authentication import (
    AuthenticationBlockedError,
    AuthenticationCancelledError,
    AuthenticationFailedError,
    AuthenticationRevokedError,
    AuthenticationTimeoutError,
    AuthenticationUnknownError,
    CertificateError,
    DeceasedPersonError,
    InvalidAuthenticationRequestError,
    InvalidKsefTokenError,
    KsefTokenAuthenticator,
    NoPermissionsError,
    PollPolicy,
    XadesAuthenticator,
    aauthenticate_with_ksef_token,
    aauthenticate_with_xades,
    authenticate_with_ksef_token,
    authenticate_with_xades,
    ksef_token_plaintext,
)
from ksef_sdk.crypto import PublicKeyStore
from ksef_sdk.crypto.testcerts import personal_certificate
from ksef_sdk.errors import BadRequestError, ConfigurationError, KsefError, RateLimitError
from ksef_sdk.flow import Call, PollTimeoutError, run_sync
from ksef_sdk.http import TokenPair, workflow_env
from ksef_sdk.identifiers import AllowedIps, ContextIdentifier, InvalidIdentifierError
from lxml import etree

KSEF_TOKEN = "20251010-EC-2F1C4E7000-3B2A1C0D9E-7F|nip-5265877635|" + "ab" * 32
CHALLENGE = "20250625-CR-20F5EE4000-DA48AE4124-46"
TIMESTAMP_MS = 1750837393012
OAEP = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
REF = "20250625-AU-2F1A1E6000-3B2A1C0D9E-11"


class FakeKsef:
    """Just enough of KSeF's auth API, checking what the client sends."""

    def __init__(self, statuses: list[int], *, status_details: list[str] | None = None) -> None:
        self.token_key = make_ministry_key(["KsefTokenEncryption"], key_index=0)
        self.symmetric_key = make_ministry_key(["SymmetricKeyEncryption"], key_index=1)
        self.accepted_token_key: MinistryKey = self.token_key
        self.statuses = list(statuses)
        self.status_details = status_details
        self.requests: list[httpx.Request] = []
        self.challenges = 0
        self.plaintexts: list[bytes] = []
        self.bodies: list[dict[str, Any]] = []
        self.signed_documents: list[bytes] = []
        self.redeemed = 0
        self.rate_limited_polls = 0  # this many GET /auth/{ref} answer 429 first

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/v2")
        auth = request.headers.get("authorization")
        if path == "/auth/challenge":
            assert auth is None
            self.challenges += 1
            return httpx.Response(
                200,
                json={
                    "challenge": CHALLENGE,
                    "timestamp": "2025-06-25T07:43:13.012+00:00",
                    "timestampMs": TIMESTAMP_MS,
                    "clientIp": "127.0.0.1",
                },
            )
        if path == "/security/public-key-certificates":
            return httpx.Response(200, json=[self.token_key.entry(), self.symmetric_key.entry()])
        if path == "/auth/ksef-token":
            assert auth is None
            body = json.loads(request.content)
            self.bodies.append(body)
            if body.get("publicKeyId") != self.accepted_token_key.public_key_id:
                return httpx.Response(400, json=exception_body(21470, "Nieznany klucz"))
            plain = self.accepted_token_key.private_key.decrypt(base64.b64decode(body["encryptedToken"]), OAEP)
            self.plaintexts.append(plain)
            return self._init()
        if path == "/auth/xades-signature":
            assert auth is None
            assert request.headers["content-type"] == "application/xml"
            self.signed_documents.append(request.content)
            return self._init()
        if path == f"/auth/{REF}":
            assert auth == "Bearer auth-jwt"
            if self.rate_limited_polls:
                self.rate_limited_polls -= 1
                limit = {"code": 429, "description": "Too Many Requests", "details": ["limit"]}
                return httpx.Response(429, headers={"Retry-After": "2"}, json={"status": limit})
            code = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
            status: dict[str, Any] = {"code": code, "description": f"status {code}"}
            if self.status_details is not None:
                status["details"] = self.status_details
            return httpx.Response(
                200,
                json={
                    "startDate": "2025-06-25T07:43:14+00:00",
                    "authenticationMethod": "Token",
                    "authenticationMethodInfo": {
                        "category": "Token",
                        "code": "token.ksef",
                        "displayName": "Token KSeF",
                    },
                    "status": status,
                },
            )
        if path == "/auth/token/redeem":
            assert auth == "Bearer auth-jwt"
            self.redeemed += 1
            if self.redeemed > 1:
                return httpx.Response(400, json=exception_body(21301, "Brak autoryzacji"))
            valid = (NOW + dt.timedelta(minutes=15)).isoformat()
            refresh_valid = (NOW + dt.timedelta(days=7)).isoformat()
            return httpx.Response(
                200,
                json={
                    "accessToken": {"token": "access-jwt", "validUntil": valid},
                    "refreshToken": {"token": "refresh-jwt", "validUntil": refresh_valid},
                },
            )
        return httpx.Response(404, json={"unexpected": path})

    def _init(self) -> httpx.Response:
        valid = (NOW + dt.timedelta(minutes=45)).isoformat()
        return httpx.Response(
            202,
            json={"referenceNumber": REF, "authenticationToken": {"token": "auth-jwt", "validUntil": valid}},
        )

    def client(self) -> ksef_api.Client:
        return ksef_api.Client(
            base_url="https://ksef.test/v2", httpx_args={"transport": httpx.MockTransport(self.handler)}
        )

    def paths(self) -> list[str]:
        return [f"{r.method} {r.url.path.removeprefix('/v2')}" for r in self.requests]


def check_pair(tokens: TokenPair) -> None:
    assert tokens.access.value == "access-jwt"
    assert tokens.refresh.value == "refresh-jwt"
    assert "jwt" not in repr(tokens)


def test_exact_token_plaintext() -> None:
    assert ksef_token_plaintext("abc|nip-1|ff", 1750837393012) == b"abc|nip-1|ff|1750837393012"


def test_ksef_token_flow_sync() -> None:
    ksef = FakeKsef([100, 100, 200])
    sleeps: list[float] = []
    ips = AllowedIps(addresses=("10.0.0.1",), masks=("192.168.0.0/16",))
    tokens = authenticate_with_ksef_token(
        ksef.client(), KSEF_TOKEN, ContextIdentifier.nip("5265877635"), allowed_ips=ips, sleep=sleeps.append
    )
    check_pair(tokens)
    assert ksef.plaintexts == [f"{KSEF_TOKEN}|{TIMESTAMP_MS}".encode()]
    body = ksef.bodies[0]
    assert body["challenge"] == CHALLENGE
    assert body["contextIdentifier"] == {"type": "Nip", "value": "5265877635"}
    assert body["publicKeyId"] == ksef.token_key.public_key_id
    assert body["authorizationPolicy"] == {
        "allowedIps": {"ip4Addresses": ["10.0.0.1"], "ip4Ranges": [], "ip4Masks": ["192.168.0.0/16"]}
    }
    assert sleeps == [0.5, 0.75]  # backing off between the three polls
    assert ksef.paths() == [
        "POST /auth/challenge",
        "GET /security/public-key-certificates",
        "POST /auth/ksef-token",
        f"GET /auth/{REF}",
        f"GET /auth/{REF}",
        f"GET /auth/{REF}",
        "POST /auth/token/redeem",
    ]
    assert ksef.redeemed == 1


async def test_ksef_token_flow_async() -> None:
    ksef = FakeKsef([100, 200])
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    tokens = await aauthenticate_with_ksef_token(ksef.client(), KSEF_TOKEN, "5265877635", sleep=sleep)
    check_pair(tokens)
    assert ksef.plaintexts == [f"{KSEF_TOKEN}|{TIMESTAMP_MS}".encode()]
    assert sleeps == [0.5]
    assert ksef.redeemed == 1


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (415, NoPermissionsError),
        (425, AuthenticationRevokedError),
        (450, InvalidKsefTokenError),
        (460, CertificateError),
        (470, DeceasedPersonError),
        (480, AuthenticationBlockedError),
        (500, AuthenticationUnknownError),
        (550, AuthenticationCancelledError),
    ],
)
def test_failure_statuses_become_typed_errors(code: int, error: type[AuthenticationFailedError]) -> None:
    ksef = FakeKsef([100, code], status_details=["Nieprawidłowy token", "detail 2"])
    with pytest.raises(error) as info:
        authenticate_with_ksef_token(ksef.client(), KSEF_TOKEN, "5265877635", sleep=lambda s: None)
    assert isinstance(info.value, KsefError)
    assert info.value.code == code
    assert info.value.description == f"status {code}"
    assert info.value.details == ("Nieprawidłowy token", "detail 2")
    assert info.value.reference_number == REF
    assert str(code) in str(info.value)
    assert KSEF_TOKEN not in str(info.value)
    assert ksef.redeemed == 0
    assert info.value.retryable is (code == 550)


def test_polling_is_bounded() -> None:
    ksef = FakeKsef([100])
    sleeps: list[float] = []
    policy = PollPolicy(initial=1, factor=2, max_delay=4, timeout=20)
    with pytest.raises(AuthenticationTimeoutError) as info:
        authenticate_with_ksef_token(ksef.client(), KSEF_TOKEN, "5265877635", poll_policy=policy, sleep=sleeps.append)
    assert sleeps == [1, 2, 4, 4, 4, 4, 1]  # exactly the 20 s budget (the last wait cut to what is left)
    assert ksef.paths().count(f"GET /auth/{REF}") == len(sleeps) + 1
    assert info.value.retryable
    assert isinstance(info.value, PollTimeoutError)  # one timeout type for every poll in the SDK
    assert info.value.last.status.code == 100
    assert info.value.code == 100 and info.value.reference_number == REF
    assert ksef.redeemed == 0


def test_rate_limited_status_poll_waits_and_retries() -> None:
    ksef = FakeKsef([200])
    ksef.rate_limited_polls = 1
    sleeps: list[float] = []
    check_pair(authenticate_with_ksef_token(ksef.client(), KSEF_TOKEN, "5265877635", sleep=sleeps.append))
    assert sleeps == [2.0]  # Retry-After outweighs the 0.5 s first delay
    assert ksef.paths().count(f"GET /auth/{REF}") == 2


def test_rate_limited_status_poll_gives_up_within_the_budget() -> None:
    ksef = FakeKsef([200])
    ksef.rate_limited_polls = 100
    sleeps: list[float] = []
    policy = PollPolicy(initial=1, factor=1, max_delay=1, timeout=3)
    with pytest.raises(RateLimitError):
        authenticate_with_ksef_token(ksef.client(), KSEF_TOKEN, "5265877635", poll_policy=policy, sleep=sleeps.append)
    assert sleeps == [2.0]  # a second 2 s wait would end past the 3 s budget: give up instead
    assert ksef.redeemed == 0


def test_invalid_poll_policy_is_refused() -> None:
    for bad in ({"initial": -1}, {"factor": 0.5}, {"max_delay": -1}, {"timeout": -1}):
        with pytest.raises(ConfigurationError):
            PollPolicy(**bad)


def test_bearer_calls_use_one_cached_client_per_token_closed_with_the_env() -> None:
    from ksef_api.api.auth import get_auth_reference_number

    closed: list[bool] = []

    class Transport(httpx.MockTransport):
        def close(self) -> None:
            closed.append(True)

    ksef = FakeKsef([200])
    public = ksef_api.Client(base_url="https://ksef.test/v2", httpx_args={"transport": Transport(ksef.handler)})
    call = Call(get_auth_reference_number, {"reference_number": REF}, bearer="auth-jwt")
    assert "auth-jwt" not in repr(call)
    with workflow_env(public) as env:
        first = env.api_client(call)
        assert env.api_client(Call(get_auth_reference_number, bearer="auth-jwt")) is first
        assert env.api_client(Call(get_auth_reference_number)) is public
        assert run_sync(_one(call), env).status.code == 200
        http = first.get_httpx_client()
    assert http.is_closed and env.bearer_clients == {}
    assert closed == []  # the public client's transport is borrowed, not closed
    assert public.get_httpx_client().get("/auth/challenge").status_code == 200


def _one(call: Call) -> Any:
    return (yield call)


def test_rotation_21470_refreshes_the_key_and_retries_once() -> None:
    ksef = FakeKsef([200])
    store = PublicKeyStore(ksef.client())
    store.get("KsefTokenEncryption")  # cached: the old key
    rotated = make_ministry_key(["KsefTokenEncryption"], valid_from=NOW - dt.timedelta(hours=1), key_index=2)
    ksef.token_key = ksef.accepted_token_key = rotated
    tokens = authenticate_with_ksef_token(ksef.client(), KSEF_TOKEN, "5265877635", key_store=store)
    check_pair(tokens)
    assert [b["publicKeyId"] for b in ksef.bodies][-1] == rotated.public_key_id
    assert len(ksef.bodies) == 2
    assert ksef.challenges == 2  # a fresh challenge for the retry
    assert ksef.plaintexts == [f"{KSEF_TOKEN}|{TIMESTAMP_MS}".encode()]


def test_other_400_errors_are_not_retried() -> None:
    ksef = FakeKsef([200])
    ksef.accepted_token_key = make_ministry_key(["KsefTokenEncryption"], key_index=3)  # never matches
    with pytest.raises(BadRequestError) as info:
        authenticate_with_ksef_token(ksef.client(), KSEF_TOKEN, "5265877635")
    assert info.value.has_code(21470)
    assert len(ksef.bodies) == 2  # one retry only


def test_bad_input_fails_before_anything_is_sent() -> None:
    ksef = FakeKsef([200])
    with pytest.raises(InvalidAuthenticationRequestError):
        authenticate_with_ksef_token(ksef.client(), "  ", "5265877635")
    with pytest.raises(InvalidAuthenticationRequestError):
        authenticate_with_ksef_token(ksef.client(), "abc\ndef", "5265877635")
    with pytest.raises(InvalidIdentifierError):
        authenticate_with_ksef_token(ksef.client(), KSEF_TOKEN, ("Nip", "0123456789"))
    assert ksef.requests == []


def test_authenticator_callables() -> None:
    ksef = FakeKsef([200])
    auth = KsefTokenAuthenticator(ksef.client(), KSEF_TOKEN, "5265877635")
    assert KSEF_TOKEN not in repr(auth)
    check_pair(auth())
    partial = functools.partial(authenticate_with_ksef_token, ksef.client(), KSEF_TOKEN, "5265877635")
    ksef.redeemed = 0
    check_pair(partial())


async def test_authenticator_async() -> None:
    ksef = FakeKsef([200])
    auth = KsefTokenAuthenticator(ksef.client(), KSEF_TOKEN, ContextIdentifier.internal_id("5265877635-00001"))
    check_pair(await auth.authenticate_async())
    assert ksef.bodies[0]["contextIdentifier"] == {"type": "InternalId", "value": "5265877635-00001"}


def test_flow_through_core_public_client() -> None:
    """With the core client stack (typed errors raised by the client itself) the flow behaves the same."""
    from ksef_sdk.environments import Environment
    from ksef_sdk.http import build_public_client

    ksef = FakeKsef([100, 200])
    client = build_public_client(
        Environment.custom("https://ksef.test/v2"), transport=httpx.MockTransport(ksef.handler), retry=False
    )
    check_pair(authenticate_with_ksef_token(client, KSEF_TOKEN, "5265877635", sleep=lambda s: None))
    ksef.redeemed = 0
    ksef.accepted_token_key = make_ministry_key(["KsefTokenEncryption"], key_index=3)
    with pytest.raises(BadRequestError):
        authenticate_with_ksef_token(client, KSEF_TOKEN, "5265877635", sleep=lambda s: None)


@pytest.fixture(scope="module")
def person() -> Any:
    return personal_certificate(given_name="Jan", surname="Kowalski", nip="5265877635", key_type="ec")


def _check_signed(document: bytes, namespace: str = "2.1") -> None:
    root = etree.fromstring(document)
    ns = {"a": f"http://ksef.mf.gov.pl/auth/token/{namespace}", "ds": "http://www.w3.org/2000/09/xmldsig#"}
    assert root.xpath("a:Challenge/text()", namespaces=ns) == [CHALLENGE]
    assert root.xpath("a:ContextIdentifier/a:Nip/text()", namespaces=ns) == ["5265877635"]
    assert len(root.xpath("ds:Signature", namespaces=ns)) == 1


def test_xades_flow_sync(person: Any, xmlsec1: str, tmp_path: Any) -> None:
    import subprocess

    ksef = FakeKsef([100, 200])
    tokens = authenticate_with_xades(ksef.client(), person.signer(), "5265877635", sleep=lambda s: None)
    check_pair(tokens)
    (document,) = ksef.signed_documents
    _check_signed(document)
    (tmp_path / "d.xml").write_bytes(document)
    (tmp_path / "c.pem").write_bytes(person.cert_pem())
    command = [xmlsec1, "--verify", "--trusted-pem", str(tmp_path / "c.pem")]
    command += ["--id-attr:Id", "SignedProperties", "--id-attr:Id", "KeyInfo", str(tmp_path / "d.xml")]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not any("verifyCertificateChain" in str(r.url) for r in ksef.requests)


async def test_xades_flow_async_and_options(person: Any) -> None:
    ksef = FakeKsef([200])

    async def no_sleep(seconds: float) -> None:
        return None

    tokens = await aauthenticate_with_xades(
        ksef.client(),
        person.signer(),
        ContextIdentifier.nip("5265877635"),
        namespace="2.0",
        subject_identifier_type="certificateFingerprint",
        verify_certificate_chain=True,
        sleep=no_sleep,
    )
    check_pair(tokens)
    _check_signed(ksef.signed_documents[0], "2.0")
    assert b"certificateFingerprint" in ksef.signed_documents[0]
    xades_request = next(r for r in ksef.requests if r.url.path.endswith("/auth/xades-signature"))
    assert xades_request.url.params["verifyCertificateChain"] == "true"


def test_xades_authenticator_and_failure(person: Any) -> None:
    ksef = FakeKsef([460], status_details=["Nieprawidłowy certyfikat"])
    auth = XadesAuthenticator(ksef.client(), person.signer(), "5265877635")
    with pytest.raises(CertificateError, match="460"):
        auth()
    assert re.search(r"XadesAuthenticator\(context=", repr(auth))
