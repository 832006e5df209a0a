"""Whatever comes back - any status, any content type, garbage or well-formed-but-wrong JSON, bodies cut
short - only ``KsefError`` subclasses escape: from every public workflow entry point and from a sample of
generated operations called through the clients ksef_sdk builds (hypothesis draws every answer)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ksef_sdk.errors import KsefError
from ksef_sdk.flow import PollPolicy
from ksef_sdk.http import RetryPolicy, Token, TokenPair, build_client, build_public_client
from ksef_sdk.identifiers import ksef_number_checksum

BASE = "https://ksef.invalid/v2"
NIP = "5265877635"
SESSION = "20261201-SO-2C3E6C8000-B4B3C8BA3C-48"
NUMBER = "5265877635-20261201-0100001AF629"
KSEF_NUMBER = f"{NUMBER}-{ksef_number_checksum(NUMBER)}"
FAST = PollPolicy(initial=0.0, factor=1.0, max_delay=0.0, timeout=0.05, min_delay=0.001)
KSEF_TOKEN = "20261201-EC-2F1C4E7000-3B2A1C0D9E-7F|nip-5265877635|" + "ab" * 32

# field names KSeF uses, so that drawn JSON reaches deep into the parsers
KEYS = [
    "referenceNumber",
    "status",
    "code",
    "description",
    "details",
    "invoices",
    "accessToken",
    "refreshToken",
    "token",
    "validUntil",
    "challenge",
    "timestamp",
    "timestampMs",
    "clientIp",
    "authenticationToken",
    "onlineSession",
    "batchSession",
    "certificates",
    "certificate",
    "usage",
    "validFrom",
    "publicKeyId",
    "continuationToken",
    "hasMore",
    "isTruncated",
    "ksefNumber",
    "invoiceHash",
    "ordinalNumber",
    "upo",
    "pages",
    "downloadUrl",
    "partUploadRequests",
    "package",
    "parts",
    "dateCreated",
    "dateUpdated",
    "exception",
    "exceptionDetailList",
    "exceptionCode",
    "title",
    "errors",
    "maxInvoiceSizeInMB",
]
SCALARS = st.none() | st.booleans() | st.integers(-5, 10**10) | st.text(max_size=12) | st.just("2026-12-01T10:00:00Z")
JSON = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.sampled_from(KEYS), children, max_size=6),
    max_leaves=25,
)


@st.composite
def answers(draw: st.DrawFn) -> httpx.Response:
    status = draw(st.sampled_from([200, 201, 202, 204, 400, 401, 403, 404, 410, 415, 429, 500, 502, 503]))
    kind = draw(st.sampled_from(["json", "cut-json", "bytes", "html", "empty"]))
    if kind in ("json", "cut-json"):
        body = json.dumps(draw(JSON)).encode()
        if kind == "cut-json":
            body = body[: draw(st.integers(0, max(0, len(body) - 1)))]
    elif kind == "bytes":
        body = draw(st.binary(max_size=64))
    elif kind == "html":
        body = b"<html><body>502 Bad Gateway</body></html>"
    else:
        body = b""
    media = draw(
        st.sampled_from(["application/json", "application/problem+json", "application/xml", "text/html", None])
    )
    headers = {"content-type": media} if media else {}
    if draw(st.booleans()):
        headers["retry-after"] = draw(st.sampled_from(["0", "1", "abc", "-3", "Wed, 01 Dec 2100 10:00:00 GMT"]))
    if draw(st.booleans()):
        headers["x-ms-meta-hash"] = draw(st.sampled_from(["", "AAAA", "not base64!"]))
    return httpx.Response(status, content=body, headers=headers)


def _transport(data: st.DataObject) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: data.draw(answers()))


def _pair() -> TokenPair:
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    return TokenPair(Token("access", later), Token("refresh", later))


def _options() -> dict[str, Any]:
    return {"retry": RetryPolicy(max_retries=1, backoff_base=0.0, max_retry_after=0.0), "rate_limits": False}


def _client(data: st.DataObject) -> Any:
    return build_client(BASE, tokens=_pair(), transport=_transport(data), sleep=lambda _: None, **_options())


def _public(data: st.DataObject) -> Any:
    return build_public_client(BASE, transport=_transport(data), sleep=lambda _: None, **_options())


def _invoice() -> bytes:
    from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice

    return build_fa3_invoice(
        seller=Party(NIP, "S", "ul. A 1, 00-001 Warszawa"),
        buyer=Party("1111111111", "B", "ul. B 2, 00-002 Kraków"),
        invoice_number="FV/1",
        issue_date=dt.date(2026, 12, 1),
        lines=[InvoiceLine("x", quantity=1, unit_net_price="1.00")],
    )


def _authenticate(data: st.DataObject, tmp: Path) -> object:
    from ksef_sdk.authentication import authenticate_with_ksef_token

    return authenticate_with_ksef_token(_public(data), KSEF_TOKEN, NIP, poll_policy=FAST, sleep=lambda _: None)


def _online_session(data: st.DataObject, tmp: Path) -> object:
    from ksef_sdk.sessions import OnlineSession

    with OnlineSession.open(_client(data), poll_policy=FAST, resolve_delay=0.0) as session:
        session.send(_invoice())
    return session.wait()


def _batch(data: st.DataObject, tmp: Path) -> object:
    from ksef_sdk.batch import send_batch

    return send_batch(_client(data), [("a.xml", _invoice())], poll_policy=FAST, part_retries=0)


def _download(data: st.DataObject, tmp: Path) -> object:
    from ksef_sdk.retrieval import download_invoice

    return download_invoice(_client(data), KSEF_NUMBER)


def _metadata(data: st.DataObject, tmp: Path) -> object:
    from ksef_sdk.retrieval import iter_invoice_metadata, query_filters

    filters = query_filters("Subject1", date_from=dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    return list(iter_invoice_metadata(_client(data), filters))


def _export(data: st.DataObject, tmp: Path) -> object:
    from ksef_sdk.retrieval import export_invoices, query_filters

    filters = query_filters("Subject1", date_from=dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    with export_invoices(_client(data), filters, poll_policy=FAST, work_dir=tmp) as package:
        return list(package.files())


def _generated(data: st.DataObject, tmp: Path) -> object:
    from ksef_api.api.auth import post_auth_challenge
    from ksef_api.api.invoices import get_invoices_ksef_ksef_number
    from ksef_api.api.limits import get_limits_context
    from ksef_api.api.session_status import get_sessions_reference_number, get_sessions_reference_number_invoices
    from ksef_api.api.tokens import get_tokens

    client = _client(data)
    calls: list[Callable[[], object]] = [
        lambda: get_limits_context.sync(client=client),
        lambda: post_auth_challenge.sync(client=_public(data)),
        lambda: get_sessions_reference_number.sync(reference_number=SESSION, client=client),
        lambda: get_sessions_reference_number_invoices.sync_detailed(reference_number=SESSION, client=client),
        lambda: get_invoices_ksef_ksef_number.sync_detailed(ksef_number=KSEF_NUMBER, client=client),
        lambda: get_tokens.sync(client=client),
    ]
    return [call() for call in calls]


ENTRY_POINTS = {
    "authenticate_with_ksef_token": _authenticate,
    "OnlineSession": _online_session,
    "send_batch": _batch,
    "download_invoice": _download,
    "iter_invoice_metadata": _metadata,
    "export_invoices": _export,
    "generated operations": _generated,
}


@pytest.mark.parametrize("name", sorted(ENTRY_POINTS))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_only_ksef_errors_escape(name: str, data: st.DataObject, tmp_path: Path) -> None:
    with contextlib.suppress(KsefError):  # anything else fails the test
        ENTRY_POINTS[name](data, tmp_path)
