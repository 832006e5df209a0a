"""ksef-sdk's side of every measure (run in a child process by :mod:`._child`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import zipfile
from typing import Any

from . import _common as c


def first_auth(p: dict[str, Any]) -> dict[str, float]:
    start = time.process_time()
    import ksef_sdk
    from ksef_sdk.authentication import authenticate_with_ksef_token
    from ksef_sdk.http import build_public_client

    with build_public_client(ksef_sdk.Environment.custom(p["url"])) as public:
        authenticate_with_ksef_token(public, p["token"], c.nip(p))
    return {"value": time.process_time() - start}


def _client(p: dict[str, Any]) -> Any:
    from ksef_sdk.authentication import authenticate_with_ksef_token
    from ksef_sdk.environments import Environment
    from ksef_sdk.http import build_client, build_public_client

    env = Environment.custom(p["url"])
    with build_public_client(env) as public:
        tokens = authenticate_with_ksef_token(public, p["token"], c.nip(p))
    # KSeF's own limits (e.g. 20 metadata queries an hour) would make the runs wait, not work; the peers
    # keep no client-side limits either, and the sandbox enforces none here
    return build_client(env, tokens=tokens, rate_limits=False)


def online_send(p: dict[str, Any]) -> dict[str, float]:
    from ksef_sdk.sessions import OnlineSession

    documents = [xml for _, xml in c.invoices(p)]
    with _client(p) as client, OnlineSession.open(client) as session:
        session.send(documents[0])  # warm-up: first-use imports
        start = time.process_time()
        for xml in documents[1:]:
            session.send(xml)
        cpu = time.process_time() - start
    return {"value": cpu / (len(documents) - 1)}


def online_raw_httpx(p: dict[str, Any]) -> dict[str, float]:
    """Floor: plain httpx posting the same requests, encrypted beforehand (no checks, no models)."""
    import httpx
    from ksef_sdk.crypto import SessionKey
    from ksef_sdk.http import get_auth
    from ksef_sdk.sessions import OnlineSession

    documents = [xml for _, xml in c.invoices(p)]
    with _client(p) as client, OnlineSession.open(client) as session:
        key: SessionKey = session._key  # type: ignore[assignment]
        bodies = [key.encrypt_invoice(xml).to_request().to_dict() for xml in documents]
        token = get_auth(client).tokens.access.value  # type: ignore[union-attr]
        url = f"{p['url'].rstrip('/')}/sessions/online/{session.reference_number}/invoices"
        headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
        with httpx.Client(timeout=60.0) as http:
            http.post(url, json=bodies[0], headers=headers).raise_for_status()
            start = time.process_time()
            for body in bodies[1:]:
                http.post(url, json=body, headers=headers).raise_for_status()
            cpu = time.process_time() - start
    return {"value": cpu / (len(bodies) - 1)}


def batch(p: dict[str, Any]) -> dict[str, float]:
    from ksef_sdk.batch import send_batch
    from ksef_sdk.sessions import PollPolicy

    with _client(p) as client:
        wall, cpu = time.perf_counter(), time.process_time()
        result = send_batch(
            client,
            c.invoices(p),
            fetch_upo=False,
            poll_policy=PollPolicy(initial=0.2, factor=1.0, max_delay=0.2, timeout=3600),
        )
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert len(result.succeeded) == int(p["count"]), (len(result.succeeded), result.missing[:3])
    return {"value": wall, "cpu": cpu, "rss_mb": c.peak_rss_mb()}


def archive(p: dict[str, Any]) -> dict[str, float]:
    """The batch archive of the invoices with the pre-send checks (and, in the same pass, the encrypted parts)."""
    from ksef_sdk.batch import prepare_batch
    from ksef_sdk.crypto import SessionKey

    documents = list(c.invoices(p))
    work = tempfile.mkdtemp(prefix="bench-archive-")
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        prepare_batch(documents, SessionKey.generate(), work_dir=work)
        return {"value": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def archive_zipfile(p: dict[str, Any]) -> dict[str, float]:
    """Floor: Python's zipfile, deflate level 6, to a file (no checks, no encryption)."""
    documents = list(c.invoices(p))
    work = tempfile.mkdtemp(prefix="bench-zipfile-")
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        with zipfile.ZipFile(os.path.join(work, "a.zip"), "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for name, xml in documents:
                zf.writestr(name, xml)
        return {"value": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def encrypt_part(p: dict[str, Any]) -> dict[str, float]:
    from ksef_sdk.crypto import SessionKey

    key = SessionKey.generate()
    wall, cpu = time.perf_counter(), time.process_time()
    with open(p["part"], "rb") as src, open(p["part"] + ".sdk.aes", "wb") as dst:
        key.encrypt_stream(src, dst)
    result = {"value": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
    os.unlink(p["part"] + ".sdk.aes")
    return result


def encrypt_openssl(p: dict[str, Any]) -> dict[str, float]:
    """Floor: ``openssl enc -aes-256-cbc`` then ``openssl dgst -sha256`` of the part (one hash, not two)."""
    key, iv = os.urandom(32).hex(), os.urandom(16).hex()
    out = p["part"] + ".openssl.aes"
    wall = time.perf_counter()
    enc = ["openssl", "enc", "-aes-256-cbc", "-K", key, "-iv", iv, "-in", p["part"], "-out", out]
    subprocess.run(enc, check=True)
    subprocess.run(["openssl", "dgst", "-sha256", p["part"]], check=True, capture_output=True)
    result = {"value": time.perf_counter() - wall}
    os.unlink(out)
    return result


def metadata_page(p: dict[str, Any]) -> dict[str, float]:
    import json

    from ksef_api.models.query_invoices_metadata_response import QueryInvoicesMetadataResponse

    body = c.metadata_page()
    return c.per_call(lambda: QueryInvoicesMetadataResponse.from_dict(json.loads(body)), int(p["runs"]))


def metadata_json(p: dict[str, Any]) -> dict[str, float]:
    """Floor: ``json.loads`` of the page alone."""
    import json

    body = c.metadata_page()
    return c.per_call(lambda: json.loads(body), int(p["runs"]))


def metadata_iter(p: dict[str, Any]) -> dict[str, float]:
    from ksef_sdk.retrieval import iter_invoice_metadata, query_filters

    date_from, date_to = c.date_range()
    with _client(p) as client:
        start = time.process_time()
        filters = query_filters("Subject1", date_from=date_from, date_to=date_to, date_type="Invoicing")
        count = sum(1 for _ in iter_invoice_metadata(client, filters, page_size=250))
        cpu = time.process_time() - start
    assert count >= int(p["expect"]), count
    return {"value": cpu, "count": count}
