"""A small hostile Bengali corpus for the consumer tests: emoji and flags before
entities, ZWJ, ids with ``/`` and spaces, nested and overlapping spans, relations,
and an entity glued to a clitic (``প্রথম আলো’কে``) that spaCy's tokenizer cannot align."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# (id, text, [(label, surface, occurrence)], [(type, from index, to index)])
DOCS: list[tuple[str, str, list[tuple[str, str, int]], list[tuple[str, int, int]]]] = [
    (
        "ঢাকা/নির্বাচন ২০২৫",
        "🇧🇩 ঢাকায় নির্বাচন কমিশন জানায়, ভোট হবে ফেব্রুয়ারিতে।",
        [("GPE", "ঢাকা", 0), ("ORG", "নির্বাচন কমিশন", 0)],
        [],
    ),
    (
        "world/putin",
        "😀 পুতিন বলেন, “রাশিয়া প্রস্তুত।” মস্কো চুপ।",
        [("PER", "পুতিন", 0), ("QUOTE", "রাশিয়া প্রস্তুত।", 0), ("GPE", "রাশিয়া", 0), ("GPE", "মস্কো", 0)],
        [("speaker", 1, 0)],
    ),
    (
        "press",
        "প্রথম আলো’কে র\u200d্যাব জানায়, কিম জং উন সিউল সফরে যাবেন।",
        [
            ("ORG", "প্রথম আলো", 0),
            ("ORG", "র\u200d্যাব", 0),
            ("PER", "কিম জং উন", 0),
            ("GPE", "সিউল", 0),
        ],
        [],
    ),
    (
        "overlap",
        "শেখ হাসিনা ও শেখ রেহানা লন্ডন সফরে গেছেন, জানায় বিবিসি বাংলা।",
        [
            ("PER", "শেখ হাসিনা", 0),
            ("PER", "হাসিনা ও শেখ রেহানা", 0),
            ("GPE", "লন্ডন", 0),
            ("QUOTE", "শেখ হাসিনা ও শেখ রেহানা লন্ডন সফরে গেছেন", 0),
            ("ORG", "বিবিসি বাংলা", 0),
        ],
        [("speaker", 3, 4), ("speaker", 3, 0)],
    ),
    (
        "চট্টগ্রাম/বন্দর",
        "চট্টগ্রাম বন্দরে ৫০০ কনটেইনার এসেছে, বলেন নৌমন্ত্রী।",
        [("GPE", "চট্টগ্রাম", 0), ("QUANTITY", "৫০০ কনটেইনার", 0)],
        [],
    ),
    (
        "sport",
        "🏏 সাকিব আল হাসান ঢাকায় ফিরেছেন; বিসিবি খুশি।",
        [("PER", "সাকিব আল হাসান", 0), ("GPE", "ঢাকা", 0), ("ORG", "বিসিবি", 0)],
        [],
    ),
]


def _find(text: str, surface: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(surface, pos + 1)
    return pos


def records(annotator: str = "asha") -> list[dict[str, Any]]:
    """The corpus as native JSONL records (status done)."""
    out = []
    for ext, text, spans, relations in DOCS:
        items = []
        for n, (label, surface, occurrence) in enumerate(spans, 1):
            start = _find(text, surface, occurrence)
            items.append(
                {"id": f"s{n}", "start": start, "end": start + len(surface), "label": label}
            )
        rels = [
            {"id": f"r{n}", "type": t, "from": f"s{a + 1}", "to": f"s{b + 1}"}
            for n, (t, a, b) in enumerate(relations, 1)
        ]
        out.append(
            {
                "id": ext,
                "text": text,
                "meta": {"title": ext},
                "annotator": annotator,
                "status": "done",
                "spans": items,
                "relations": rels,
            }
        )
    return out


def write(path: Path) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records()), encoding="utf-8"
    )
    return path
