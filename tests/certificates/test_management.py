"""KSeF tokens, permissions and authentication sessions through ksef_sdk.management, against the sandbox."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest
from certs_helpers import FAST, World
from ksef_sdk.authentication import KsefTokenAuthenticator, XadesAuthenticator, authenticate_with_ksef_token
from ksef_sdk.crypto.testcerts import personal_certificate
from ksef_sdk.errors import (
    AuthenticationRequiredError,
    BadRequestError,
    ConfigurationError,
    InvalidIdentifierError,
    InvalidKsefTokenError,
    NoPermissionsError,
    PermissionOperationError,
)
from ksef_sdk.http import build_client
from ksef_sdk.identifiers import ContextIdentifier, random_nip
from ksef_sdk.management import (
    EntityByFingerprint,
    EuEntity,
    IdDocument,
    PersonByFingerprint,
    PersonDetails,
    PersonWithoutIdentifier,
    Subject,
    authorization_grant,
    create_token,
    entity_grant,
    eu_entity_admin_grant,
    eu_entity_representative_grant,
    get_token,
    grant_permissions,
    indirect_grant,
    iter_auth_sessions,
    iter_permissions,
    iter_tokens,
    person_grant,
    revoke_auth_session,
    revoke_current_auth_session,
    revoke_permission,
    revoke_token,
    subunit_admin_grant,
)

PESEL = "80010112340"
FINGERPRINT = "A" * 64


# ------------------------------------------------------------------------------------------- tokens


def test_a_token_is_created_waited_for_listed_used_and_revoked(world: World) -> None:
    world.sandbox.control.configure(token_activation_polls=2)  # KSeF activates new tokens asynchronously
    new = create_token(world.xades, ["InvoiceRead", "InvoiceWrite"], "Integracja ERP", poll_policy=FAST)
    assert new.info is not None and new.info.status == "Active"
    assert new.info.permissions == ("InvoiceRead", "InvoiceWrite") and new.info.context_value == world.nip
    assert new.token not in repr(new) and new.reference_number in repr(new)
    listed = list(iter_tokens(world.xades, status=["Active"], description="Integracja", page_size=10))
    assert [t.reference_number for t in listed] == [new.reference_number]
    tokens = authenticate_with_ksef_token(world.public, new.token, world.nip, poll_policy=FAST)
    assert tokens.access.value
    revoke_token(world.xades, new.reference_number)
    assert get_token(world.xades, new.reference_number).status == "Revoked"
    with pytest.raises(InvalidKsefTokenError):
        authenticate_with_ksef_token(world.public, new.token, world.nip, poll_policy=FAST)


def test_tokens_are_listed_page_after_page(world: World) -> None:
    made = [
        create_token(world.xades, ["InvoiceRead"], f"Token nr {i:02}", wait=False).reference_number for i in range(13)
    ]
    assert sorted(t.reference_number for t in iter_tokens(world.xades, page_size=10)) == sorted(made)
    calls = world.sandbox.control.call_counts()["GET /tokens"]
    assert calls >= 2  # two pages of 10


def test_token_input_is_checked_before_sending_and_ksef_refusals_are_typed(world: World) -> None:
    before = sum(world.sandbox.control.call_counts().values())
    with pytest.raises(ConfigurationError, match="one or more of"):
        create_token(world.xades, ["InvoiceRead", "Everything"], "Opis tokenu")
    with pytest.raises(ConfigurationError, match="5-256"):
        create_token(world.xades, ["InvoiceRead"], "abc")
    with pytest.raises(ConfigurationError):
        create_token(world.xades, "InvoiceRead", "Opis tokenu")  # type: ignore[arg-type]
    with pytest.raises(InvalidIdentifierError):
        revoke_token(world.xades, "not-a-reference")
    assert sum(world.sandbox.control.call_counts().values()) == before
    person = personal_certificate(given_name="Jan", surname="Nowak", pesel=PESEL)
    world.sandbox.control.grant(world.nip, PESEL, ["InvoiceRead"])
    with (
        build_client(
            world.env, authenticator=XadesAuthenticator(world.public, person.signer(), world.nip, poll_policy=FAST)
        ) as c,
        pytest.raises(BadRequestError) as refused,
    ):  # a permission the caller does not hold (26001)
        create_token(c, ["InvoiceWrite"], "Za duze uprawnienia")
    assert refused.value.has_code(26001)


# -------------------------------------------------------------------------------------- permissions


def test_a_person_grant_takes_effect_is_queried_and_revoked(world: World) -> None:
    person = personal_certificate(given_name="Anna", surname="Nowak", pesel=PESEL)
    login = XadesAuthenticator(world.public, person.signer(), world.nip, poll_policy=FAST)
    with pytest.raises(NoPermissionsError):
        login()
    op = grant_permissions(
        world.xades,
        person_grant(Subject.pesel(PESEL), ["InvoiceWrite", "InvoiceRead"], "Ksiegowa", PersonDetails("Anna", "Nowak")),
        poll_policy=FAST,
    )
    assert op.done and op.code == 200
    assert login().access.value
    granted = list(iter_permissions(world.xades, "persons", {"queryType": "PermissionsGrantedInCurrentContext"}))
    mine = [p for p in granted if p.authorized_identifier.value == PESEL]
    assert {str(p.permission_scope) for p in mine} == {"InvoiceWrite", "InvoiceRead"}
    for item in mine:
        assert revoke_permission(world.xades, item.id, poll_policy=FAST).done
    assert not [
        p
        for p in iter_permissions(world.xades, "persons", {"queryType": "PermissionsGrantedInCurrentContext"})
        if p.authorized_identifier.value == PESEL
    ]
    with pytest.raises(NoPermissionsError):
        login()


def test_a_failed_operation_is_a_typed_error(world: World) -> None:
    with pytest.raises(PermissionOperationError) as failed:
        revoke_permission(world.xades, "no-such-permission", poll_policy=FAST)
    assert failed.value.code == 410 and failed.value.reference_number  # identifiers that do not match


def _internal_id(nip: str, unit: str) -> str:
    """``NIP-UUUUC``: KSeF checks the last digit (weights 1, 3, 1, 3... over the other 14, mod 10)."""
    digits = nip + unit
    return f"{nip}-{unit}{sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10}"


def _every_grant(nip: str, delegating_client: str, eu_admin: str) -> list[tuple[str, Any]]:
    person = PersonByFingerprint("Jan", "Kowalski", Subject.pesel(PESEL))
    nobody = PersonWithoutIdentifier("Hans", "Muller", dt.date(1980, 1, 1), IdDocument("Passport", "C01X00T47", "DE"))
    entity = EntityByFingerprint("Vendor GmbH", "Hauptstr. 1, Berlin")
    return [
        (
            "/permissions/persons/grants",
            person_grant(
                Subject.nip(random_nip()), ["CredentialsRead"], "Administrator", PersonDetails("Jan", "Nowak")
            ),
        ),
        (
            "/permissions/persons/grants",
            person_grant(Subject.fingerprint(FINGERPRINT), ["InvoiceRead"], "Osoba z certyfikatem", person),
        ),
        (
            "/permissions/persons/grants",
            person_grant(Subject.fingerprint(FINGERPRINT), ["InvoiceRead"], "Obcokrajowiec", nobody),
        ),
        (
            "/permissions/entities/grants",
            entity_grant(
                random_nip(),
                ["InvoiceRead", "InvoiceWrite"],
                "Biuro rachunkowe",
                "Biuro Rachunkowe sp. z o.o.",
                can_delegate=["InvoiceRead"],
            ),
        ),
        (
            "/permissions/authorizations/grants",
            authorization_grant(Subject.nip(random_nip()), "SelfInvoicing", "Samofakturowanie", "Kontrahent S.A."),
        ),
        (
            "/permissions/authorizations/grants",
            authorization_grant(Subject.peppol_id("PPL123456"), "PefInvoicing", "Dostawca Peppol", "Peppol Provider"),
        ),
        (
            "/permissions/indirect/grants",
            indirect_grant(
                Subject.pesel(PESEL), ["InvoiceRead"], "Posrednie", PersonDetails("Jan", "Nowak"), target="AllPartners"
            ),
        ),
        (
            "/permissions/indirect/grants",
            indirect_grant(
                Subject.nip(random_nip()),
                ["InvoiceWrite"],
                "Posrednie NIP",
                PersonDetails("Jan", "Nowak"),
                target=delegating_client,
            ),
        ),
        (
            "/permissions/subunits/grants",
            subunit_admin_grant(
                Subject.pesel(PESEL),
                ContextIdentifier.internal_id(_internal_id(nip, "0001")),
                "Admin jednostki",
                PersonDetails("Jan", "Nowak"),
                subunit_name="Oddzial Krakow",
            ),
        ),
        (
            "/permissions/eu-entities/administration/grants",
            eu_entity_admin_grant(
                eu_admin,
                ContextIdentifier.nip_vat_ue(f"{nip}-DE123456789"),
                "Administrator UE",
                eu_entity_name="Vendor GmbH",
                details=entity,
                eu_entity=EuEntity("Vendor GmbH", "Hauptstr. 1, Berlin"),
            ),
        ),
        (
            "/permissions/eu-entities/grants",
            eu_entity_representative_grant(FINGERPRINT, ["InvoiceWrite"], "Reprezentant UE", nobody),
        ),
    ]


def test_every_grant_kind_builds_a_spec_valid_request_and_is_accepted(world: World, spec_request: Any) -> None:
    # an indirect grant for one client needs that client's entity grant with delegation (else 440)
    client_nip = random_nip()
    tokens = authenticate_with_ksef_token(world.public, world.sandbox.control.issue_ksef_token(client_nip), client_nip)
    with build_client(world.env, tokens=tokens) as client:
        delegation = entity_grant(
            world.nip, ["InvoiceWrite"], "Biuro", "Biuro sp. z o.o.", can_delegate=["InvoiceWrite"]
        )
        assert grant_permissions(client, delegation, poll_policy=FAST).done
    # an EU entity's representatives are granted in its own context, by the administrator it was given
    admin = personal_certificate(given_name="Hans", surname="Muller", pesel="80010112340")
    admin_fingerprint = hashlib.sha256(admin.cert_der()).hexdigest().upper()
    eu_login = XadesAuthenticator(
        world.public,
        admin.signer(),
        ContextIdentifier.nip_vat_ue(f"{world.nip}-DE123456789"),
        subject_identifier_type="certificateFingerprint",
        poll_policy=FAST,
    )
    with build_client(world.env, authenticator=eu_login) as eu_admin:
        for path, request in _every_grant(world.nip, client_nip, admin_fingerprint):
            spec_request("POST", path, request.to_dict())  # valid by openapi.yaml
            granting = eu_admin if path == "/permissions/eu-entities/grants" else world.xades
            assert grant_permissions(granting, request, poll_policy=FAST).done, path


@pytest.mark.parametrize(
    ("builder", "match"),
    [
        (
            lambda: person_grant(Subject.pesel(PESEL), ["Everything"], "Opis zly", PersonDetails("Jan", "Nowak")),
            "one or more",
        ),
        (
            lambda: person_grant(
                Subject.peppol_id("PPL123456"), ["InvoiceRead"], "Opis zly", PersonDetails("Jan", "Nowak")
            ),
            "Subject of type",
        ),
        (lambda: entity_grant("123", ["InvoiceRead"], "Opis zly", "Firma S.A."), "NIP"),
        (lambda: authorization_grant(Subject.nip(random_nip()), "Everything", "Opis zly", "Firma S.A."), "one of"),
        (
            lambda: subunit_admin_grant(
                Subject.pesel(PESEL), ("InternalId", "5265877635-00001"), "Opis zly", PersonDetails("Jan", "Nowak")
            ),
            "subunit_name",
        ),
        (lambda: person_grant(Subject.pesel(PESEL), ["InvoiceRead"], "abc", PersonDetails("Jan", "Nowak")), "5-256"),
        (lambda: Subject.fingerprint("xyz"), "64 hexadecimal"),
    ],
)
def test_bad_grant_input_is_refused_before_sending(builder: Any, match: str) -> None:
    with pytest.raises((ConfigurationError, InvalidIdentifierError), match=match):
        builder()


@pytest.mark.parametrize(
    ("kind", "filters"),
    [
        ("personal", {}),
        ("persons", {"queryType": "PermissionsGrantedInCurrentContext"}),
        ("subunits", {}),
        ("entities", {}),
        ("authorizations", {"queryType": "Granted"}),
        ("eu_entities", {}),
        ("entity_roles", None),
        ("subordinate_roles", {}),
    ],
)
def test_every_permission_query_is_an_iterator(world: World, kind: str, filters: Any) -> None:
    assert isinstance(list(iter_permissions(world.xades, kind, filters)), list)


def test_permission_query_input_is_checked(world: World) -> None:
    with pytest.raises(ConfigurationError, match="one of"):
        list(iter_permissions(world.xades, "everything"))
    with pytest.raises(ConfigurationError, match="queryType"):
        list(iter_permissions(world.xades, "persons", {}))
    with pytest.raises(ConfigurationError, match="no filters"):
        list(iter_permissions(world.xades, "entity_roles", {"x": 1}))


# ---------------------------------------------------------------------------- authentication sessions


def test_authentication_sessions_are_listed_and_revoked(world: World) -> None:
    # access tokens of 30 s are refreshed before every request (margin 60 s): the refresh token is exercised
    world.sandbox.control.set_token_lifetimes(access=dt.timedelta(seconds=30))
    token = world.sandbox.control.issue_ksef_token(world.nip)
    auth = KsefTokenAuthenticator(world.public, token, world.nip, poll_policy=FAST)
    with build_client(world.env, tokens=auth()) as first, build_client(world.env, tokens=auth()) as second:
        listed = list(iter_auth_sessions(first, page_size=10))
        assert sum(s.is_current for s in listed) == 1 and len(listed) >= 2
        other = next(s for s in iter_auth_sessions(second) if s.is_current)
        assert other.method == "Token" and other.started <= dt.datetime.now(dt.timezone.utc)
        revoke_auth_session(first, other.reference_number)
        assert other.reference_number not in {s.reference_number for s in iter_auth_sessions(first)}
        with pytest.raises(AuthenticationRequiredError):  # its refresh token died with the session
            list(iter_auth_sessions(second))
        revoke_current_auth_session(first)
        with pytest.raises(AuthenticationRequiredError):
            list(iter_auth_sessions(first))
    # a client with an authenticator simply logs in again
    with build_client(world.env, tokens=auth(), authenticator=auth) as third:
        revoke_current_auth_session(third)
        assert any(s.is_current for s in iter_auth_sessions(third))
