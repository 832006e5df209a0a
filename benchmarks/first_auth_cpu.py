"""CPU cost of a fresh process's first KSeF authentication: imports, first challenge, KSeF-token login.

The parent starts the embedded sandbox on loopback (its CPU is not counted) and issues a KSeF token;
each of ``--runs`` fresh child interpreters then measures its own CPU time (``time.process_time``:
user + system of that process only) for three phases, one after another:

- ``import``: ``import ksef_sdk`` + the client builder + the authentication workflow + the challenge
  operation module (what any program imports before its first call);
- ``challenge``: build a public client and call ``POST /auth/challenge`` once (the first request
  also imports the response models);
- ``ksef-token auth``: ``authenticate_with_ksef_token`` (challenge, Ministry key, RSA-OAEP, init, poll,
  redeem);

and counts the ``ksef_api.models`` modules the process has loaded (of the 296 the package has), a
number that does not depend on the machine's load.

Run: ``python benchmarks/first_auth_cpu.py [--runs 15]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

NIP = "5265877635"

CHILD = r"""
import json, os, sys, time
c0 = time.process_time()
import ksef_sdk
from ksef_sdk import build_public_client
from ksef_sdk.authentication import authenticate_with_ksef_token
from ksef_api.api.auth import post_auth_challenge
c1 = time.process_time()
env = ksef_sdk.Environment.custom(os.environ["BENCH_URL"])
public = build_public_client(env, rate_limits=False, retry=False)
post_auth_challenge.sync(client=public)
c2 = time.process_time()
authenticate_with_ksef_token(public, os.environ["BENCH_TOKEN"], os.environ["BENCH_NIP"])
c3 = time.process_time()
models = sum(1 for name in sys.modules if name.startswith("ksef_api.models."))
print(json.dumps({"import": c1 - c0, "challenge": c2 - c1, "auth": c3 - c2, "total": c3 - c0, "models": models}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from ksef_sandbox import SandboxServer

    results: list[dict[str, float]] = []
    with SandboxServer() as sandbox:
        env = {**os.environ, "BENCH_URL": sandbox.url, "BENCH_NIP": NIP}
        for _ in range(args.runs):
            env["BENCH_TOKEN"] = sandbox.control.issue_ksef_token(NIP)
            out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))

    print(f"python {sys.version.split()[0]}, {args.runs} fresh processes; CPU time of the client process only")
    print(f"{'phase':<22} {'median':>10} {'min':>10}")
    phases = {"import": "import", "challenge": "first challenge", "auth": "ksef-token auth", "total": "total"}
    for key, label in phases.items():
        values = [r[key] * 1000.0 for r in results]
        print(f"{label:<22} {statistics.median(values):>7.1f} ms {min(values):>7.1f} ms")
    print(f"ksef_api.models modules loaded: {int(statistics.median(r['models'] for r in results))} of 296")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
