"""Hypothesis strategies for hostile files in every import format, shared by the fuzz tests.

Each strategy draws a :class:`Case`: the files to write (name -> bytes), the path to
hand to the importer, the ``--format`` name, the format ``validate`` should check it
as, and how its bytes were encoded (so a test can expect a UTF-16 message).
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Per-format example count: the default keeps CI short; raise it for a longer local run.
EXAMPLES = int(os.environ.get("ANNOTATOR_FUZZ_EXAMPLES", "400"))
# CI draws the same examples every run; ANNOTATOR_FUZZ_RANDOM=1 explores new ones.
RANDOM = os.environ.get("ANNOTATOR_FUZZ_RANDOM") == "1"
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not RANDOM,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

BENGALI = "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেছেন, “ক্ষমতা স্ত্রী।”\nদ্বিতীয় লাইন।"
EMOJI = "ঢাকা 👍🏽 বৃষ্টি 🇧🇩 হয়েছে"  # astral characters: UTF-16 offsets differ
BIJOY = "Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm| cÖavbgš¿x †kL nvwmbv AvR XvKvq"
ENGLISH = "The president said on Tuesday that the government will invest in energy."
TEXTS = [
    BENGALI,
    BENGALI.replace("\n", "\r\n"),
    EMOJI,
    BIJOY,
    ENGLISH,
    "<img src=x onerror=1><b>bold</b>",
    "ক\u09cd",
    "",
    " ",
    "a\x00b",
    "e\u0301 decomposed",
]
LABELS = ["PER", "ORG", "GPE", "QUOTE", "CLAIM", "per", "", "NOPE", "<b>x</b>"]
PATHS = ["/etc/passwd", "../../etc/shadow", "C:\\Windows\\win.ini", "file:///etc/hosts"]
IDS = ["doc", "../../etc/x", "a/b", "/abs/path", "", "..", "CON", 7]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
texts = st.sampled_from(TEXTS) | st.text(max_size=40)
offsets = st.one_of(
    st.integers(0, 70),
    st.sampled_from([0, 1, 2, 3, 4, 5, 6, 7, 8, -1, 2**31, 2**63, -(2**63)]),
    st.integers(-(2**66), 2**66),
    json_values,
)
labels = st.sampled_from(LABELS) | json_values
ids = st.sampled_from(IDS) | json_values
metas = (
    st.fixed_dictionaries({}, optional={"source": st.sampled_from(PATHS), "title": texts})
    | json_values
)


@dataclass(frozen=True)
class Case:
    files: dict[str, bytes]
    target: str  # the file handed to the importer
    fmt: str  # --format
    check_as: str  # validate --format
    encoding: str

    def describe(self) -> str:
        return f"{self.fmt} {self.encoding} {self.files!r}"[:2000]


def _dump(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (ValueError, TypeError):
        return json.dumps(value)


@st.composite
def maybe(draw: st.DrawFn, strategy: st.SearchStrategy[Any], p_wrong: int = 8) -> Any:
    """Mostly ``strategy``, sometimes a value of the wrong type."""
    if draw(st.integers(0, p_wrong)) == 0:
        return draw(json_values)
    return draw(strategy)


@st.composite
def doccano_record(draw: st.DrawFn) -> Any:
    entity = st.fixed_dictionaries(
        {
            "id": maybe(st.sampled_from([1, 2, 3, "e1"])),
            "start_offset": offsets,
            "end_offset": offsets,
            "label": maybe(labels),
        }
    )
    record: dict[str, Any] = {"text": draw(maybe(texts))}
    if draw(st.booleans()):
        record["entities"] = draw(maybe(st.lists(maybe(entity), max_size=4)))
    else:
        record["label"] = draw(
            maybe(st.lists(st.tuples(offsets, offsets, labels).map(list), max_size=4))
        )
    if draw(st.booleans()):
        record["relations"] = draw(
            maybe(
                st.lists(
                    st.fixed_dictionaries(
                        {
                            "id": st.sampled_from([1, 1, 2]),
                            "from_id": st.sampled_from([1, 2, 3, 99, "e1"]),
                            "to_id": st.sampled_from([1, 2, 3, 99, "e1"]),
                            "type": maybe(st.sampled_from(["speaker", "claimant", "nope"])),
                        }
                    ),
                    max_size=3,
                )
            )
        )
    for key, values in (("id", ids), ("meta", metas)):
        if draw(st.booleans()):
            record[key] = draw(values)
    return record


@st.composite
def prodigy_record(draw: st.DrawFn) -> Any:
    span = st.fixed_dictionaries(
        {"start": offsets, "end": offsets, "label": maybe(labels)},
        optional={"token_start": offsets, "token_end": offsets, "text": texts},
    )
    spans = draw(maybe(st.lists(maybe(span), max_size=4)))
    record: dict[str, Any] = {"text": draw(maybe(texts)), "spans": spans}
    if draw(st.booleans()) and isinstance(spans, list) and spans:
        ref = st.sampled_from(spans) | json_values
        record["relations"] = draw(
            maybe(
                st.lists(
                    st.fixed_dictionaries(
                        {
                            "head_span": ref,
                            "child_span": ref,
                            "label": maybe(st.sampled_from(["speaker", "x"])),
                        }
                    ),
                    max_size=2,
                )
            )
        )
    if draw(st.booleans()):
        record["answer"] = draw(st.sampled_from(["accept", "reject", "ignore"]) | json_values)
    if draw(st.booleans()):
        record["meta"] = draw(metas)
    return record


@st.composite
def label_studio_task(draw: st.DrawFn) -> Any:
    region = st.fixed_dictionaries(
        {
            "id": maybe(st.sampled_from(["a", "b", "c"])),
            "type": st.sampled_from(["labels", "relation", "choices"]),
            "value": maybe(
                st.fixed_dictionaries(
                    {
                        "start": offsets,
                        "end": offsets,
                        "labels": maybe(st.lists(labels, max_size=2)),
                    },
                    optional={"text": texts},
                )
            ),
        },
        optional={
            "from_id": st.sampled_from(["a", "b", "missing"]),
            "to_id": st.sampled_from(["a", "b", "missing"]),
            "labels": maybe(st.lists(st.sampled_from(["speaker", "claimant", "nope"]), max_size=2)),
            "direction": st.sampled_from(["right", "left", "bi"]),
        },
    )
    data = draw(
        maybe(
            st.fixed_dictionaries(
                {"text": maybe(texts)},
                optional={
                    "id": ids,
                    "title": texts,
                    "source": st.sampled_from(PATHS),
                    "image": st.sampled_from(PATHS),
                },
            )
        )
    )
    task: dict[str, Any] = {"data": data}
    group = draw(st.sampled_from(["annotations", "predictions", "completions"]))
    task[group] = draw(
        maybe(
            st.lists(
                maybe(
                    st.fixed_dictionaries(
                        {"result": maybe(st.lists(maybe(region), max_size=4))},
                        optional={"completed_by": maybe(st.sampled_from(["asha", "<b>x</b>", ""]))},
                    )
                ),
                max_size=2,
            )
        )
    )
    return task


@st.composite
def conll_text(draw: st.DrawFn) -> str:
    tokens = st.sampled_from(
        ["রাশিয়ার", "পুতিন", "ক্ষমতা", "Avwg", "evsjvq", "Mvb", "MvB", "x", "👍🏽", "-DOCSTART-"]
    )
    tags = st.sampled_from(
        ["O", "B-PER", "I-PER", "B-ORG", "I-GPE", "B-NOPE", "I-", "B-", "X-PER", "o", "B-QUOTE"]
    )
    lines = []
    for _ in range(draw(st.integers(0, 14))):
        kind = draw(st.integers(0, 9))
        if kind == 0:
            lines.append("")
        elif kind == 1:
            lines.append("-DOCSTART- -X- -X- O")
        elif kind == 2:
            lines.append(draw(st.text(max_size=12)))
        else:
            sep = draw(st.sampled_from([" ", "\t", " _ _ ", "  "]))
            lines.append(f"{draw(tokens)}{sep}{draw(tags)}")
    return "\n".join(lines)


@st.composite
def brat_pair(draw: st.DrawFn) -> tuple[str, str]:
    text = draw(texts)
    keys = st.sampled_from(["T1", "T2", "T3", "R1", "A1", "#1", "E1", "N1", "*", "X1", ""])
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        key = draw(keys)
        if key.startswith("T") or not key:
            where = ";".join(
                f"{draw(offsets)} {draw(offsets)}" for _ in range(draw(st.integers(1, 2)))
            )
            shown = draw(st.sampled_from(["", "রাশিয়ার", "x"]) | st.text(max_size=5))
            lines.append(f"{key}\t{draw(st.sampled_from(LABELS))} {where}\t{shown}")
        elif key.startswith("R"):
            arg = st.sampled_from(["T1", "T2", "T9", "", "T1:T2"])
            rtype = draw(st.sampled_from(["speaker", "claimant", "nope"]))
            lines.append(f"{key}\t{rtype} Arg1:{draw(arg)} Arg2:{draw(arg)}")
        elif key.startswith("A"):
            name = draw(st.sampled_from(["canonical", "form"]))
            target = draw(st.sampled_from(["T1", "T9"]))
            value = draw(st.sampled_from(["direct", "/etc/passwd", "x y"]))
            lines.append(f"{key}\t{name} {target} {value}")
        elif key.startswith("#"):
            lines.append(f"{key}\tAnnotatorNotes T1\tcanonical=../../etc/passwd")
        else:
            lines.append(f"{key}\t{draw(st.text(max_size=10))}")
    return text, "\n".join(lines)


@st.composite
def encoded(draw: st.DrawFn, content: str) -> tuple[bytes, str]:
    """``content`` with hostile line endings, encodings and corrupted bytes."""
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    content = content.replace("\n", newline)
    encoding = draw(
        st.sampled_from(["utf-8"] * 6 + ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
    )
    data = content.encode(encoding, errors="surrogatepass")
    mutation = draw(st.integers(0, 12))
    if mutation == 0 and data:
        at = draw(st.integers(0, len(data) - 1))
        bad = draw(
            st.sampled_from([b"\xff", b"\x00", b"\xc3", b"\xe0\xa6", b"\xed\xa0\x80", b"\x80"])
        )
        data = data[:at] + bad + data[at + 1 :]
        encoding += "+corrupt"
    elif mutation == 1 and data:
        data = data[: draw(st.integers(0, len(data)))]
        encoding += "+truncated"
    elif mutation == 2:
        data = draw(st.binary(max_size=200))
        encoding = "binary"
    elif mutation == 3:
        data = draw(st.sampled_from([b"", b"\n", b"\r\n\r\n", b"\xef\xbb\xbf", b"\x00" * 20]))
        encoding = "empty"
    return data, encoding


def deep_json(depth: int = 5_000) -> str:
    return '{"text": ' + "[" * depth + "]" * depth + "}"


@st.composite
def jsonl_case(draw: st.DrawFn, fmt: str, check_as: str, record: st.SearchStrategy[Any]) -> Case:
    lines = [_dump(r) for r in draw(st.lists(record, min_size=1, max_size=3))]
    extra = draw(
        st.sampled_from(["none"] * 6 + ["garbage", "deep", "blank", "truncated", "duplicate"])
    )
    if extra == "garbage":
        lines.insert(draw(st.integers(0, len(lines))), draw(st.text(max_size=30)))
    elif extra == "deep":
        lines.append(deep_json())
    elif extra == "blank":
        lines.append("")
    elif extra == "truncated":
        lines[-1] = lines[-1][: max(1, len(lines[-1]) // 2)]
    elif extra == "duplicate":
        lines.append(lines[0])
    data, encoding = draw(encoded("\n".join(lines)))
    return Case({"input.jsonl": data}, "input.jsonl", fmt, check_as, encoding)


@st.composite
def label_studio_case(draw: st.DrawFn) -> Case:
    tasks = draw(st.lists(label_studio_task(), max_size=3))
    shape = draw(st.sampled_from(["array"] * 6 + ["object", "deep", "garbage", "truncated"]))
    if shape == "object" and tasks:
        content = _dump(tasks[0])
    elif shape == "deep":
        content = "[" + deep_json() + "]"
    elif shape == "garbage":
        content = draw(st.text(max_size=40))
    else:
        content = json.dumps(tasks, ensure_ascii=False, indent=draw(st.sampled_from([None, 1])))
        if shape == "truncated":
            content = content[: len(content) // 2]
    data, encoding = draw(encoded(content))
    return Case({"tasks.json": data}, "tasks.json", "label-studio", "label-studio", encoding)


@st.composite
def conll_case(draw: st.DrawFn) -> Case:
    data, encoding = draw(encoded(draw(conll_text())))
    return Case({"input.conll": data}, "input.conll", "conll", "conll", encoding)


@st.composite
def brat_case(draw: st.DrawFn) -> Case:
    text, ann = draw(brat_pair())
    if draw(st.integers(0, 4)) == 0:  # a zip archive, with hostile member names
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            stem = draw(st.sampled_from(["doc", "../../evil", "/abs/doc", "a/b"]))
            archive.writestr(f"{stem}.txt", text.encode("utf-8", errors="surrogatepass"))
            archive.writestr(f"{stem}.ann", ann.encode("utf-8", errors="surrogatepass"))
        data = buffer.getvalue()
        if draw(st.integers(0, 5)) == 0:
            data = data[: len(data) // 2]
        return Case({"docs.zip": data}, "docs.zip", "brat", "brat", "zip")
    text_data, encoding = draw(encoded(text))
    ann_data, ann_encoding = draw(encoded(ann))
    if ann_encoding != encoding:
        encoding = f"mixed {encoding}/{ann_encoding}"
    return Case({"doc.txt": text_data, "doc.ann": ann_data}, "doc.txt", "brat", "brat", encoding)


def native_record() -> st.SearchStrategy[Any]:
    span = st.fixed_dictionaries(
        {
            "id": st.sampled_from(["s1", "s1", "s2", 1]),
            "start": offsets,
            "end": offsets,
            "label": labels,
        },
        optional={
            "text": texts,
            "attrs": json_values,
            "kind": st.sampled_from(["entity", "quote", "bogus"]),
        },
    )
    return st.fixed_dictionaries(
        {"text": maybe(texts)},
        optional={
            "id": ids,
            "annotator": st.sampled_from(["asha", "", "<i>x</i>"]) | json_values,
            "status": st.sampled_from(["done", "new", "weird"]) | json_values,
            "meta": metas,
            "offset_unit": st.sampled_from(["codepoint", "utf16", "byte"]),
            "spans": maybe(st.lists(maybe(span), max_size=4)),
            "relations": maybe(
                st.lists(
                    st.fixed_dictionaries(
                        {
                            "id": st.sampled_from(["r1", "r1"]),
                            "type": st.sampled_from(["speaker", "claimant", "nope"]),
                            "from": st.sampled_from(["s1", "s2", "missing"]),
                            "to": st.sampled_from(["s1", "s2", "missing"]),
                        }
                    ),
                    max_size=2,
                )
            ),
        },
    )


def cases(fmt: str) -> st.SearchStrategy[Case]:
    """Hostile files for one ``--format`` name."""
    if fmt in ("doccano", "doccano-utf16"):
        return jsonl_case(fmt, "doccano", doccano_record())
    if fmt == "prodigy":
        return jsonl_case(fmt, "prodigy", prodigy_record())
    if fmt == "jsonl":
        return jsonl_case(fmt, "spans", native_record())
    if fmt == "label-studio":
        return label_studio_case()
    if fmt == "conll":
        return conll_case()
    if fmt == "brat":
        return brat_case()
    raise ValueError(fmt)


FORMATS = ["doccano", "doccano-utf16", "label-studio", "prodigy", "conll", "brat", "jsonl"]
