"""A deterministic generator of realistic annotated Bengali news corpora.

Documents are assembled from *units*: the paragraphs of the annotated seed article
(``seeds/kim-putin-letter.spans.jsonl``, with its hand-made spans and relations) and
our own sentence templates (emoji, ‘ ’ and “ ” quotes, Bengali digits, nested and
overlapping QUOTE/CLAIM/entity spans, speaker and claimant links). Units are strung
into paragraphs (some long, several units each) until a document reaches the wanted
length; then spans are thinned or topped up with extra entity spans on whole words so
each document carries exactly the wanted number.

Document ``i`` depends only on ``(seed, i, chars, spans)``, so the first 1,000
documents of a 10,000-document corpus are the 1,000-document corpus, and any document
can be regenerated alone. Every span obeys the storage rules (cluster boundaries,
``text[start:end] == span text``), which :func:`check_record` verifies.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import regex

SEED_FILE = Path(__file__).resolve().parent.parent / "seeds" / "kim-putin-letter.spans.jsonl"

KINDS = {
    "PER": "entity",
    "ORG": "entity",
    "GPE": "entity",
    "LOC": "entity",
    "DATE": "entity",
    "EVENT": "entity",
    "NORP": "entity",
    "QUANTITY": "entity",
    "QUOTE": "quote",
    "CLAIM": "claim",
}
ENTITY_LABELS = tuple(k for k, v in KINDS.items() if v == "entity")

# Fillers for the {LABEL} slots of the templates: (surface form, canonical name).
FILLERS: dict[str, list[tuple[str, str]]] = {
    "PER": [
        ("শেখ হাসিনা", "শেখ হাসিনা"),
        ("মুহাম্মদ ইউনূসের", "মুহাম্মদ ইউনূস"),
        ("ভ্লাদিমির পুতিন", "ভ্লাদিমির পুতিন"),
        ("কিম জং উনের", "কিম জং উন"),
        ("রবীন্দ্রনাথ ঠাকুর", "রবীন্দ্রনাথ ঠাকুর"),
        ("সাকিব আল হাসান", "সাকিব আল হাসান"),
        ("নরেন্দ্র মোদি", "নরেন্দ্র মোদি"),
        ("তারেক রহমানকে", "তারেক রহমান"),
        ("স্ত্রীর", "স্ত্রী"),
        ("অ্যান্তোনিও গুতেরেস", "অ্যান্তোনিও গুতেরেস"),
    ],
    "ORG": [
        ("জাতিসংঘ", "জাতিসংঘ"),
        ("বাংলাদেশ ব্যাংকের", "বাংলাদেশ ব্যাংক"),
        ("নির্বাচন কমিশন", "নির্বাচন কমিশন"),
        ("বিশ্ব স্বাস্থ্য সংস্থা", "বিশ্ব স্বাস্থ্য সংস্থা"),
        ("র‍্যাব", "র‍্যাব"),
        ("ঢাকা বিশ্ববিদ্যালয়ের", "ঢাকা বিশ্ববিদ্যালয়"),
        ("বিবিসি", "বিবিসি"),
        ("কেসিএনএ", "কোরিয়ান সেন্ট্রাল নিউজ এজেন্সি"),
    ],
    "GPE": [
        ("বাংলাদেশ", "বাংলাদেশ"),
        ("ঢাকায়", "ঢাকা"),
        ("চট্টগ্রামের", "চট্টগ্রাম"),
        ("রাশিয়ার", "রাশিয়া"),
        ("ভারতের", "ভারত"),
        ("মিয়ানমার", "মিয়ানমার"),
        ("সিলেটে", "সিলেট"),
        ("যুক্তরাষ্ট্রের", "যুক্তরাষ্ট্র"),
        ("কলকাতায়", "কলকাতা"),
    ],
    "LOC": [
        ("পদ্মা নদীর", "পদ্মা নদী"),
        ("বঙ্গোপসাগরে", "বঙ্গোপসাগর"),
        ("সুন্দরবনের", "সুন্দরবন"),
        ("কক্সবাজার সৈকতে", "কক্সবাজার সৈকত"),
        ("হিমালয়ের", "হিমালয়"),
    ],
    "DATE": [
        ("১২ মার্চ ২০২৪", "২০২৪-০৩-১২"),
        ("গত বৃহস্পতিবার", ""),
        ("২১ ফেব্রুয়ারি", ""),
        ("১৯৭১ সালে", "১৯৭১"),
        ("আগামী ৩০ জুন", ""),
        ("২০২৫ সালের জানুয়ারিতে", ""),
    ],
    "EVENT": [
        ("ইউক্রেন যুদ্ধ", "ইউক্রেন যুদ্ধ"),
        ("একুশে বইমেলা", "একুশে বইমেলা"),
        ("জাতীয় সংসদ নির্বাচন", "জাতীয় সংসদ নির্বাচন"),
        ("বিশ্বকাপ ক্রিকেট", "বিশ্বকাপ ক্রিকেট"),
        ("ঘূর্ণিঝড় রিমাল", "ঘূর্ণিঝড় রিমাল"),
    ],
    "NORP": [
        ("রোহিঙ্গা", "রোহিঙ্গা"),
        ("বাঙালি", "বাঙালি"),
        ("রুশ", "রুশ"),
        ("ইউক্রেনীয়", "ইউক্রেনীয়"),
    ],
    "QUANTITY": [
        ("১৫ হাজার", ""),
        ("৩.৫ শতাংশ", ""),
        ("১,২০০ কোটি টাকা", ""),
        ("প্রায় দুই হাজার", ""),
        ("৭৮৯ জন", ""),
        ("১০০ কিলোমিটার", ""),
    ],
}

# Our own sentences. {LABEL} and {LABEL:id} are filled from FILLERS; <LABEL:id> ... </id>
# mark a span over literal text (they may cross each other: overlapping spans).
# Relations name span ids: (type, from_id, to_id).
TEMPLATES: list[tuple[str, dict[str, dict[str, str]], list[tuple[str, str, str]]]] = [
    (
        "{PER:p} বলেন, ‘<QUOTE:q>{GPE} এখন আর পিছিয়ে নেই; আমরা {QUANTITY} মানুষের কাছে "
        "পৌঁছেছি</q>।’ 👍🏽",
        {"q": {"form": "direct"}},
        [("speaker", "q", "p")],
    ),
    (
        "{ORG:o} জানিয়েছে, <CLAIM:c>{DATE} পর্যন্ত {GPE} {QUANTITY} টাকার রপ্তানি আয় করেছে</c>। 📈",
        {"c": {"checkworthy": "yes", "claim_type": "numerical"}},
        [("claimant", "c", "o")],
    ),
    (
        "{PER:p} সাংবাদিকদের বলেন, “<QUOTE:q>আমরা <CLAIM:c>{LOC} এলাকায় {QUANTITY} পরিবারকে "
        "সরিয়ে নিয়েছি</q>” এবং ত্রাণ পৌঁছে গেছে</c>।",
        {"q": {"form": "direct"}, "c": {"checkworthy": "yes", "claim_type": "event"}},
        [("speaker", "q", "p"), ("claimant", "c", "p")],
    ),
    (
        "<EVENT:e>{EVENT}</e> উপলক্ষে {GPE} {DATE} থেকে উৎসব শুরু হবে 🎉 আয়োজকেরা বলছেন, "
        "এবার দর্শনার্থী হবে রেকর্ড সংখ্যক।",
        {},
        [],
    ),
    (
        "{NORP} শরণার্থীদের বিষয়ে {ORG:o} বলছে, <QUOTE:q><CLAIM:c>{GPE} সীমান্তে এখনো "
        "{QUANTITY} মানুষ আটকে আছেন</c></q>।",
        {"q": {"form": "indirect"}, "c": {"checkworthy": "yes", "claim_type": "numerical"}},
        [("speaker", "q", "o"), ("claimant", "c", "o")],
    ),
    (
        "প্রতিবেদনে বলা হয়, ‘<QUOTE:q>পরিস্থিতি নিয়ন্ত্রণে</q>’ থাকলেও {GPE} ও {GPE} "
        "সীমান্তে উত্তেজনা বাড়ছে। 🇧🇩",
        {"q": {"form": "mixed"}},
        [],
    ),
    (
        "{PER:p} আরও লেখেন, “<QUOTE:q>আমাদের লক্ষ্য স্পষ্ট। {DATE} মধ্যে প্রতিটি গ্রামে "
        "বিদ্যুৎ পৌঁছাবে</q>।” তাঁর এই বক্তব্য নিয়ে {ORG} কোনো মন্তব্য করেনি।",
        {"q": {"form": "direct"}},
        [("speaker", "q", "p")],
    ),
    (
        "<CLAIM:c>{GPE} মূল্যস্ফীতি {QUANTITY} ছাড়িয়েছে</c> বলে দাবি করেছে {ORG:o}; "
        "তবে অর্থনীতিবিদেরা সংখ্যাটি নিয়ে প্রশ্ন তুলেছেন 🤔।",
        {"c": {"checkworthy": "yes", "claim_type": "numerical"}},
        [("claimant", "c", "o")],
    ),
    (
        "{LOC} তীরে ঘূর্ণিঝড়ের আঘাতে অন্তত {QUANTITY} ঘর ভেঙে পড়েছে, জানিয়েছেন স্থানীয় "
        "কর্মকর্তারা। উদ্ধারকাজ চলছে ⛑️।",
        {},
        [],
    ),
    (
        "{PER:p} বলেন, ‘<QUOTE:q>ভাষার জন্য যারা প্রাণ দিয়েছেন, তাঁদের আমরা ভুলব না</q>।’ "
        "{DATE} শহীদ মিনারে হাজারো {NORP} মানুষ ফুল দেন 🌸।",
        {"q": {"form": "direct"}},
        [("speaker", "q", "p")],
    ),
    (
        "{ORG:o} এক বিবৃতিতে জানায়, <QUOTE:q><CLAIM:c>{EVENT} চলাকালে {GPE} মোট {QUANTITY} "
        "ভোটার ভোট দিয়েছেন</c> এবং কোথাও বড় কোনো অনিয়ম হয়নি</q>।",
        {"q": {"form": "indirect"}, "c": {"checkworthy": "yes", "claim_type": "numerical"}},
        [("speaker", "q", "o"), ("claimant", "c", "o")],
    ),
    (
        "<ORG:o>{GPE:g} কৃষি বিভাগ</o> জানায়, এবার বোরো ধানের ফলন গত বছরের চেয়ে ভালো হয়েছে; কৃষকেরা খুশি 😊।",
        {"o": {"canonical": ""}},
        [],
    ),
]

_SLOT = regex.compile(r"\{(\w+)(?::(\w+))?\}|<(\w+):(\w+)>|</(\w+)>")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200c\u200d]*(?<![\u200c\u200d])")


@dataclass
class Unit:
    """A piece of text with spans (``key``, start, end, label, attrs) and relations."""

    text: str
    spans: list[tuple[str, int, int, str, dict[str, Any]]] = field(default_factory=list)
    relations: list[tuple[str, str, str]] = field(default_factory=list)  # (type, from, to)


@cache
def seed_record() -> dict[str, Any]:
    with open(SEED_FILE, encoding="utf-8") as handle:
        return json.loads(handle.readline())


@cache
def seed_units() -> tuple[Unit, ...]:
    """The seed article's paragraphs with their own spans and the relations inside them."""
    record = seed_record()
    text = record["text"]
    units = []
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        if len(paragraph) > 20:
            spans = [
                (s["id"], s["start"] - start, s["end"] - start, s["label"], dict(s["attrs"]))
                for s in record["spans"]
                if start <= s["start"] and s["end"] <= end and s["label"] in KINDS
            ]  # the seed's CUE and MENTION spans (issue 12) stay out: corpora as before
            keys = {s[0] for s in spans}
            relations = [
                (r["type"], r["from"], r["to"])
                for r in record["relations"]
                if r["from"] in keys and r["to"] in keys
            ]
            units.append(Unit(paragraph, spans, relations))
        start = end + 1
    return tuple(units)


def render_template(
    rng: random.Random,
    template: str,
    attrs: dict[str, dict[str, str]],
    relations: list[tuple[str, str, str]],
) -> Unit:
    """Fill one template's slots and resolve its span markers to offsets."""
    out: list[str] = []
    length = 0
    spans: list[tuple[str, int, int, str, dict[str, Any]]] = []
    open_: dict[str, tuple[int, str]] = {}
    pos = 0
    auto = 0
    for m in _SLOT.finditer(template):
        literal = template[pos : m.start()]
        out.append(literal)
        length += len(literal)
        pos = m.end()
        if m.group(1):  # {LABEL} or {LABEL:id}
            label, key = m.group(1), m.group(2)
            if key is None:
                auto += 1
                key = f"x{auto}"
            surface, canonical = rng.choice(FILLERS[label])
            extra = {"canonical": canonical} if canonical else {}
            spans.append((key, length, length + len(surface), label, extra))
            out.append(surface)
            length += len(surface)
        elif m.group(3):  # <LABEL:id>
            open_[m.group(4)] = (length, m.group(3))
        else:  # </id>
            key = m.group(5)
            begin, label = open_.pop(key)
            given = {k: v for k, v in attrs.get(key, {}).items() if v}
            spans.append((key, begin, length, label, given))
    out.append(template[pos:])
    if open_:
        raise ValueError(f"unclosed span markers {sorted(open_)} in template {template!r}")
    return Unit("".join(out), spans, list(relations))


def _unit(rng: random.Random) -> Unit:
    if rng.random() < 0.45:
        return rng.choice(seed_units())
    template, attrs, relations = rng.choice(TEMPLATES)
    return render_template(rng, template, attrs, relations)


def document_rng(seed: int, index: int) -> random.Random:
    digest = hashlib.sha256(f"annotator-bench:{seed}:{index}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def make_record(
    index: int,
    *,
    chars: int = 1050,
    spans: int | None = 50,
    seed: int = 0,
    annotator: str | None = "bench",
    status: str = "done",
    with_spans: bool = True,
) -> dict[str, Any]:
    """Document ``index`` as a native JSONL record (dict), spans sorted like the exporter.

    ``chars`` is the approximate length in code points (a ~1,050 code point Bengali text is
    about 3 kB of UTF-8); ``spans`` the exact span count (``None``: whatever the units
    carry). ``with_spans=False`` gives a plain text document.
    """
    rng = document_rng(seed, index)
    pieces: list[str] = []
    placed: list[tuple[str, int, int, str, dict[str, Any]]] = []
    links: list[tuple[str, str, str]] = []
    length = 0
    n_unit = 0
    while length < chars:
        # A paragraph of one to four units; long paragraphs are common in news copy.
        if pieces:
            pieces.append("\n")
            length += 1
        for k in range(rng.choice((1, 1, 2, 3, 4))):
            if k:
                pieces.append(" ")
                length += 1
            unit = _unit(rng)
            n_unit += 1
            prefix = f"u{n_unit}."
            pieces.append(unit.text)
            for key, start, end, label, attrs in unit.spans:
                placed.append((prefix + key, start + length, end + length, label, attrs))
            links += [(t, prefix + a, prefix + b) for t, a, b in unit.relations]
            length += len(unit.text)
            if length >= chars:
                break
    text = "".join(pieces)
    if spans is not None and with_spans:
        placed = _fit_spans(rng, text, placed, links, spans)
    keys = {p[0] for p in placed}
    links = [link for link in links if link[1] in keys and link[2] in keys]
    title = text[: text.find(" ", 40) if text.find(" ", 40) != -1 else 60]
    record: dict[str, Any] = {
        "id": f"bench-{seed}-{index:06d}",
        "text": text,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "offset_unit": "codepoint",
        "meta": {"title": title, "source": "benchmarks.corpus"},
    }
    if not with_spans:
        return record
    placed.sort(key=lambda p: (p[1], -p[2], p[3]))
    ids = {p[0]: f"s{n}" for n, p in enumerate(placed, 1)}
    record.update(
        annotator=annotator,
        status=status,
        spans=[
            {
                "id": ids[key],
                "start": start,
                "end": end,
                "label": label,
                "kind": KINDS[label],
                "text": text[start:end],
                "attrs": attrs,
            }
            for key, start, end, label, attrs in placed
        ],
        relations=[
            {"id": f"r{n}", "type": t, "from": ids[a], "to": ids[b]}
            for n, (t, a, b) in enumerate(links, 1)
        ],
    )
    return record


def _fit_spans(
    rng: random.Random,
    text: str,
    placed: list[tuple[str, int, int, str, dict[str, Any]]],
    links: list[tuple[str, str, str]],
    wanted: int,
) -> list[tuple[str, int, int, str, dict[str, Any]]]:
    """Drop spans (keeping relation ends) or add entity spans on words to reach ``wanted``."""
    seen = {(s[1], s[2], s[3]) for s in placed}
    unique = []
    for s in placed:
        if (s[1], s[2], s[3]) in seen:
            seen.discard((s[1], s[2], s[3]))
            unique.append(s)
    placed = unique
    if len(placed) > wanted:
        linked = {k for _t, a, b in links for k in (a, b)}
        keep = [s for s in placed if s[0] in linked]
        rest = [s for s in placed if s[0] not in linked]
        rng.shuffle(rest)
        if len(keep) > wanted:
            rng.shuffle(keep)
            keep = keep[:wanted]
        return keep + rest[: wanted - len(keep)]
    taken = {(s[1], s[2], s[3]) for s in placed}
    words = [m.span() for m in _WORD.finditer(text)]
    extra = 0
    tries = 0
    while len(placed) < wanted and words and tries < wanted * 20:
        tries += 1
        i = rng.randrange(len(words))
        j = min(len(words) - 1, i + rng.choice((0, 0, 0, 1, 1, 2)))
        start, end = words[i][0], words[j][1]
        if "\n" in text[start:end]:
            continue
        label = rng.choice(ENTITY_LABELS)
        if (start, end, label) in taken:
            continue
        taken.add((start, end, label))
        extra += 1
        placed.append((f"extra{extra}", start, end, label, {}))
    return placed


def iter_records(n: int, start: int = 0, **kwargs: Any) -> Iterator[dict[str, Any]]:
    for i in range(start, start + n):
        yield make_record(i, **kwargs)


def perturb_layer(record: dict[str, Any], index: int, seed: int = 1) -> dict[str, Any]:
    """A second annotator's layer on the same text: most spans kept, some moved,
    relabelled, dropped or added (for agreement benchmarks)."""
    rng = document_rng(seed + 7919, index)
    text = record["text"]
    words = [m.span() for m in _WORD.finditer(text)]
    spans = []
    for s in record["spans"]:
        roll = rng.random()
        if roll < 0.08:
            continue  # missed
        s = dict(s)
        if roll < 0.16 and KINDS[s["label"]] == "entity":
            s["label"] = rng.choice(ENTITY_LABELS)
            s["attrs"] = {}
        elif roll < 0.24:
            # Boundary disagreement: extend to the next word when there is one on the line.
            nxt = next((w for w in words if w[0] > s["end"]), None)
            if nxt and "\n" not in text[s["end"] : nxt[1]]:
                s["end"] = nxt[1]
        s["text"] = text[s["start"] : s["end"]]
        spans.append(s)
    for _ in range(max(1, len(record["spans"]) // 20)):
        w = rng.choice(words)
        spans.append(
            {
                "id": "",
                "start": w[0],
                "end": w[1],
                "label": rng.choice(ENTITY_LABELS),
                "kind": "entity",
                "text": text[w[0] : w[1]],
                "attrs": {},
            }
        )
    dedup: dict[tuple[int, int, str], dict[str, Any]] = {}
    for s in spans:
        dedup.setdefault((s["start"], s["end"], s["label"]), s)
    old_ids = {id(s): s["id"] for s in dedup.values()}
    ordered = sorted(dedup.values(), key=lambda s: (s["start"], -s["end"], s["label"]))
    renamed = {old_ids[id(s)]: f"s{n}" for n, s in enumerate(ordered, 1) if old_ids[id(s)]}
    for n, s in enumerate(ordered, 1):
        s["id"] = f"s{n}"
    from annotator.model import default_schema

    schema = default_schema()
    label_of = {s["id"]: s["label"] for s in ordered}
    relations: list[dict[str, Any]] = []
    for r in record["relations"]:
        a, b = renamed.get(r["from"]), renamed.get(r["to"])
        rel = schema.relation_type(r["type"])
        if a and b and rel is not None and rel.allows(label_of[a], label_of[b]):
            relations.append(
                {"id": f"r{len(relations) + 1}", "type": r["type"], "from": a, "to": b}
            )
    out = dict(record)
    out.update(
        annotator=f"{record.get('annotator') or 'bench'}-b", spans=ordered, relations=relations
    )
    return out


def check_record(record: dict[str, Any]) -> list[str]:
    """Every rule violation in a generated record (empty when it is valid)."""
    from annotator.model import default_schema, relation_problem, span_problem
    from annotator.text import ClusterIndex, normalize_text

    problems = []
    text = record["text"]
    if normalize_text(text) != text:
        problems.append("text is not normalized")
    clusters = ClusterIndex(text)
    schema = default_schema()
    labels = {}
    for s in record.get("spans", []):
        problem = span_problem(
            clusters, schema, s["start"], s["end"], s["label"], s["attrs"], s["text"]
        )
        if problem:
            problems.append(f"{s['id']}: {problem}")
        if clusters.trim(s["start"], s["end"]) != (s["start"], s["end"]):
            problems.append(f"{s['id']}: starts or ends with whitespace or punctuation")
        labels[s["id"]] = s["label"]
    for r in record.get("relations", []):
        problem = relation_problem(
            schema, r["type"], labels.get(r["from"], "?"), labels.get(r["to"], "?")
        )
        if problem:
            problems.append(f"{r['id']}: {problem}")
    return problems


def write_txt_corpus(folder: Path, n: int, *, chars: int = 1050, seed: int = 0) -> int:
    """``n`` plain-text articles as ``NNNNNN.txt`` files; returns the total bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        record = make_record(i, chars=chars, seed=seed, with_spans=False)
        data = record["text"].encode("utf-8")
        (folder / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def write_jsonl_corpus(path: Path, n: int, **kwargs: Any) -> int:
    """``n`` annotated records as native JSONL; returns the number of spans written."""
    spans = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for record in iter_records(n, **kwargs):
            spans += len(record.get("spans", ()))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return spans
