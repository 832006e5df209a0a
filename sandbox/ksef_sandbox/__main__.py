"""``python -m ksef_sandbox [--host 127.0.0.1] [--port 0] [--schemas DIR] [--no-rate-limits] [--lenient-sellers]``:
prints the base URL."""

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
        "--schemas",
        default="auto",
        help="directory with faktury/schemy (default: $KSEF_SANDBOX_SCHEMAS, the wheel's copy or ../shared/ksef)",
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
    server = SandboxServer(args.host, args.port, schema_dir=args.schemas)
    server.control.configure(
        rate_limits_enabled=not args.no_rate_limits,
        processing_polls=args.processing_polls,
        check_invoice_permissions=not args.lenient_sellers,
    )

    def ready(srv: SandboxServer) -> None:
        print(srv.url, flush=True)

    try:
        server.serve_forever(on_ready=ready)
    except KeyboardInterrupt:
        pass
    finally:
        server.core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
