"""ksef_sandbox speed: server time per send-invoice request, sustained requests/s on loopback, and a
10,000-invoice batch session (upload → close → processed) with the API call counts.

    python benchmarks/sandbox_throughput.py [--invoices 2000] [--batch 10000] [--seconds 3]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import os
import statistics
import sys
import time
import zipfile
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "sandbox"))
from ksef_sandbox import SandboxServer
from ksef_sandbox._http import Request
from sandbox_helpers import Client, SessionKeys, aes_encrypt, invoice_xml, random_nip, sha


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=10_000)
    ap.add_argument("--seconds", type=float, default=3.0)
    args = ap.parse_args()

    t0 = time.perf_counter()
    server = SandboxServer().start()
    print(f"startup (keys + uvicorn): {1000 * (time.perf_counter() - t0):.0f} ms")
    server.control.set_processing_polls(0)
    # throughput, not KSeF's limits: invoiceSend allows 10/s and 180/h, so the limits (on by default) are off here
    server.control.set_rate_limits(False)
    nip = random_nip()
    http = httpx.Client(base_url=server.url, timeout=120)
    client = Client(http)
    client.authenticate(nip, server.control.issue_ksef_token(nip))
    session, keys = client.open_online()

    # 1. server time per send-invoice request (core.handle, in-process, no HTTP)
    core = server.core
    bodies = [client.send_body(keys, invoice_xml(nip, f"BENCH/{i}")) for i in range(args.invoices)]
    import json

    reqs = [
        Request(
            "POST",
            f"/sessions/online/{session}/invoices",
            headers={"authorization": f"Bearer {client.access}", "content-type": "application/json"},
            body=json.dumps(b).encode(),
        )
        for b in bodies
    ]
    core.schemas.schema("FA/schemat_FA(3)_v1-0E.xsd")  # compile once (lazy), not part of per-request time
    times = []
    for r in reqs:
        s = time.perf_counter()
        resp = core.handle(r)
        times.append(time.perf_counter() - s)
        assert resp.status == 202, resp.body
    times.sort()
    print(
        f"send invoice, server time (decrypt + XSD + KSeF number), n={len(times)}: "
        f"median {1000 * statistics.median(times):.2f} ms, p95 {1000 * times[int(0.95 * len(times))]:.2f} ms"
    )

    # 2. sustained requests/s over loopback (one client, keep-alive)
    def rate(label: str, fn: object) -> None:
        n = 0
        end = time.perf_counter() + args.seconds
        while time.perf_counter() < end:
            fn()  # type: ignore[operator]
            n += 1
        print(f"loopback {label}: {n / args.seconds:.0f} req/s")

    rate("POST /auth/challenge", lambda: http.post("/auth/challenge"))
    other, keys2 = client.open_online()
    counter = iter(range(10**9))
    rate(
        "POST /sessions/online/{ref}/invoices",
        lambda: http.post(
            f"/sessions/online/{other}/invoices",
            headers=client.headers(),
            json=client.send_body(keys2, invoice_xml(nip, f"R/{next(counter)}")),
        ),
    )
    rate("GET /sessions/{ref}", lambda: http.get(f"/sessions/{other}", headers=client.headers()))

    # 3. a 10,000-invoice batch
    before = server.control.call_counts()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(args.batch):
            zf.writestr(f"f{i}.xml", invoice_xml(nip, f"BATCH/{i}"))
    archive = buf.getvalue()
    bkeys = SessionKeys(os.urandom(32), os.urandom(16))
    enc = aes_encrypt(bkeys.key, bkeys.iv, archive)
    t0 = time.perf_counter()
    r = http.post(
        "/sessions/batch",
        headers=client.headers(),
        json={
            "formCode": Client.FA3,
            "batchFile": {
                "fileSize": len(archive),
                "fileHash": sha(archive),
                "fileParts": [{"ordinalNumber": 1, "fileSize": len(enc), "fileHash": sha(enc)}],
            },
            "encryption": client.encryption(bkeys),
        },
    ).json()
    part = r["partUploadRequests"][0]
    assert httpx.put(part["url"], content=enc, headers=part["headers"]).status_code == 201
    assert http.post(f"/sessions/batch/{r['referenceNumber']}/close", headers=client.headers()).status_code == 204
    st = client.wait_session(r["referenceNumber"], polls=100000)
    elapsed = time.perf_counter() - t0
    listed = 0
    headers = client.headers()
    while True:
        page = http.get(f"/sessions/{r['referenceNumber']}/invoices", params={"pageSize": 1000}, headers=headers).json()
        listed += len(page["invoices"])
        if not page.get("continuationToken"):
            break
        headers = {**client.headers(), "x-continuation-token": page["continuationToken"]}
    calls = {k: v - before.get(k, 0) for k, v in server.control.call_counts().items() if v - before.get(k, 0)}
    print(
        f"batch of {args.batch} invoices ({len(archive) / 1e6:.1f} MB zip): status {st['status']['code']}, "
        f"{st['successfulInvoiceCount']} ok, open→processed {elapsed:.2f} s, listed {listed}, "
        f"API calls {sum(calls.values())}: {calls}"
    )
    assert hashlib.sha256(archive).digest() == base64.b64decode(sha(archive))
    server.stop()


if __name__ == "__main__":
    main()
