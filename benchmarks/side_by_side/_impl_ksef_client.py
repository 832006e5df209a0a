"""ksef-client 0.20 (peer) doing each measure the way its README shows (run in a child process).

ksef-client refuses pre-signed URLs on loopback whatever its options say; the sandbox's are on loopback,
so the batch measure turns that one check off (it costs nothing measurable either way).
"""

from __future__ import annotations

import io
import time
import zipfile
from typing import Any

from . import _common as c

FA3 = {"system_code": "FA (3)", "schema_version": "1-0E", "value": "FA"}


def _options(p: dict[str, Any]) -> Any:
    from ksef_client import KsefClientOptions

    # the sandbox's pre-signed URLs point at loopback
    return KsefClientOptions(
        base_url=p["url"], allow_private_network_presigned_urls=True, strict_presigned_url_validation=False
    )


def _login(client: Any, p: dict[str, Any]) -> str:
    from ksef_client import models as m
    from ksef_client.services import AuthCoordinator

    pem = client.security.get_public_key_certificate_pem(m.PublicKeyCertificateUsage.KSEFTOKENENCRYPTION)
    result = AuthCoordinator(client.auth).authenticate_with_ksef_token(
        token=p["token"],
        public_certificate=pem,
        context_identifier_type="nip",
        context_identifier_value=c.nip(p),
        max_attempts=600,
        poll_interval_seconds=0.05,
    )
    return str(result.access_token)


def first_auth(p: dict[str, Any]) -> dict[str, float]:
    start = time.process_time()
    from ksef_client import KsefClient

    with KsefClient(_options(p)) as client:
        _login(client, p)
    return {"value": time.process_time() - start}


def online_send(p: dict[str, Any]) -> dict[str, float]:
    from ksef_client import KsefClient
    from ksef_client import models as m
    from ksef_client.services import OnlineSessionWorkflow

    documents = [xml for _, xml in c.invoices(p)]
    with KsefClient(_options(p)) as client:
        token = _login(client, p)
        pem = client.security.get_public_key_certificate_pem(m.PublicKeyCertificateUsage.SYMMETRICKEYENCRYPTION)
        session = OnlineSessionWorkflow(client.sessions).open_session(
            form_code=m.FormCode(**FA3), public_certificate=pem, access_token=token
        )
        session.send_invoice(documents[0], access_token=token)
        start = time.process_time()
        for xml in documents[1:]:
            session.send_invoice(xml, access_token=token)
        cpu = time.process_time() - start
        session.close(access_token=token)
    return {"value": cpu / (len(documents) - 1)}


def batch(p: dict[str, Any]) -> dict[str, float]:
    import ksef_client.http
    from ksef_client import KsefClient

    ksef_client.http._validate_presigned_url_security = lambda options, url: None  # type: ignore[attr-defined]
    from ksef_client import models as m
    from ksef_client.services import BatchSessionWorkflow

    with KsefClient(_options(p)) as client:
        token = _login(client, p)
        pem = client.security.get_public_key_certificate_pem(m.PublicKeyCertificateUsage.SYMMETRICKEYENCRYPTION)
        wall, cpu = time.perf_counter(), time.process_time()
        buffer = io.BytesIO()  # the README's way: a ZIP built with zipfile, in memory
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, xml in c.invoices(p):
                zf.writestr(name, xml)
        workflow = BatchSessionWorkflow(client.sessions, client.http_client)
        session = workflow.open_session(
            form_code=m.FormCode(**FA3), zip_bytes=buffer.getvalue(), public_certificate=pem, access_token=token
        )
        del buffer
        session.upload_parts(parallelism=4)
        session.close(access_token=token)
        while True:
            status = session.get_status(access_token=token)
            if status.status.code >= 200:
                break
            time.sleep(0.2)
        listed, continuation = 0, None
        while True:
            page = session.list_invoices(page_size=1000, continuation_token=continuation, access_token=token)
            listed += len(page.invoices)
            continuation = page.continuation_token
            if not continuation:
                break
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert status.status.code == 200 and listed == int(p["count"]), (status.status, listed)
    return {"value": wall, "cpu": cpu, "rss_mb": c.peak_rss_mb()}


def metadata_page(p: dict[str, Any]) -> dict[str, float]:
    import json

    from ksef_client.models import QueryInvoicesMetadataResponse

    body = c.metadata_page()
    return c.per_call(lambda: QueryInvoicesMetadataResponse.from_dict(json.loads(body)), int(p["runs"]))


def metadata_iter(p: dict[str, Any]) -> dict[str, float]:
    from ksef_client import KsefClient
    from ksef_client import models as m

    date_from, date_to = c.date_range()
    with KsefClient(_options(p)) as client:
        token = _login(client, p)
        start = time.process_time()
        count = sum(
            1
            for _ in client.invoices.iter_invoice_metadata_by_date_range(
                subject_type=m.InvoiceQuerySubjectType.SUBJECT1,
                date_type=m.InvoiceQueryDateType.INVOICING,
                date_from=date_from.isoformat(),
                date_to=date_to.isoformat(),
                access_token=token,
                page_size=250,
            )
        )
        cpu = time.process_time() - start
    assert count >= int(p["expect"]), count
    return {"value": cpu, "count": count}
