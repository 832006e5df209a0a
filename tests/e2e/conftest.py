"""End-to-end scenarios: every workflow through the public API, recorded as vcrpy cassettes.

Each scenario runs twice (the ``target`` fixture is parametrised):

- ``cassette``: with the pytest-recording ``vcr`` marker. The default ``--record-mode=none`` replays
  ``tests/cassettes/<test>[cassette].yaml`` with no server at all (CI adds ``--block-network``).
  ``make record`` (``--record-mode=rewrite``) records against a fresh embedded sandbox, or against the
  real TEST environment when ``KSEF_ENV=test`` (variables: see ``Target.from_environment``).
- ``live``: always against the embedded sandbox (never the real TEST), so sandbox and client keep
  each other honest.

Matching is ``method`` + ``path`` + ``query`` + the request body's *shape* (host and port are ignored), in
recorded order: every recorded interaction is played once (``allow_playback_repeats=False``), so repeated
polls of one URL replay in sequence. A client that changes what it sends fails replay.

The shape of a body (:func:`body_shape`) is what is stored in the cassette instead of the body: JSON with
every key and every value that is the same on each run, secrets replaced by ``SCRUBBED``
(``encryptedToken``, ``encryptedSymmetricKey``, invoice ciphertext...), values that differ on every run
replaced by a placeholder (date-times, hashes of archives that carry their creation time); XML (the signed
AuthTokenRequest) as its elements and texts without the signature; other bodies (encrypted batch parts) as
their length. The pre-signed URLs' ``se``/``sig`` query values are replaced too. ``vcrpy`` shapes the live
request the same way before matching. ``Authorization``, ``Cookie`` and ``Set-Cookie`` headers are removed,
and every ``token``/``refreshToken``/... value in JSON response bodies is replaced.
``test_cassettes_hold_no_secrets`` re-reads every cassette and fails on any secret or JWT-shaped string.

Session keys: exports are encrypted by KSeF with the client's AES key, so replaying a recorded export
needs the key used at recording time. ``SessionKey.generate`` is made deterministic per test (derived
from the test id) in both modes; the key never appears in a cassette.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import os
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest
import time_machine
import yaml
from ksef_sdk.crypto import SessionKey
from ksef_sdk.environments import TEST, Environment
from ksef_sdk.identifiers import random_nip

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
SCRUBBED = "SCRUBBED"
SECRET_JSON_KEYS = {
    "token",
    "accessToken",
    "refreshToken",
    "authenticationToken",
    "encryptedToken",
    "encryptedSymmetricKey",
    "encryptedInvoiceContent",
}
REPLAY_BASE = "http://ksef-replay.invalid/v2"


# ------------------------------------------------------------------------------------------- vcr config


SHAPE = "ksef-shape "
RANDOM_JSON_KEYS = {"fileHash"}  # hashes of archives whose entries carry the time they were made
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
RANDOM_QUERY = ("se", "sig")  # a pre-signed URL's expiry and signature


def _ksef_path(r1: Any, r2: Any) -> None:
    p1, p2 = urlsplit(r1.uri).path, urlsplit(r2.uri).path
    if p1 != p2:
        raise AssertionError(f"{p1} != {p2}")


def _ksef_body(r1: Any, r2: Any) -> None:
    s1, s2 = body_shape(r1.body), body_shape(r2.body)
    if s1 != s2:
        raise AssertionError(f"request bodies differ: {s1!r} != {s2!r}")


def pytest_recording_configure(config: Any, vcr: Any) -> None:
    vcr.register_matcher("ksef_path", _ksef_path)
    vcr.register_matcher("ksef_body", _ksef_body)


def _shape_json(value: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in SECRET_JSON_KEYS and isinstance(v, str):
                out[k] = SCRUBBED
            elif k in RANDOM_JSON_KEYS and isinstance(v, str):
                out[k] = "<random>"
            else:
                out[k] = _shape_json(v)
        return out
    if isinstance(value, list):
        return [_shape_json(v) for v in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        return "<date-time>"
    return value


def _shape_xml(body: bytes) -> Any:
    from lxml import etree

    root = etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    signatures = root.findall(".//{http://www.w3.org/2000/09/xmldsig#}Signature")
    for sig in signatures:
        sig.getparent().remove(sig)
    leaves = [
        [root.getroottree().getpath(el), (el.text or "").strip()]
        for el in root.iter()
        if isinstance(el.tag, str) and len(el) == 0
    ]
    return {"xml": etree.QName(root).text, "signatures": len(signatures), "elements": leaves}


def body_shape(body: bytes | str | None) -> str | None:
    """What a request body looks like apart from secrets and per-run values (idempotent)."""
    if body is None or body in (b"", ""):
        return None
    raw = body.encode() if isinstance(body, str) else bytes(body)
    if raw.startswith(SHAPE.encode()):
        return raw.decode()
    try:
        shaped: Any = {"json": _shape_json(json.loads(raw))}
    except ValueError:
        try:
            shaped = _shape_xml(raw) if raw.lstrip().startswith(b"<") else {"bytes": len(raw)}
        except Exception:
            shaped = {"bytes": len(raw)}
    return SHAPE + json.dumps(shaped, sort_keys=True, ensure_ascii=False)


def _scrub_query(uri: str) -> str:
    parts = urlsplit(uri)
    if not parts.query:
        return uri
    query = [(k, SCRUBBED if k in RANDOM_QUERY else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in SECRET_JSON_KEYS and isinstance(v, str):
                out[k] = SCRUBBED
            elif k in SECRET_JSON_KEYS and isinstance(v, dict) and "token" in v:
                out[k] = {**v, "token": SCRUBBED}
            else:
                out[k] = _scrub_json(v)
        return out
    if isinstance(value, list):
        return [_scrub_json(v) for v in value]
    return value


def scrub_request(request: Any) -> Any:
    """Before a request is recorded or matched: its body becomes its shape, random query values go."""
    request.body = body_shape(request.body)
    request.uri = _scrub_query(request.uri)
    for header in list(request.headers):
        if header.lower() in ("authorization", "cookie"):
            del request.headers[header]
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in ("set-cookie", "authorization"):
            del headers[name]
    body = response.get("body", {}).get("string")
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), [""])
    if body and "json" in (content_type[0] if isinstance(content_type, list) else content_type):
        data = json.loads(body)
        cleaned = json.dumps(_scrub_json(data), ensure_ascii=False).encode()
        response["body"]["string"] = cleaned
        for name in list(headers):
            if name.lower() == "content-length":
                headers[name] = [str(len(cleaned))]
    return response


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "ksef_path", "query", "ksef_body"],
        "allow_playback_repeats": False,
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "filter_headers": ["authorization", "cookie", "set-cookie"],
        "allowed_hosts": ["127.0.0.1", "localhost"],
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


# ----------------------------------------------------------------------------------------------- target


@dataclass
class Target:
    """Where a scenario runs and the credentials it uses."""

    mode: str  # "replay", "sandbox" or "test"
    env: Environment
    nip: str
    ksef_token: str
    sandbox: Any = None
    xades_signer: Callable[[], Any] | None = None
    seed: str = ""
    """Hex digest of the test id: deterministic per-test values (invoice numbers) in recording and replay."""

    @property
    def replay(self) -> bool:
        return self.mode == "replay"

    def sleep(self, seconds: float) -> None:
        if not self.replay:
            time.sleep(min(seconds, 0.05) if self.mode == "sandbox" else seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio

        if not self.replay:
            await asyncio.sleep(min(seconds, 0.05) if self.mode == "sandbox" else seconds)

    def settle(self) -> None:
        """Let accepted invoices reach permanent storage and the HWM pass them: the sandbox's clock moves on
        (``Config.permanent_storage_delay`` + ``hwm_lag``), the real TEST is waited for, a replay needs nothing."""
        if self.mode == "sandbox":
            self.sandbox.control.settle()
        elif self.mode == "test":
            time.sleep(60)

    def poll(self) -> Any:
        from ksef_sdk.sessions import PollPolicy

        if self.mode == "test":
            return PollPolicy(initial=1.0, max_delay=10.0, timeout=600.0)
        return PollPolicy(initial=0.0 if self.replay else 0.05, factor=1.0, max_delay=0.05, timeout=30.0)

    @classmethod
    def from_environment(cls) -> Target:
        """The real TEST environment (``make record KSEF_ENV=test``). Variables:

        - ``KSEF_NIP``: the context NIP;
        - ``KSEF_TOKEN``: a KSeF token for that context with InvoiceWrite + InvoiceRead;
        - ``KSEF_XADES_P12`` / ``KSEF_XADES_PASSWORD`` (optional): a PKCS#12 certificate for XAdES
          (TEST accepts self-signed ones, see ``ksef_sdk.crypto.testcerts``); without them the XAdES scenario
          uses a self-signed personal certificate with ``KSEF_XADES_PESEL`` / the NIP.
        """
        nip, token = os.environ.get("KSEF_NIP"), os.environ.get("KSEF_TOKEN")
        if not nip or not token:
            pytest.fail("KSEF_ENV=test needs KSEF_NIP and KSEF_TOKEN")

        def signer() -> Any:
            p12 = os.environ.get("KSEF_XADES_P12")
            if p12:
                from ksef_sdk.crypto import XadesSigner

                password = os.environ.get("KSEF_XADES_PASSWORD", "").encode() or None
                return XadesSigner.from_pkcs12(Path(p12).read_bytes(), password)
            from ksef_sdk.crypto.testcerts import personal_certificate

            return personal_certificate(given_name="Jan", surname="Testowy", nip=nip).signer()

        return cls("test", TEST, nip, token, xades_signer=signer)


def _seed(request: pytest.FixtureRequest) -> str:
    return hashlib.sha256(request.node.name.encode()).hexdigest().upper()


@pytest.fixture(scope="session")
def e2e_sandbox() -> Iterator[Any]:
    from ksef_sandbox import SandboxServer

    with SandboxServer() as server:
        yield server


def _sandbox_target(request: pytest.FixtureRequest, sandbox: Any) -> Target:
    rng = random.Random(request.node.nodeid)
    nip = random_nip(rng)
    sandbox.control.seed_subject(nip, owners=[nip])
    sandbox.control.grant(nip, nip)
    token = sandbox.control.issue_ksef_token(nip)

    def signer() -> Any:
        from ksef_sdk.crypto.testcerts import personal_certificate

        return personal_certificate(given_name="Jan", surname="Kowalski", nip=nip).signer()

    return Target("sandbox", Environment.custom(sandbox.url), nip, token, sandbox, signer, _seed(request))


def _recorded_at(cassette: Path) -> dt.datetime:
    """The ``Date`` header of the cassette's first response: when it was recorded."""
    for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
        for name, values in interaction["response"]["headers"].items():
            if name.lower() == "date":
                return email.utils.parsedate_to_datetime(values[0])
    raise AssertionError(f"{cassette} has no Date header to replay at")


def deterministic_keys(nodeid: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Session keys derived from the test id, in recording and replay alike (see module docstring)."""
    seed = hashlib.sha256(nodeid.encode()).digest()
    counter = iter(range(1_000_000))

    def generate(cls: type[SessionKey]) -> SessionKey:
        material = hashlib.sha512(seed + next(counter).to_bytes(4, "big")).digest()
        return cls(material[:32], material[32:48])

    monkeypatch.setattr(SessionKey, "generate", classmethod(generate))


def replay_target(nodeid: str, name: str) -> tuple[Target, Any]:
    """The target of a recorded scenario replayed, and the time traveller that puts the clock back to when it
    was recorded (start it; stop it when done)."""
    cassette = CASSETTES / f"{name}.yaml"
    if not cassette.exists():
        pytest.fail(f"missing cassette {cassette}: run `make record`")
    # Replay at the time of recording: tokens, certificates and upload windows in the cassette are
    # valid then, so the client behaves as it did (no refresh the cassette lacks), whenever CI runs.
    traveller = time_machine.travel(_recorded_at(cassette), tick=True)
    nip = random_nip(random.Random(nodeid))
    # the recorded pre-signed URLs point at the sandbox that was recorded (loopback)
    env = Environment.custom(REPLAY_BASE, storage_hosts=("127.0.0.1", "localhost"))
    seed = hashlib.sha256(name.encode()).hexdigest().upper()
    return Target("replay", env, nip, "replayed-token", seed=seed), traveller


@pytest.fixture(params=[pytest.param("cassette", marks=pytest.mark.vcr), "live"])
def target(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Target:
    deterministic_keys(request.node.nodeid, monkeypatch)
    if request.param == "live":
        return _sandbox_target(request, request.getfixturevalue("e2e_sandbox"))
    record_mode = request.config.getoption("--record-mode") or "none"
    if record_mode == "none" and not request.config.getoption("--disable-recording"):
        replayed, traveller = replay_target(request.node.nodeid, request.node.name)
        traveller.start()
        request.addfinalizer(traveller.stop)
        return replayed
    if os.environ.get("KSEF_ENV", "").lower() == "test":
        return Target.from_environment()
    return _sandbox_target(request, request.getfixturevalue("e2e_sandbox"))
