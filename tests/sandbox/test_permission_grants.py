"""Every grant kind of ``uprawnienia.md``: checked, stored, in force once its operation completes, queryable,
revocable; the permissions it gives at login."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from ksef_sandbox import SandboxServer
from sandbox_helpers import Client, random_nip, self_signed, xades_sign

PERSON = {"subjectDetailsType": "PersonByIdentifier", "personById": {"firstName": "Anna", "lastName": "Nowak"}}
BY_FP = {
    "subjectDetailsType": "PersonByFingerprintWithIdentifier",
    "personByFpWithId": {
        "firstName": "Jan",
        "lastName": "Kowal",
        "identifier": {"type": "Pesel", "value": "90010112345"},
    },
}
ENTITY = {"fullName": "Biuro Rachunkowe sp. z o.o."}


class Person:
    """A holder of a self-signed certificate, identified to KSeF by its fingerprint."""

    def __init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.cert = self_signed(self.key, [x509.NameAttribute(NameOID.COMMON_NAME, "Osoba testowa")])
        self.fingerprint = hashlib.sha256(self.cert.public_bytes(serialization.Encoding.DER)).hexdigest().upper()

    def login(self, http: httpx.Client, ctx_type: str, ctx_value: str) -> tuple[int, Client]:
        """XAdES authentication in the context: the status code, and a client holding the tokens when 200."""
        ch = http.post("/auth/challenge").json()["challenge"]
        xml = (
            f'<AuthTokenRequest xmlns="http://ksef.mf.gov.pl/auth/token/2.1"><Challenge>{ch}</Challenge>'
            f"<ContextIdentifier><{ctx_type}>{ctx_value}</{ctx_type}></ContextIdentifier>"
            "<SubjectIdentifierType>certificateFingerprint</SubjectIdentifierType></AuthTokenRequest>"
        ).encode()
        r = http.post(
            "/auth/xades-signature",
            content=xades_sign(xml, self.key, self.cert),
            headers={"Content-Type": "application/xml"},
        )
        assert r.status_code == 202, r.text
        c = Client(http)
        token = r.json()["authenticationToken"]["token"]
        status = c.wait_auth(r.json()["referenceNumber"], token)["status"]["code"]
        if status == 200:
            tokens = http.post("/auth/token/redeem", headers=c.headers(token)).json()
            c.access = tokens["accessToken"]["token"]
        return status, c


def _operation(client: Client, r: httpx.Response, reads: int = 5) -> dict[str, Any]:
    assert r.status_code == 202, r.text
    url = f"/permissions/operations/{r.json()['referenceNumber']}"
    for _ in range(reads):
        st = client.http.get(url, headers=client.headers()).json()["status"]
        if st["code"] != 100:
            return st  # type: ignore[no-any-return]
    raise AssertionError("operation still in progress")


def _post(client: Client, path: str, body: dict[str, Any]) -> httpx.Response:
    return client.http.post(path, headers=client.headers(), json=body)


def _query(client: Client, path: str, body: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    r = client.http.post(path, headers=client.headers(), json=body or {})
    assert r.status_code == 200, r.text
    data = r.json()
    return data.get("permissions", data.get("authorizationGrants", data.get("roles")))  # type: ignore[no-any-return]


@pytest.fixture(autouse=True)
def no_limits(sandbox: SandboxServer) -> None:
    sandbox.control.set_rate_limits(False)  # many grants, logins and queries in one context


def test_person_grant_is_in_force_once_its_operation_completes(
    sandbox: SandboxServer, http: httpx.Client, client: Client, nip: str
) -> None:
    person = Person()
    grant = _post(
        client,
        "/permissions/persons/grants",
        {
            "subjectIdentifier": {"type": "Fingerprint", "value": person.fingerprint},
            "permissions": ["InvoiceRead", "Introspection"],
            "description": "Księgowa",
            "subjectDetails": BY_FP,
        },
    )
    assert grant.status_code == 202
    assert person.login(http, "Nip", nip)[0] == 415  # accepted, not yet in force
    op_url = f"/permissions/operations/{grant.json()['referenceNumber']}"
    assert client.http.get(op_url, headers=client.headers()).json()["status"] == {
        "code": 100,
        "description": "Operacja przyjęta do realizacji",
    }
    assert client.http.get(op_url, headers=client.headers()).json()["status"]["code"] == 200
    status, reader = person.login(http, "Nip", nip)
    assert status == 200
    assert (
        reader.http.get(f"/invoices/ksef/{nip}-20260101-000000000000-00", headers=reader.headers()).status_code == 400
    )
    assert (
        reader.http.post(
            "/tokens", headers=reader.headers(), json={"permissions": ["InvoiceWrite"], "description": "x" * 10}
        ).json()["exception"]["exceptionDetailList"][0]["exceptionCode"]
        == 26001
    )
    mine = _query(reader, "/permissions/query/personal/grants")
    assert sorted(p["permissionScope"] for p in mine) == ["Introspection", "InvoiceRead"]
    assert all(p["subjectPersonDetails"]["lastName"] == "Kowal" for p in mine)
    granted = _query(client, "/permissions/query/persons/grants", {"queryType": "PermissionsGrantedInCurrentContext"})
    assert {p["authorizedIdentifier"]["value"] for p in granted} == {person.fingerprint}
    assert {p["authorIdentifier"]["value"] for p in granted} == {nip}  # granted with the owner's KSeF token
    # revoked once the revocation's operation completes
    read = next(p for p in granted if p["permissionScope"] == "InvoiceRead")
    revoke = client.http.delete(f"/permissions/common/grants/{read['id']}", headers=client.headers())
    assert _operation(client, revoke)["code"] == 200
    left = _query(client, "/permissions/query/persons/grants", {"queryType": "PermissionsInCurrentContext"})
    assert [p["permissionScope"] for p in left if p["authorizedIdentifier"]["value"] == person.fingerprint] == [
        "Introspection"
    ]
    status, reader = person.login(http, "Nip", nip)
    assert status == 200
    assert (
        reader.http.get(f"/invoices/ksef/{nip}-20260101-000000000000-00", headers=reader.headers()).status_code == 403
    )


def test_enforcement_operations_need_an_enforcement_context(client: Client) -> None:
    r = _post(
        client,
        "/permissions/persons/grants",
        {
            "subjectIdentifier": {"type": "Pesel", "value": "90010112345"},
            "permissions": ["EnforcementOperations"],
            "description": "Egzekucja",
            "subjectDetails": PERSON,
        },
    )
    assert _operation(client, r)["code"] == 430


def test_entity_grant_delegation_and_indirect_grants(
    sandbox: SandboxServer, http: httpx.Client, client: Client, nip: str
) -> None:
    office_nip = random_nip()  # an accounting office serving this client (nip)
    office = Client(http)
    office.authenticate(office_nip, sandbox.control.issue_ksef_token(office_nip))
    employee = Person()
    indirect = {
        "subjectIdentifier": {"type": "Fingerprint", "value": employee.fingerprint},
        "targetIdentifier": {"type": "Nip", "value": nip},
        "permissions": ["InvoiceRead"],
        "description": "Obsługa klienta",
        "subjectDetails": BY_FP,
    }
    assert (
        _operation(office, _post(office, "/permissions/indirect/grants", indirect))["code"] == 440
    )  # no delegation yet
    entity = {
        "subjectIdentifier": {"type": "Nip", "value": office_nip},
        "permissions": [{"type": "InvoiceRead", "canDelegate": True}, {"type": "InvoiceWrite", "canDelegate": False}],
        "description": "Biuro rachunkowe",
        "subjectDetails": ENTITY,
    }
    assert _operation(client, _post(client, "/permissions/entities/grants", entity))["code"] == 200
    received = _query(office, "/permissions/query/entities/grants")
    assert {(p["permissionScope"], p["canDelegate"], p["contextIdentifier"]["value"]) for p in received} == {
        ("InvoiceRead", True, nip),
        ("InvoiceWrite", False, nip),
    }
    assert employee.login(http, "Nip", nip)[0] == 415
    assert _operation(office, _post(office, "/permissions/indirect/grants", indirect))["code"] == 200
    status, worker = employee.login(http, "Nip", nip)
    assert status == 200
    assert [p["permissionScope"] for p in _query(worker, "/permissions/query/personal/grants")] == ["InvoiceRead"]
    by_office = _query(office, "/permissions/query/persons/grants", {"queryType": "PermissionsGrantedInCurrentContext"})
    assert [(p["targetIdentifier"], p["permissionState"]) for p in by_office] == [
        ({"type": "Nip", "value": nip}, "Active")
    ]
    # general grant: every client that let the office delegate
    general = Person()
    body = {**indirect, "subjectIdentifier": {"type": "Fingerprint", "value": general.fingerprint}}
    del body["targetIdentifier"]
    assert _operation(office, _post(office, "/permissions/indirect/grants", body))["code"] == 200
    assert general.login(http, "Nip", nip)[0] == 200
    assert general.login(http, "Nip", random_nip())[0] == 415


def test_authorizations_are_listed_both_ways_and_revoked_at_once(
    sandbox: SandboxServer, http: httpx.Client, client: Client, nip: str
) -> None:
    buyer_nip = random_nip()
    buyer = Client(http)
    buyer.authenticate(buyer_nip, sandbox.control.issue_ksef_token(buyer_nip))
    body = {
        "subjectIdentifier": {"type": "Nip", "value": buyer_nip},
        "permission": "SelfInvoicing",
        "description": "Samofakturowanie",
        "subjectDetails": ENTITY,
    }
    assert _operation(client, _post(client, "/permissions/authorizations/grants", body))["code"] == 200
    [given] = _query(client, "/permissions/query/authorizations/grants", {"queryType": "Granted"})
    assert (given["authorizationScope"], given["authorizedEntityIdentifier"]["value"]) == ("SelfInvoicing", buyer_nip)
    [got] = _query(buyer, "/permissions/query/authorizations/grants", {"queryType": "Received"})
    assert got["id"] == given["id"] and got["authorizingEntityIdentifier"] == {"type": "Nip", "value": nip}
    assert _query(buyer, "/permissions/query/authorizations/grants", {"queryType": "Granted"}) == []
    revoke = client.http.delete(f"/permissions/authorizations/grants/{given['id']}", headers=client.headers())
    assert revoke.status_code == 202
    assert _query(buyer, "/permissions/query/authorizations/grants", {"queryType": "Received"}) == []
    wrong_kind = client.http.delete(f"/permissions/common/grants/{given['id']}", headers=client.headers())
    assert _operation(client, wrong_kind)["code"] == 410


def _internal_id(nip: str, unit: str) -> str:
    digits = nip + unit
    check = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10
    return f"{nip}-{unit}{check}"


def test_subunit_administrators(sandbox: SandboxServer, http: httpx.Client, client: Client, nip: str) -> None:
    admin = Person()
    unit = _internal_id(nip, "0001")
    body = {
        "subjectIdentifier": {"type": "Fingerprint", "value": admin.fingerprint},
        "contextIdentifier": {"type": "InternalId", "value": unit},
        "description": "Administrator oddziału",
        "subunitName": "Oddział Kraków",
        "subjectDetails": BY_FP,
    }
    bad = {**body, "contextIdentifier": {"type": "InternalId", "value": unit[:-1] + str((int(unit[-1]) + 1) % 10)}}
    assert _post(client, "/permissions/subunits/grants", bad).status_code == 400  # check digit
    other = {**body, "contextIdentifier": {"type": "InternalId", "value": _internal_id(random_nip(), "0001")}}
    assert _operation(client, _post(client, "/permissions/subunits/grants", other))["code"] == 410
    assert _operation(client, _post(client, "/permissions/subunits/grants", body))["code"] == 200
    [listed] = _query(client, "/permissions/query/subunits/grants")
    assert (listed["subunitIdentifier"], listed["permissionScope"], listed["subunitName"]) == (
        {"type": "InternalId", "value": unit},
        "CredentialsManage",
        "Oddział Kraków",
    )
    status, unit_admin = admin.login(http, "InternalId", unit)
    assert status == 200
    grant = _post(
        unit_admin,
        "/permissions/persons/grants",
        {
            "subjectIdentifier": {"type": "Pesel", "value": "90010112345"},
            "permissions": ["InvoiceWrite"],
            "description": "Fakturzystka",
            "subjectDetails": PERSON,
        },
    )
    assert _operation(unit_admin, grant)["code"] == 200  # the unit's administrator manages its permissions
    subordinate = {**body, "contextIdentifier": {"type": "Nip", "value": random_nip()}}
    assert _operation(client, _post(client, "/permissions/subunits/grants", subordinate))["code"] == 430


def test_eu_entity_administrator_and_representatives(
    sandbox: SandboxServer, http: httpx.Client, client: Client, nip: str
) -> None:
    admin, representative = Person(), Person()
    compound = f"{nip}-DE123456789"
    body = {
        "subjectIdentifier": {"type": "Fingerprint", "value": admin.fingerprint},
        "contextIdentifier": {"type": "NipVatUe", "value": compound},
        "description": "Administrator podmiotu unijnego",
        "euEntityName": "Beispiel GmbH",
        "subjectDetails": BY_FP,
        "euEntityDetails": {"fullName": "Beispiel GmbH", "address": "Berlin"},
    }
    assert _operation(client, _post(client, "/permissions/eu-entities/administration/grants", body))["code"] == 200
    listed = _query(client, "/permissions/query/eu-entities/grants")
    assert sorted(p["permissionScope"] for p in listed) == [
        "Introspection",
        "InvoiceRead",
        "InvoiceWrite",
        "VatUeManage",
    ]
    assert {p["vatUeIdentifier"] for p in listed} == {"DE123456789"}
    status, eu_admin = admin.login(http, "NipVatUe", compound)
    assert status == 200
    rep = {
        "subjectIdentifier": {"type": "Fingerprint", "value": representative.fingerprint},
        "permissions": ["InvoiceWrite"],
        "description": "Reprezentant",
        "subjectDetails": BY_FP,
    }
    assert _operation(eu_admin, _post(eu_admin, "/permissions/eu-entities/grants", rep))["code"] == 200
    in_compound = _query(
        eu_admin,
        "/permissions/query/eu-entities/grants",
        {"authorizedFingerprintIdentifier": representative.fingerprint},
    )
    assert [p["permissionScope"] for p in in_compound] == ["InvoiceWrite"]
    assert representative.login(http, "NipVatUe", compound)[0] == 200
    forbidden = _post(client, "/permissions/eu-entities/grants", rep)
    assert forbidden.status_code == 403  # VatUeManage is needed (the NIP's owner does not hold it)


def test_entity_roles_come_from_test_data(http: httpx.Client, sandbox: SandboxServer) -> None:
    group_nip, member_nip = random_nip(), random_nip()
    http.post(
        "/testdata/subject",
        json={
            "subjectNip": group_nip,
            "subjectType": "VatGroup",
            "description": "Grupa VAT",
            "subunits": [{"subjectNip": member_nip, "description": "Członek"}],
        },
    )
    group, member = Client(http), Client(http)
    group.authenticate(group_nip, sandbox.control.issue_ksef_token(group_nip))
    member.authenticate(member_nip, sandbox.control.issue_ksef_token(member_nip))
    assert [r["role"] for r in _query_get(group, "/permissions/query/entities/roles")] == ["VatGroupUnit"]
    [role] = _query_get(member, "/permissions/query/entities/roles")
    assert role["role"] == "VatGroupSubUnit" and role["parentEntityIdentifier"] == {"type": "Nip", "value": group_nip}
    [sub] = _query(group, "/permissions/query/subordinate-entities/roles")
    assert sub["subordinateEntityIdentifier"]["value"] == member_nip and sub["role"] == "VatGroupSubUnit"
    assert _query_get(group, "/permissions/query/entities/roles")[0]["description"] == "Grupa VAT"


def _query_get(client: Client, path: str) -> list[dict[str, Any]]:
    r = client.http.get(path, headers=client.headers())
    assert r.status_code == 200, r.text
    return r.json()["roles"]  # type: ignore[no-any-return]
