"""The async entry points share the flows of the sync ones: certificates, tokens, permissions and
authentication sessions through an async client."""

from __future__ import annotations

from certs_helpers import FAST, World
from ksef_sdk.authentication import XadesAuthenticator
from ksef_sdk.certificates import aenroll_certificate, aiter_certificates, arenew_certificate, arevoke_certificate
from ksef_sdk.http import build_async_client, build_async_public_client
from ksef_sdk.management import (
    PersonDetails,
    Subject,
    acreate_token,
    agrant_permissions,
    aiter_auth_sessions,
    aiter_permissions,
    aiter_tokens,
    arevoke_permission,
    arevoke_token,
    person_grant,
)


async def test_the_async_twins(world: World) -> None:
    async with build_async_public_client(world.env) as public:
        auth = XadesAuthenticator(public, world.seal.signer(), world.nip, poll_policy=FAST)
        async with build_async_client(world.env, authenticator=auth.authenticate_async) as client:
            cert = await aenroll_certificate(client, "Async serwer", "Offline", poll_policy=FAST)
            renewal = await arenew_certificate(client, cert, force=True, revoke_previous=True, poll_policy=FAST)
            statuses = {c.serial_number: c.status async for c in aiter_certificates(client)}
            assert statuses == {cert.serial_number: "Revoked", renewal.current.serial_number: "Active"}
            await arevoke_certificate(client, renewal.current.serial_number, reason="KeyCompromise")

            new = await acreate_token(client, ["InvoiceRead"], "Async token", poll_policy=FAST)
            assert [t.reference_number async for t in aiter_tokens(client)] == [new.reference_number]
            await arevoke_token(client, new.reference_number)

            grant = person_grant(
                Subject.pesel("80010112340"), ["InvoiceRead"], "Async grant", PersonDetails("Jan", "Nowak")
            )
            assert (await agrant_permissions(client, grant, poll_policy=FAST)).done
            query = {"queryType": "PermissionsGrantedInCurrentContext"}
            granted = [p async for p in aiter_permissions(client, "persons", query)]
            assert len(granted) == 1
            assert (await arevoke_permission(client, granted[0].id, poll_policy=FAST)).done
            sessions = [s async for s in aiter_auth_sessions(client)]
            assert any(s.is_current for s in sessions)
