"""KSeF tokens: create one with permissions and a description, wait until it is active, list, revoke.

``tokeny-ksef.md``: ``POST /tokens`` (only in a ``Nip`` or ``InternalId`` context, only permissions the
caller holds) answers with the token - shown this once - and KSeF activates it asynchronously
(``Pending`` → ``Active``, or ``Failed``). Tokens authenticate only until 31 December 2026; see
:mod:`ksef_sdk.certificates` for what replaces them::

    new = create_token(client, ["InvoiceRead", "InvoiceWrite"], "Integracja ERP")   # waits until Active
    store_secret(new.token)                            # the one chance to read it; never in repr or logs
    for info in iter_tokens(client, status=["Active"]):
        print(info.reference_number, info.description, info.permissions)
    revoke_token(client, new.reference_number)

A create whose answer was lost cannot be resolved by looking the token up: its secret is shown only in
that answer. Such a token is useless to anyone, so the tokens with the same description made since the
request are revoked and the token is created again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from ksef_sdk import defaults
from ksef_sdk.errors import ConfigurationError, KsefTokenError, OutcomeUnknownError
from ksef_sdk.flow import (
    Call,
    Emit,
    Flow,
    PollPolicy,
    StreamFlow,
    iterate_async,
    iterate_sync,
    poll,
    run_async,
    run_sync,
)
from ksef_sdk.http._client import AsyncSecuredClient, SyncSecuredClient, workflow_env
from ksef_sdk.identifiers import validate_reference_number

__all__ = [
    "TOKEN_PERMISSIONS",
    "KsefTokenInfo",
    "NewKsefToken",
    "TokenPermission",
    "TokenStatus",
    "acreate_token",
    "aget_token",
    "aiter_tokens",
    "arevoke_token",
    "create_token",
    "create_token_flow",
    "get_token",
    "iter_tokens",
    "list_tokens_flow",
    "revoke_token",
    "revoke_token_flow",
    "token_flow",
]

TokenPermission = Literal[
    "InvoiceRead",
    "InvoiceWrite",
    "CredentialsRead",
    "CredentialsManage",
    "SubunitManage",
    "EnforcementOperations",
    "Introspection",
]
TokenStatus = Literal["Pending", "Active", "Revoking", "Revoked", "Failed"]
TOKEN_PERMISSIONS: Final = (
    "InvoiceRead",
    "InvoiceWrite",
    "CredentialsRead",
    "CredentialsManage",
    "SubunitManage",
    "EnforcementOperations",
    "Introspection",
)
_STATUSES: Final = ("Pending", "Active", "Revoking", "Revoked", "Failed")
_AUTHOR_TYPES: Final = ("Nip", "Pesel", "Fingerprint")
_RESOLVE_WINDOW: Final = dt.timedelta(minutes=5)


def _opt(value: Any) -> Any:
    from ksef_api.types import Unset

    return None if isinstance(value, Unset) else value


@dataclass(frozen=True)
class KsefTokenInfo:
    """A KSeF token's metadata (never its secret)."""

    reference_number: str
    description: str
    permissions: tuple[str, ...]
    status: TokenStatus
    author_type: str
    author_value: str | None
    context_type: str
    context_value: str
    created: dt.datetime
    last_use: dt.datetime | None = None
    status_details: tuple[str, ...] = ()

    @classmethod
    def from_api(cls, model: Any) -> KsefTokenInfo:
        return cls(
            reference_number=model.reference_number,
            description=model.description,
            permissions=tuple(str(p) for p in model.requested_permissions),
            status=str(model.status),  # type: ignore[arg-type]
            author_type=str(model.author_identifier.type_),
            author_value=_opt(model.author_identifier.value),
            context_type=str(model.context_identifier.type_),
            context_value=model.context_identifier.value,
            created=model.date_created,
            last_use=_opt(model.last_use_date),
            status_details=tuple(_opt(model.status_details) or ()),
        )


@dataclass(frozen=True)
class NewKsefToken:
    """A token just created: ``token`` is the secret (shown by KSeF only once; never in ``repr``)."""

    reference_number: str
    token: str = field(repr=False)
    info: KsefTokenInfo | None = None

    def __repr__(self) -> str:
        status = self.info.status if self.info else "unknown"
        return f"NewKsefToken(reference_number={self.reference_number!r}, status={status!r})"


def _check_permissions(permissions: Iterable[str]) -> list[str]:
    if isinstance(permissions, str):
        raise ConfigurationError("permissions must be a list of permission names, not one string")
    chosen = list(dict.fromkeys(permissions))
    unknown = [p for p in chosen if p not in TOKEN_PERMISSIONS]
    if not chosen or unknown:
        raise ConfigurationError(
            f"token permissions {unknown or chosen!r}: choose one or more of {', '.join(TOKEN_PERMISSIONS)}"
        )
    return chosen


def _check_description(description: str) -> str:
    if not isinstance(description, str) or not 5 <= len(description) <= 256:
        raise ConfigurationError("a token description has 5-256 characters")
    return description


def token_flow(reference_number: str) -> Flow[KsefTokenInfo]:
    """``GET /tokens/{referenceNumber}``."""
    from ksef_api.api.tokens import get_tokens_reference_number as op
    from ksef_api.models.token_status_response import TokenStatusResponse

    ref = validate_reference_number(reference_number)
    model = yield Call(op, {"reference_number": ref}, expected=TokenStatusResponse)
    return KsefTokenInfo.from_api(model)


def _wait_active(reference: str, policy: PollPolicy) -> Flow[KsefTokenInfo]:
    info: KsefTokenInfo = yield from poll(
        lambda: token_flow(reference), lambda i: i.status != "Pending", policy, f"KSeF token {reference}"
    )
    if info.status != "Active":
        details = f" ({'; '.join(info.status_details)})" if info.status_details else ""
        raise KsefTokenError(
            f"KSeF token {reference} is {info.status}, not Active{details}",
            status=info.status,
            reference_number=reference,
        )
    return info


def _collect(stream: StreamFlow) -> Flow[list[Any]]:
    """Run a streaming flow inside another flow: the items of its :class:`Emit` steps, in order."""
    items: list[Any] = []
    sent: Any = None
    while True:
        try:
            effect = stream.send(sent)
        except StopIteration:
            return items
        if isinstance(effect, Emit):
            items.extend(effect.items)
            sent = None
        else:
            sent = yield effect


def _revoke_lost(description: str, since: dt.datetime) -> Flow[None]:
    """Revoke the tokens with ``description`` made since ``since``: their secrets were lost with the answer."""
    made = yield from _collect(list_tokens_flow(status=["Pending", "Active"], description=description))
    for info in made:
        if info.description == description and info.created >= since:
            yield from revoke_token_flow(info.reference_number)


def create_token_flow(
    permissions: Iterable[TokenPermission | str],
    description: str,
    *,
    wait: bool = True,
    poll_policy: PollPolicy | None = None,
) -> Flow[NewKsefToken]:
    """``POST /tokens``, then (``wait``) ``GET /tokens/{ref}`` until the token leaves ``Pending``."""
    from ksef_api.api.tokens import post_tokens as op
    from ksef_api.models.generate_token_request import GenerateTokenRequest
    from ksef_api.models.generate_token_response import GenerateTokenResponse

    body = GenerateTokenRequest.from_dict(
        {"permissions": _check_permissions(permissions), "description": _check_description(description)}
    )
    started = dt.datetime.now(dt.timezone.utc) - _RESOLVE_WINDOW
    try:
        created = yield Call(op, {"body": body}, expected=GenerateTokenResponse)
    except OutcomeUnknownError:
        yield from _revoke_lost(description, started)
        created = yield Call(op, {"body": body}, expected=GenerateTokenResponse)
    info = (yield from _wait_active(created.reference_number, poll_policy or defaults.TOKEN_POLL)) if wait else None
    return NewKsefToken(created.reference_number, created.token, info)


def list_tokens_flow(
    *,
    status: Iterable[TokenStatus | str] | None = None,
    description: str | None = None,
    author: str | None = None,
    author_type: str | None = None,
    page_size: int = defaults.TOKEN_PAGE_SIZE,
) -> StreamFlow:
    """``GET /tokens`` page after page (``x-continuation-token``), newest first."""
    from ksef_api.api.tokens import get_tokens as op
    from ksef_api.models.authentication_token_status import AuthenticationTokenStatus
    from ksef_api.models.query_tokens_response import QueryTokensResponse
    from ksef_api.models.token_author_identifier_type import TokenAuthorIdentifierType

    kwargs: dict[str, Any] = {"page_size": page_size}
    if not 10 <= page_size <= 100:
        raise ConfigurationError("token list page_size must be 10..100")
    if status is not None:
        statuses = [status] if isinstance(status, str) else list(status)
        if any(s not in _STATUSES for s in statuses):
            raise ConfigurationError(f"token status {statuses!r}: one or more of {', '.join(_STATUSES)}")
        kwargs["status"] = [AuthenticationTokenStatus(s) for s in statuses]
    for name, value in (("description", description), ("author_identifier", author)):
        if value is not None:
            if len(value) < 3:
                raise ConfigurationError(f"{name} filters need at least 3 characters")
            kwargs[name] = value
    if author_type is not None:
        if author_type not in _AUTHOR_TYPES:
            raise ConfigurationError(f"author_type {author_type!r}: one of {', '.join(_AUTHOR_TYPES)}")
        kwargs["author_identifier_type"] = TokenAuthorIdentifierType(author_type)
    continuation: str | None = None
    while True:
        if continuation:
            kwargs["x_continuation_token"] = continuation
        page = yield Call(op, kwargs, expected=QueryTokensResponse)
        if page.tokens:
            yield Emit([KsefTokenInfo.from_api(t) for t in page.tokens])
        continuation = _opt(page.continuation_token)
        if not continuation:
            return


def revoke_token_flow(reference_number: str) -> Flow[None]:
    """``DELETE /tokens/{referenceNumber}`` (a token may revoke itself; others need ``CredentialsManage``)."""
    from ksef_api.api.tokens import delete_tokens_reference_number as op

    yield Call(op, {"reference_number": validate_reference_number(reference_number)})


# ------------------------------------------------------------------------------------ entry points


def create_token(
    client: SyncSecuredClient,
    permissions: Iterable[TokenPermission | str],
    description: str,
    *,
    wait: bool = True,
    poll_policy: PollPolicy | None = None,
) -> NewKsefToken:
    """Create a KSeF token in the client's (``Nip`` or ``InternalId``) context; by default wait until it is
    ``Active`` (:class:`~ksef_sdk.errors.KsefTokenError` when it ends otherwise)."""
    return run_sync(
        create_token_flow(permissions, description, wait=wait, poll_policy=poll_policy), workflow_env(client)
    )


async def acreate_token(
    client: AsyncSecuredClient,
    permissions: Iterable[TokenPermission | str],
    description: str,
    *,
    wait: bool = True,
    poll_policy: PollPolicy | None = None,
) -> NewKsefToken:
    """Async :func:`create_token`."""
    flow = create_token_flow(permissions, description, wait=wait, poll_policy=poll_policy)
    return await run_async(flow, workflow_env(client))


def get_token(client: SyncSecuredClient, reference_number: str) -> KsefTokenInfo:
    return run_sync(token_flow(reference_number), workflow_env(client))


async def aget_token(client: AsyncSecuredClient, reference_number: str) -> KsefTokenInfo:
    return await run_async(token_flow(reference_number), workflow_env(client))


def iter_tokens(
    client: SyncSecuredClient,
    *,
    status: Iterable[TokenStatus | str] | None = None,
    description: str | None = None,
    author: str | None = None,
    author_type: str | None = None,
    page_size: int = defaults.TOKEN_PAGE_SIZE,
) -> Iterator[KsefTokenInfo]:
    """The context's KSeF tokens (filters as in ``GET /tokens``), following the continuation token."""
    flow = list_tokens_flow(
        status=status, description=description, author=author, author_type=author_type, page_size=page_size
    )
    return iterate_sync(flow, workflow_env(client))


def aiter_tokens(
    client: AsyncSecuredClient,
    *,
    status: Iterable[TokenStatus | str] | None = None,
    description: str | None = None,
    author: str | None = None,
    author_type: str | None = None,
    page_size: int = defaults.TOKEN_PAGE_SIZE,
) -> AsyncIterator[KsefTokenInfo]:
    flow = list_tokens_flow(
        status=status, description=description, author=author, author_type=author_type, page_size=page_size
    )
    return iterate_async(flow, workflow_env(client))


def revoke_token(client: SyncSecuredClient, reference_number: str) -> None:
    """Revoke a KSeF token: it can no longer authenticate (sessions it opened keep their access tokens)."""
    run_sync(revoke_token_flow(reference_number), workflow_env(client))


async def arevoke_token(client: AsyncSecuredClient, reference_number: str) -> None:
    await run_async(revoke_token_flow(reference_number), workflow_env(client))
