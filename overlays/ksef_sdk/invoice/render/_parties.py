"""Parties of an FA(3) / FA(2) / FA_RR(1) invoice as cards: seller, buyer, third parties, the authorized entity,
and the corrected parties' data (Podmiot1K / Podmiot2K)."""

from __future__ import annotations

from typing import Any

from ksef_sdk.invoice.render._format import Formatter
from ksef_sdk.invoice.render._labels import Labels
from ksef_sdk.invoice.render._view import Fields, fields

__all__ = ["address_text", "code", "flag", "identifiers", "party_card", "third_party_card"]


def code(value: Any) -> str:
    """The XML value of an enumeration member (or the value itself), as text."""
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def flag(value: Any) -> bool:
    """A ``TWybor1`` / ``TWybor12`` field that says 1 (yes)."""
    return code(value) == "1"


def address_text(address: Any) -> str:
    """``AdresL1, AdresL2, country`` on one line (``GLN`` appended)."""
    if address is None:
        return ""
    parts = [address.adres_l1, address.adres_l2, code(address.kod_kraju)]
    text = ", ".join(p for p in parts if p)
    gln = getattr(address, "gln", None)
    return f"{text} (GLN {gln})" if gln else text


def identifiers(data: Any, t: Labels) -> list[tuple[str, object]]:
    """The identification block: NIP, EU VAT number, another tax ID, or "no identifier"; the name."""
    pairs: list[tuple[str, object]] = []
    nip = getattr(data, "nip", None)
    if nip:
        pairs.append((t["nip"], nip))
    internal = getattr(data, "idwew", None)
    if internal:
        pairs.append((t["internal_id"], internal))
    vat_ue = getattr(data, "nr_vat_ue", None)
    if vat_ue:
        pairs.append((t["vat_ue"], f"{code(getattr(data, 'kod_ue', None))}{vat_ue}"))
    other = getattr(data, "nr_id", None)
    if other:
        country = code(getattr(data, "kod_kraju", None))
        pairs.append((t["other_id"], f"{country} {other}".strip()))
    if flag(getattr(data, "brak_id", None)):
        pairs.append((t["no_id"], t["yes"]))
    pairs.append((t["name"], getattr(data, "nazwa", None)))
    return pairs


def _contacts(party: Any, t: Labels) -> list[tuple[str, object]]:
    pairs: list[tuple[str, object]] = []
    for contact in getattr(party, "dane_kontaktowe", None) or ():
        email = getattr(contact, "email", None) or getattr(contact, "email_pu", None)
        phone = getattr(contact, "telefon", None) or getattr(contact, "telefon_pu", None)
        if email:
            pairs.append((t["email"], email))
        if phone:
            pairs.append((t["phone"], phone))
    return pairs


def party_card(party: Any, title: str, t: Labels, *, prefix_label: str | None = None) -> Fields | None:
    """A party (Podmiot1, Podmiot2, PodmiotUpowazniony, Podmiot1K...) as a titled card."""
    if party is None:
        return None
    pairs: list[tuple[str, object]] = []
    prefix = code(getattr(party, "prefiks_podatnika", None))
    if prefix:
        pairs.append((prefix_label or t["vat_prefix"], prefix))
    pairs.extend(identifiers(party.dane_identyfikacyjne, t))
    pairs.append((t["address"], address_text(getattr(party, "adres", None))))
    pairs.append((t["address_corr"], address_text(getattr(party, "adres_koresp", None))))
    pairs.extend(_contacts(party, t))
    pairs.append((t["eori"], getattr(party, "nr_eori", None)))
    status = getattr(party, "status_info_podatnika", None)
    if status is not None:
        pairs.append((t["taxpayer_status"], t.code("status", status)))
    pairs.append((t["customer_number"], getattr(party, "nr_klienta", None)))
    pairs.append((t["contractor_number"], getattr(party, "nr_kontrahenta", None)))
    pairs.append((t["buyer_id"], getattr(party, "idnabywcy", None)))
    if flag(getattr(party, "jst", None)):  # JST and GV say 1 (yes) or 2 (no): only a yes is shown
        pairs.append((t["jst"], t["yes"]))
    if flag(getattr(party, "gv", None)):
        pairs.append((t["gv"], t["yes"]))
    role_pu = getattr(party, "rola_pu", None)
    if role_pu is not None:
        pairs.append((t["role"], t.code("role_pu", role_pu)))
    return fields(pairs, title)


def third_party_card(party: Any, number: int, t: Labels, f: Formatter) -> Fields | None:
    """A Podmiot3 entry: its role (or the described other role), share, identification and contacts."""
    card = party_card(party, f"{t['third_party']} {number}", t)
    extra: list[tuple[str, object]] = []
    role = getattr(party, "rola", None)
    if role is not None:
        extra.append((t["role"], t.code("role3", role)))
    if flag(getattr(party, "rola_inna", None)):
        extra.append((t["role_other"], getattr(party, "opis_roli", None) or t["yes"]))
    share = getattr(party, "udzial", None)
    if share is not None:
        extra.append((t["share"], f.percent(share)))
    head = fields(extra)
    items = (head.items if head else ()) + (card.items if card else ())
    return Fields(items, f"{t['third_party']} {number}") if items else None
