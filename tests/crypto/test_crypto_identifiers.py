"""Identifiers: KSeF number CRC-8 (known answers from the docs), NIP, PESEL, reference numbers."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ksef_sdk.errors import KsefError
from ksef_sdk.identifiers import (
    InvalidIdentifierError,
    crc8,
    is_valid_ksef_number,
    is_valid_nip,
    is_valid_pesel,
    ksef_number_checksum,
    parse_ksef_number,
    validate_context_identifier,
    validate_ksef_number,
    validate_nip,
    validate_pesel,
    validate_reference_number,
)


def test_crc8_check_value() -> None:
    # The standard check value of CRC-8/SMBUS (poly 0x07, init 0, no reflection, no xorout).
    assert crc8(b"123456789") == 0xF4
    assert crc8(b"") == 0


def _crc8_bitwise(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


@given(st.binary(max_size=64))
def test_crc8_table_matches_bitwise_definition(data: bytes) -> None:
    assert crc8(data) == _crc8_bitwise(data)


@pytest.mark.parametrize(
    ("data", "checksum"),
    [
        ("5265877635-20250826-0100001AF629", "AF"),  # faktury/numer-ksef.md
        ("5265877635-20250626-010080DD2B5E", "26"),  # faktury/numer-ksef.md
    ],
)
def test_ksef_number_known_answers(data: str, checksum: str) -> None:
    assert ksef_number_checksum(data) == checksum
    number = f"{data}-{checksum}"
    assert validate_ksef_number(number) == number
    parsed = parse_ksef_number(number)
    assert parsed.seller_nip == "5265877635"
    assert parsed.checksum == checksum
    assert not parsed.legacy


def test_ksef_number_from_docs_is_parsed() -> None:
    parsed = parse_ksef_number("5265877635-20250826-0100001AF629-AF")
    assert parsed.date == dt.date(2025, 8, 26)
    assert parsed.technical_part == "0100001AF629"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("5265877635-20250826-0100001AF629-AE", "checksum is AE, expected AF"),
        ("5265877635-20250826-0100001AF629-A", "expected 35 characters"),
        ("5265877635-20250826-0100001af629-AF", "does not match"),
        ("5265877635-20251326-0100001AF629-AF", "not a valid YYYYMMDD date"),
        ("0265877635-20250826-0100001AF629-AF", "impossible shape"),
        ("5265877635_20250826_0100001AF629_AF", "does not match"),
    ],
)
def test_invalid_ksef_numbers_say_what_is_wrong(number: str, reason: str) -> None:
    with pytest.raises(InvalidIdentifierError, match=re.escape(reason)) as info:
        validate_ksef_number(number)
    assert isinstance(info.value, KsefError)
    assert isinstance(info.value, ValueError)
    assert info.value.kind == "KSeF number"
    assert not is_valid_ksef_number(number)


def test_any_single_character_change_is_detected() -> None:
    number = "5265877635-20250826-0100001AF629-AF"
    for i in range(20, 32):  # the technical part; CRC-8 detects every single-byte error
        for ch in "0123456789ABCDEF":
            if ch == number[i]:
                continue
            mutated = number[:i] + ch + number[i + 1 :]
            assert not is_valid_ksef_number(mutated), mutated


def test_legacy_36_character_shape_is_accepted() -> None:
    parsed = parse_ksef_number("5265877635-20210826-010000-1AF629-12")
    assert parsed.legacy
    assert parsed.technical_part == "010000-1AF629"
    with pytest.raises(InvalidIdentifierError, match="legacy shape"):
        parse_ksef_number("5265877635-20210826-0100001AF6290-12")


@pytest.mark.parametrize("nip", ["5265877635", "1111111111", "3333333333"])
def test_valid_nips(nip: str) -> None:
    assert validate_nip(nip) == nip
    assert is_valid_nip(nip)


@pytest.mark.parametrize(
    ("nip", "reason"),
    [
        ("5265877636", "checksum digit is 6, expected 5"),
        ("526587763", "expected exactly 10 digits"),
        ("0265877635", "must not start with 0"),
        ("52658776a5", "expected exactly 10 digits"),
    ],
)
def test_invalid_nips(nip: str, reason: str) -> None:
    with pytest.raises(InvalidIdentifierError, match=re.escape(reason)):
        validate_nip(nip)
    assert not is_valid_nip(nip)


def test_nip_shape_only_mode_accepts_random_test_nips() -> None:
    # 8976111986 is the NIP used in the official test-certificate guide; its checksum is wrong (1 expected)
    # but TEST accepts such NIPs, so shape-only validation must let it through.
    assert validate_nip("8976111986", checksum=False) == "8976111986"
    assert validate_context_identifier("Nip", "8976111986") == "8976111986"
    with pytest.raises(InvalidIdentifierError, match="expected 1"):
        validate_nip("8976111986")
    with pytest.raises(InvalidIdentifierError, match="expected 1"):
        validate_context_identifier("Nip", "8976111986", checksum=True)


def test_nip_with_checksum_ten_is_rejected() -> None:
    # weights 6,5,7,2,3,4,5,6,7: 1000000060 -> 6 + 6*6 = 42 ... find one whose sum % 11 == 10
    nip = next(
        f"12{n:07d}0"
        for n in range(10**7)
        if (6 * 1 + 5 * 2 + sum(int(d) * w for d, w in zip(f"{n:07d}", (7, 2, 3, 4, 5, 6, 7), strict=True))) % 11 == 10
    )
    with pytest.raises(InvalidIdentifierError, match="checksum is 10"):
        validate_nip(nip)


@pytest.mark.parametrize("pesel", ["44051401359", "02270803624", "90090515836"])
def test_valid_pesels(pesel: str) -> None:
    assert validate_pesel(pesel) == pesel
    assert is_valid_pesel(pesel)


@pytest.mark.parametrize(
    ("pesel", "reason"),
    [
        ("44051401358", "checksum digit is 8, expected 9"),
        ("44133101359", "month code 13"),
        ("44023001359", "does not exist"),
        ("4405140135", "expected exactly 11 digits"),
    ],
)
def test_invalid_pesels(pesel: str, reason: str) -> None:
    with pytest.raises(InvalidIdentifierError, match=re.escape(reason)):
        validate_pesel(pesel)


def test_reference_numbers() -> None:
    ref = "20250604-CR-461EA5B000-537A6BA15D-D7"
    assert validate_reference_number(ref) == ref
    assert validate_reference_number(ref, kind="CR") == ref
    with pytest.raises(InvalidIdentifierError, match="type code is CR, expected SO"):
        validate_reference_number(ref, kind="SO")
    with pytest.raises(InvalidIdentifierError, match="expected 36 characters"):
        validate_reference_number(ref[:-1])
    with pytest.raises(InvalidIdentifierError, match="does not match"):
        validate_reference_number(ref.lower())
    with pytest.raises(InvalidIdentifierError, match="not a valid date"):
        validate_reference_number("20251304-CR-461EA5B000-537A6BA15D-D7")


def test_context_identifiers() -> None:
    assert validate_context_identifier("Nip", "5265877635") == "5265877635"
    assert validate_context_identifier("InternalId", "5265877635-12345") == "5265877635-12345"
    assert validate_context_identifier("NipVatUe", "5265877635-ATU12345678") == "5265877635-ATU12345678"
    assert validate_context_identifier("PeppolId", "PPL123456") == "PPL123456"
    with pytest.raises(InvalidIdentifierError, match="NIP part 5265877636"):
        validate_context_identifier("InternalId", "5265877636-12345", checksum=True)
    with pytest.raises(InvalidIdentifierError, match="NIP-NNNNN"):
        validate_context_identifier("InternalId", "5265877636-1234")
    with pytest.raises(InvalidIdentifierError, match="expected one of"):
        validate_context_identifier("Pesel", "44051401359")
    with pytest.raises(InvalidIdentifierError, match="P \\+ 2 uppercase"):
        validate_context_identifier("PeppolId", "PPL12345")


def test_random_nip_is_valid_and_reproducible() -> None:
    import random

    from ksef_sdk.identifiers import random_nip, validate_nip

    numbers = [random_nip(random.Random(seed)) for seed in range(5000)]
    assert all(validate_nip(n) == n for n in numbers)  # shape (incl. 2nd/3rd digits) and checksum
    assert random_nip(random.Random(7)) == random_nip(random.Random(7))
    assert len(set(numbers)) > 4900


def test_internal_ids_carry_the_check_digit_ksef_applies_to_subunit_grants() -> None:
    from ksef_sdk.errors import InvalidIdentifierError
    from ksef_sdk.identifiers import internal_id, internal_id_check_digit, validate_internal_id

    # weights 1, 3, 1, 3... over the 14 digits, mod 10 (5+6+6+15+8+21+7+18+3+15+0+0+0+9 = 113 -> 3)
    assert internal_id_check_digit("5265877635-0003") == "3"
    assert internal_id("5265877635", 3) == "5265877635-00033" == internal_id("5265877635", "0003")
    assert validate_internal_id("5265877635-00033", check_digit=True) == "5265877635-00033"
    assert validate_internal_id("5265877635-12345") == "5265877635-12345"  # the format alone: the docs' example
    with pytest.raises(InvalidIdentifierError, match="check digit is 5, expected 6"):
        validate_internal_id("5265877635-12345", check_digit=True)
    with pytest.raises(InvalidIdentifierError, match="4 digits"):
        internal_id("5265877635", "12")
