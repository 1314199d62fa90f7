"""The tokenizer's fast path (stdlib ``re`` on Bengali/ASCII chunks) finds exactly the
tokens of the full ``regex`` pattern, on every kind of text a document can hold."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.text.tokenizer import _FAST, _tokenize_full, token_spans, tokenize

ROOT = Path(__file__).resolve().parents[2]

# Bengali letters, marks (vowel signs, hasanta, nukta, candrabindu), digits, separators,
# whitespace, ZWJ/ZWNJ, punctuation; and what the fast path leaves to the full one:
# emoji with modifiers and flags, other scripts, a Prepend letter (Malayalam dot reph)
# and a Prepend format character (Arabic number sign), other spaces, ZWSP, BOM.
PIECES = [
    *"কখগঘচজটডতদনপবমযরলশষসহড়য়ৎঅআইউএও",
    *"\u09be\u09bf\u09c0\u09c1\u09c3\u09c7\u09c8\u09cb\u09cc\u09cd\u0982\u0981\u09bc\u09d7",
    *"০১২৩৪৫৬৭৮৯0123456789.,:/",
    " ",
    "  ",
    "\n",
    "\t",
    "\u200d",
    "\u200c",
    *"।॥?!“”‘’\"'()-–—…",
    *"abcXYZ",
    "😀",
    "👍🏽",
    "🇧🇩",
    "⛑️",
    "\u0301",
    "\u0928\u093f",
    "\u0d4e",
    "\u0600",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\r\n",
]


def _same(text: str) -> None:
    expected = _tokenize_full(text)
    assert tokenize(text) == expected, text
    assert token_spans(text) == [(t.start, t.end) for t in expected], text


def test_the_fast_path_exists() -> None:
    assert _FAST is not None  # else every text silently takes the slow path


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_fast_and_full_tokens_are_the_same(pieces: list[str]) -> None:
    _same("".join(pieces))


def test_the_seed_articles_tokenize_the_same() -> None:
    for path in sorted((ROOT / "seeds").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            _same(json.loads(line)["text"])
