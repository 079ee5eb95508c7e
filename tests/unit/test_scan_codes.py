"""Reading what a scanner typed back into our codes, whatever keyboard layout it was set for."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reception.core.services import voucher_codes
from reception.core.services.scan_codes import (
    LAYOUT_MISMATCHES,
    CodeKind,
    badge_code_variants,
    badge_lookups,
    diagnose,
    is_badge,
    is_voucher,
    read_scan,
    strip_affixes,
    voucher_readings,
)
from reception.core.services.visits_rules import (
    BADGE_CODE_ALPHABET,
    BADGE_CODE_LENGTH,
    LEGACY_BADGE_CODE_ALPHABET,
    new_badge_code,
)

# What each key of a US keyboard types on the PC's layout (the key is named by its US character).
_US_KEYS_ON_AZERTY = dict(zip("1234567890-QAZWM", "&é\"'(-è_çà)AQWZ?", strict=True))
_US_KEYS_ON_QWERTZ = {"Y": "Z", "Z": "Y"}
_AZERTY_KEYS_ON_US = dict(zip("1234567890AQZWM", "!@#$%^&*()QAWZ:", strict=True))


def typed(code: str, keys: dict[str, str]) -> str:
    """What arrives when a scanner set for one layout types `code` on a PC set for another."""
    return "".join(keys.get(c, c) for c in code)


def _voucher_payload(seed: int) -> str:
    rng = random.Random(seed)
    body = "".join(rng.choice(voucher_codes.ALPHABET) for _ in range(voucher_codes.BODY_LENGTH))
    code = body + voucher_codes.check_char(body)
    return voucher_codes.qr_payload(code, voucher_codes.signature(b"k" * 32, code, date(2027, 1, 1)))


def test_a_badge_typed_as_it_is_reads_as_a_badge() -> None:
    code = new_badge_code()
    assert read_scan(code)[0].code == code
    assert read_scan(f"  {code.lower()} ")[0].code == code  # Caps Lock, stray spaces


def test_the_example_from_the_desk_us_scanner_on_azerty() -> None:
    """12345 arrives as &é"'( on a French PC; the letters A/Q, Z/W and M swap."""
    assert typed("V12345", _US_KEYS_ON_AZERTY) == "V&é\"'("
    reading = read_scan(typed("VBCD23456789XKP", _US_KEYS_ON_AZERTY))[0]
    assert (reading.kind, reading.code, reading.layout) == (CodeKind.BADGE, "VBCD23456789XKP", "us_on_azerty")


@given(st.text(alphabet=BADGE_CODE_ALPHABET, min_size=BADGE_CODE_LENGTH, max_size=BADGE_CODE_LENGTH))
def test_every_new_badge_reads_back_to_itself_under_every_layout(body: str) -> None:
    """Only the rare AZERTY-set scanner on a US PC can be ambiguous (its "(" is a 9, a US scanner's a 5 on
    AZERTY): its code is then a later reading, and the services look every reading up."""
    code = "V" + body
    for keys in (_US_KEYS_ON_AZERTY, _US_KEYS_ON_QWERTZ, _AZERTY_KEYS_ON_US, {}):
        readings = [r.code for r in read_scan(typed(code, keys))]
        assert code in readings, keys
        if keys is not _AZERTY_KEYS_ON_US:
            assert readings[0] == code, keys


@given(st.text(alphabet=LEGACY_BADGE_CODE_ALPHABET, min_size=BADGE_CODE_LENGTH, max_size=BADGE_CODE_LENGTH))
def test_an_older_badge_is_among_the_readings_and_the_lookups(body: str) -> None:
    """Older badges use swapped letters: the right code is always among the readings, and the service's
    lookup variants of the first reading include it."""
    code = "V" + body
    for keys in (_US_KEYS_ON_AZERTY, _US_KEYS_ON_QWERTZ, _AZERTY_KEYS_ON_US):
        readings = read_scan(typed(code, keys))
        assert code in {r.code for r in readings}
        assert code in badge_code_variants(readings[0].code) or readings[0].code == code or any(
            code in badge_code_variants(r.code) for r in readings)


@pytest.mark.parametrize("seed", range(40))
def test_a_voucher_reads_back_under_every_layout(seed: int) -> None:
    payload = _voucher_payload(seed)
    for keys in (_US_KEYS_ON_AZERTY, _US_KEYS_ON_QWERTZ, _AZERTY_KEYS_ON_US, {}):
        readings = read_scan(typed(payload, keys))
        assert {r.kind for r in readings} == {CodeKind.VOUCHER}
        assert payload in [r.code for r in readings], keys


def test_names_and_phone_numbers_are_not_codes() -> None:
    for text in ("Bennani", "0612345678", "Hicham Berrada", "VABC", "B-0000004217", "", "   "):
        assert read_scan(text) == []


def test_every_mismatch_is_reversible_on_the_code_alphabets() -> None:
    """No two received characters of a mismatch map to different code characters ambiguously."""
    code_chars = set(LEGACY_BADGE_CODE_ALPHABET) | set(voucher_codes.ALPHABET)
    for mismatch in LAYOUT_MISMATCHES:
        intended = [v for v in mismatch.received_to_intended.values() if v in code_chars]
        sources = {v: [k for k, w in mismatch.received_to_intended.items() if w == v and k.isalnum()] for v in intended}
        assert all(len(keys) <= 1 for keys in sources.values()), mismatch.key


def test_badge_code_variants_undo_letter_swaps_only() -> None:
    assert badge_code_variants("VQAZW") == ["VQAZW", "VAQWZ", "VQAYW"]
    assert badge_code_variants("VBCD") == ["VBCD"]


def test_affixes_are_removed_only_when_present() -> None:
    assert strip_affixes("]Q1VBCD", "]Q1", "") == "VBCD"
    assert strip_affixes("VBCD#", "", "#") == "VBCD"
    assert strip_affixes("VBCD", "]Q1", "#") == "VBCD"


def test_diagnosis_says_what_was_read_and_what_to_configure() -> None:
    code = "VBCD23456789XKP"
    ready = diagnose(code, 4.0, ended_with_enter=True)
    assert ready.reading is not None and ready.reading.code == code
    assert ready.advice == ("Lecteur prêt : rien à régler.",)

    garbled = diagnose(typed(code, _US_KEYS_ON_AZERTY), 4.0, ended_with_enter=True)
    assert garbled.reading is not None and garbled.reading.code == code
    assert "QWERTY (US) sur un PC AZERTY" in garbled.advice[0]

    slow_no_enter = diagnose(code, 85.0, ended_with_enter=False)
    assert any("Entrée" in a for a in slow_no_enter.advice)
    assert any("85 ms" in a for a in slow_no_enter.advice)

    unknown = diagnose("3760123456789", 4.0, ended_with_enter=True)
    assert unknown.reading is None and "non reconnu" in unknown.advice[0]

    prefixed = diagnose(code, 4.0, ended_with_enter=True, prefix="]Q1")
    assert "préfixe" in prefixed.advice[0]


def test_lookups_hold_every_reading_and_its_letter_swaps() -> None:
    code = "VQA23456789BCDE"
    garbled = typed(code, _US_KEYS_ON_AZERTY)
    assert code in badge_lookups(garbled)
    assert is_badge(garbled) and not is_voucher(garbled)
    payload = _voucher_payload(1)
    assert voucher_readings(typed(payload, _US_KEYS_ON_AZERTY))[0] == payload
    assert is_voucher(payload) and not is_badge(payload)
