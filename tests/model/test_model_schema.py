"""The default "Bengali news" schema and the validation rules of spans and relations."""

from __future__ import annotations

import pytest

from annotator.model import (
    LabelKind,
    LabelSchema,
    SchemaError,
    default_schema,
    relation_problem,
    schema_from_dict,
    schema_to_dict,
    span_problem,
)
from annotator.model.schema import AttributeType, LabelDef, RelationTypeDef
from annotator.text import ClusterIndex

ENTITY_KEYS = {
    "PER": "1",
    "ORG": "2",
    "GPE": "3",
    "LOC": "4",
    "DATE": "5",
    "EVENT": "6",
    "NORP": "7",
    "QUANTITY": "8",
    "MENTION": "9",
}
SPEAKERS = ("PER", "ORG", "MENTION")  # issues 14, 12: a person, an organisation or
# a pronoun/description joined to one (its referent)


@pytest.fixture(scope="module")
def schema() -> LabelSchema:
    return default_schema()


def test_default_schema_name(schema: LabelSchema) -> None:
    assert schema.name == "Bengali news"


def test_entities_with_their_keys(schema: LabelSchema) -> None:
    entities = schema.labels_of_kind(LabelKind.ENTITY)
    assert [label.name for label in entities] == list(ENTITY_KEYS)
    assert {label.name: label.key for label in entities} == ENTITY_KEYS


def test_quote_label(schema: LabelSchema) -> None:
    quote = schema.label("QUOTE")
    assert quote is not None
    assert quote.kind is LabelKind.QUOTE
    assert quote.key == "q"
    form = quote.attribute("form")
    assert form is not None
    assert form.type is AttributeType.CHOICE
    assert form.choices == ("direct", "indirect", "mixed")


def test_claim_label(schema: LabelSchema) -> None:
    claim = schema.label("CLAIM")
    assert claim is not None
    assert claim.kind is LabelKind.CLAIM
    assert claim.key == "c"
    checkworthy = claim.attribute("checkworthy")
    claim_type = claim.attribute("claim_type")
    assert checkworthy is not None and claim_type is not None
    assert checkworthy.choices == ("yes", "no")
    assert claim_type.choices == ("numerical", "event", "causal", "prediction", "other")


def test_exactly_twelve_labels(schema: LabelSchema) -> None:
    assert [label.name for label in schema.labels] == [*ENTITY_KEYS, "QUOTE", "CLAIM", "CUE"]


def test_cue_label_and_relation(schema: LabelSchema) -> None:
    cue = schema.label("CUE")
    assert cue is not None and cue.kind is LabelKind.CUE and cue.key == "v"
    rel = schema.relation_type("cue")
    assert rel is not None and rel.sources == ("QUOTE", "CLAIM") and rel.targets == ("CUE",)
    assert relation_problem(schema, "cue", "QUOTE", "CUE") is None
    assert relation_problem(schema, "cue", "QUOTE", "PER") is not None
    assert relation_problem(schema, "speaker", "QUOTE", "MENTION") is None
    assert relation_problem(schema, "speaker", "QUOTE", "CUE") is not None


def test_relation_types(schema: LabelSchema) -> None:
    assert [r.name for r in schema.relation_types] == ["speaker", "claimant", "cue"]
    speaker = schema.relation_type("speaker")
    claimant = schema.relation_type("claimant")
    assert speaker is not None and claimant is not None
    assert speaker.sources == ("QUOTE",)
    assert speaker.targets == SPEAKERS
    assert claimant.sources == ("CLAIM",)
    assert claimant.targets == SPEAKERS


def test_keys_are_unique(schema: LabelSchema) -> None:
    keys = [label.key for label in schema.labels] + [r.key for r in schema.relation_types]
    keys = [k for k in keys if k]
    assert len(keys) == len(set(keys))


def _luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def test_colours_are_distinct_and_readable(schema: LabelSchema) -> None:
    """Entity colours are light highlights under black Bengali glyphs; quote and claim
    colours are drawn as lines and brackets on the white page."""
    colours = [label.color for label in schema.labels]
    assert len(set(colours)) == len(colours)
    for label in schema.labels:
        assert len(label.color) == 7 and label.color.startswith("#")
        lum = _luminance(label.color)
        if label.kind is LabelKind.ENTITY:
            assert (lum + 0.05) / 0.05 >= 7, f"black on {label.name} {label.color}"
        else:
            assert 1.05 / (lum + 0.05) >= 3, f"{label.name} {label.color} on white"


def test_schema_round_trips_through_dict(schema: LabelSchema) -> None:
    assert schema_from_dict(schema_to_dict(schema)) == schema


def test_schema_rejects_duplicate_keys_and_dangling_relations() -> None:
    a = LabelDef("A", LabelKind.ENTITY, "#ffffff", key="1")
    b = LabelDef("B", LabelKind.ENTITY, "#ffffff", key="1")
    with pytest.raises(SchemaError, match="key '1'"):
        LabelSchema("x", (a, b))
    with pytest.raises(SchemaError, match="unknown label 'Z'"):
        LabelSchema("x", (a,), (RelationTypeDef("r", ("A",), ("Z",)),))


# span_problem


TEXT = "উত্তর কোরিয়ার নেতা কিম জং উন বলেন, “আমরা প্রস্তুত।”"


@pytest.fixture(scope="module")
def clusters() -> ClusterIndex:
    return ClusterIndex(TEXT)


def test_a_good_span(clusters: ClusterIndex, schema: LabelSchema) -> None:
    start = TEXT.index("কিম")
    assert span_problem(clusters, schema, start, start + len("কিম জং উন"), "PER") is None


def test_span_outside_text(clusters: ClusterIndex, schema: LabelSchema) -> None:
    problem = span_problem(clusters, schema, 0, len(TEXT) + 1, "PER")
    assert problem and "outside the text" in problem
    problem = span_problem(clusters, schema, -1, 3, "PER")
    assert problem and "outside the text" in problem


def test_span_start_not_before_end(clusters: ClusterIndex, schema: LabelSchema) -> None:
    for start, end in ((5, 5), (6, 5)):
        problem = span_problem(clusters, schema, start, end, "PER")
        assert problem and "start must be before end" in problem


def test_span_splitting_a_cluster(clusters: ClusterIndex, schema: LabelSchema) -> None:
    # উত্তর: উ | ত্ত | র ; offset 2 is inside the conjunct ত্ত.
    problem = span_problem(clusters, schema, 0, 2, "GPE")
    assert problem and "splits a grapheme cluster" in problem
    assert "nearest whole span: 0-4" in problem


def test_span_ending_before_a_vowel_sign(clusters: ClusterIndex, schema: LabelSchema) -> None:
    start = TEXT.index("নেতা")
    problem = span_problem(clusters, schema, start, start + 1, "PER")  # ন without its e-kar
    assert problem and "splits a grapheme cluster" in problem


def test_unknown_label(clusters: ClusterIndex, schema: LabelSchema) -> None:
    problem = span_problem(clusters, schema, 0, 5, "PERSON")
    assert problem == "unknown label 'PERSON'"


def test_non_integer_offsets(clusters: ClusterIndex, schema: LabelSchema) -> None:
    for start, end in (("0", 5), (0, 5.0), (True, 5)):
        problem = span_problem(clusters, schema, start, end, "PER")
        assert problem and "must be integers" in problem


def test_span_text_must_match(clusters: ClusterIndex, schema: LabelSchema) -> None:
    assert span_problem(clusters, schema, 0, 5, "GPE", text="উত্তর") is None
    problem = span_problem(clusters, schema, 0, 5, "GPE", text="দক্ষিণ")
    assert problem and "differs from the document text" in problem


def test_span_attributes(clusters: ClusterIndex, schema: LabelSchema) -> None:
    start = TEXT.index("আমরা")
    end = TEXT.index("।”")
    assert span_problem(clusters, schema, start, end, "QUOTE", {"form": "direct"}) is None
    problem = span_problem(clusters, schema, start, end, "QUOTE", {"form": "shouted"})
    assert problem and "direct, indirect, mixed" in problem
    problem = span_problem(clusters, schema, start, end, "QUOTE", {"colour": "red"})
    assert problem and "no attribute 'colour'" in problem


# relation_problem


@pytest.mark.parametrize("target", SPEAKERS)
def test_allowed_relations(schema: LabelSchema, target: str) -> None:
    assert relation_problem(schema, "speaker", "QUOTE", target) is None
    assert relation_problem(schema, "claimant", "CLAIM", target) is None


@pytest.mark.parametrize(
    ("rel_type", "source", "target"),
    [
        ("speaker", "QUOTE", "DATE"),
        ("speaker", "QUOTE", "LOC"),
        ("speaker", "PER", "QUOTE"),
        ("speaker", "CLAIM", "PER"),
        ("claimant", "QUOTE", "PER"),
        ("claimant", "CLAIM", "QUANTITY"),
    ],
)
def test_relations_between_wrong_kinds(
    schema: LabelSchema, rel_type: str, source: str, target: str
) -> None:
    problem = relation_problem(schema, rel_type, source, target)
    assert problem and f"not from {source} to {target}" in problem


def test_unknown_relation_type(schema: LabelSchema) -> None:
    assert relation_problem(schema, "said_by", "QUOTE", "PER") == "unknown relation type 'said_by'"
