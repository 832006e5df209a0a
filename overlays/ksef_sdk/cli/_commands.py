"""The ``ksef`` command (extra ``cli``: typer + rich, imported only when the command runs).

- ``ksef demo``: the whole main job on the embedded sandbox, offline - authenticate with a KSeF token,
  open an online session, send a generated FA(3) invoice, wait, print its KSeF number, save its UPO,
  print its KOD I link.
- ``ksef validate FILE...``: the local pre-send checks (``--xsd`` for schema validation).
- ``ksef send FILE...``: send invoices in one online session (``KSEF_ENV``, ``KSEF_TOKEN``, ``KSEF_NIP``).
- ``ksef download KSEF_NUMBER``: download one invoice (same variables).
- ``ksef outbox add|run|status``: durable delivery (:mod:`ksef_sdk.cli.outbox`).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any

__all__ = ["main"]

DEMO_SELLER_NIP = "5265877635"
DEMO_BUYER_NIP = "1111111111"  # a valid check digit (the official samples' buyer)


def _demo(out_dir: Path, console: Any) -> int:
    from ksef_sandbox import SandboxServer

    from ksef_sdk.authentication._flows import authenticate_with_ksef_token
    from ksef_sdk.environments import Environment
    from ksef_sdk.http._client import build_client, build_public_client
    from ksef_sdk.invoice.builder import InvoiceLine, Party, build_fa3_invoice
    from ksef_sdk.qr import invoice_verification_url
    from ksef_sdk.sessions import OnlineSession, PollPolicy

    console.print("[bold]ksef demo[/bold]: the main job against the embedded, offline KSeF sandbox")
    with SandboxServer() as sandbox:
        console.print(f"  sandbox listening on {sandbox.url}")
        ksef_token = sandbox.control.issue_ksef_token(DEMO_SELLER_NIP)
        env = Environment.custom(sandbox.url)
        with build_public_client(env) as public:
            tokens = authenticate_with_ksef_token(public, ksef_token, DEMO_SELLER_NIP)
        until = tokens.access.valid_until.isoformat(timespec="seconds")
        console.print(f"  1. authenticated with a KSeF token for NIP {DEMO_SELLER_NIP} (access valid until {until})")
        today = dt.date.today()
        invoice = build_fa3_invoice(
            seller=Party(DEMO_SELLER_NIP, "Demo Sprzedawca sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
            buyer=Party(DEMO_BUYER_NIP, "Demo Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków"),
            lines=[
                InvoiceLine("Usługa doradcza", quantity=8, unit_net_price="250.00", unit="godz."),
                InvoiceLine("Książka", quantity=2, unit_net_price="49.90", vat_rate="5"),
            ],
            invoice_number=f"FV/DEMO/{dt.datetime.now():%Y%m%d%H%M%S}",
            issue_date=today,
            issue_place="Warszawa",
        )
        with build_client(env, tokens=tokens) as client:
            session = OnlineSession.open(client)
            with session:
                console.print(f"  2. opened online session {session.reference_number} (FA (3))")
                sent = session.send(invoice)
                console.print(
                    f"  3. sent a generated FA(3) invoice ({len(invoice)} B), reference {sent.reference_number}"
                )
            result = session.wait(PollPolicy(initial=0.2, max_delay=2.0, timeout=60.0))
            outcome = result.invoices[0]
            if not outcome.ok or outcome.ksef_number is None:
                console.print(
                    f"[red]invoice rejected: {outcome.status_code} {outcome.status_description} {outcome.details}"
                )
                return 1
            console.print(f"  4. processed: KSeF number [bold green]{outcome.ksef_number}[/bold green]")
            upo = session.invoice_upo(outcome)
            out_dir.mkdir(parents=True, exist_ok=True)
            upo_path = out_dir / f"UPO-{outcome.ksef_number}.xml"
            upo.save(str(upo_path))
            console.print(f"  5. UPO saved to {upo_path} ({len(upo.raw)} B, SHA-256 {upo.sha256_base64})")
            link = invoice_verification_url(DEMO_SELLER_NIP, today, invoice, environment=env)
            console.print(f"  6. KOD I link: {link}")
    return 0


def _client_from_env() -> Any:
    from ksef_sdk.authentication._flows import KsefTokenAuthenticator
    from ksef_sdk.environments import resolve
    from ksef_sdk.http._client import build_client, build_public_client

    env = resolve(os.environ.get("KSEF_ENV", "test"))
    token, nip = os.environ.get("KSEF_TOKEN"), os.environ.get("KSEF_NIP")
    if not token or not nip:
        raise SystemExit("set KSEF_TOKEN and KSEF_NIP (and KSEF_ENV: test, demo, production or a base URL)")
    public = build_public_client(env)
    return build_client(env, authenticator=KsefTokenAuthenticator(public, token, nip))


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``ksef`` command."""
    try:
        import typer
        from rich.console import Console
    except ImportError:  # pragma: no cover - depends on the install
        sys.exit("the ksef command needs the 'cli' extra: pip install 'ksef-sdk[cli]'")

    app = typer.Typer(add_completion=False, no_args_is_help=True, help="KSeF API v2 client (ksef-sdk).")
    from ksef_sdk.cli.invoice import app as invoice_app

    app.add_typer(invoice_app, name="invoice")
    console = Console(highlight=False, soft_wrap=True)
    from ksef_sdk.cli.outbox import app as outbox_app

    app.add_typer(outbox_app, name="outbox")

    @app.command()
    def demo(
        out_dir: Path = typer.Option(Path("."), "--out-dir", help="Where to save the UPO."),  # noqa: B008
    ) -> None:
        """Offline demo on the embedded sandbox: token auth, session, FA(3) invoice, KSeF number, UPO, KOD I."""
        raise typer.Exit(_demo(out_dir, console))

    @app.command()
    def validate(
        files: list[Path] = typer.Argument(..., help="Invoice XML files."),  # noqa: B008
        xsd: bool = typer.Option(False, "--xsd", help="Also validate against the official XSD."),
        form: str = typer.Option(
            "FA (3)", "--form", help="Form code: FA (3), FA (2), FA_RR (1), PEF (3), PEF_KOR (3)."
        ),
    ) -> None:
        """Run the local pre-send checks on invoice files."""
        from ksef_sdk.invoice.checks import FORM_CODES, InvoiceValidationError, validate_invoice

        if form not in FORM_CODES:
            raise typer.BadParameter(f"unknown form code {form!r}")
        failed = 0
        for path in files:
            try:
                validate_invoice(path, form_code=FORM_CODES[form], xsd=xsd)
                console.print(f"[green]ok[/green]   {path}")
            except InvoiceValidationError as exc:
                failed += 1
                console.print(f"[red]FAIL[/red] {path}: {exc}")
        raise typer.Exit(1 if failed else 0)

    @app.command()
    def send(
        files: list[Path] = typer.Argument(..., help="Invoice XML files (FA (3))."),  # noqa: B008
        upo_dir: Path | None = typer.Option(None, "--upo-dir", help="Save each invoice's UPO here."),  # noqa: B008
    ) -> None:
        """Send invoices in one online session (env: KSEF_ENV, KSEF_TOKEN, KSEF_NIP)."""
        from ksef_sdk.invoice.checks import InvoiceValidationError, validate_invoice
        from ksef_sdk.sessions._online import OnlineSession

        invalid = 0
        for path in files:  # nothing is sent unless every file passes the local checks
            try:
                validate_invoice(path)
            except (InvoiceValidationError, OSError) as exc:
                invalid += 1
                console.print(f"{path}: [red]not sent[/red]: {exc}")
        if invalid:
            raise typer.Exit(1)
        with _client_from_env() as client:
            session = OnlineSession.open(client)
            with session:
                sent = {session.send(f, name=f.name).reference_number: str(f) for f in files}
            result = session.wait()
            for outcome in result.invoices:
                label = sent.get(outcome.reference_number, outcome.reference_number)
                if outcome.ok:
                    console.print(f"{label}: [green]{outcome.ksef_number}[/green]")
                    if upo_dir is not None:
                        upo_dir.mkdir(parents=True, exist_ok=True)
                        session.invoice_upo(outcome).save(str(upo_dir / f"UPO-{outcome.ksef_number}.xml"))
                else:
                    console.print(
                        f"{label}: [red]{outcome.status_code} {outcome.status_description}[/red] {outcome.details}"
                    )
        raise typer.Exit(0 if all(i.ok for i in result.invoices) else 1)

    @app.command()
    def download(
        ksef_number: str,
        out: Path | None = typer.Option(None, "--out", help="Output file (default: KSEF_NUMBER.xml)."),  # noqa: B008
    ) -> None:
        """Download one invoice by KSeF number (hash verified)."""
        from ksef_sdk.retrieval import download_invoice

        with _client_from_env() as client:
            data = download_invoice(client, ksef_number)
        target = out or Path(f"{ksef_number}.xml")
        target.write_bytes(data)
        console.print(f"saved {target} ({len(data)} B)")

    app(args=argv)


if __name__ == "__main__":  # pragma: no cover
    main()
