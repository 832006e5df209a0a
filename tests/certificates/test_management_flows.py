"""Token and permission flows stepped with no I/O: a token that ends Failed, a create whose answer was lost
(the orphan is revoked, the token made again), a grant whose answer was lost (sent again)."""

from __future__ import annotations

from typing import Any

import pytest
from ksef_api.api.permissions import get_permissions_operations_reference_number, post_permissions_persons_grants
from ksef_api.api.tokens import delete_tokens_reference_number, get_tokens, get_tokens_reference_number, post_tokens
from ksef_api.models.generate_token_response import GenerateTokenResponse
from ksef_api.models.permissions_operation_response import PermissionsOperationResponse
from ksef_api.models.permissions_operation_status_response import PermissionsOperationStatusResponse
from ksef_api.models.query_tokens_response import QueryTokensResponse
from ksef_api.models.token_status_response import TokenStatusResponse
from ksef_sdk.errors import KsefTokenError, OutcomeUnknownError
from ksef_sdk.flow import PollPolicy, Sleep
from ksef_sdk.flow.scripted import Script, step
from ksef_sdk.management import PersonDetails, Subject, create_token_flow, grant_flow, person_grant

REF = "20260501-EC-1B6C9EB000-4B15D3AEB9-89"
ORPHAN = "20260501-EC-1B6C9EB000-4B15D3AEB9-90"
OP = "20260501-EG-1B6C9EB000-4B15D3AEB9-89"
POLICY = PollPolicy(initial=0.1, max_delay=0.1, timeout=5.0)


def _token(status: str, ref: str = REF, description: str = "Integracja", created: str | None = None) -> dict[str, Any]:
    import datetime as dt

    return {
        "referenceNumber": ref,
        "authorIdentifier": {"type": "Nip", "value": "5265877635"},
        "contextIdentifier": {"type": "Nip", "value": "5265877635"},
        "description": description,
        "requestedPermissions": ["InvoiceRead"],
        "dateCreated": created or dt.datetime.now(dt.timezone.utc).isoformat(),
        "status": status,
        "statusDetails": ["Brak uprawnień"] if status == "Failed" else [],
    }


def _created(ref: str = REF) -> Any:
    return GenerateTokenResponse.from_dict({"referenceNumber": ref, "token": f"{ref}|nip-5265877635|" + "ab" * 32})


def test_a_token_that_ends_failed_is_a_typed_error() -> None:
    script = Script(
        step(post_tokens, returns=_created()),
        step(get_tokens_reference_number, returns=TokenStatusResponse.from_dict(_token("Pending"))),
        step(Sleep),
        step(get_tokens_reference_number, returns=TokenStatusResponse.from_dict(_token("Failed"))),
    )
    with pytest.raises(KsefTokenError) as failed:
        script.run(create_token_flow(["InvoiceRead"], "Integracja", poll_policy=POLICY))
    assert failed.value.status == "Failed" and failed.value.reference_number == REF
    assert "Brak uprawnień" in str(failed.value) and "ab" * 32 not in str(failed.value)


def test_a_create_whose_answer_was_lost_revokes_the_orphan_and_creates_again() -> None:
    revoked: list[Any] = []
    listing = QueryTokensResponse.from_dict(
        {
            "tokens": [
                _token("Active", ORPHAN),  # made by the lost request: its secret is gone
                _token("Active", "20260501-EC-1B6C9EB000-4B15D3AEB9-91", created="2020-01-01T00:00:00+00:00"),
            ]
        }
    )
    script = Script(
        step(post_tokens, raises=OutcomeUnknownError("answer lost")),
        step(get_tokens, returns=listing),
        step(delete_tokens_reference_number, check=revoked.append),
        step(post_tokens, returns=_created()),
        step(get_tokens_reference_number, returns=TokenStatusResponse.from_dict(_token("Active"))),
    )
    new = script.run(create_token_flow(["InvoiceRead"], "Integracja", poll_policy=POLICY))
    assert script.done and new.reference_number == REF
    assert [e.kwargs["reference_number"] for e in revoked] == [ORPHAN]  # the old one is left alone


def test_a_grant_whose_answer_was_lost_is_sent_again_and_waited_for() -> None:
    request = person_grant(Subject.pesel("80010112340"), ["InvoiceRead"], "Ksiegowa", PersonDetails("Anna", "Nowak"))
    status = PermissionsOperationStatusResponse.from_dict
    script = Script(
        step(post_permissions_persons_grants, raises=OutcomeUnknownError("answer lost")),
        step(post_permissions_persons_grants, returns=PermissionsOperationResponse.from_dict({"referenceNumber": OP})),
        step(
            get_permissions_operations_reference_number,
            returns=status({"status": {"code": 100, "description": "W toku"}}),
        ),
        step(Sleep),
        step(
            get_permissions_operations_reference_number, returns=status({"status": {"code": 200, "description": "OK"}})
        ),
    )
    operation = script.run(grant_flow(request, poll_policy=POLICY))
    assert script.done and operation.done and operation.reference_number == OP
