"""The downstream example service (examples/typing_check/service.py) runs against the sandbox."""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import ksef_sdk
from ksef_sdk.identifiers import random_nip
from ksef_sdk.invoice import InvoiceLine, Party, build_fa3_invoice

SERVICE = Path(__file__).resolve().parents[1] / "examples" / "typing_check" / "service.py"


def _service() -> ModuleType:
    spec = importlib.util.spec_from_file_location("example_service", SERVICE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _invoice(nip: str, number: str) -> bytes:
    return build_fa3_invoice(
        seller=Party(nip, "Sprzedawca", "ul. Prosta 1, 00-001 Warszawa"),
        buyer=Party("7010002139", "Nabywca", "ul. Krzywa 2, 30-001 Kraków"),
        invoice_number=number,
        issue_date=dt.date.today(),
        lines=[InvoiceLine("Usługa", quantity=1, unit_net_price="100.00")],
    )


def test_the_example_service_runs(ksef_sandbox: Any) -> None:
    service = _service()
    nip = random_nip()
    token = ksef_sandbox.control.issue_ksef_token(nip)
    env = ksef_sdk.Environment.custom(ksef_sandbox.url)
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=5)
    numbers = service.send_online(env, token, nip, [_invoice(nip, f"EX/{i}") for i in range(3)])
    assert len(numbers) == 3 and all(n.startswith(nip) for n in numbers)
    assert asyncio.run(service.send_async(env, token, nip, _invoice(nip, "EX/A"))).startswith(nip)
    with ksef_sdk.build_public_client(env) as public:
        tokens = ksef_sdk.authenticate_with_ksef_token(public, token, nip)
    with ksef_sdk.build_client(env, tokens=tokens) as client:
        batch = service.send_many(client, [(f"b{i}.xml", _invoice(nip, f"EX/B{i}")) for i in range(2)])
        assert len(batch.succeeded) == 2
        ksef_sandbox.core.wait_idle(30)
        received = service.received_since(client, since, nip)
    assert set(numbers) <= set(received)
