"""KSeF identifiers: KSeF numbers, NIP, PESEL, context identifiers and reference numbers (``faktury/numer-ksef.md``,
``auth/context-identifier-*.md``).

Every ``validate_*`` function returns the (stripped) value when it is valid and otherwise raises
:class:`InvalidIdentifierError`, whose message says exactly what is wrong. The ``is_valid_*``
functions answer the same question with a bool.

KSeF number checksum: CRC-8 with polynomial 0x07, initial value 0x00, no reflection and no final
XOR (the CRC-8/SMBUS parameters), over the ASCII bytes of the first 32 characters *including the
hyphens*, written as two uppercase hex digits. Example: ``5265877635-20250826-0100001AF629-AF``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from typing import Final

from ksef_sdk.errors._local import InvalidIdentifierError

__all__ = [
    "CONTEXT_IDENTIFIER_TYPES",
    "MAX_ALLOWED_IPS",
    "AllowedIps",
    "ContextIdentifier",
    "InvalidIdentifierError",
    "KsefNumber",
    "crc8",
    "internal_id",
    "internal_id_check_digit",
    "is_valid_ksef_number",
    "is_valid_nip",
    "is_valid_pesel",
    "ksef_number_checksum",
    "parse_ksef_number",
    "random_nip",
    "validate_context_identifier",
    "validate_internal_id",
    "validate_ksef_number",
    "validate_nip",
    "validate_nip_vat_ue",
    "validate_peppol_id",
    "validate_pesel",
    "validate_reference_number",
]


def _require_str(kind: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidIdentifierError(kind, value, f"expected a string, got {type(value).__name__}")
    return value.strip()


# --------------------------------------------------------------------------------------------- CRC-8


def _crc8_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
        table.append(crc)
    return tuple(table)


_CRC8_TABLE: Final = _crc8_table()


def crc8(data: bytes) -> int:
    """CRC-8 with polynomial 0x07, init 0x00, no reflection, no final XOR."""
    crc = 0
    for byte in data:
        crc = _CRC8_TABLE[crc ^ byte]
    return crc


# ------------------------------------------------------------------------------------------------ NIP

_NIP_WEIGHTS: Final = (6, 5, 7, 2, 3, 4, 5, 6, 7)
_NIP_SHAPE: Final = re.compile(r"[1-9]((\d[1-9])|([1-9]\d))\d{7}")


def _nip_problem(nip: str, checksum: bool = True) -> str | None:
    if len(nip) != 10 or not nip.isascii() or not nip.isdigit():
        return f"expected exactly 10 digits, got {len(nip)} characters"
    if not _NIP_SHAPE.fullmatch(nip):
        return "must not start with 0 and its 2nd and 3rd digits must not both be 0"
    if not checksum:
        return None
    total = sum(int(d) * w for d, w in zip(nip, _NIP_WEIGHTS, strict=False))
    check = total % 11
    if check == 10:
        return "checksum is 10, which no valid NIP has"
    if check != int(nip[9]):
        return f"checksum digit is {nip[9]}, expected {check}"
    return None


def random_nip(rng: random.Random | None = None) -> str:
    """A random valid NIP (shape and checksum): the TEST environment's data is shared, so tests there
    and against the sandbox should use fresh NIPs. ``rng`` makes the sequence reproducible."""
    rng = rng or random.Random()  # noqa: S311 - test data, not a secret
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = sum(d * w for d, w in zip(digits, _NIP_WEIGHTS, strict=True)) % 11
        candidate = "".join(map(str, digits)) + str(check % 10)
        if _nip_problem(candidate) is None:  # rejects checksum 10 and the 0-0 2nd/3rd digits
            return candidate


def validate_nip(nip: str, *, checksum: bool = True) -> str:
    r"""Return ``nip`` if it is a valid 10-digit Polish NIP: the spec's shape and the mod-11 checksum.

    ``checksum=False`` checks only the shape the API's schema enforces
    (``[1-9]((\d[1-9])|([1-9]\d))\d{7}``); the TEST environment accepts such random NIPs.
    """
    value = _require_str("NIP", nip)
    problem = _nip_problem(value, checksum)
    if problem:
        raise InvalidIdentifierError("NIP", nip, problem)
    return value


def is_valid_nip(nip: str, *, checksum: bool = True) -> bool:
    return isinstance(nip, str) and _nip_problem(nip.strip(), checksum) is None


# ---------------------------------------------------------------------------------------------- PESEL

_PESEL_WEIGHTS: Final = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
_PESEL_CENTURY: Final = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}


def _pesel_problem(pesel: str) -> str | None:
    if len(pesel) != 11 or not pesel.isascii() or not pesel.isdigit():
        return f"expected exactly 11 digits, got {len(pesel)} characters"
    year, month, day = int(pesel[0:2]), int(pesel[2:4]), int(pesel[4:6])
    offset = (month // 20) * 20
    month -= offset
    if not 1 <= month <= 12:
        return f"month code {pesel[2:4]} is not a month of any century"
    try:
        dt.date(_PESEL_CENTURY[offset] + year, month, day)
    except ValueError:
        return f"birth date {_PESEL_CENTURY[offset] + year:04d}-{month:02d}-{day:02d} does not exist"
    check = (10 - sum(int(d) * w for d, w in zip(pesel, _PESEL_WEIGHTS, strict=False)) % 10) % 10
    if check != int(pesel[10]):
        return f"checksum digit is {pesel[10]}, expected {check}"
    return None


def validate_pesel(pesel: str) -> str:
    """Return ``pesel`` if it is a valid PESEL (11 digits, real birth date, checksum)."""
    value = _require_str("PESEL", pesel)
    problem = _pesel_problem(value)
    if problem:
        raise InvalidIdentifierError("PESEL", pesel, problem)
    return value


def is_valid_pesel(pesel: str) -> bool:
    return isinstance(pesel, str) and _pesel_problem(pesel.strip()) is None


# ----------------------------------------------------------------------------------------- KSeF number

_KSEF_NUMBER: Final = re.compile(r"(?P<nip>\d{10})-(?P<date>\d{8})-(?P<tech>[0-9A-F]{12})-(?P<crc>[0-9A-F]{2})")
_KSEF_NUMBER_LEGACY: Final = re.compile(
    r"(?P<nip>\d{10})-(?P<date>\d{8})-(?P<tech>[0-9A-F]{6}-[0-9A-F]{6})-(?P<crc>[0-9A-F]{2})"
)


@dataclass(frozen=True)
class KsefNumber:
    """The parts of a KSeF number. ``legacy`` is True for the 36-character KSeF 1.0 shape."""

    value: str
    seller_nip: str
    date: dt.date
    technical_part: str
    checksum: str
    legacy: bool = False

    def __str__(self) -> str:
        return self.value


def ksef_number_checksum(data: str) -> str:
    """The two-hex-digit CRC-8 of the first 32 characters of a KSeF number (``NIP-YYYYMMDD-XXXXXXXXXXXX``).

    Accepts the 32-character data part or a whole 35-character number (its checksum is ignored).
    """
    if not isinstance(data, str) or len(data) not in (32, 35):
        raise InvalidIdentifierError(
            "KSeF number data part", data, "expected the 32-character part NIP-YYYYMMDD-XXXXXXXXXXXX"
        )
    if not data.isascii():
        raise InvalidIdentifierError("KSeF number data part", data, "contains non-ASCII characters")
    return f"{crc8(data[:32].encode('ascii')):02X}"


def parse_ksef_number(number: str) -> KsefNumber:
    """Parse and fully validate a KSeF number.

    35 characters: shape, seller NIP (shape), acceptance date and CRC-8 are checked. The 36-character
    legacy KSeF 1.0 shape (an extra hyphen in the technical part) is accepted on shape and date only,
    because its checksum rule is not documented.
    """
    kind = "KSeF number"
    value = _require_str(kind, number)
    if len(value) == 35:
        match = _KSEF_NUMBER.fullmatch(value)
        legacy = False
        expected_shape = "NNNNNNNNNN-YYYYMMDD-XXXXXXXXXXXX-CC (X and C uppercase hex)"
    elif len(value) == 36:
        match = _KSEF_NUMBER_LEGACY.fullmatch(value)
        legacy = True
        expected_shape = "the legacy shape NNNNNNNNNN-YYYYMMDD-XXXXXX-XXXXXX-CC"
    else:
        raise InvalidIdentifierError(kind, number, f"expected 35 characters (or 36 legacy), got {len(value)}")
    if match is None:
        raise InvalidIdentifierError(kind, number, f"does not match {expected_shape}")
    nip = match["nip"]
    if not _NIP_SHAPE.fullmatch(nip):
        raise InvalidIdentifierError(kind, number, f"seller NIP {nip} has an impossible shape")
    raw_date = match["date"]
    try:
        date = dt.datetime.strptime(raw_date, "%Y%m%d").date()
    except ValueError:
        raise InvalidIdentifierError(kind, number, f"date part {raw_date} is not a valid YYYYMMDD date") from None
    if date.year < 2020:
        raise InvalidIdentifierError(kind, number, f"date part {raw_date} is before 2020")
    if not legacy:
        expected = ksef_number_checksum(value[:32])
        if match["crc"] != expected:
            raise InvalidIdentifierError(kind, number, f"checksum is {match['crc']}, expected {expected}")
    return KsefNumber(value, nip, date, match["tech"], match["crc"], legacy)


def validate_ksef_number(number: str) -> str:
    """Return ``number`` if it is a valid KSeF number (see :func:`parse_ksef_number`)."""
    return parse_ksef_number(number).value


def is_valid_ksef_number(number: str) -> bool:
    try:
        parse_ksef_number(number)
    except InvalidIdentifierError:
        return False
    return True


# ----------------------------------------------------------------------------------- reference numbers

_REFERENCE_NUMBER: Final = re.compile(r"(?P<date>\d{8})-(?P<type>[A-Z]{2})-[0-9A-F]{10}-[0-9A-F]{10}-[0-9A-F]{2}")


def validate_reference_number(reference: str, *, kind: str | None = None) -> str:
    """Return ``reference`` if it has the shape ``YYYYMMDD-TT-HHHHHHHHHH-HHHHHHHHHH-CC`` (36 chars).

    ``kind`` optionally requires the two-letter type code (``"SO"``, ``"AU"``, ``"CR"``...). The
    trailing two hex digits are not verified: their checksum is not documented.
    """
    label = "reference number"
    value = _require_str(label, reference)
    if len(value) != 36:
        raise InvalidIdentifierError(label, reference, f"expected 36 characters, got {len(value)}")
    match = _REFERENCE_NUMBER.fullmatch(value)
    if match is None:
        raise InvalidIdentifierError(label, reference, "does not match YYYYMMDD-TT-HHHHHHHHHH-HHHHHHHHHH-CC")
    try:
        dt.datetime.strptime(match["date"], "%Y%m%d")
    except ValueError:
        raise InvalidIdentifierError(label, reference, f"date part {match['date']} is not a valid date") from None
    if kind is not None and match["type"] != kind:
        raise InvalidIdentifierError(label, reference, f"type code is {match['type']}, expected {kind}")
    return value


# --------------------------------------------------------------------------------- context identifiers

_INTERNAL_ID: Final = re.compile(r"(?P<nip>\d{10})-\d{5}")
_NIP_VAT_UE: Final = re.compile(
    r"(?P<nip>\d{10})-(ATU\d{8}|BE[01]\d{9}|BG\d{9,10}|CY\d{8}[A-Z]|CZ\d{8,10}|DE\d{9}|DK\d{8}|EE\d{9}|EL\d{9}"
    r"|ES([A-Z]\d{8}|\d{8}[A-Z]|[A-Z]\d{7}[A-Z])|FI\d{8}|FR[A-Z0-9]{2}\d{9}|HR\d{11}|HU\d{8}"
    r"|IE(\d{7}[A-Z]{2}|\d[A-Z0-9+*]\d{5}[A-Z])|IT\d{11}|LT(\d{9}|\d{12})|LU\d{8}|LV\d{11}|MT\d{8}"
    r"|NL[A-Z0-9+*]{12}|PT\d{9}|RO\d{2,10}|SE\d{12}|SI\d{8}|SK\d{10}|XI((\d{9}|\d{12})|(GD|HA)\d{3}))"
)
_PEPPOL_ID: Final = re.compile(r"P[A-Z]{2}\d{6}")


def _with_nip(kind: str, value: object, pattern: re.Pattern[str], shape: str, checksum: bool) -> str:
    text = _require_str(kind, value)
    match = pattern.fullmatch(text)
    if match is None:
        raise InvalidIdentifierError(kind, value, f"does not match {shape}")
    problem = _nip_problem(match["nip"], checksum)
    if problem:
        raise InvalidIdentifierError(kind, value, f"NIP part {match['nip']}: {problem}")
    return text


def validate_internal_id(value: str, *, checksum: bool = False, check_digit: bool = False) -> str:
    """``NIP-NNNNN`` (16 characters); ``checksum=True`` also checks the NIP part's checksum, ``check_digit=True``
    the identifier's own last digit (KSeF checks it where a subunit's administrator is granted)."""
    text = _with_nip("InternalId", value, _INTERNAL_ID, "NIP-NNNNN (10 + 5 digits)", checksum)
    if check_digit:
        expected = internal_id_check_digit(text[:15])
        if text[15] != expected:
            raise InvalidIdentifierError("InternalId", value, f"check digit is {text[15]}, expected {expected}")
    return text


def internal_id_check_digit(first: str) -> str:
    """The last digit of an internal identifier from its first 14 digits (``NIP-NNNN``, the dash ignored):
    weights 1, 3, 1, 3... summed, modulo 10 - the algorithm of the API documentation that KSeF applies to
    ``POST /permissions/subunits/grants``."""
    digits = first.replace("-", "")
    if len(digits) != 14 or not digits.isdigit():
        raise InvalidIdentifierError("InternalId", first, "expected the NIP and 4 digits (NIP-NNNN)")
    return str(sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10)


def internal_id(nip: str, unit: str | int) -> str:
    """A subunit's internal identifier ``NIP-NNNNC``: the NIP, 4 digits of the unit, the check digit."""
    nip = validate_nip(nip)
    unit_digits = f"{unit:04d}" if isinstance(unit, int) else _require_str("InternalId", unit)
    if len(unit_digits) != 4 or not unit_digits.isdigit():
        raise InvalidIdentifierError("InternalId", unit, "the unit part is 4 digits")
    return f"{nip}-{unit_digits}{internal_id_check_digit(nip + unit_digits)}"


def validate_nip_vat_ue(value: str, *, checksum: bool = False) -> str:
    """``NIP-<EU VAT number>``, e.g. ``5265877635-ATU12345678``; ``checksum=True`` checks the NIP part."""
    return _with_nip("NipVatUe", value, _NIP_VAT_UE, "NIP-<EU VAT number> (e.g. 5265877635-ATU12345678)", checksum)


def validate_peppol_id(value: str, *, checksum: bool = False) -> str:
    """``P`` + 2 letters + 6 digits, e.g. ``PPL123456`` (there is no checksum; the flag is accepted for symmetry)."""
    del checksum
    text = _require_str("PeppolId", value)
    if not _PEPPOL_ID.fullmatch(text):
        raise InvalidIdentifierError("PeppolId", value, "does not match P + 2 uppercase letters + 6 digits")
    return text


def _validate_nip_context(value: str, *, checksum: bool = False) -> str:
    return validate_nip(value, checksum=checksum)


CONTEXT_IDENTIFIER_TYPES: Final = {
    "Nip": _validate_nip_context,
    "InternalId": validate_internal_id,
    "NipVatUe": validate_nip_vat_ue,
    "PeppolId": validate_peppol_id,
}


def validate_context_identifier(type_: str, value: str, *, checksum: bool = False) -> str:
    """Validate a ``contextIdentifier`` value for its type (``Nip``, ``InternalId``, ``NipVatUe``, ``PeppolId``).

    By default only the shape the API's schema enforces is checked (TEST accepts random NIPs without
    a valid checksum); ``checksum=True`` also verifies the NIP checksum.
    """
    validator = CONTEXT_IDENTIFIER_TYPES.get(str(type_))
    if validator is None:
        raise InvalidIdentifierError(
            "context identifier type", type_, f"expected one of {', '.join(CONTEXT_IDENTIFIER_TYPES)}"
        )
    return validator(value, checksum=checksum)


@dataclass(frozen=True)
class ContextIdentifier:
    """The context an authentication is for: ``type`` (``Nip``, ``InternalId``, ``NipVatUe``, ``PeppolId``)
    and ``value``, validated on creation (shape as the API's schema enforces it)."""

    type: str
    value: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", str(self.type))
        object.__setattr__(self, "value", validate_context_identifier(self.type, self.value))

    @classmethod
    def nip(cls, value: str) -> ContextIdentifier:
        return cls("Nip", value)

    @classmethod
    def internal_id(cls, value: str) -> ContextIdentifier:
        return cls("InternalId", value)

    @classmethod
    def nip_vat_ue(cls, value: str) -> ContextIdentifier:
        return cls("NipVatUe", value)

    @classmethod
    def peppol_id(cls, value: str) -> ContextIdentifier:
        return cls("PeppolId", value)

    @classmethod
    def coerce(cls, value: ContextIdentifier | tuple[str, str] | str) -> ContextIdentifier:
        """Accept a ``ContextIdentifier``, a ``(type, value)`` pair or a bare NIP string."""
        if isinstance(value, ContextIdentifier):
            return value
        if isinstance(value, str):
            return cls.nip(value)
        type_, text = value
        return cls(type_, text)


_OCTET: Final = r"(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])"
_IPV4: Final = rf"({_OCTET}\.){{3}}{_OCTET}"
_IP_PATTERNS: Final = {
    "Ip4Address": (re.compile(_IPV4), "a dotted IPv4 address like 192.168.0.1"),
    "Ip4Range": (re.compile(rf"{_IPV4}-{_IPV4}"), "an IPv4 range like 10.0.0.1-10.0.0.20"),
    "Ip4Mask": (re.compile(rf"{_IPV4}/(0|[1-9]|[12][0-9]|3[0-2])"), "an IPv4 CIDR like 172.16.0.0/16"),
}
MAX_ALLOWED_IPS: Final = 10


def _check_ips(kind: str, values: tuple[str, ...]) -> tuple[str, ...]:
    pattern, shape = _IP_PATTERNS[kind]
    if len(values) > MAX_ALLOWED_IPS:
        raise InvalidIdentifierError(kind, list(values), f"at most {MAX_ALLOWED_IPS} entries are allowed")
    out = []
    for value in values:
        text = _require_str(kind, value)
        if not pattern.fullmatch(text):
            raise InvalidIdentifierError(kind, value, f"expected {shape}")
        out.append(text)
    return tuple(out)


@dataclass(frozen=True)
class AllowedIps:
    """The ``authorizationPolicy.allowedIps`` of an authentication: the IPv4 addresses, ranges
    (``a.b.c.d-e.f.g.h``) and CIDR masks allowed to use the issued access token (10 of each at most)."""

    addresses: tuple[str, ...] = ()
    ranges: tuple[str, ...] = ()
    masks: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "addresses", _check_ips("Ip4Address", tuple(self.addresses)))
        object.__setattr__(self, "ranges", _check_ips("Ip4Range", tuple(self.ranges)))
        object.__setattr__(self, "masks", _check_ips("Ip4Mask", tuple(self.masks)))

    def __bool__(self) -> bool:
        return bool(self.addresses or self.ranges or self.masks)

    def to_dict(self) -> dict[str, list[str]]:
        """The JSON ``allowedIps`` object (``ip4Addresses``, ``ip4Ranges``, ``ip4Masks``)."""
        return {"ip4Addresses": list(self.addresses), "ip4Ranges": list(self.ranges), "ip4Masks": list(self.masks)}
