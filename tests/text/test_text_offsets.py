"""Code point <-> UTF-16 positions, the only place Qt's counting leaks in."""

from __future__ import annotations

import pytest

from annotator.text import Utf16Map


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_bmp_only_text_maps_to_itself() -> None:
    text = "রাশিয়ার প্রেসিডেন্ট পুতিন"
    m = Utf16Map(text)
    assert m.utf16_length == len(text)
    for i in range(len(text) + 1):
        assert m.to_utf16(i) == i
        assert m.from_utf16(i) == i


def test_emoji_before_bengali_shifts_by_one() -> None:
    text = "😀 কিম"
    m = Utf16Map(text)
    assert m.utf16_length == utf16_len(text) == len(text) + 1
    kim = text.index("কিম")
    assert m.to_utf16(kim) == kim + 1
    assert m.from_utf16(kim + 1) == kim
    assert m.to_utf16(len(text)) == m.utf16_length


def test_flag_is_two_astral_characters() -> None:
    text = "🇧🇩 বাংলাদেশ"
    m = Utf16Map(text)
    assert m.utf16_length == utf16_len(text) == len(text) + 2
    word = text.index("বাংলাদেশ")
    assert m.to_utf16(word) == word + 2
    assert m.to_utf16(1) == 2  # between the two regional indicators
    assert m.from_utf16(2) == 1


def test_positions_agree_with_utf16_encoding() -> None:
    text = "a😀b🇧🇩c ক্ষ 👍🏽!"
    m = Utf16Map(text)
    for i in range(len(text) + 1):
        assert m.to_utf16(i) == utf16_len(text[:i])
        assert m.from_utf16(m.to_utf16(i)) == i


def test_position_inside_a_surrogate_pair_raises() -> None:
    text = "ক😀খ"
    m = Utf16Map(text)
    # UTF-16: ক=0, high surrogate=1, low surrogate=2, খ=3
    assert m.from_utf16(1) == 1
    with pytest.raises(ValueError, match="surrogate pair"):
        m.from_utf16(2)
    assert m.from_utf16(3) == 2


def test_every_inside_position_of_a_flag_raises() -> None:
    m = Utf16Map("🇧🇩")
    assert m.from_utf16(0) == 0
    with pytest.raises(ValueError):
        m.from_utf16(1)
    assert m.from_utf16(2) == 1
    with pytest.raises(ValueError):
        m.from_utf16(3)
    assert m.from_utf16(4) == 2


def test_floor_snaps_inside_pair_to_its_start() -> None:
    m = Utf16Map("ক😀খ")
    assert m.from_utf16_floor(2) == 1
    assert m.from_utf16_floor(99) == 3
    assert m.from_utf16_floor(-5) == 0


def test_out_of_range_raises() -> None:
    m = Utf16Map("😀")
    with pytest.raises(ValueError):
        m.to_utf16(2)
    with pytest.raises(ValueError):
        m.to_utf16(-1)
    with pytest.raises(ValueError):
        m.from_utf16(3)


def test_empty_text() -> None:
    m = Utf16Map("")
    assert m.utf16_length == 0
    assert m.to_utf16(0) == 0
    assert m.from_utf16(0) == 0
