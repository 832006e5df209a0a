"""Invoice lines and their per-rate totals (the builder's arithmetic, shared with the rules)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ksef_sdk.errors import InvoiceBuilderError
from ksef_sdk.invoice.amounts import OSS, RATE_GROUPS, RATES, RateGroup, money, percent_of

__all__ = ["InvoiceLine", "Totals", "decimal", "groups_in", "totals_of", "vat_in_pln"]

Number = Decimal | int | str


def decimal(value: Number | None, what: str) -> Decimal:
    """A finite Decimal from a Decimal, int or numeric string (floats are refused: they are not exact)."""
    if isinstance(value, float):
        raise InvoiceBuilderError(f"{what}: use Decimal or a string, not float ({value!r})", field=what)
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise InvoiceBuilderError(f"{what}: {value!r} is not a number", field=what) from None
    if not result.is_finite():
        raise InvoiceBuilderError(f"{what}: {value!r} is not a finite number", field=what)
    return result


@dataclass(frozen=True)
class InvoiceLine:
    """One line (``FaWiersz``): name, quantity, unit net price, VAT rate (a ``P_12`` value, ``"margin"``
    for margin-scheme lines or ``"oss"`` with ``oss_rate`` for the OSS procedure).

    The net value is ``quantity × unit_net_price − discount``, rounded half-up to grosze, unless
    ``net_amount`` gives it explicitly (e.g. difference lines of a correction).
    """

    name: str
    quantity: Number = 1
    unit_net_price: Number = 0
    vat_rate: str = "23"
    unit: str = "szt."
    discount: Number | None = None  # P_10, an amount
    net_amount: Number | None = None  # P_11 when it is not quantity × price − discount
    oss_rate: Number | None = None  # P_12_XII
    annex15: bool = False  # P_12_Zal_15: goods/services of annex 15 (split payment list)
    gtu: str | None = None  # "GTU_01".."GTU_13"
    procedure: str | None = None  # TOznaczenieProcedury: "WSTO_EE", "IED", "TT_D", "I_42", "I_63", "B_SPV", ...
    delivery_date: dt.date | None = None  # P_6A
    index: str | None = None
    gtin: str | None = None
    pkwiu: str | None = None
    cn: str | None = None
    pkob: str | None = None
    excise: Number | None = None  # KwotaAkcyzy
    uu_id: str | None = None
    exchange_rate: Number | None = None  # KursWaluty; defaults to the invoice's exchange rate

    @property
    def net(self) -> Decimal:
        if self.net_amount is not None:
            return money(decimal(self.net_amount, "net_amount"))
        value = decimal(self.quantity, "quantity") * decimal(self.unit_net_price, "unit_net_price")
        if self.discount is not None:
            value -= decimal(self.discount, "discount")
        return money(value)

    @property
    def rate_key(self) -> str:
        return self.vat_rate

    def check(self, label: str) -> None:
        if self.vat_rate not in RATES:
            known = ", ".join(repr(rate) for rate in RATES)
            raise InvoiceBuilderError(f"{label}: VAT rate {self.vat_rate!r} is not one of {known}", field=label)
        if (self.vat_rate == OSS) != (self.oss_rate is not None):
            raise InvoiceBuilderError(f"{label}: vat_rate='oss' goes with oss_rate= (P_12_XII)", field=label)
        if not self.name.strip() or len(self.name) > 512:
            raise InvoiceBuilderError(f"{label}: the name must be 1-512 characters", field=label)
        for what in ("quantity", "unit_net_price", "discount", "net_amount", "oss_rate", "excise", "exchange_rate"):
            value = getattr(self, what)
            if value is not None:
                decimal(value, f"{label}.{what}")
        if self.gtu is not None and self.gtu not in {f"GTU_{i:02}" for i in range(1, 14)}:
            raise InvoiceBuilderError(f"{label}: gtu {self.gtu!r} must be GTU_01..GTU_13", field=label)


@dataclass
class Totals:
    """Net and VAT per rate key, and the sums per ``Fa`` field (``p_13_1``, ``p_14_1`` ...)."""

    net: dict[str, Decimal] = field(default_factory=dict)
    vat: dict[str, Decimal] = field(default_factory=dict)

    def fields(self) -> dict[str, Decimal]:
        """Sums per model field (``p_13_x``/``p_14_x``); only groups that occur."""
        out: dict[str, Decimal] = {}
        for key, amount in self.net.items():
            group = RATES[key][0]
            out[group.net] = out.get(group.net, Decimal(0)) + amount
            if group.vat:
                out[group.vat] = out.get(group.vat, Decimal(0)) + self.vat.get(key, Decimal(0))
        return out

    @property
    def gross(self) -> Decimal:
        return sum(self.net.values(), Decimal(0)) + sum(self.vat.values(), Decimal(0))

    def minus(self, other: Totals) -> Totals:
        keys = list(dict.fromkeys([*self.net, *other.net]))
        return Totals(
            {k: self.net.get(k, Decimal(0)) - other.net.get(k, Decimal(0)) for k in keys},
            {
                k: self.vat.get(k, Decimal(0)) - other.vat.get(k, Decimal(0))
                for k in keys
                if k in self.vat or k in other.vat
            },
        )


def totals_of(lines: Iterable[InvoiceLine]) -> Totals:
    """Net per rate (sum of line nets) and VAT per rate (the rate applied to that sum, half-up to grosze).

    OSS lines are grouped by their own percentage.
    """
    net: dict[str, Decimal] = {}
    oss: dict[Decimal, Decimal] = {}
    for line in lines:
        net[line.rate_key] = net.get(line.rate_key, Decimal(0)) + line.net
        if line.rate_key == OSS:
            oss_pct = decimal(line.oss_rate, "oss_rate")
            oss[oss_pct] = oss.get(oss_pct, Decimal(0)) + line.net
    vat: dict[str, Decimal] = {}
    for key, amount in net.items():
        group, pct = RATES[key]
        if group.vat is None:
            continue
        if key == OSS:
            vat[key] = sum((percent_of(base, p) for p, base in oss.items()), Decimal(0))
        elif pct is not None:
            vat[key] = percent_of(amount, pct)
    return Totals(net, vat)


def vat_in_pln(fields: Mapping[str, Decimal], rate: Decimal) -> dict[str, Decimal]:
    """``P_14_xW``: each VAT total converted to PLN at ``rate`` (half-up to grosze)."""
    out: dict[str, Decimal] = {}
    for group in RATE_GROUPS:
        if group.vat_pln and group.vat and group.vat in fields:
            out[group.vat_pln] = money(fields[group.vat] * rate)
    return out


def groups_in(fields: Mapping[str, Decimal]) -> list[RateGroup]:
    return [g for g in RATE_GROUPS if g.net in fields]
