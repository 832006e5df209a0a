"""FA(3) amounts: the VAT rates of the schema, the per-rate total fields, and the rounding rules.

Every rate value of ``P_12`` (``TStawkaPodatku``) maps to the ``Fa`` totals it is summed into::

    rate            net field   VAT field  VAT in PLN (foreign currency)
    23, 22          P_13_1      P_14_1     P_14_1W      basic rate
    8, 7            P_13_2      P_14_2     P_14_2W      first reduced rate
    5               P_13_3      P_14_3     P_14_3W      second reduced rate
    4, 3            P_13_4      P_14_4     P_14_4W      flat rate for taxis
    (P_12_XII)      P_13_5      P_14_5     -            OSS special procedure (no P_12)
    0 KR            P_13_6_1    -          -            0 % domestic
    0 WDT           P_13_6_2    -          -            0 % intra-Community supply of goods
    0 EX            P_13_6_3    -          -            0 % export
    zw              P_13_7      -          -            exempt (needs the legal basis, P_19A/B/C)
    np I            P_13_8      -          -            outside Poland (not taxable here)
    np II           P_13_9      -          -            services of art. 100(1)(4) (EU reverse charge)
    oo              P_13_10     -          -            domestic reverse charge
    (margin)        P_13_11     -          -            margin schemes (no P_12)

Amounts are ``Decimal``; money is rounded half-up to grosze (0.01), as the VAT act requires.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "CENT",
    "MARGIN",
    "OSS",
    "RATES",
    "RATE_GROUPS",
    "RateGroup",
    "money",
    "percent_of",
    "vat_from_gross",
]

CENT = Decimal("0.01")
MARGIN = "margin"  # pseudo-rate of lines under a margin scheme (no P_12 on the line)
OSS = "oss"  # pseudo-rate of lines under the OSS procedure (P_12_XII on the line)


@dataclass(frozen=True)
class RateGroup:
    """One group of ``Fa`` totals: the model field names (xsdata snake case) and the percentage if taxed."""

    net: str
    vat: str | None
    vat_pln: str | None


_BASIC = RateGroup("p_13_1", "p_14_1", "p_14_1_w")
_REDUCED1 = RateGroup("p_13_2", "p_14_2", "p_14_2_w")
_REDUCED2 = RateGroup("p_13_3", "p_14_3", "p_14_3_w")
_TAXI = RateGroup("p_13_4", "p_14_4", "p_14_4_w")
_OSS = RateGroup("p_13_5", "p_14_5", None)

# rate key (P_12 value or pseudo-rate) -> (group, percentage or None)
RATES: dict[str, tuple[RateGroup, Decimal | None]] = {
    "23": (_BASIC, Decimal(23)),
    "22": (_BASIC, Decimal(22)),
    "8": (_REDUCED1, Decimal(8)),
    "7": (_REDUCED1, Decimal(7)),
    "5": (_REDUCED2, Decimal(5)),
    "4": (_TAXI, Decimal(4)),
    "3": (_TAXI, Decimal(3)),
    OSS: (_OSS, None),  # the percentage is the line's P_12_XII
    "0 KR": (RateGroup("p_13_6_1", None, None), Decimal(0)),
    "0 WDT": (RateGroup("p_13_6_2", None, None), Decimal(0)),
    "0 EX": (RateGroup("p_13_6_3", None, None), Decimal(0)),
    "zw": (RateGroup("p_13_7", None, None), None),
    "np I": (RateGroup("p_13_8", None, None), None),
    "np II": (RateGroup("p_13_9", None, None), None),
    "oo": (RateGroup("p_13_10", None, None), None),
    MARGIN: (RateGroup("p_13_11", None, None), None),
}
RATE_GROUPS: tuple[RateGroup, ...] = tuple(dict.fromkeys(group for group, _ in RATES.values()))


def money(value: Decimal) -> Decimal:
    """Rounded half-up to grosze."""
    return value.quantize(CENT, ROUND_HALF_UP)


def percent_of(amount: Decimal, rate: Decimal) -> Decimal:
    """``rate`` % of ``amount``, rounded to grosze."""
    return money(amount * rate / 100)


def vat_from_gross(gross: Decimal, rate: Decimal) -> Decimal:
    """The VAT contained in a gross amount (art. 106f(1)(3): advance payments), rounded to grosze."""
    return money(gross * rate / (100 + rate))
