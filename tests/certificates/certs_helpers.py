"""Helpers of the certificate/token/permission tests (importable by name, unlike conftest)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ksef_sdk.flow import PollPolicy
from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice


@dataclass
class World:
    """Everything a scenario needs: the sandbox, its environment, a public client, a NIP, its seal and a
    client logged in with it (XAdES)."""

    sandbox: Any
    env: Any
    public: Any
    nip: str
    seal: Any
    xades: Any


FAST = PollPolicy(initial=0.02, factor=1.5, max_delay=0.2, timeout=20.0, min_delay=0.01)


def invoice(nip: str, number: str, issue: dt.date | None = None) -> bytes:
    return build_fa3_invoice(
        seller=Party(nip, "Sprzedawca sp. z o.o.", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party("1111111111", "Nabywca S.A.", "ul. Krzywa 2, 30-001 Kraków"),
        lines=[InvoiceLine("Usługa", quantity=1, unit_net_price="100.00")],
        invoice_number=number,
        issue_date=issue or dt.date.today(),
    )


def send(client: Any, xml: bytes, *, offline: bool = False) -> str:
    """Send one invoice in an online session; its KSeF number."""
    from ksef_sdk.sessions import OnlineSession

    with OnlineSession.open(client, poll_policy=FAST) as session:
        session.send(xml, offline_mode=offline)
    outcome = session.wait(FAST).invoices[0]
    assert outcome.ok, (outcome.status_code, outcome.details)
    assert outcome.ksef_number is not None
    return outcome.ksef_number
