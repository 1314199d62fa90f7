"""Window logic that needs no Qt: span index, lanes, find, settings."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from annotator.gui.find import find_all
from annotator.gui.settings import Settings, load_settings, save_settings
from annotator.gui.span_index import SpanIndex, assign_lanes
from annotator.model import LabelKind, Span


def span(sid: int, label: str, start: int, end: int, kind: LabelKind = LabelKind.ENTITY) -> Span:
    return Span(sid, 1, "asha", label, kind, start, end)


def test_nested_quote_in_claim_gets_its_own_lane_and_disjoint_spans_share() -> None:
    claim = span(1, "CLAIM", 0, 50, LabelKind.CLAIM)
    quote = span(2, "QUOTE", 10, 30, LabelKind.QUOTE)
    later = span(3, "QUOTE", 60, 70, LabelKind.QUOTE)
    lanes = assign_lanes([quote, later, claim])
    assert lanes == {1: 0, 2: 1, 3: 0}


def test_index_buckets_spans_per_block_and_finds_them_by_offset() -> None:
    # Blocks start at 0, 10, 20; text length 30.
    per = span(1, "PER", 2, 5)
    quote = span(2, "QUOTE", 3, 15, LabelKind.QUOTE)  # crosses a block boundary
    index = SpanIndex([0, 10, 20], 30, [per, quote])
    assert [s.id for s in index.in_block(0)] == [1, 2]
    assert [s.id for s in index.in_block(1)] == [2]
    assert index.in_block(2) == []
    assert [s.id for s in index.at(4)] == [1, 2]  # innermost first
    index.remove(2)
    assert index.in_block(1) == []
    assert index.lanes() == {}


def test_neighbour_walks_in_text_order_and_wraps() -> None:
    spans = [span(1, "PER", 0, 3), span(2, "GPE", 5, 8), span(3, "PER", 10, 12)]
    index = SpanIndex([0], 20, spans)
    assert index.neighbour(None, 4, 1).id == 2
    assert index.neighbour(2, 0, 1).id == 3
    assert index.neighbour(3, 0, 1).id == 1
    assert index.neighbour(1, 0, -1).id == 3
    assert index.neighbour(None, 6, 1, labels=("PER",)).id == 3
    assert index.neighbour(None, 6, -1, labels=("PER",)).id == 1


def test_find_matches_precomposed_and_decomposed_ya() -> None:
    precomposed = "\u09df"  # য়
    decomposed = "\u09af\u09bc"  # য + nukta
    text = unicodedata.normalize("NFC", f"রাশি{precomposed}া আর রাশি{decomposed}া")
    assert find_all(text, f"রাশি{decomposed}া") == find_all(text, f"রাশি{precomposed}া")
    assert len(find_all(text, f"রাশি{decomposed}া")) == 2
    assert find_all(text, "   ") == []


def test_settings_round_trip_with_bengali_name(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    saved = Settings(annotator='আশা "q"\\', snap_to_words=False, font_size=18)
    save_settings(saved, path)
    assert load_settings(path) == saved


def test_settings_as_saved_read_as_tomllib_reads_them(tmp_path: Path) -> None:
    """The start reads its own settings file without tomllib; a file edited by hand
    (a comment, other spacing) is read by tomllib, with the same result."""
    import tomllib

    from annotator.gui.settings import _read_own

    path = tmp_path / "settings.toml"
    saved = Settings(
        annotator='আশা\t\x7f\n"q\\ 😀',
        suggestion_threshold=0.65,
        retrain_after_spans=-3,
        recent_databases="/a/খবর.sqlite3\n/b.sqlite3",
        theme="dark",
    )
    save_settings(saved, path)
    text = path.read_text(encoding="utf-8")
    assert _read_own(text) == tomllib.loads(text)
    assert load_settings(path) == saved
    edited = "# by hand\n" + text.replace("theme = ", "theme   =   ")
    assert _read_own(edited) is None
    path.write_text(edited, encoding="utf-8")
    assert load_settings(path) == saved


def test_unreadable_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("annotator = [broken", encoding="utf-8")
    assert load_settings(path) == Settings()
    path.write_text('font_size = "big"\nannotator = "x"\n', encoding="utf-8")
    assert load_settings(path) == Settings(annotator="x")
