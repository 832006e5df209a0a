"""``ksef demo``: the whole main job on the embedded sandbox, offline - authenticate with a KSeF token, open an
online session, send a generated FA(3) invoice, wait, print its KSeF number, save its UPO, print its KOD I link."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from ksef_sdk.cli._runtime import JsonOption, command_context

__all__ = ["app"]

app = typer.Typer()

DEMO_SELLER_NIP = "5265877635"
DEMO_BUYER_NIP = "1111111111"


@app.command()
def demo(
    ctx: typer.Context,
    out_dir: Path = typer.Option(Path("."), "--out-dir", help="Where to save the UPO."),  # noqa: B008
    json_output: JsonOption = False,
) -> None:
    """Offline demo on the embedded sandbox: token auth, session, FA(3) invoice, KSeF number, UPO, KOD I."""
    from ksef_sandbox import SandboxServer

    from ksef_sdk.authentication import authenticate_with_ksef_token
    from ksef_sdk.environments import Environment
    from ksef_sdk.errors import SessionError
    from ksef_sdk.http import build_client, build_public_client
    from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice
    from ksef_sdk.qr import invoice_verification_url
    from ksef_sdk.sessions import OnlineSession, PollPolicy

    cli = command_context(ctx, json_output=json_output)
    say = cli.out.print
    say("[bold]ksef demo[/bold]: the main job against the embedded, offline KSeF sandbox")
    with SandboxServer() as sandbox:
        say(f"  sandbox listening on {sandbox.url}")
        ksef_token = sandbox.control.issue_ksef_token(DEMO_SELLER_NIP)
        env = Environment.custom(sandbox.url)
        with build_public_client(env) as public:
            tokens = authenticate_with_ksef_token(public, ksef_token, DEMO_SELLER_NIP)
        until = tokens.access.valid_until.isoformat(timespec="seconds")
        say(f"  1. authenticated with a KSeF token for NIP {DEMO_SELLER_NIP} (access valid until {until})")
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
                say(f"  2. opened online session {session.reference_number} (FA (3))")
                sent = session.send(invoice)
                say(f"  3. sent a generated FA(3) invoice ({len(invoice)} B), reference {sent.reference_number}")
            result = session.wait(PollPolicy(initial=0.2, max_delay=2.0, timeout=60.0))
            outcome = result.invoices[0]
            if not outcome.ok or outcome.ksef_number is None:
                raise SessionError(
                    f"the sandbox rejected the demo invoice: [{outcome.status_code}] {outcome.status_description}"
                )
            say(f"  4. processed: KSeF number [bold green]{outcome.ksef_number}[/bold green]")
            upo = session.invoice_upo(outcome)
            out_dir.mkdir(parents=True, exist_ok=True)
            upo_path = out_dir / f"UPO-{outcome.ksef_number}.xml"
            upo.save(str(upo_path))
            say(f"  5. UPO saved to {upo_path} ({len(upo.raw)} B, SHA-256 {upo.sha256_base64})")
            link = invoice_verification_url(DEMO_SELLER_NIP, today, invoice, environment=env)
            say(f"  6. KOD I link: {link}")
    cli.out.result(
        {"ksefNumber": outcome.ksef_number, "upo": str(upo_path), "link": link, "session": session.reference_number},
        lambda: None,
    )
