"""A document's text is fixed once at import: UTF-8, no BOM, LF newlines, NFC."""

from __future__ import annotations

import unicodedata

import pytest

from annotator.text import (
    DecodeError,
    decode_utf8,
    normalize_text,
    normalize_with_map,
    text_sha256,
)

YA_PRECOMPOSED = "\u09df"  # য় as one code point
YA_DECOMPOSED = "\u09af\u09bc"  # য + nukta, what NFC produces
RRA = "\u09dc"  # ড়
RHA = "\u09dd"  # ঢ়
ZWJ = "\u200d"
ZWNJ = "\u200c"


def test_bom_is_removed() -> None:
    assert normalize_text("\ufeffরাশিয়া") == "রাশিয়া"


def test_only_a_leading_bom_is_removed_as_bom() -> None:
    # A BOM in the middle is a zero-width no-break space: content, not an encoding mark.
    assert normalize_text("ক\ufeffখ") == "ক\ufeffখ"


def test_crlf_and_cr_become_lf() -> None:
    assert normalize_text("এক\r\nদুই\rতিন\n") == "এক\nদুই\nতিন\n"


def test_lone_cr_then_lf_pairs_do_not_double() -> None:
    assert normalize_text("a\r\r\nb") == "a\n\nb"


def test_precomposed_ya_becomes_ya_plus_nukta() -> None:
    raw = f"কোরি{YA_PRECOMPOSED}া"
    out = normalize_text(raw)
    assert YA_PRECOMPOSED not in out
    assert out == f"কোরি{YA_DECOMPOSED}া"
    assert len(out) == len(raw) + 1


def test_nfc_lengthens_each_nukta_letter() -> None:
    for precomposed, decomposed in (
        (YA_PRECOMPOSED, "\u09af\u09bc"),
        (RRA, "\u09a1\u09bc"),
        (RHA, "\u09a2\u09bc"),
    ):
        assert normalize_text(precomposed) == decomposed
        assert len(normalize_text(precomposed)) == 2


def test_output_is_nfc_and_idempotent() -> None:
    raw = f"\ufeffপি{YA_PRECOMPOSED}ং\r\nম{RRA}ক"
    out = normalize_text(raw)
    assert unicodedata.is_normalized("NFC", out)
    assert normalize_text(out) == out


def test_zwj_and_zwnj_are_kept() -> None:
    rab = f"র{ZWJ}্যাব"
    assert normalize_text(rab) == rab
    assert ZWJ in normalize_text(rab)
    word = f"কি{ZWNJ}ছু"
    assert normalize_text(word) == word


def test_text_sha256_is_of_utf8_bytes() -> None:
    import hashlib

    text = "কিম জং উন"
    assert text_sha256(text) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert len(text_sha256(text)) == 64


def test_decode_valid_utf8() -> None:
    assert decode_utf8("মস্কো".encode()) == "মস্কো"


def test_invalid_utf8_names_the_byte_offset() -> None:
    data = "ক খ".encode() + b"\xff" + "গ".encode()
    with pytest.raises(DecodeError) as info:
        decode_utf8(data)
    assert info.value.byte_offset == 7
    assert "byte offset 7" in str(info.value)
    assert "UTF-8" in str(info.value)


def test_truncated_multibyte_sequence_is_invalid() -> None:
    data = "ক".encode()[:2]
    with pytest.raises(DecodeError) as info:
        decode_utf8(b"ab" + data)
    assert info.value.byte_offset == 2


def test_nul_byte_means_binary() -> None:
    with pytest.raises(DecodeError) as info:
        decode_utf8(b"PK\x03\x04\x00\x00abc")
    assert "binary" in str(info.value)
    assert info.value.byte_offset == 4


# normalize_with_map: carrying pre-annotated offsets across normalization


def test_map_identity_for_normalized_text() -> None:
    text = "কিম জং উন বলেন।"
    result = normalize_with_map(text)
    assert result.text == text
    assert [result.map_offset(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


def test_map_shifts_after_bom_and_crlf() -> None:
    raw = "\ufeffএক\r\nদুই"
    result = normalize_with_map(raw)
    assert result.text == "এক\nদুই"
    # "দুই" started at 5 in the raw text (BOM, এ, ক, CR, LF).
    start = raw.index("দুই")
    new_start = result.map_offset(start)
    assert new_start is not None
    assert result.text[new_start : result.map_offset(len(raw))] == "দুই"
    assert result.map_offset(0) == 0
    assert result.map_offset(len(raw)) == len(result.text)


def test_map_shifts_after_precomposed_ya() -> None:
    raw = f"কোরি{YA_PRECOMPOSED}ার নেতা কিম"
    result = normalize_with_map(raw)
    kim = raw.index("কিম")
    start, end = result.map_offset(kim), result.map_offset(kim + 3)
    assert (start, end) == (kim + 1, kim + 4)
    assert result.text[start:end] == "কিম"
    # The word containing য় maps as a whole.
    word_end = raw.index(" ")
    assert result.text[0 : result.map_offset(word_end)] == normalize_text(raw[:word_end])


def test_offset_inside_a_rewritten_unit_cannot_be_mapped() -> None:
    # Inside a CRLF pair that becomes one LF there is no faithful position.
    raw = "ক\r\nখ"
    result = normalize_with_map(raw)
    assert result.map_offset(2) is None
    # A decomposed sequence recomposed by NFC: e + combining acute -> é.
    raw = "cafe\u0301 x"
    result = normalize_with_map(raw)
    assert result.text == "caf\u00e9 x"
    assert result.map_offset(4) is None
    assert result.map_offset(5) == 4


def test_map_out_of_range_is_none() -> None:
    result = normalize_with_map("abc")
    assert result.map_offset(-1) is None
    assert result.map_offset(4) is None


def test_map_text_equals_normalize_text() -> None:
    samples = [
        "",
        "\ufeff",
        "\r\n\r",
        f"{YA_PRECOMPOSED}{RRA}{RHA}",
        "\u09c7\u09be",  # e-kar + aa-kar compose to o-kar (vowel sign O)
        "ক\u09c7\u09be\r\nখ",
        f"র{ZWJ}্যাব 😀 🇧🇩",
    ]
    for raw in samples:
        assert normalize_with_map(raw).text == normalize_text(raw)


def test_map_of_a_bom_only_text() -> None:
    result = normalize_with_map("\ufeff")
    assert result.text == ""
    assert result.map_offset(0) == 0
    assert result.map_offset(1) == 0


def test_map_keeps_offsets_around_a_three_part_composition() -> None:
    # Hangul L+V+T jamo compose into one syllable; the words around it keep exact offsets.
    raw = "কিম \u1100\u1161\u11a8 উন"
    result = normalize_with_map(raw)
    assert result.text == "কিম \uac01 উন"
    assert result.map_offset(raw.index("উন")) == result.text.index("উন")
    assert result.map_offset(4) == 4 and result.map_offset(7) == 5
    assert result.map_offset(5) is None


def test_map_vowel_sign_o_from_two_parts() -> None:
    # e-kar + aa-kar is canonically the o-kar: কো typed as three code points.
    raw = "ক\u09c7\u09be কিম"
    result = normalize_with_map(raw)
    assert result.text == "\u0995\u09cb কিম"
    assert result.map_offset(raw.index("কিম")) == result.text.index("কিম")
