"""The KSeF-certificate lifecycle against the embedded sandbox: what each step costs the client.

Each of ``--runs`` rounds, for an EC P-256 and an RSA 2048 key: build the CSR; enrol (limits, enrollment
data, request, status, retrieval - the sandbox answers at once, polling sleeps 10 ms); save and load an
encrypted PKCS#12 (PBKDF2, 200,000 rounds); log in with the certificate (XAdES sign, verify, redeem). The
sandbox runs in the same process, so the wall times include its work; the table shows medians. Client-side
rate limits are off (KSeF allows 30 certificate requests a minute; they would pace the loop, not measure it).

Run: ``python benchmarks/certificate_lifecycle.py [--runs 10]``
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

NIP = "5265877635"


def _timed(results: dict[str, list[float]], name: str, step: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    value = step()
    results.setdefault(name, []).append((time.perf_counter() - start) * 1000.0)
    return value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    from ksef_sandbox import SandboxServer
    from ksef_sdk.authentication import XadesAuthenticator, authenticate_with_certificate
    from ksef_sdk.certificates import build_csr, enroll_certificate, enrollment_data, load_pkcs12, save_pkcs12
    from ksef_sdk.crypto.testcerts import company_seal_certificate
    from ksef_sdk.environments import Environment
    from ksef_sdk.flow import PollPolicy
    from ksef_sdk.http import build_client, build_public_client

    fast = PollPolicy(initial=0.01, factor=1.0, max_delay=0.01, timeout=30.0, min_delay=0.01)
    results: dict[str, list[float]] = {}
    with SandboxServer() as sandbox, tempfile.TemporaryDirectory() as tmp:
        sandbox.control.set_certificate_limits(("Nip", NIP), enrollments=10_000, certificates=10_000)
        env = Environment.custom(sandbox.url)
        seal = company_seal_certificate(organization="Benchmark sp. z o.o.", nip=NIP, key_type="ec")
        with build_public_client(env, rate_limits=False) as public:
            auth = XadesAuthenticator(public, seal.signer(), NIP, poll_policy=fast)
            # KSeF allows 30 certificate requests a minute: the client-side limiter would pace this loop
            with build_client(env, authenticator=auth, rate_limits=False) as client:
                data = enrollment_data(client)
                for run in range(args.runs):
                    for algorithm in ("ec", "rsa"):
                        _timed(results, f"CSR ({algorithm})", lambda a=algorithm: build_csr(data, algorithm=a))
                        cert = _timed(
                            results,
                            f"enroll ({algorithm})",
                            lambda a=algorithm, r=run: enroll_certificate(
                                client, f"Bench {a} {r}", "Authentication", algorithm=a, poll_policy=fast
                            ),
                        )
                        path = Path(tmp) / f"{algorithm}-{run}.p12"
                        _timed(results, "save PKCS#12", lambda c=cert, p=path: save_pkcs12(c, p, "benchmark"))
                        loaded = _timed(results, "load PKCS#12", lambda p=path: load_pkcs12(p, "benchmark"))
                        _timed(
                            results,
                            f"certificate login ({algorithm})",
                            lambda c=loaded: authenticate_with_certificate(public, c, NIP, poll_policy=fast),
                        )
    print(f"{args.runs} runs per row, sandbox in-process on loopback; wall time, median and min")
    print(f"{'step':<28} {'median':>10} {'min':>10}")
    for name, values in results.items():
        print(f"{name:<28} {statistics.median(values):>7.1f} ms {min(values):>7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
