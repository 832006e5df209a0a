"""Authentication sessions (``auth/sesje.md``): list them, end the current one or another.

Ending a session invalidates its refresh token; access tokens already issued stay valid until they
expire::

    for session in iter_auth_sessions(client):
        print(session.reference_number, session.method, session.is_current, session.started)
    revoke_auth_session(client, other.reference_number)
    revoke_current_auth_session(client)          # "log out": this client's refresh token stops working
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

from ksef_sdk import defaults
from ksef_sdk.errors import ConfigurationError
from ksef_sdk.flow import Call, Emit, Flow, StreamFlow, iterate_async, iterate_sync, run_async, run_sync
from ksef_sdk.http._client import AsyncSecuredClient, SyncSecuredClient, workflow_env
from ksef_sdk.identifiers import validate_reference_number

__all__ = [
    "AuthSession",
    "aiter_auth_sessions",
    "arevoke_auth_session",
    "arevoke_current_auth_session",
    "auth_sessions_flow",
    "iter_auth_sessions",
    "revoke_auth_session",
    "revoke_auth_session_flow",
    "revoke_current_auth_session",
]


def _opt(value: Any) -> Any:
    from ksef_api.types import Unset

    return None if isinstance(value, Unset) else value


@dataclass(frozen=True)
class AuthSession:
    """One active authentication (``AuthenticationListItem``)."""

    reference_number: str
    started: dt.datetime
    method: str
    method_category: str
    method_display_name: str
    status_code: int
    is_current: bool
    is_token_redeemed: bool | None = None
    last_token_refresh: dt.datetime | None = None
    refresh_token_valid_until: dt.datetime | None = None

    @classmethod
    def from_api(cls, item: Any) -> AuthSession:
        info = item.authentication_method_info
        return cls(
            reference_number=item.reference_number,
            started=item.start_date,
            method=str(info.code),
            method_category=str(info.category),
            method_display_name=str(info.display_name),
            status_code=int(item.status.code),
            is_current=bool(_opt(item.is_current)),
            is_token_redeemed=_opt(item.is_token_redeemed),
            last_token_refresh=_opt(item.last_token_refresh_date),
            refresh_token_valid_until=_opt(item.refresh_token_valid_until),
        )


def auth_sessions_flow(*, page_size: int = defaults.AUTH_SESSION_PAGE_SIZE) -> StreamFlow:
    """``GET /auth/sessions`` page after page (``x-continuation-token``)."""
    from ksef_api.api.auth_sessions import get_auth_sessions as op
    from ksef_api.models.authentication_list_response import AuthenticationListResponse

    if not 10 <= page_size <= 100:
        raise ConfigurationError("auth session page_size must be 10..100")
    kwargs: dict[str, Any] = {"page_size": page_size}
    while True:
        page = yield Call(op, kwargs, expected=AuthenticationListResponse)
        if page.items:
            yield Emit([AuthSession.from_api(item) for item in page.items])
        continuation = _opt(page.continuation_token)
        if not continuation:
            return
        kwargs["x_continuation_token"] = continuation


def revoke_auth_session_flow(reference_number: str | None = None) -> Flow[None]:
    """``DELETE /auth/sessions/{ref}``, or ``/auth/sessions/current`` without a reference."""
    from ksef_api.api.auth_sessions import delete_auth_sessions_current, delete_auth_sessions_reference_number

    if reference_number is None:
        yield Call(delete_auth_sessions_current)
    else:
        yield Call(
            delete_auth_sessions_reference_number, {"reference_number": validate_reference_number(reference_number)}
        )


def iter_auth_sessions(
    client: SyncSecuredClient, *, page_size: int = defaults.AUTH_SESSION_PAGE_SIZE
) -> Iterator[AuthSession]:
    """The active authentications in the client's context (``is_current`` marks this client's)."""
    return iterate_sync(auth_sessions_flow(page_size=page_size), workflow_env(client))


def aiter_auth_sessions(
    client: AsyncSecuredClient, *, page_size: int = defaults.AUTH_SESSION_PAGE_SIZE
) -> AsyncIterator[AuthSession]:
    return iterate_async(auth_sessions_flow(page_size=page_size), workflow_env(client))


def revoke_auth_session(client: SyncSecuredClient, reference_number: str) -> None:
    """End another authentication session (its refresh token stops working)."""
    run_sync(revoke_auth_session_flow(reference_number), workflow_env(client))


async def arevoke_auth_session(client: AsyncSecuredClient, reference_number: str) -> None:
    await run_async(revoke_auth_session_flow(reference_number), workflow_env(client))


def revoke_current_auth_session(client: SyncSecuredClient) -> None:
    """End this client's authentication session: its refresh token stops working (a client with an
    authenticator logs in again when the access token expires)."""
    run_sync(revoke_auth_session_flow(None), workflow_env(client))


async def arevoke_current_auth_session(client: AsyncSecuredClient) -> None:
    await run_async(revoke_auth_session_flow(None), workflow_env(client))
