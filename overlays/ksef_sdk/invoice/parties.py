"""The parties of an FA(3) invoice: seller (Podmiot1), buyer (Podmiot2), third parties (Podmiot3).

A :class:`Party` is identified by exactly one of

- ``nip``: a Polish NIP (the seller always has one);
- ``eu_vat_id``: an EU VAT number with its country prefix, ``"DE811128135"`` (Greece: ``"EL..."``);
- ``tax_id`` (+ ``tax_id_country``): any other tax identifier, e.g. a non-EU company's;
- none of them: a consumer or a buyer without an identifier (``BrakID``).

``Party(nip, name, address)`` is the short form used by the demo and the README.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ksef_sdk.errors import InvoiceBuilderError

__all__ = ["Party", "ThirdParty", "ThirdPartyRole"]

_NIP = re.compile(r"^[1-9]((\d[1-9])|([1-9]\d))\d{7}$")
_EU_VAT = re.compile(
    r"^(AT|BE|BG|CY|CZ|DK|EE|FI|FR|DE|EL|HR|HU|IE|IT|LV|LT|LU|MT|NL|PL|PT|RO|SK|SI|ES|SE|XI)([0-9A-Z+*]{1,12})$"
)
_INTERNAL_ID = re.compile(r"^[1-9]((\d[1-9])|([1-9]\d))\d{7}-\d{5}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


class ThirdPartyRole(enum.IntEnum):
    """``Rola`` of a Podmiot3 (TRolaPodmiotu3)."""

    FACTOR = 1
    RECIPIENT = 2  # an internal unit or branch of the buyer that is not itself the buyer
    ORIGINAL_ENTITY = 3  # taken over or transformed entity that made the supply
    ADDITIONAL_BUYER = 4
    ISSUER = 5  # issues the invoice on the seller's behalf
    PAYER = 6  # pays instead of the buyer
    LOCAL_GOVERNMENT_ISSUER = 7
    LOCAL_GOVERNMENT_RECIPIENT = 8
    VAT_GROUP_MEMBER_ISSUER = 9
    VAT_GROUP_MEMBER_RECIPIENT = 10
    EMPLOYEE = 11


@dataclass(frozen=True)
class Party:
    """A seller, buyer or third party. See the module docstring for the identification choices.

    ``address`` and ``address_line2`` are ``AdresL1``/``AdresL2``; a buyer without an address may leave
    ``address`` ``None``. ``local_government`` (JST) and ``vat_group_member`` (GV) are the buyer's flags.
    """

    nip: str | None = None
    name: str | None = None
    address: str | None = None
    address_line2: str | None = None
    country: str = "PL"
    email: str | None = None
    phone: str | None = None
    eu_vat_id: str | None = None
    tax_id: str | None = None
    tax_id_country: str | None = None
    internal_id: str | None = None  # IDWew, third parties only: NIP-nnnnn
    customer_number: str | None = None
    buyer_id: str | None = None  # IDNabywcy
    eori: str | None = None
    local_government: bool = False
    vat_group_member: bool = False

    # ----------------------------------------------------------------------------- convenience builders

    @classmethod
    def consumer(cls, name: str | None = None, address: str | None = None, **kw: Any) -> Party:
        """A buyer without a tax identifier (``BrakID``)."""
        return cls(None, name, address, **kw)

    @classmethod
    def eu_company(cls, eu_vat_id: str, name: str, address: str, country: str, **kw: Any) -> Party:
        """A buyer identified by an EU VAT number (``"DE811128135"``)."""
        return cls(None, name, address, country=country, eu_vat_id=eu_vat_id, **kw)

    @classmethod
    def foreign(cls, tax_id: str, name: str, address: str, country: str, **kw: Any) -> Party:
        """A buyer identified by a non-EU tax identifier of ``country``."""
        return cls(None, name, address, country=country, tax_id=tax_id, tax_id_country=country, **kw)

    # ------------------------------------------------------------------------------------------ checks

    def identifiers(self) -> list[str]:
        return [
            kind
            for kind, value in (
                ("nip", self.nip),
                ("eu_vat_id", self.eu_vat_id),
                ("tax_id", self.tax_id),
                ("internal_id", self.internal_id),
            )
            if value
        ]

    def check(self, role: str, *, seller: bool = False, third: bool = False) -> None:
        """Raise :class:`InvoiceBuilderError` for data that cannot be written as this role."""
        ids = self.identifiers()
        if len(ids) > 1:
            raise InvoiceBuilderError(f"{role} has {' and '.join(ids)}: give exactly one identifier", field=role)
        if seller and not self.nip:
            raise InvoiceBuilderError(f"{role} needs a Polish NIP", field=role)
        if self.nip is not None and not _NIP.match(self.nip):
            raise InvoiceBuilderError(
                f"{role} NIP {self.nip!r} is not a valid NIP (10 digits, KSeF pattern)", field=role
            )
        if self.eu_vat_id is not None and not _EU_VAT.match(self.eu_vat_id):
            raise InvoiceBuilderError(
                f"{role} EU VAT number {self.eu_vat_id!r} must be an EU country prefix and up to 12 characters",
                field=role,
            )
        if self.internal_id is not None and (not third or not _INTERNAL_ID.match(self.internal_id)):
            raise InvoiceBuilderError(f"{role}: internal_id (NIP-nnnnn) is only for third parties", field=role)
        if self.tax_id is not None and not (0 < len(self.tax_id) <= 50):
            raise InvoiceBuilderError(f"{role} tax_id must be 1-50 characters", field=role)
        if (seller or self.nip) and not (self.name and self.name.strip()):
            raise InvoiceBuilderError(f"{role} name is empty", field=role)
        if seller and not (self.address and self.address.strip()):
            raise InvoiceBuilderError(f"{role} address is empty", field=role)
        for country in (self.country, self.tax_id_country):
            if country is not None and not _COUNTRY.match(country):
                raise InvoiceBuilderError(f"{role} country {country!r} must be a 2-letter code", field=role)

    # ------------------------------------------------------------------------------------ to the model

    def address_model(self, model: Any) -> Any:
        if not self.address:
            return None
        return model.Tadres(
            kod_kraju=model.TkodKraju(self.country), adres_l1=self.address, adres_l2=self.address_line2 or None
        )

    def identification(self, cls: Any, model: Any) -> Any:
        """``TPodmiot2``/``TPodmiot3``-shaped identification (one of NIP, EU VAT, tax id, IDWew, none)."""
        kw: dict[str, Any] = {"nazwa": self.name or None}
        if self.nip:
            kw["nip"] = self.nip
        elif self.eu_vat_id:
            kw["kod_ue"] = model.TkodyKrajowUe(self.eu_vat_id[:2])
            kw["nr_vat_ue"] = self.eu_vat_id[2:]
        elif self.tax_id:
            kw["kod_kraju"] = model.TkodKraju(self.tax_id_country) if self.tax_id_country else None
            kw["nr_id"] = self.tax_id
        elif self.internal_id:
            kw["idwew"] = self.internal_id
        else:
            kw["brak_id"] = model.Twybor1.VALUE_1
        return cls(**kw)

    def contacts(self, cls: Any) -> list[Any]:
        if not (self.email or self.phone):
            return []
        return [cls(email=self.email, telefon=self.phone)]


@dataclass(frozen=True)
class ThirdParty:
    """A Podmiot3: a party with a role (or ``other_role`` text) and, for additional buyers, a share in %."""

    party: Party
    role: ThirdPartyRole | None = None
    other_role: str | None = None
    share: Decimal | None = None

    def check(self, index: int) -> None:
        label = f"third_parties[{index}]"
        self.party.check(label, third=True)
        if (self.role is None) == (self.other_role is None):
            raise InvoiceBuilderError(f"{label}: give exactly one of role= and other_role=", field=label)
        if self.share is not None and not (Decimal(0) <= self.share <= Decimal(100)):
            raise InvoiceBuilderError(f"{label}: share must be 0-100 %", field=label)


def third_parties_model(parties: Sequence[ThirdParty], model: Any) -> list[Any]:
    out = []
    for index, third in enumerate(parties):
        third.check(index)
        cls = model.Faktura.Podmiot3
        p = third.party
        out.append(
            cls(
                idnabywcy=p.buyer_id,
                nr_eori=p.eori,
                dane_identyfikacyjne=p.identification(model.Tpodmiot3, model),
                adres=p.address_model(model),
                dane_kontaktowe=p.contacts(cls.DaneKontaktowe),
                rola=model.TrolaPodmiotu3(int(third.role)) if third.role is not None else None,
                rola_inna=model.Twybor1.VALUE_1 if third.other_role is not None else None,
                opis_roli=third.other_role,
                udzial=third.share,
                nr_klienta=p.customer_number,
            )
        )
    return out
