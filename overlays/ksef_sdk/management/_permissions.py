"""Granting, revoking and querying permissions; waiting for a grant's operation (``uprawnienia.md``).

Grants and revocations are asynchronous: KSeF answers 202 with an operation reference, and the outcome is
read from ``GET /permissions/operations/{ref}`` (100 in progress, 200 done, 4xx/5xx failed). By default the
functions wait for it with the shared poll policy::

    request = person_grant(Subject.nip(nip), ["InvoiceRead"], "Biuro", PersonDetails("Jan", "Nowak"))
    op = grant_permissions(client, request)
    for item in iter_permissions(client, "persons", {"queryType": "PermissionsGrantedInCurrentContext"}):
        print(item.id, item.permission_scope)
    revoke_permission(client, item.id)

A grant whose answer was lost is sent again: granting the same permissions twice has the effect of once.
Queries page by ``pageOffset``/``pageSize`` (10-100) and ``hasMore``; the items are the generated models.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from ksef_sdk import defaults
from ksef_sdk.errors import ConfigurationError, OutcomeUnknownError, PermissionOperationError
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
from ksef_sdk.management._grants import GRANT_OPERATIONS, GrantRequest

__all__ = [
    "PERMISSION_QUERIES",
    "PermissionOperation",
    "PermissionQuery",
    "agrant_permissions",
    "aiter_permissions",
    "arevoke_permission",
    "await_permission_operation",
    "grant_flow",
    "grant_permissions",
    "iter_permissions",
    "operation_flow",
    "permissions_query_flow",
    "revoke_permission",
    "revoke_permission_flow",
    "wait_for_permission_operation",
]

PermissionQuery = Literal[
    "personal", "persons", "subunits", "entities", "authorizations", "eu_entities", "entity_roles", "subordinate_roles"
]
PERMISSION_QUERIES: Final[dict[str, tuple[str, str | None, str, str]]] = {
    # kind: (operation module, request model, response model, attribute holding the items)
    "personal": (
        "post_permissions_query_personal_grants",
        "PersonalPermissionsQueryRequest",
        "QueryPersonalPermissionsResponse",
        "permissions",
    ),
    "persons": (
        "post_permissions_query_persons_grants",
        "PersonPermissionsQueryRequest",
        "QueryPersonPermissionsResponse",
        "permissions",
    ),
    "subunits": (
        "post_permissions_query_subunits_grants",
        "SubunitPermissionsQueryRequest",
        "QuerySubunitPermissionsResponse",
        "permissions",
    ),
    "entities": (
        "post_permissions_query_entities_grants",
        "EntityPermissionsQueryRequest",
        "QueryEntityPermissionsResponse",
        "permissions",
    ),
    "authorizations": (
        "post_permissions_query_authorizations_grants",
        "EntityAuthorizationPermissionsQueryRequest",
        "QueryEntityAuthorizationPermissionsResponse",
        "authorization_grants",
    ),
    "eu_entities": (
        "post_permissions_query_eu_entities_grants",
        "EuEntityPermissionsQueryRequest",
        "QueryEuEntityPermissionsResponse",
        "permissions",
    ),
    "entity_roles": ("get_permissions_query_entities_roles", None, "QueryEntityRolesResponse", "roles"),
    "subordinate_roles": (
        "post_permissions_query_subordinate_entities_roles",
        "SubordinateEntityRolesQueryRequest",
        "QuerySubordinateEntityRolesResponse",
        "roles",
    ),
}
"""Query kind → (``ksef_api.api.permissions`` module, request model, response model, items attribute)."""


def _module_name(model: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in model).lstrip("_")


def _model(name: str) -> Any:
    return getattr(importlib.import_module(f"ksef_api.models.{_module_name(name)}"), name)


def _op(name: str) -> Any:
    return importlib.import_module(f"ksef_api.api.permissions.{name}")


@dataclass(frozen=True)
class PermissionOperation:
    """A grant or revocation: its reference and - once read - its status (``code`` 200 is done)."""

    reference_number: str
    code: int | None = None
    description: str | None = None
    details: tuple[str, ...] = ()

    @property
    def done(self) -> bool:
        return self.code == 200


def operation_flow(reference_number: str) -> Flow[PermissionOperation]:
    """``GET /permissions/operations/{referenceNumber}`` once."""
    from ksef_api.models.permissions_operation_status_response import PermissionsOperationStatusResponse
    from ksef_api.types import Unset

    ref = validate_reference_number(reference_number)
    model = yield Call(
        _op("get_permissions_operations_reference_number"),
        {"reference_number": ref},
        expected=PermissionsOperationStatusResponse,
    )
    details = model.status.details
    return PermissionOperation(
        ref,
        int(model.status.code),
        str(model.status.description),
        tuple(details or ()) if not isinstance(details, Unset) else (),
    )


def await_permission_operation(reference_number: str, policy: PollPolicy | None = None) -> Flow[PermissionOperation]:
    """Poll the operation until it leaves 100; a failure status raises
    :class:`~ksef_sdk.errors.PermissionOperationError`."""
    result: PermissionOperation = yield from poll(
        lambda: operation_flow(reference_number),
        lambda op: op.code != 100,
        policy or defaults.PERMISSION_POLL,
        f"permission operation {reference_number}",
    )
    if not result.done:
        raise PermissionOperationError(
            result.code or 0, result.description or "", result.details, reference_number=result.reference_number
        )
    return result


def _post_operation(op: Any, kwargs: Mapping[str, Any]) -> Flow[str]:
    from ksef_api.models.permissions_operation_response import PermissionsOperationResponse

    try:
        response = yield Call(op, kwargs, expected=PermissionsOperationResponse)
    except OutcomeUnknownError:  # a repeated grant has the effect of one
        response = yield Call(op, kwargs, expected=PermissionsOperationResponse)
    return str(response.reference_number)


def grant_flow(
    request: GrantRequest, *, wait: bool = True, poll_policy: PollPolicy | None = None
) -> Flow[PermissionOperation]:
    """Send a grant built by one of the ``*_grant`` builders; wait for its operation (``wait``)."""
    if not isinstance(request, GrantRequest) or request.kind not in GRANT_OPERATIONS:
        raise ConfigurationError("grant_permissions takes a GrantRequest from person_grant(), entity_grant()...")
    reference = yield from _post_operation(_op(GRANT_OPERATIONS[request.kind]), {"body": request.body})
    if not wait:
        return PermissionOperation(reference)
    return (yield from await_permission_operation(reference, poll_policy))


def revoke_permission_flow(
    permission_id: str, *, authorization: bool = False, wait: bool = True, poll_policy: PollPolicy | None = None
) -> Flow[PermissionOperation]:
    """``DELETE /permissions/common/grants/{id}`` (``authorization=True``: ``/permissions/authorizations/...``)."""
    if not isinstance(permission_id, str) or not permission_id.strip():
        raise ConfigurationError("permission_id: the id of a granted permission (from iter_permissions)")
    name = (
        "delete_permissions_authorizations_grants_permission_id"
        if authorization
        else "delete_permissions_common_grants_permission_id"
    )
    reference = yield from _post_operation(_op(name), {"permission_id": permission_id.strip()})
    if not wait:
        return PermissionOperation(reference)
    return (yield from await_permission_operation(reference, poll_policy))


def permissions_query_flow(
    kind: PermissionQuery | str,
    filters: Mapping[str, Any] | None = None,
    *,
    page_size: int = defaults.PERMISSION_PAGE_SIZE,
) -> StreamFlow:
    """Every item of one permission query, page after page (``filters``: the request body in the API's JSON names)."""
    if kind not in PERMISSION_QUERIES:
        raise ConfigurationError(f"permission query {kind!r}: one of {', '.join(PERMISSION_QUERIES)}")
    if not 10 <= page_size <= 100:
        raise ConfigurationError("permission query page_size must be 10..100")
    op_name, request_name, response_name, attribute = PERMISSION_QUERIES[kind]
    kwargs: dict[str, Any] = {"page_size": page_size}
    if request_name is not None:
        try:
            kwargs["body"] = _model(request_name).from_dict(dict(filters or {}))
        except (KeyError, ValueError, TypeError) as exc:
            raise ConfigurationError(f"{kind} permission query filters: {exc!r}") from None
    elif filters:
        raise ConfigurationError(f"the {kind} query takes no filters")
    op, response_model = _op(op_name), _model(response_name)
    offset = 0
    while True:
        page = yield Call(op, {**kwargs, "page_offset": offset}, expected=response_model)
        items = list(getattr(page, attribute))
        if items:
            yield Emit(items)
        if not page.has_more:
            return
        offset += 1


# ------------------------------------------------------------------------------------ entry points


def grant_permissions(
    client: SyncSecuredClient, request: GrantRequest, *, wait: bool = True, poll_policy: PollPolicy | None = None
) -> PermissionOperation:
    """Grant what ``request`` says (see :mod:`ksef_sdk.management` builders); by default wait until done."""
    return run_sync(grant_flow(request, wait=wait, poll_policy=poll_policy), workflow_env(client))


async def agrant_permissions(
    client: AsyncSecuredClient, request: GrantRequest, *, wait: bool = True, poll_policy: PollPolicy | None = None
) -> PermissionOperation:
    return await run_async(grant_flow(request, wait=wait, poll_policy=poll_policy), workflow_env(client))


def revoke_permission(
    client: SyncSecuredClient,
    permission_id: str,
    *,
    authorization: bool = False,
    wait: bool = True,
    poll_policy: PollPolicy | None = None,
) -> PermissionOperation:
    """Revoke a granted permission (``authorization=True`` for a subject authorization)."""
    flow = revoke_permission_flow(permission_id, authorization=authorization, wait=wait, poll_policy=poll_policy)
    return run_sync(flow, workflow_env(client))


async def arevoke_permission(
    client: AsyncSecuredClient,
    permission_id: str,
    *,
    authorization: bool = False,
    wait: bool = True,
    poll_policy: PollPolicy | None = None,
) -> PermissionOperation:
    flow = revoke_permission_flow(permission_id, authorization=authorization, wait=wait, poll_policy=poll_policy)
    return await run_async(flow, workflow_env(client))


def wait_for_permission_operation(
    client: SyncSecuredClient, reference_number: str, *, poll_policy: PollPolicy | None = None
) -> PermissionOperation:
    """Wait for a grant or revocation sent with ``wait=False`` (or elsewhere)."""
    return run_sync(await_permission_operation(reference_number, poll_policy), workflow_env(client))


def iter_permissions(
    client: SyncSecuredClient,
    kind: PermissionQuery | str,
    filters: Mapping[str, Any] | None = None,
    *,
    page_size: int = defaults.PERMISSION_PAGE_SIZE,
) -> Iterator[Any]:
    """Every item of a permission query: ``"personal"`` (mine), ``"persons"`` (``{"queryType": ...}``
    required), ``"subunits"``, ``"entities"``, ``"authorizations"`` (``{"queryType": "Granted"|"Received"}``),
    ``"eu_entities"``, ``"entity_roles"``, ``"subordinate_roles"``."""
    return iterate_sync(permissions_query_flow(kind, filters, page_size=page_size), workflow_env(client))


def aiter_permissions(
    client: AsyncSecuredClient,
    kind: PermissionQuery | str,
    filters: Mapping[str, Any] | None = None,
    *,
    page_size: int = defaults.PERMISSION_PAGE_SIZE,
) -> AsyncIterator[Any]:
    return iterate_async(permissions_query_flow(kind, filters, page_size=page_size), workflow_env(client))
