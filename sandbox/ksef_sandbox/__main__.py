"""``python -m ksef_sandbox [--port 0] [--token NIP]... [--schemas DIR] [--no-rate-limits] [--lenient-sellers]``.

Prints the base URL on the first line, then one ``KSEF_TOKEN NIP TOKEN`` line per ``--token NIP``: a KSeF
token for that context, usable until the sandbox stops (its state lives in memory). Bound to loopback.
"""

from __future__ import annotations

import argparse
import sys

from .server import SandboxServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ksef_sandbox", description="Offline KSeF API v2 sandbox (loopback)."
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1; keep it on loopback)")
    parser.add_argument("--port", type=int, default=0, help="port (0 = pick a free one)")
    parser.add_argument(
        "--token",
        action="append",
        default=[],
        metavar="NIP",
        help="print a KSeF token for this NIP once listening (repeatable)",
    )
    parser.add_argument(
        "--schemas",
        default="auto",
        help="the invoice XSD directory, holding FA/, RR/ and PEF/ (default: $KSEF_SCHEMA_DIR, else the one "
        "ksef_sdk finds: the copy packaged in the wheel or ../shared/ksef/faktury/schemy)",
    )
    parser.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce the spec's x-rate-limits (on by default)"
    )
    parser.add_argument(
        "--lenient-sellers",
        action="store_true",
        help="accept invoices of any seller (no status 410 for sellers the context may not invoice for)",
    )
    parser.add_argument(
        "--processing-polls", type=int, default=1, help="status reads that show 'in progress' before the result"
    )
    args = parser.parse_args(argv)
    from ksef_sdk.identifiers import validate_nip

    try:
        nips = [validate_nip(nip) for nip in args.token]
    except ValueError as exc:
        parser.error(str(exc))
    server = SandboxServer(args.host, args.port, schema_dir=args.schemas)
    server.control.configure(
        rate_limits_enabled=not args.no_rate_limits,
        processing_polls=args.processing_polls,
        check_invoice_permissions=not args.lenient_sellers,
    )

    def ready(srv: SandboxServer) -> None:
        print(srv.url, flush=True)
        for nip in nips:
            print(f"KSEF_TOKEN {nip} {srv.control.issue_ksef_token(nip)}", flush=True)

    try:
        server.serve_forever(on_ready=ready)
    except KeyboardInterrupt:
        pass
    finally:
        server.core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
