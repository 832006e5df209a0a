"""ksef2 1.1 (peer) doing each measure the way its README shows (run in a child process).

ksef2 knows only its three environments; an httpx transport sends its TEST-environment requests to the
sandbox on loopback instead.
"""

from __future__ import annotations

import time
from typing import Any

from . import _common as c

TEST_HOST = "api-test.ksef.mf.gov.pl"


def _auth(p: dict[str, Any]) -> Any:
    import httpx
    from ksef2 import Client, Environment

    target = httpx.URL(p["url"])

    class ToSandbox(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.host == TEST_HOST:
                request.url = request.url.copy_with(scheme=target.scheme, host=target.host, port=target.port)
            return self.inner.handle_request(request)

        def close(self) -> None:
            self.inner.close()

    http = httpx.Client(transport=ToSandbox(), base_url=Environment.TEST.value, timeout=120.0)
    client = Client(Environment.TEST, http_client=http)
    return client.authentication.with_token(ksef_token=p["token"], nip=c.nip(p), poll_interval=0.05, timeout=600)


def first_auth(p: dict[str, Any]) -> dict[str, float]:
    start = time.process_time()
    _auth(p)
    return {"value": time.process_time() - start}


def online_send(p: dict[str, Any]) -> dict[str, float]:
    from ksef2 import FormSchema

    documents = [xml for _, xml in c.invoices(p)]
    auth = _auth(p)
    with auth.online_session(form_code=FormSchema.FA3) as session:
        session.send_invoice(documents[0])
        start = time.process_time()
        for xml in documents[1:]:
            session.send_invoice(xml)
        cpu = time.process_time() - start
    return {"value": cpu / (len(documents) - 1)}


def batch(p: dict[str, Any]) -> dict[str, float]:
    from ksef2.models import BatchInvoice

    auth = _auth(p)
    wall, cpu = time.perf_counter(), time.process_time()
    prepared = auth.batch.prepare([BatchInvoice(file_name=name, content=xml) for name, xml in c.invoices(p)])
    with auth.batch_session(prepared_batch=prepared) as session:
        session.upload_parts()
    status = session.wait(timeout=3600.0, poll_interval=0.2)
    listed, continuation = 0, None
    while True:
        page = session.list_invoices(page_size=1000, continuation_token=continuation)
        listed += len(page.invoices)
        continuation = page.continuation_token
        if not continuation:
            break
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert listed == int(p["count"]), (status, listed)
    return {"value": wall, "cpu": cpu, "rss_mb": c.peak_rss_mb()}


def metadata_page(p: dict[str, Any]) -> dict[str, float]:
    import httpx
    from ksef2._endpoints.shared import parse_response
    from ksef2._infra.mappers.invoices import from_spec
    from ksef2._infra.schema.api import spec

    body = c.metadata_page()
    headers = {"content-type": "application/json"}

    def parse() -> object:  # what InvoicesClient.query_metadata does with the answer
        response = httpx.Response(200, content=body, headers=headers)
        return from_spec(parse_response(response, spec.QueryInvoicesMetadataResponse))

    return c.per_call(parse, int(p["runs"]))


def metadata_iter(p: dict[str, Any]) -> dict[str, float]:
    from ksef2.models import InvoiceMetadataParams, InvoicesFilter

    date_from, date_to = c.date_range()
    auth = _auth(p)
    start = time.process_time()
    filters = InvoicesFilter.for_seller(date_from=date_from, date_to=date_to, date_type="invoicing_date")
    count = sum(1 for _ in auth.invoices.all_metadata(filters=filters, params=InvoiceMetadataParams(page_size=250)))
    cpu = time.process_time() - start
    assert count >= int(p["expect"]), count
    return {"value": cpu, "count": count}
