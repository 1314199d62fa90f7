"""CoNLL-2003 style BIO files: ``token _ _ TAG``, a blank line between sentences and
``-DOCSTART- -X- -X- O`` before each document.

Reading rebuilds each document's text from its tokens (one space between tokens, one
line per sentence), so exporting it again gives the same tokens and tags.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

from annotator.formats.bio import check_bio, sentence_groups, spans_from_tags
from annotator.formats.card import read_card
from annotator.formats.foreign import OnError, read_text
from annotator.formats.writers import TextWriter
from annotator.model import DocumentRecord, Layer, RecordError, SpanRecord
from annotator.model.limits import limit

DOCSTART = "-DOCSTART- -X- -X- O"


class ConllWriter(TextWriter):
    suffix = ".conll"
    token_level = True
    carries_relations = False

    def write(self, layer: Layer) -> None:
        proj = self.ctx.project(layer)
        tags = self.ctx.tags(proj)
        self.count(layer, [a.span for a in proj.kept])
        # CoNLL has no place for ids: the card keeps them, in order, for the importer.
        ids = self.ctx.stats.document_ids.setdefault(self.split, [])
        ids.append([layer.document.external_id, layer.annotator])
        out = [DOCSTART, ""]
        for group in sentence_groups(layer.document.text, proj.tokens, tags):
            out += [f"{proj.tokens[i].text} _ _ {tags[i]}" for i in group]
            out.append("")
        self.out.write("\n".join(out) + "\n")


class ConllDocument:
    """One document read from a CoNLL file: sentences of ``(token, tag, line)``."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.sentences: list[list[tuple[str, str, int]]] = [[]]

    def add(self, token: str, tag: str, line: int) -> None:
        self.sentences[-1].append((token, tag, line))

    def break_sentence(self) -> None:
        if self.sentences[-1]:
            self.sentences.append([])

    @property
    def rows(self) -> list[tuple[str, str, int]]:
        return [row for sentence in self.sentences for row in sentence]


MAX_COLUMNS = 20  # CoNLL-2003 has 4, CoNLL-U 10


def parse_conll(text: str, name: str) -> tuple[list[ConllDocument], list[tuple[int, str]]]:
    """Documents of a CoNLL text and every problem found, as ``(line, reason)``."""
    docs: list[ConllDocument] = []
    problems: list[tuple[int, str]] = []
    current: ConllDocument | None = None
    max_line, max_tokens = limit("ANNOTATOR_MAX_LINE_BYTES"), limit("ANNOTATOR_MAX_TOKENS_PER_LINE")
    for lineno, raw in enumerate(text.split("\n"), 1):
        if len(raw) > max_line:
            problems.append(
                (
                    lineno,
                    f"the line is {len(raw):,} characters; the limit is {max_line:,} "
                    "(set ANNOTATOR_MAX_LINE_BYTES to raise it)",
                )
            )
            continue
        line = raw.strip()
        if line.startswith("-DOCSTART-"):
            current = ConllDocument(lineno)
            docs.append(current)
            continue
        if not line:
            if current is not None:
                current.break_sentence()
            continue
        cols = line.split()
        if len(cols) < 2:
            problems.append((lineno, "expected a token and a tag separated by spaces"))
            continue
        if len(cols) > MAX_COLUMNS:
            problems.append(
                (
                    lineno,
                    f"the line has {len(cols):,} columns; CoNLL has one token per line "
                    f"(TOKEN ... TAG, at most {MAX_COLUMNS} columns), not a sentence per line",
                )
            )
            continue
        if current is None:
            current = ConllDocument(lineno)
            docs.append(current)
        if len(current.sentences[-1]) >= max_tokens:
            problems.append(
                (
                    lineno,
                    f"the sentence has more than {max_tokens:,} tokens "
                    "(set ANNOTATOR_MAX_TOKENS_PER_LINE to raise the limit)",
                )
            )
            current.break_sentence()
            continue
        current.add(cols[0], cols[-1], lineno)
    for doc in docs:
        for sentence in doc.sentences:
            tags = [tag for _tok, tag, _line in sentence]
            for i, reason in check_bio(tags):
                problems.append((sentence[i][2], reason))
    return [d for d in docs if d.rows], problems


def conll_record(doc: ConllDocument, name: str) -> DocumentRecord:
    """The document's text (tokens joined by spaces, one sentence a line) and its spans."""
    lines: list[str] = []
    offsets: list[tuple[int, int]] = []
    tags: list[str] = []
    pos = 0
    for sentence in doc.sentences:
        if not sentence:
            continue
        parts: list[str] = []
        for token, tag, _line in sentence:
            if parts:
                pos += 1
            offsets.append((pos, pos + len(token)))
            tags.append(tag)
            parts.append(token)
            pos += len(token)
        lines.append(" ".join(parts))
        pos += 1  # the line break
    spans = tuple(
        SpanRecord(f"s{n}", offsets[first][0], offsets[last][1], label)
        for n, (first, last, label) in enumerate(spans_from_tags(tags), 1)
    )
    return DocumentRecord(text="\n".join(lines), spans=spans, origin=f"{name}:{doc.line}")


def read_conll(path: Path, on_error: OnError | None = None) -> Iterator[DocumentRecord]:
    """Documents of a CoNLL file; with ``on_error``, documents with problems are skipped."""
    docs, problems = parse_conll(read_text(path), str(path))
    if problems and on_error is None:
        line, reason = problems[0]
        raise RecordError(f"{path}:{line}", reason)
    bad_lines = set()
    for line, reason in problems:
        assert on_error is not None
        on_error(RecordError(f"{path}:{line}", reason))
        bad_lines.add(line)
    ids = _card_ids(path, len(docs))
    for n, doc in enumerate(docs):
        if not any(row[2] in bad_lines for row in doc.rows):
            record = conll_record(doc, str(path))
            if ids:
                ext, annotator = ids[n]
                record = dataclasses.replace(
                    record, external_id=ext, title=ext, annotator=annotator or None
                )
            yield record


def _card_ids(path: Path, count: int) -> list[list[str]]:
    """The document ids the export's card lists for this file, if they fit its documents."""
    card = read_card(path)
    files = card.get("files")
    split = next(
        (
            f.get("split")
            for f in (files if isinstance(files, list) else [])
            if isinstance(f, dict) and f.get("name") == path.name
        ),
        None,
    )
    known = card.get("document_ids")
    found = known.get(split) if isinstance(known, dict) and isinstance(split, str) else None
    if not isinstance(found, list) or len(found) != count:
        return []
    if not all(isinstance(i, list) and len(i) == 2 for i in found):
        return []
    ids: list[list[str]] = found
    return [[str(a), str(b)] for a, b in ids]


__all__ = [
    "DOCSTART",
    "ConllWriter",
    "conll_record",
    "parse_conll",
    "read_conll",
    "sentence_groups",
]
