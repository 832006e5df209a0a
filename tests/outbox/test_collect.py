"""The reconciliation logic with no I/O: collect_flow stepped against a scripted KSeF and store."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from ksef_api.api.batch_session import post_sessions_batch_reference_number_close as close_op
from ksef_api.api.session_status import get_sessions_reference_number as status_op
from ksef_api.api.session_status import get_sessions_reference_number_invoices as list_op
from ksef_api.api.session_status import get_sessions_reference_number_invoices_ksef_ksef_number_upo as upo_op
from ksef_api.models.session_invoices_response import SessionInvoicesResponse
from ksef_api.models.session_status_response import SessionStatusResponse
from ksef_sandbox._xml import UpoEntry, render_upo
from ksef_sdk.errors import BadRequestError, ErrorDetail
from ksef_sdk.flow import Gather, Http, HttpResult, PollPolicy, Sleep
from ksef_sdk.flow.scripted import Script, step
from ksef_sdk.outbox import StoreOp, collect_flow, decide
from ksef_sdk.sessions import InvoiceResult
from ksef_sdk.stores import Completion, OutboxItem
from ksef_sdk.upo import parse_upo

NOW = "2026-05-04T10:00:00+00:00"
POLICY = PollPolicy(initial=0.1, timeout=10)
NIP = "5265877635"


def _sha(data: bytes) -> str:
    from ksef_sdk.crypto import sha256_b64

    return sha256_b64(data)


def _item(item_id: int, data: bytes, ref: str | None = None) -> OutboxItem:
    return OutboxItem(
        item_id, _sha(data), "sending", "FA (3)", size=len(data), owner="w", session_ref="S", invoice_ref=ref, data=data
    )


def _status(code: int) -> SessionStatusResponse:
    return SessionStatusResponse.from_dict(
        {"status": {"code": code, "description": "x"}, "dateCreated": NOW, "dateUpdated": NOW}
    )


def _entry(ordinal: int, data: bytes, code: int, ksef: str | None = None, **extensions: str) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "ordinalNumber": ordinal,
        "referenceNumber": f"20260504-EE-000000000{ordinal}-0000000000-00",
        "invoiceHash": _sha(data),
        "invoicingDate": NOW,
        "status": {"code": code, "description": {200: "ok", 440: "Duplikat faktury", 450: "bad"}[code]},
    }
    if extensions:
        doc["status"]["extensions"] = extensions
    if ksef:
        doc.update(ksefNumber=ksef, acquisitionDate=NOW, upoDownloadUrl=f"https://storage/upo/{ordinal}")
    return doc


def _listing(*entries: dict[str, Any]) -> SessionInvoicesResponse:
    return SessionInvoicesResponse.from_dict({"invoices": list(entries)})


def _upo(session: str, ksef: str, data: bytes) -> bytes:
    entry = UpoEntry(NIP, ksef, "FV/1", "2026-05-04", NOW, NOW, _sha(data), "Online")
    return render_upo(
        session_reference=session,
        context_type="Nip",
        context_value=NIP,
        auth_token_reference="T",
        auth_document_hash=None,
        structure_name="FA(3)",
        form_system_code="FA (3)",
        entries=[entry],
    )


def _blob(upo: bytes) -> HttpResult:
    return HttpResult(200, {"x-ms-meta-hash": _sha(upo)}, upo)


A, B, C, D = (f"<Faktura>{n}</Faktura>".encode() for n in "ABCD")
KA, KD = f"{NIP}-20260504-0100000000AA-00", f"{NIP}-20260504-0100000000DD-00"


def test_each_item_ends_as_the_session_list_says() -> None:
    """A: its own 200 with a verified UPO; B: rejected (450) with details; C: not in the list (requeued by
    finish_session); D: a 440 duplicate of our own earlier attempt, resolved to originalKsefNumber with the
    original session's UPO."""
    items = [_item(1, A), _item(2, B), _item(3, C), _item(4, D)]
    listing = _listing(
        _entry(1, A, 200, KA),
        _entry(2, B, 450),
        _entry(3, D, 440, originalKsefNumber=KD, originalSessionReferenceNumber="S0"),
    )
    finished: list[list[Completion]] = []
    script = Script(
        step(status_op, returns=_status(200)),
        step(list_op, returns=listing),
        step(StoreOp, returns=items, check=lambda op: op.name == "items_in_session" and op.args == ("w", "S")),
        step(Http, returns=_blob(_upo("S", KA, A)), check=lambda h: h.url == "https://storage/upo/1"),
        step(StoreOp, returns=["S0"], check=lambda op: op.name == "attempt_sessions"),
        step(
            upo_op,
            returns=SimpleNamespace(
                status_code=200, content=_upo("S0", KD, D), headers={"x-ms-meta-hash": _sha(_upo("S0", KD, D))}
            ),
            check=lambda call: call.kwargs == {"reference_number": "S0", "ksef_number": KD},
        ),
        step(StoreOp, returns=3, check=lambda op: op.name == "finish" and finished.append(op.args[1]) is None),
        step(StoreOp, returns=1, check=lambda op: op.name == "finish_session" and op.args == ("w", "S")),
    )
    report = script.run(collect_flow("S", "batch", "w", POLICY))
    assert script.done
    assert (report.accepted, report.duplicates, report.rejected, report.requeued, report.finished) == (1, 1, 1, 1, True)
    by_id = {c.item_id: c for c in finished[0]}
    assert by_id[1].ksef_number == KA and by_id[1].established == "status"
    assert parse_upo(by_id[1].upo or b"", expected_hash=by_id[1].upo_hash).by_ksef_number[KA].invoice_hash == _sha(A)
    assert by_id[2].ksef_number is None and by_id[2].status_code == 450
    assert by_id[4].ksef_number == KD and by_id[4].established == "duplicate"
    assert 3 not in by_id  # finish_session puts it back to pending


def test_a_duplicate_of_other_bytes_is_a_true_rejection() -> None:
    items = [_item(4, D)]
    other = b"<Faktura>other bytes, same invoice number</Faktura>"
    script = Script(
        step(status_op, returns=_status(200)),
        step(list_op, returns=_listing(_entry(1, D, 440, originalKsefNumber=KD, originalSessionReferenceNumber="S0"))),
        step(StoreOp, returns=items),
        step(StoreOp, returns=[], check=lambda op: op.name == "attempt_sessions"),
        step(
            upo_op,
            returns=SimpleNamespace(
                status_code=200, content=_upo("S0", KD, other), headers={"x-ms-meta-hash": _sha(_upo("S0", KD, other))}
            ),
        ),
        step(
            StoreOp,
            check=lambda op: (
                op.name == "finish"
                and op.args[1][0].ksef_number is None
                and op.args[1][0].status_code == 440
                and "other bytes" in op.args[1][0].details[-1]
            ),
        ),
        step(StoreOp, returns=0, check=lambda op: op.name == "finish_session"),
    )
    report = script.run(collect_flow("S", "online", "w", POLICY))
    assert script.done and report.rejected == 1 and report.duplicates == 0


def test_an_unverifiable_upo_keeps_the_item_and_the_session_open() -> None:
    upo = _upo("S", KA, A)
    script = Script(
        step(status_op, returns=_status(200)),
        step(list_op, returns=_listing(_entry(1, A, 200, KA))),
        step(StoreOp, returns=[_item(1, A)]),
        step(Http, returns=HttpResult(200, {"x-ms-meta-hash": "bm90IHRoZSBoYXNo"}, upo)),  # hash mismatch
        step(upo_op, raises=BadRequestError("not yet", status_code=400)),  # the API fallback fails too
        step(Sleep, check=lambda e: e.seconds == 2.0),  # two more rounds, then the item waits for a later pass
        step(Http, returns=HttpResult(200, {"x-ms-meta-hash": "bm90IHRoZSBoYXNo"}, upo)),
        step(upo_op, raises=BadRequestError("not yet", status_code=400)),
        step(Sleep, check=lambda e: e.seconds == 4.0),
        step(Http, returns=HttpResult(200, {"x-ms-meta-hash": "bm90IHRoZSBoYXNo"}, upo)),
        step(upo_op, raises=BadRequestError("not yet", status_code=400)),
    )
    report = script.run(collect_flow("S", "online", "w", POLICY))
    assert script.done and report.pending == 1 and not report.finished  # no finish, no finish_session


def test_an_orphan_batch_whose_parts_never_arrived_is_requeued_whole() -> None:
    refused = BadRequestError("parts missing", status_code=400, errors=[ErrorDetail(21205, "parts missing")])
    script = Script(
        step(status_op, returns=_status(100)),
        step(close_op, raises=refused),
        step(StoreOp, returns=7, check=lambda op: op.name == "finish_session"),
    )
    report = script.run(collect_flow("S", "batch", "w", POLICY, close=True))
    assert script.done and report.requeued == 7 and report.finished


def test_decide_prefers_the_accepted_entry_then_the_known_reference() -> None:
    item = _item(1, A, ref="20260504-EE-0000000002-0000000000-00")
    rows = [
        InvoiceResult.from_model(SimpleNamespace(**_model(_entry(1, A, 450)))),
        InvoiceResult.from_model(SimpleNamespace(**_model(_entry(2, A, 200, KA)))),
    ]
    [decision] = decide([item], rows)
    assert decision.outcome is not None and decision.outcome.ksef_number == KA
    assert decide([_item(9, C)], rows)[0].missing


def _model(doc: dict[str, Any]) -> dict[str, Any]:
    from ksef_api.models.session_invoice_status_response import SessionInvoiceStatusResponse

    model = SessionInvoiceStatusResponse.from_dict(doc)
    return {
        name: getattr(model, name)
        for name in (
            "reference_number",
            "ordinal_number",
            "status",
            "invoice_hash",
            "ksef_number",
            "invoice_number",
            "invoice_file_name",
            "acquisition_date",
            "invoicing_mode",
            "upo_download_url",
        )
    }


def test_a_lost_upo_is_fetched_again_without_reading_the_session_again() -> None:
    upo = _upo("S", KA, A)
    script = Script(
        step(status_op, returns=_status(200)),
        step(list_op, returns=_listing(_entry(1, A, 200, KA))),
        step(StoreOp, returns=[_item(1, A)]),
        step(Http, raises=ConnectionError("dropped")),
        step(upo_op, raises=BadRequestError("busy", status_code=400)),
        step(Sleep),
        step(Http, returns=_blob(upo)),
        step(StoreOp, check=lambda op: op.name == "finish" and op.args[1][0].ksef_number == KA),
        step(StoreOp, returns=0, check=lambda op: op.name == "finish_session"),
    )
    report = script.run(collect_flow("S", "online", "w", POLICY))
    assert script.done and report.accepted == 1 and report.finished


def test_upos_are_fetched_concurrently() -> None:
    upo1, upo2 = _upo("S", KA, A), _upo("S", KD, D)
    performed: list[Any] = []
    script = Script(
        step(status_op, returns=_status(200)),
        step(list_op, returns=_listing(_entry(1, A, 200, KA), _entry(2, D, 200, KD))),
        step(StoreOp, returns=[_item(1, A), _item(2, D)]),
        step(Http, returns=_blob(upo1)),
        step(Http, returns=_blob(upo2)),
        step(StoreOp, check=lambda op: performed.append(op.args[1]) is None),
        step(StoreOp, returns=0),
    )
    report = script.run(collect_flow("S", "batch", "w", POLICY, concurrency=5))
    gathers = [e for e in script.performed if isinstance(e, Gather)]
    assert len(gathers) == 1 and gathers[0].concurrency == 5
    assert report.accepted == 2 and [c.ksef_number for c in performed[0]] == [KA, KD]
