"""Workflows stepped by hand: each effect a flow yields is checked and answered by a script, no I/O.

This is the payoff of writing every workflow as a sans-IO flow (docs/adr/0001-sans-io-flows.md): the
protocol logic - polling budgets, key rotation, resolving unknown outcomes - is tested step by step,
including the paths a server rarely takes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator
from typing import Any

import pytest
from ksef_api.api.auth import (
    get_auth_reference_number,
    post_auth_challenge,
    post_auth_ksef_token,
    post_auth_token_redeem,
)
from ksef_api.api.invoices import post_invoices_query_metadata as metadata_op
from ksef_api.api.online_session import post_sessions_online_reference_number_invoices as send_op
from ksef_api.api.session_status import get_sessions_reference_number as status_op
from ksef_api.api.session_status import get_sessions_reference_number_invoices as list_op
from ksef_api.models.authentication_challenge_response import AuthenticationChallengeResponse
from ksef_api.models.authentication_init_response import AuthenticationInitResponse
from ksef_api.models.authentication_operation_status_response import AuthenticationOperationStatusResponse
from ksef_api.models.authentication_tokens_response import AuthenticationTokensResponse
from ksef_api.models.query_invoices_metadata_response import QueryInvoicesMetadataResponse
from ksef_api.models.session_invoices_response import SessionInvoicesResponse
from ksef_api.models.session_status_response import SessionStatusResponse
from ksef_sdk.authentication import ksef_token_flow
from ksef_sdk.crypto import MinistryCertificate
from ksef_sdk.crypto.testcerts import personal_certificate
from ksef_sdk.errors import (
    BadRequestError,
    ErrorDetail,
    InvalidKsefTokenError,
    OutcomeUnknownError,
    PollTimeoutError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)
from ksef_sdk.flow import Call, GetCertificate, Now, PollPolicy, Sleep, poll
from ksef_sdk.flow.scripted import Script, step
from ksef_sdk.retrieval import query_filters
from ksef_sdk.retrieval._metadata import metadata_flow
from ksef_sdk.sessions._resolve import close_resolved_flow, repeat_ambiguous_flow, send_resolved_flow

NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone.utc)
SESSION = "20261201-SO-2C3E6C8000-B4B3C8BA3C-48"
AUTH_REF = "20261201-AU-2F1A1E6000-3B2A1C0D9E-11"
INVOICE_REF = "20261201-EE-319D7EE000-B67F415CDC-2C"
OTHER_REF = "20261201-EE-319D7EE000-B67F415CDC-3D"
HASH = "q1c7pZ8yFzE3b4b5Xo0wWb5l0q3lQ3d2aT5Gv5mO6bA="
KSEF_TOKEN = "20261201-EC-2F1C4E7000-3B2A1C0D9E-7F|nip-5265877635|" + "ab" * 32


def _iso(value: dt.datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def challenge() -> AuthenticationChallengeResponse:
    return AuthenticationChallengeResponse.from_dict(
        {
            "challenge": "20261201-CR-20F5EE4000-DA48AE4124-46",
            "timestamp": _iso(NOW),
            "timestampMs": 1796119200000,
            "clientIp": "127.0.0.1",
        }
    )


def init() -> AuthenticationInitResponse:
    return AuthenticationInitResponse.from_dict(
        {"referenceNumber": AUTH_REF, "authenticationToken": {"token": "auth-jwt", "validUntil": _iso(NOW)}}
    )


def auth_status(code: int, description: str = "") -> AuthenticationOperationStatusResponse:
    return AuthenticationOperationStatusResponse.from_dict(
        {
            "startDate": _iso(NOW),
            "authenticationMethod": "Token",
            "authenticationMethodInfo": {"category": "Token", "code": "Token", "displayName": "Token KSeF"},
            "status": {"code": code, "description": description or str(code)},
        }
    )


def tokens() -> AuthenticationTokensResponse:
    later = _iso(NOW + dt.timedelta(minutes=15))
    return AuthenticationTokensResponse.from_dict(
        {
            "accessToken": {"token": "access", "validUntil": later},
            "refreshToken": {"token": "refresh", "validUntil": later},
        }
    )


def certificate() -> MinistryCertificate:
    cert = personal_certificate(given_name="Minister", surname="Finansów", nip="5265877635", not_before=NOW)
    return MinistryCertificate.from_der(cert.cert_der(), usage=["KsefTokenEncryption"])


def invoices(*items: tuple[str, str]) -> SessionInvoicesResponse:
    return SessionInvoicesResponse.from_dict(
        {
            "invoices": [
                {
                    "ordinalNumber": i + 1,
                    "referenceNumber": ref,
                    "invoiceHash": digest,
                    "invoicingDate": _iso(NOW),
                    "status": {"code": 100, "description": "Przyjęto"},
                }
                for i, (ref, digest) in enumerate(items)
            ]
        }
    )


def session_status(code: int) -> SessionStatusResponse:
    return SessionStatusResponse.from_dict(
        {"status": {"code": code, "description": str(code)}, "dateCreated": _iso(NOW), "dateUpdated": _iso(NOW)}
    )


def lost() -> OutcomeUnknownError:
    return OutcomeUnknownError("POST .../invoices: no complete answer (RemoteProtocolError)")


def refused(status: int = 503) -> ServerError:
    return ServerError(f"{status}", status_code=status)


# --- authentication ---------------------------------------------------------------------------------


def test_ksef_token_flow_polls_until_done_then_redeems_once() -> None:
    script = Script(
        step(post_auth_challenge, returns=challenge()),
        step(GetCertificate, returns=certificate(), check=lambda e: not e.force_refresh),
        step(post_auth_ksef_token, returns=init(), check=lambda e: "encryptedToken" in e.kwargs["body"].to_dict()),
        step(get_auth_reference_number, returns=auth_status(100), check=lambda e: e.bearer == "auth-jwt"),
        step(Sleep, check=lambda e: e.seconds == 0.5),
        step(get_auth_reference_number, returns=auth_status(200)),
        step(post_auth_token_redeem, returns=tokens(), check=lambda e: e.bearer == "auth-jwt"),
    )
    pair = script.run(ksef_token_flow(KSEF_TOKEN, "5265877635"))
    assert script.done
    assert pair.access.value == "access" and pair.refresh.value == "refresh"


def test_ksef_token_flow_refetches_the_key_once_after_21470() -> None:
    rotated = BadRequestError("400: [21470] unknown key", status_code=400, errors=[ErrorDetail(21470, "key")])
    script = Script(
        step(post_auth_challenge, returns=challenge()),
        step(GetCertificate, returns=certificate()),
        step(post_auth_ksef_token, raises=rotated),
        step(post_auth_challenge, returns=challenge()),  # a fresh challenge for the second attempt
        step(GetCertificate, returns=certificate(), check=lambda e: e.force_refresh),
        step(post_auth_ksef_token, returns=init()),
        step(get_auth_reference_number, returns=auth_status(200)),
        step(post_auth_token_redeem, returns=tokens()),
    )
    script.run(ksef_token_flow(KSEF_TOKEN, "5265877635"))
    assert script.done


def test_a_failed_authentication_is_a_typed_error_and_nothing_is_redeemed() -> None:
    script = Script(
        step(post_auth_challenge, returns=challenge()),
        step(GetCertificate, returns=certificate()),
        step(post_auth_ksef_token, returns=init()),
        step(get_auth_reference_number, returns=auth_status(450, "token revoked")),
    )
    with pytest.raises(InvalidKsefTokenError) as caught:
        script.run(ksef_token_flow(KSEF_TOKEN, "5265877635"))
    assert caught.value.code == 450 and caught.value.reference_number == AUTH_REF
    assert script.done


# --- polling ----------------------------------------------------------------------------------------


def _fetch(values: list[int]) -> Any:
    def fetch() -> Generator[Any, Any, int]:
        value = yield Call(status_op, {})
        return int(value)

    return fetch


def test_poll_budget_counts_elapsed_time_not_only_sleeps() -> None:
    """A slow server (here: 4 s per status call, scripted through the clock) shortens the wait."""
    script = Script(
        step(Now, returns=0.0),
        step(status_op, returns=100),
        step(Now, returns=4.0),
        step(Sleep, check=lambda e: e.seconds == 1.0),
        step(status_op, returns=100),
        step(Now, returns=9.0),
        step(Sleep, check=lambda e: e.seconds == 1.0),  # only 1 s of the 10 s budget left
        step(status_op, returns=100),
        step(Now, returns=14.0),
    )
    policy = PollPolicy(initial=2.0, factor=1.0, max_delay=2.0, timeout=10.0)
    with pytest.raises(PollTimeoutError) as caught:
        script.run(poll(_fetch([]), lambda v: v != 100, policy, "status"))
    assert caught.value.last == 100 and script.done


def test_a_zero_delay_policy_still_ends() -> None:
    script = Script(*(s for _ in range(100) for s in (step(status_op, returns=100), step(Sleep))))
    policy = PollPolicy(initial=0, factor=1, max_delay=0, timeout=1.0)
    with pytest.raises(PollTimeoutError):
        script.run(poll(_fetch([]), lambda v: v != 100, policy, "status"))
    sleeps = [e for e in script.performed if isinstance(e, Sleep)]
    assert sleeps and all(s.seconds >= policy.min_delay for s in sleeps[:-1])  # the last one: what is left
    assert sum(s.seconds for s in sleeps) <= 1.0 + policy.min_delay


def test_a_rate_limited_poll_waits_the_servers_retry_after() -> None:
    limited = RateLimitError("429", status_code=429, retry_after=7.0)
    script = Script(
        step(status_op, raises=limited),
        step(Sleep, check=lambda e: e.seconds == 7.0),
        step(status_op, returns=200),
    )
    assert script.run(poll(_fetch([]), lambda v: v != 100, PollPolicy(timeout=60), "status")) == 200


# --- unknown outcomes -------------------------------------------------------------------------------


def _send(reference: str = INVOICE_REF) -> Any:
    def send() -> Generator[Any, Any, str]:
        response = yield Call(send_op, {"reference_number": SESSION})
        return str(response)

    return send


def _resolve(**kw: Any) -> Any:
    return send_resolved_flow(
        _send(), session=SESSION, invoice_hash=HASH, known=kw.get("known", set()), attempts=3, delay=0.5
    )


def test_a_send_answered_normally_is_established_by_the_response() -> None:
    script = Script(step(send_op, returns=INVOICE_REF))
    assert script.run(_resolve()) == (INVOICE_REF, "response")


@pytest.mark.parametrize(
    "ambiguity",
    [lost(), refused(500), refused(503), UnexpectedResponseError("200 body is not JSON", status_code=202)],
    ids=["dropped", "500", "503", "garbled-2xx"],
)
def test_a_lost_answer_is_found_in_the_session_by_hash(ambiguity: Exception) -> None:
    script = Script(
        step(send_op, raises=ambiguity),
        step(list_op, returns=invoices((OTHER_REF, "other-hash"), (INVOICE_REF, HASH))),
    )
    assert script.run(_resolve()) == (INVOICE_REF, "session-list")
    assert script.done


def test_an_invoice_already_attributed_to_another_send_is_not_taken_again() -> None:
    script = Script(
        step(send_op, raises=lost()),
        step(list_op, returns=invoices((OTHER_REF, HASH))),  # same bytes, already ours from an earlier send
        step(Sleep),
        step(list_op, returns=invoices((OTHER_REF, HASH), (INVOICE_REF, HASH))),
    )
    assert script.run(_resolve(known={OTHER_REF})) == (INVOICE_REF, "session-list")


def test_not_found_twice_means_not_received_so_it_is_sent_again() -> None:
    script = Script(
        step(send_op, raises=refused(503)),
        step(list_op, returns=invoices()),
        step(Sleep, check=lambda e: e.seconds == 0.5),
        step(list_op, returns=invoices((OTHER_REF, "other-hash"))),
        step(send_op, returns=INVOICE_REF),
    )
    assert script.run(_resolve()) == (INVOICE_REF, "resent")
    assert script.done


def test_a_definite_refusal_is_reported_as_it_is() -> None:
    refusal = BadRequestError("400: [21405] validation", status_code=400)
    script = Script(step(send_op, raises=refusal))
    with pytest.raises(BadRequestError):
        script.run(_resolve())
    assert script.done  # no lookup, no resend


def test_an_outcome_that_stays_unknown_is_said_to_be_unknown() -> None:
    steps = []
    for _ in range(3):
        steps += [
            step(send_op, raises=lost()),
            step(list_op, returns=invoices()),
            step(Sleep),
            step(list_op, returns=invoices()),
        ]
    script = Script(*steps)
    with pytest.raises(OutcomeUnknownError, match="not in the session"):
        script.run(_resolve())
    assert script.done


def test_a_failed_lookup_keeps_the_outcome_unknown() -> None:
    script = Script(step(send_op, raises=lost()), step(list_op, raises=lost()))
    with pytest.raises(OutcomeUnknownError, match="looking it up"):
        script.run(_resolve())


def _close() -> Any:
    def close() -> Generator[Any, Any, None]:
        yield Call(status_op, {"close": True})  # any call: the resolution only cares how it ends

    return close


def test_a_lost_close_is_resolved_by_the_session_status() -> None:
    script = Script(step(status_op, raises=lost()), step(status_op, returns=session_status(170)))
    script.run(close_resolved_flow(_close(), session=SESSION, attempts=3))
    assert script.done


def test_a_lost_close_of_a_session_still_open_is_repeated() -> None:
    script = Script(
        step(status_op, raises=lost()),
        step(status_op, returns=session_status(100)),
        step(status_op, returns=None),  # the repeated close, answered
    )
    script.run(close_resolved_flow(_close(), session=SESSION, attempts=3))
    assert script.done


def test_opening_is_repeated_while_its_outcome_is_unknown() -> None:
    def open_() -> Generator[Any, Any, str]:
        value = yield Call(status_op, {"open": True})
        return str(value)

    script = Script(step(status_op, raises=lost()), step(status_op, returns="20261201-SO-new"))
    assert script.run(repeat_ambiguous_flow(open_, attempts=3, what="open")) == "20261201-SO-new"


# --- retrieval ------------------------------------------------------------------------------------------


def _meta_page(records: list[tuple[str, dt.datetime]], *, has_more: bool, truncated: bool) -> Any:
    return QueryInvoicesMetadataResponse.from_dict(
        {
            "hasMore": has_more,
            "isTruncated": truncated,
            "invoices": [
                {
                    "ksefNumber": number,
                    "invoiceNumber": number,
                    "issueDate": when.date().isoformat(),
                    "invoicingDate": when.isoformat(),
                    "acquisitionDate": when.isoformat(),
                    "permanentStorageDate": when.isoformat(),
                    "seller": {"nip": "5265877635"},
                    "buyer": {"identifier": {"type": "Nip", "value": "7010002137"}},
                    "netAmount": 100.0,
                    "grossAmount": 123.0,
                    "vatAmount": 23.0,
                    "currency": "PLN",
                    "invoicingMode": "Online",
                    "invoiceType": "Vat",
                    "formCode": {"systemCode": "FA (3)", "schemaVersion": "1-0E", "value": "FA"},
                    "isSelfInvoicing": False,
                    "hasAttachment": False,
                    "invoiceHash": "q1c7pZ8yFzE3b4b5Xo0wWb5l0q3lQ3d2aT5Gv5mO6bA=",
                }
                for number, when in records
            ],
        }
    )


def test_a_boundary_instant_spread_over_two_pages_is_not_repeated() -> None:
    """Stepped by hand: the cut page holds only the last of three records at instant T; the two others came
    on the page before. After narrowing to T, none of the three may come again."""
    t0 = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone.utc)
    t = t0 + dt.timedelta(minutes=5)
    early = [(f"n{i}", t0 + dt.timedelta(minutes=i // 2)) for i in range(8)]
    at_t = [("t1", t), ("t2", t), ("t3", t)]
    script = Script(
        step(metadata_op, returns=_meta_page(early + at_t[:2], has_more=True, truncated=False)),
        step(
            metadata_op,
            returns=_meta_page(at_t[2:], has_more=True, truncated=True),
            check=lambda e: e.kwargs["page_offset"] == 1,
        ),
        step(
            metadata_op,
            returns=_meta_page([*at_t, ("u1", t + dt.timedelta(minutes=1))], has_more=False, truncated=False),
            check=lambda e: e.kwargs["page_offset"] == 0 and e.kwargs["body"].date_range.from_ == t,
        ),
    )
    filters = query_filters("Subject1", date_from=t0)
    script.run(metadata_flow(filters, page_size=10))
    assert script.done
    assert [m.ksef_number for m in script.emitted] == [n for n, _ in early] + ["t1", "t2", "t3", "u1"]


def test_the_script_reports_a_flow_that_strays() -> None:
    script = Script(step(post_auth_challenge, returns=challenge()))
    with pytest.raises(AssertionError, match="expected post_auth_challenge"):
        script.run(_resolve())
