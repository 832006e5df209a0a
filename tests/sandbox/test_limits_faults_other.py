"""Rate limits (429 in both formats), fault injection, and the remaining operations of the spec."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from ksef_api._tables import OPERATIONS
from ksef_sandbox import SandboxServer
from ksef_sandbox.api.routes import ROUTES
from sandbox_helpers import Client


def test_every_spec_operation_is_routed() -> None:
    assert {r.key for r in ROUTES} == {o["key"] for o in OPERATIONS}


def test_rate_limit_429_both_formats(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.control.set_rate_limits(True, scale=0.05)  # 60/s public limit -> 3/s
    codes = [http.post("/auth/challenge").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    r = http.post("/auth/challenge")
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    assert r.json()["status"]["code"] == 429
    p = http.post("/auth/challenge", headers={"X-Error-Format": "problem-details"})
    assert p.status_code == 429 and p.headers["content-type"].startswith("application/problem+json")
    assert p.json()["status"] == 429
    # the window slides: one second later requests pass again
    sandbox.control.advance_time(timedelta(seconds=1.1))
    assert http.post("/auth/challenge").status_code == 200
    # per IP: another client address has its own window
    sandbox.control.set_rate_limits(True, scale=0.05)
    for _ in range(3):
        http.post("/auth/challenge")
    assert http.post("/auth/challenge").status_code == 429
    assert http.post("/auth/challenge", headers={"X-Forwarded-For": "127.0.0.9"}).status_code == 200


def test_rate_limit_per_minute_window(sandbox: SandboxServer, client: Client) -> None:
    sandbox.control.set_rate_limits(True, scale=1.0)  # GET /sessions: 5/s, 10/min, 60/h
    statuses = []
    for _ in range(11):
        statuses.append(
            client.http.get("/sessions", params={"sessionType": "Online"}, headers=client.headers()).status_code
        )
        sandbox.control.advance_time(timedelta(seconds=1))
    assert statuses[:10] == [200] * 10 and statuses[10] == 429


def test_fault_status_times(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.control.inject_fault("POST /auth/challenge", status=503, times=2)
    assert [http.post("/auth/challenge").status_code for _ in range(3)] == [503, 503, 200]
    sandbox.control.inject_fault("/auth/*", status=429, times=1, retry_after=3)
    r = http.post("/auth/challenge")
    assert r.status_code == 429 and r.headers["retry-after"] == "3"


def test_fault_probability_is_seeded(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.faults.random.seed(1)
    sandbox.control.inject_fault("GET /security/*", status=500, times=None, probability=0.5)
    codes = [http.get("/security/public-key-certificates").status_code for _ in range(40)]
    assert 5 < codes.count(500) < 35 and codes.count(200) > 5


def test_fault_truncate_and_drop(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.control.inject_fault("POST /auth/challenge", truncate=10)
    r = http.post("/auth/challenge")
    assert r.status_code == 200 and len(r.content) == 10
    with pytest.raises(json.JSONDecodeError):
        r.json()
    sandbox.control.inject_fault("POST /auth/challenge", drop=True)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post("/auth/challenge")
    assert http.post("/auth/challenge").status_code == 200


def test_fault_latency(sandbox: SandboxServer, http: httpx.Client) -> None:
    sandbox.control.inject_fault("POST /auth/challenge", latency=0.3)
    with pytest.raises(httpx.ReadTimeout):
        http.post("/auth/challenge", timeout=0.05)


def test_key_rotation_and_retirement(sandbox: SandboxServer, client: Client) -> None:
    old = client.public_key("SymmetricKeyEncryption")
    new = sandbox.control.rotate_key("SymmetricKeyEncryption")
    listed = client.http.get("/security/public-key-certificates").json()
    assert {old["publicKeyId"], new.public_key_id} <= {k["publicKeyId"] for k in listed}
    sandbox.control.retire_key(new.public_key_id)
    from sandbox_helpers import SessionKeys

    enc = client.encryption(
        SessionKeys(b"k" * 32, b"i" * 16), {"certificate": old["certificate"], "publicKeyId": new.public_key_id}
    )
    r = client.http.post("/sessions/online", headers=client.headers(), json={"formCode": Client.FA3, "encryption": enc})
    assert r.status_code == 400 and r.json()["exception"]["exceptionDetailList"][0]["exceptionCode"] == 21470


def test_other_operations_answer(sandbox: SandboxServer, client: Client, http: httpx.Client, nip: str) -> None:
    h = client.headers()
    now = datetime.now(timezone.utc)
    assert http.get("/limits/context", headers=h).json()["onlineSession"]["maxInvoices"] == 10000
    assert http.get("/limits/subject", headers=h).status_code == 200
    assert set(http.get("/rate-limits", headers=h).json()) >= {"invoiceSend", "other"}
    assert http.get("/auth/sessions", headers=h).json()["items"][0]["isCurrent"] is True
    assert http.get("/peppol/query").json() == {"peppolProviders": [], "hasMore": False}
    grant = http.post(
        "/permissions/persons/grants",
        headers=h,
        json={
            "subjectIdentifier": {"type": "Pesel", "value": "90010112345"},
            "permissions": ["InvoiceRead"],
            "description": "reader grant",
            "subjectDetails": {
                "subjectDetailsType": "PersonByIdentifier",
                "personById": {"firstName": "Anna", "lastName": "Bąk"},
            },
        },
    )
    assert grant.status_code == 202
    op_url = f"/permissions/operations/{grant.json()['referenceNumber']}"
    assert http.get(op_url, headers=h).json()["status"]["code"] == 100  # asynchronous: in force once done
    assert http.get(op_url, headers=h).json()["status"]["code"] == 200
    perms = http.post(
        "/permissions/query/persons/grants", headers=h, json={"queryType": "PermissionsGrantedInCurrentContext"}
    ).json()
    assert [p["permissionScope"] for p in perms["permissions"]] == ["InvoiceRead"]
    assert http.delete(f"/permissions/common/grants/{perms['permissions'][0]['id']}", headers=h).status_code == 202
    for path, body in [
        ("/permissions/query/personal/grants", {}),
        ("/permissions/query/subunits/grants", {}),
        ("/permissions/query/entities/grants", {}),
        ("/permissions/query/subordinate-entities/roles", {}),
        ("/permissions/query/authorizations/grants", {"queryType": "Granted"}),
        ("/permissions/query/eu-entities/grants", {}),
        ("/certificates/query", {}),
    ]:
        assert http.post(path, headers=h, json=body).status_code == 200, path
    assert http.get("/permissions/query/entities/roles", headers=h).status_code == 200
    assert http.get("/permissions/attachments/status", headers=h).json()["isAttachmentAllowed"] is False
    assert http.post("/testdata/attachment", json={"nip": nip}).status_code == 200
    assert http.get("/permissions/attachments/status", headers=h).json()["isAttachmentAllowed"] is True
    assert http.get("/certificates/limits", headers=h).status_code == 200
    assert http.get("/certificates/enrollments/data", headers=h).status_code == 400  # token auth: 25001
    assert (
        http.post(
            "/testdata/subject", json={"subjectNip": nip, "subjectType": "VatGroup", "description": "group"}
        ).status_code
        == 200
    )
    assert (
        http.post(
            "/testdata/subject", json={"subjectNip": nip, "subjectType": "VatGroup", "description": "group"}
        ).status_code
        == 400
    )
    assert (
        http.post(
            "/testdata/limits/context/session",
            headers=h,
            json={
                "onlineSession": {"maxInvoiceSizeInMB": 1, "maxInvoiceWithAttachmentSizeInMB": 3, "maxInvoices": 5},
                "batchSession": {"maxInvoiceSizeInMB": 1, "maxInvoiceWithAttachmentSizeInMB": 3, "maxInvoices": 5},
            },
        ).status_code
        == 200
    )
    assert http.get("/limits/context", headers=h).json()["onlineSession"]["maxInvoices"] == 5
    assert http.delete("/testdata/limits/context/session", headers=h).status_code == 200
    ci = http.post(
        "/collective-identifiers/query",
        headers=h,
        json={
            "dateCreatedFrom": (now - timedelta(days=1)).isoformat(),
            "dateCreatedTo": (now + timedelta(days=1)).isoformat(),
        },
    )
    assert ci.json() == {"collectiveIdentifiers": []}
    sessions = http.get("/sessions", params={"sessionType": "Batch"}, headers=h).json()
    assert sessions == {"sessions": []}
    # blocking the context makes new authentications fail with 480
    assert (
        http.post("/testdata/context/block", json={"contextIdentifier": {"type": "Nip", "value": nip}}).status_code
        == 200
    )
    assert Client(http).authenticate(nip, sandbox.control.issue_ksef_token(nip))["status"]["code"] == 480
    assert (
        http.post("/testdata/context/unblock", json={"contextIdentifier": {"type": "Nip", "value": nip}}).status_code
        == 200
    )
    assert http.delete("/auth/sessions/current", headers=h).status_code == 204
    assert http.post("/auth/token/refresh", headers=client.headers(client.refresh)).status_code == 401
