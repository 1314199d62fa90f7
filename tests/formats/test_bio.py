"""Token projection: expansion to whole tokens, overlap modes, well-formed BIO."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.formats.bio import (
    bio_tags,
    check_bio,
    project,
    sentence_groups,
    spans_from_tags,
    tag_names,
)
from annotator.model import DocumentId, LabelKind, Span, SpanId
from annotator.text import tokenize

TEXT = "ঢাকায় পুতিনের দূত বলেন, “কিম জং উন আসবেন।” মস্কো চুপ।"


def _span(n: int, start: int, end: int, label: str = "PER") -> Span:
    return Span(SpanId(n), DocumentId(1), "t", label, LabelKind.ENTITY, start, end)


def test_partial_token_is_expanded_and_counted() -> None:
    proj = project(TEXT, [_span(1, 0, 4, "GPE")], "error")  # ঢাকা inside ঢাকায়
    [kept] = proj.kept
    assert TEXT[kept.start : kept.end] == "ঢাকায়"
    assert proj.expanded == 1


def test_overlap_modes() -> None:
    kim = TEXT.index("কিম")
    spans = [
        _span(1, kim, kim + len("কিম জং উন")),
        _span(2, kim + 4, kim + 6, "ORG"),
        _span(3, 0, 5, "GPE"),
    ]
    err = project(TEXT, spans, "error")
    assert len(err.conflicts) == 1
    longest = project(TEXT, spans, "longest")
    assert [a.span.id for a in longest.kept] == [3, 1] and len(longest.dropped) == 1
    later = [_span(1, kim, kim + 3), _span(2, kim, kim + len("কিম জং উন"), "ORG")]
    assert [a.span.label for a in project(TEXT, later, "first").kept] == ["ORG"]
    assert [
        a.span.label for a in project(TEXT, [*later[:1], _span(4, kim + 4, kim + 9)], "first").kept
    ] == ["PER", "PER"]


def test_sentence_groups_keep_spans_and_closing_quotes_together() -> None:
    tokens = tokenize(TEXT)
    quote_start = TEXT.index("কিম")
    claim = _span(1, 0, TEXT.index("মস্কো") - 1, "CLAIM")
    tags = bio_tags(len(tokens), project(TEXT, [claim], "error", tokens).kept)
    groups = sentence_groups(TEXT, tokens, tags)
    assert len(groups) == 2
    assert tokens[groups[0][-1]].text == "”"
    assert quote_start < tokens[groups[1][0]].start


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(TEXT) - 1),
            st.integers(1, 12),
            st.sampled_from(["PER", "ORG", "GPE"]),
        ),
        max_size=8,
    ),
    st.sampled_from(["longest", "first"]),
)
def test_any_spans_give_well_formed_tags(raw: list, mode: str) -> None:
    spans = [
        _span(n, s, min(len(TEXT), s + length), label)
        for n, (s, length, label) in enumerate(raw, 1)
    ]
    proj = project(TEXT, spans, mode)
    assert len(proj.kept) + len(proj.dropped) + len(proj.unaligned) == len(spans)
    tags = bio_tags(len(proj.tokens), proj.kept)
    assert check_bio(tags, set(tag_names(["PER", "ORG", "GPE"]))) == []
    assert [(a.first, a.last, a.span.label) for a in proj.kept] == spans_from_tags(tags)


_WORDS = ["কিম", "পুতিন", "।", "ঢাকা", "ab", "১,০০০", "“", "আজ"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12),
    st.lists(
        st.tuples(st.integers(0, 60), st.integers(1, 12), st.sampled_from(["PER", "ORG"])),
        max_size=8,
    ),
    st.sampled_from(["longest", "first", "error"]),
)
def test_row_projection_is_the_span_projection(
    words: list[str], raw: list[tuple[int, int, str]], mode: str
) -> None:
    """project_rows (tuples, C-level alignment and overlap test) keeps, drops, loses and
    widens exactly the spans project() does, in the same order."""
    from annotator.formats.bio import project, project_rows
    from annotator.text.tokenizer import token_spans

    text = " ".join(words)
    spans = []
    for n, (start, width, label) in enumerate(raw, 1):
        start = min(start, len(text) - 1)
        end = min(start + width, len(text))
        spans.append(Span(SpanId(n), DocumentId(1), "a", label, LabelKind.ENTITY, start, end))
    spans.sort(key=lambda s: (s.start, -s.end, s.label, s.id))
    bounds = token_spans(text)
    proj = project(text, spans, mode, bounds=bounds)
    rows = project_rows(bounds, [(s.start, s.end, s.label, s.id) for s in spans], mode)
    if rows is None:
        assert mode == "error" and proj.conflicts
        return
    assert not proj.conflicts
    assert [a[3] for a in rows.kept] == [a.span.id for a in proj.kept]
    assert [(a[0], -a[1]) for a in rows.kept] == [(a.first, a.last) for a in proj.kept]
    assert sorted(a[3] for a in rows.dropped) == sorted(a.span.id for a in proj.dropped)
    assert rows.lost == [s.id for s in proj.unaligned]
    assert rows.expanded == sum(1 for a in proj.kept if a.expanded)
