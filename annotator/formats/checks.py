"""The checks of ``annotator validate``, one per format, each on one file or folder.

Every offset must lie inside its text and on grapheme cluster boundaries, every shown
span text must equal the slice, token formats must be well-formed BIO with known tags,
and relations must point at spans that exist. Each problem names ``file:line``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from annotator.formats.bio import check_bio
from annotator.formats.brat import parse_ann
from annotator.formats.conll import parse_conll
from annotator.formats.foreign import (
    check_inside,
    iter_json_array,
    open_archive,
    read_member,
    read_text,
)
from annotator.formats.jsonparse import parse_json
from annotator.formats.label_studio_config import LABEL_CONFIG, ParsedConfig, parse_label_config
from annotator.model import RecordError
from annotator.model.attribution import fragments_problem
from annotator.text import ClusterIndex, Utf16Map
from annotator.text.legacy import BIJOY_MESSAGE, looks_like_bijoy

Problem = tuple[str, str]  # (file:line, reason)


class Checker:
    """Collects problems for one file; ``unit`` is the offset unit of formats that have
    a choice (doccano)."""

    def __init__(self, unit: str = "codepoint") -> None:
        self.problems: list[Problem] = []
        self.unit = unit

    def add(self, origin: str, reason: str) -> None:
        self.problems.append((origin, reason))

    def span(
        self,
        origin: str,
        where: str,
        clusters: ClusterIndex,
        start: Any,
        end: Any,
        shown: Any = None,
    ) -> bool:
        text = clusters.text
        if type(start) is not int or type(end) is not int:
            self.add(origin, f"{where}: offsets must be integers, got {start!r}-{end!r}")
            return False
        if start < 0 or end > len(text) or start >= end:
            self.add(
                origin, f"{where}: {start}-{end} is outside the text (length {len(text)}) or empty"
            )
            return False
        ok = True
        if not clusters.is_boundary(start) or not clusters.is_boundary(end):
            self.add(
                origin,
                f"{where}: {start}-{end} splits a grapheme cluster "
                f"(nearest whole span {clusters.floor(start)}-{clusters.ceil(end)})",
            )
            ok = False
        if shown is not None and shown != text[start:end]:
            self.add(origin, f"{where}: text {shown!r} differs from the slice {text[start:end]!r}")
            ok = False
        return ok

    def parsed_lines(self, path: Path) -> Iterator[tuple[str, Any]]:
        """``(origin, value)`` for each non-blank JSONL line that parses; an unreadable
        file or a malformed line is a problem of its own."""
        try:
            content = read_text(path)
        except RecordError as exc:
            self.add(exc.origin, exc.reason)
            return
        for lineno, line in enumerate(content.split("\n"), 1):
            if not line.strip():
                continue
            origin = f"{path}:{lineno}"
            try:
                yield origin, parse_json(line, str(path), lineno)
            except RecordError as exc:
                self.add(origin, exc.reason)

    def json_lines(self, path: Path) -> Iterator[tuple[str, dict[str, Any], str]]:
        """``(origin, object, text)`` for each JSONL record with a usable ``text``."""
        for origin, obj in self.parsed_lines(path):
            if not isinstance(obj, dict):
                self.add(origin, "each line must be a JSON object")
                continue
            text = obj.get("text")
            if "tokens" in obj and "ner_tags" in obj:
                yield origin, obj, ""
            elif not isinstance(text, str) or not text:
                self.add(origin, "missing or empty 'text'")
            elif looks_like_bijoy(text):
                self.add(origin, BIJOY_MESSAGE)
            else:
                yield origin, obj, text

    def relations(self, origin: str, known: set[Any], pairs: list[tuple[Any, Any]]) -> None:
        for n, (a, b) in enumerate(pairs, 1):
            for end in (a, b):
                if isinstance(end, (dict, list)) or _key(end) not in known:
                    self.add(origin, f"relation {n} points to missing span {end!r}")


def _key(value: Any) -> str:
    """A hashable stand-in for an id from the file, which may be a list or an object."""
    return repr(value)


def _list(obj: dict[str, Any], key: str, chk: Checker, origin: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        chk.add(origin, f"{key!r} must be a list")
        return []
    return value


def _dicts(items: list[Any], chk: Checker, origin: str, what: str) -> list[dict[str, Any]]:
    out = []
    for n, item in enumerate(items, 1):
        if isinstance(item, dict):
            out.append(item)
        else:
            chk.add(origin, f"{what} {n} must be an object")
    return out


def check_spans(path: Path, card: dict[str, Any], chk: Checker) -> None:
    for origin, obj, text in chk.json_lines(path):
        clusters = ClusterIndex(text)
        ids: set[Any] = set()
        for n, span in enumerate(_dicts(_list(obj, "spans", chk, origin), chk, origin, "span"), 1):
            chk.span(
                origin,
                f"span {span.get('id', n)}",
                clusters,
                span.get("start"),
                span.get("end"),
                span.get("text"),
            )
            ids.add(_key(span.get("id")))
            if span.get("fragments") is not None:
                problem = fragments_problem(
                    clusters, span.get("start"), span.get("end"), span["fragments"]
                )
                if problem:
                    chk.add(origin, f"span {span.get('id', n)}: {problem}")
        rels = _dicts(_list(obj, "relations", chk, origin), chk, origin, "relation")
        chk.relations(origin, ids, [(r.get("from"), r.get("to")) for r in rels])


def check_doccano(path: Path, card: dict[str, Any], chk: Checker) -> None:
    unit = chk.unit
    for origin, obj, text in chk.json_lines(path):
        clusters = ClusterIndex(text)
        utf16 = Utf16Map(text) if unit == "utf16" else None
        ids: set[Any] = set()
        if "entities" not in obj and isinstance(obj.get("label"), list):
            items = [  # the sequence-labeling shape: "label": [[start, end, "LABEL"], ...]
                {"start_offset": x[0], "end_offset": x[1], "label": x[2]}
                if isinstance(x, list) and len(x) == 3
                else x
                for x in obj["label"]
            ]
        else:
            items = _list(obj, "entities", chk, origin)
        for n, ent in enumerate(_dicts(items, chk, origin, "entity"), 1):
            start, end = ent.get("start_offset"), ent.get("end_offset")
            if utf16 is not None and type(start) is int and type(end) is int:
                try:
                    start, end = utf16.from_utf16(start), utf16.from_utf16(end)
                except ValueError as exc:
                    chk.add(origin, f"entity {ent.get('id', n)}: {exc}")
                    continue
            chk.span(origin, f"entity {ent.get('id', n)}", clusters, start, end)
            ids.add(_key(ent.get("id")))
        rels = _dicts(_list(obj, "relations", chk, origin), chk, origin, "relation")
        chk.relations(origin, ids, [(r.get("from_id"), r.get("to_id")) for r in rels])


def check_prodigy(path: Path, card: dict[str, Any], chk: Checker) -> None:
    for origin, obj, text in chk.json_lines(path):
        clusters = ClusterIndex(text)
        tokens = _dicts(_list(obj, "tokens", chk, origin), chk, origin, "token")
        for i, tok in enumerate(tokens):
            if tok.get("id", i) != i:
                chk.add(origin, f"token {i} has id {tok.get('id')!r}")
            chk.span(
                origin, f"token {i}", clusters, tok.get("start"), tok.get("end"), tok.get("text")
            )
        keys: set[Any] = set()
        for n, span in enumerate(_dicts(_list(obj, "spans", chk, origin), chk, origin, "span"), 1):
            where = f"span {n}"
            if not chk.span(
                origin, where, clusters, span.get("start"), span.get("end"), span.get("text")
            ):
                continue
            ts, te = span.get("token_start"), span.get("token_end")
            if tokens and "token_start" in span:
                if not (type(ts) is int and type(te) is int and 0 <= ts <= te < len(tokens)):
                    chk.add(origin, f"{where}: token_start/token_end {ts!r}-{te!r} out of range")
                elif (tokens[ts].get("start"), tokens[te].get("end")) != (
                    span["start"],
                    span["end"],
                ):
                    chk.add(
                        origin,
                        f"{where}: {span['start']}-{span['end']} does not match "
                        f"tokens {ts}-{te} (token_end is inclusive)",
                    )
            keys.add(_key((span.get("start"), span.get("end"), span.get("label"))))
        rels = _dicts(_list(obj, "relations", chk, origin), chk, origin, "relation")
        pairs = []
        for rel in rels:
            ends = []
            for side in ("head_span", "child_span"):
                ref = rel.get(side)
                ends.append(
                    (ref.get("start"), ref.get("end"), ref.get("label"))
                    if isinstance(ref, dict)
                    else None
                )
            pairs.append((ends[0], ends[1]))
        chk.relations(origin, keys, pairs)


def check_hf(path: Path, card: dict[str, Any], chk: Checker) -> None:
    names = card.get("tag_names") or []
    for origin, obj, _text in chk.json_lines(path):
        tokens, tags = obj.get("tokens"), obj.get("ner_tags")
        if not isinstance(tokens, list) or not all(isinstance(t, str) and t for t in tokens):
            chk.add(origin, "'tokens' must be a list of non-empty strings")
            continue
        if not isinstance(tags, list) or len(tags) != len(tokens):
            chk.add(origin, "'ner_tags' must be a list as long as 'tokens'")
            continue
        if not all(type(t) is int and t >= 0 for t in tags):
            chk.add(origin, "'ner_tags' must be non-negative integers")
            continue
        if names:
            if any(t >= len(names) for t in tags):
                chk.add(origin, f"tag index outside the {len(names)} tag names of the card")
                continue
            for i, reason in check_bio([names[t] for t in tags]):
                chk.add(origin, f"token {i}: {reason}")


def check_conll(path: Path, card: dict[str, Any], chk: Checker) -> None:
    try:
        content = read_text(path)
    except RecordError as exc:
        chk.add(exc.origin, exc.reason)
        return
    docs, problems = parse_conll(content, str(path))
    for line, reason in problems:
        chk.add(f"{path}:{line}", reason)
    known = set(card.get("tag_names") or [])
    if known:
        for doc in docs:
            for _token, tag, line in doc.rows:
                if tag not in known:
                    chk.add(f"{path}:{line}", f"unknown tag {tag!r}")


def _label_config(path: Path, card: dict[str, Any], chk: Checker) -> ParsedConfig | None:
    """The labeling config exported with ``path`` (named by its card), if any."""
    names = [str(n) for n in card.get("config_files") or []]
    names += [f"{path.stem}.{LABEL_CONFIG}", LABEL_CONFIG]
    for name in names:
        config_path = path.parent / name
        if config_path.is_file() and name.endswith(LABEL_CONFIG):
            try:
                return parse_label_config(read_text(config_path))
            except (RecordError, ValueError) as exc:
                chk.add(f"{config_path}:1", str(exc))
                return None
    return None


def _check_against_config(
    origin: str, where: str, item: dict[str, Any], config: ParsedConfig, chk: Checker
) -> None:
    """A result Label Studio would reject under the exported labeling config."""
    if item.get("type") == "relation":
        for label in item.get("labels") or []:
            if label not in config.relations:
                chk.add(origin, f"{where}: relation {label!r} is not in the labeling config")
        return
    tag = config.labels.get(str(item.get("from_name")))
    if tag is None:
        chk.add(origin, f"{where}: from_name {item.get('from_name')!r} is no <Labels> tag")
        return
    to_name, values = tag
    if item.get("to_name") != to_name or to_name not in config.texts:
        chk.add(origin, f"{where}: to_name {item.get('to_name')!r} is not {to_name!r}")
    raw = item.get("value")
    for label in (raw.get("labels") if isinstance(raw, dict) else None) or []:
        if label not in values:
            chk.add(origin, f"{where}: label {label!r} is not in the labeling config")


def check_label_studio(path: Path, card: dict[str, Any], chk: Checker) -> None:
    try:
        tasks = list(iter_json_array(path))
    except RecordError as exc:
        chk.add(exc.origin, exc.reason)
        return
    config = _label_config(path, card, chk)
    for origin, task in tasks:
        data = task.get("data") if isinstance(task, dict) else None
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str) or not text:
            chk.add(origin, "task needs 'data.text'")
            continue
        clusters = ClusterIndex(text)
        annotations = task.get("annotations") or []
        results = (
            annotations[0].get("result", [])
            if isinstance(annotations, list) and annotations and isinstance(annotations[0], dict)
            else []
        )
        if not isinstance(results, list):
            chk.add(origin, "annotations[0] needs a 'result' list")
            results = []
        ids: set[Any] = set()
        pairs = []
        for n, item in enumerate(_dicts(results, chk, origin, "result"), 1):
            if config is not None:
                _check_against_config(origin, f"result {n}", item, config, chk)
            if item.get("type") == "relation":
                pairs.append((item.get("from_id"), item.get("to_id")))
                continue
            raw = item.get("value")
            value: dict[str, Any] = raw if isinstance(raw, dict) else {}
            chk.span(
                origin,
                f"region {item.get('id', n)}",
                clusters,
                value.get("start"),
                value.get("end"),
                value.get("text"),
            )
            ids.add(_key(item.get("id")))
        chk.relations(origin, ids, pairs)


def check_brat(path: Path, card: dict[str, Any], chk: Checker) -> None:
    pairs: list[tuple[str, Callable[[], tuple[str, str]]]] = []
    if path.suffix.lower() == ".zip":
        try:
            archive = open_archive(path)
        except RecordError as exc:
            chk.add(exc.origin, exc.reason)
            return
        names = set(archive.namelist())
        for member in sorted(n for n in names if n.endswith(".txt")):
            ann = member[:-4] + ".ann"

            def load(m: str = member, a: str = ann) -> tuple[str, str]:
                text = read_text(path, read_member(archive, m, f"{path}/{m}"), f"{path}/{m}")
                if a not in names:
                    return text, ""
                return text, read_text(path, read_member(archive, a, f"{path}/{a}"), f"{path}/{a}")

            pairs.append((f"{path}/{ann}", load))
    else:
        txts = sorted(path.rglob("*.txt")) if path.is_dir() else [path.with_suffix(".txt")]
        for txt in txts:
            ann_path = txt.with_suffix(".ann")

            def load_file(t: Path = txt, a: Path = ann_path) -> tuple[str, str]:
                root = path if path.is_dir() else path.parent
                check_inside(t, root)
                if a.exists() or a.is_symlink():
                    check_inside(a, root)
                    return read_text(t), read_text(a)
                return read_text(t), ""

            pairs.append((str(ann_path), load_file))
    for name, loader in pairs:
        found: list[RecordError] = []
        try:
            text, ann = loader()
            record = parse_ann(text, ann, name, Path(name).stem, found)
        except RecordError as exc:
            found.append(exc)
            record = None
        for problem in found:
            chk.add(problem.origin, problem.reason)
        if record is None:
            continue
        clusters = ClusterIndex(text)
        lines = {line.split("\t", 1)[0]: n for n, line in enumerate(ann.split("\n"), 1)}
        for span in record.spans:
            chk.span(f"{name}:{lines.get(span.key, 1)}", span.key, clusters, span.start, span.end)


def check_spacy(path: Path, card: dict[str, Any], chk: Checker) -> None:
    from annotator.formats.spacy_docbin import load_spacy

    spacy = load_spacy()
    from spacy.tokens import DocBin

    try:
        docs = list(DocBin().from_disk(path).get_docs(spacy.blank("bn").vocab))
    except Exception as exc:  # spaCy raises many kinds on a corrupt file
        chk.add(f"{path}:0", f"not a spaCy DocBin: {exc}")
        return
    for n, doc in enumerate(docs, 1):
        clusters = ClusterIndex(doc.text)
        for ent in doc.ents:
            chk.span(
                f"{path}:doc {n}", f"entity {ent.label_}", clusters, ent.start_char, ent.end_char
            )


def check_attribution(path: Path, card: dict[str, Any], chk: Checker) -> None:
    """``--format attribution`` lines: exactly the documented fields, well-formed parts."""
    from annotator.formats.attribution import FIELDS

    for origin, obj in chk.parsed_lines(path):
        if not isinstance(obj, dict) or list(obj) != list(FIELDS):
            chk.add(origin, f"a line must have exactly the fields {', '.join(FIELDS)}")
            continue
        if obj["kind"] not in ("quote", "claim"):
            chk.add(origin, f"kind must be quote or claim, not {obj['kind']!r}")
        parts = obj["fragments"]
        ends = [-1]
        for n, part in enumerate(parts if isinstance(parts, list) else [None], 1):
            ok = isinstance(part, list) and len(part) == 2 and all(type(x) is int for x in part)
            if not ok or not ends[-1] <= part[0] < part[1]:
                chk.add(origin, f"fragment {n} {part!r} is not an ordered [start, end] pair")
                break
            ends.append(part[1])
        for name in ("cue", "source"):
            value = obj[name]
            if value is not None and not (
                isinstance(value, dict)
                and type(value.get("start")) is int
                and type(value.get("end")) is int
                and value["start"] < value["end"]
                and isinstance(value.get("text"), str)
            ):
                chk.add(origin, f"{name} must be null or {{start, end, text}}")
        referent = obj["source_referent"]
        if referent is not None and not (
            isinstance(referent, dict) and isinstance(referent.get("name"), str)
        ):
            chk.add(origin, "source_referent must be null or {id, name}")
