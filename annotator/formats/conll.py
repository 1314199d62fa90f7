"""CoNLL-2003 style BIO files: ``token _ _ TAG``, a blank line between sentences and
``-DOCSTART- -X- -X- O`` before each document.

Reading rebuilds each document's text from its tokens (one space between tokens, one
line per sentence), so exporting it again gives the same tokens and tags.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from annotator.formats.bio import check_bio, sentence_groups, sentence_groups_at, spans_from_tags
from annotator.formats.card import read_card
from annotator.formats.foreign import OnError, TooLong, line_too_long, text_lines
from annotator.formats.writers import TextWriter
from annotator.model import DocumentRecord, Layer, RecordError, SpanRecord
from annotator.model.errors import Message
from annotator.model.limits import limit
from annotator.model.rows import LayerRows
from annotator.text.tokenizer import token_columns

DOCSTART = "-DOCSTART- -X- -X- O"


class ConllWriter(TextWriter):
    suffix = ".conll"
    token_level = True
    reads_rows = True
    writes_bio = True
    carries_relations = False
    hashes_output = True  # the card's sha256 taken while writing, in a thread
    reads_packed = True  # a layer's spans packed by the database (all kinds; see bio rows)

    def write(self, layer: Layer) -> None:
        proj = self.ctx.project(layer)
        tags = self.ctx.tags(proj)
        self.count(layer, [a.span for a in proj.kept])
        self.write_bio(layer, proj.bounds, tags)

    def write_bio(
        self, layer: Layer | LayerRows, bounds: Sequence[tuple[int, int]], tags: list[str]
    ) -> None:
        # CoNLL has no place for ids: the card keeps them, in order, for the importer.
        ids = self.ctx.stats.document_ids.setdefault(self.split, [])
        ids.append([layer.document.external_id, layer.annotator])
        out = [DOCSTART, ""]
        text = layer.document.text
        starts, ends = token_columns(bounds)
        words = [text[s:e] for s, e in zip(starts, ends, strict=True)]
        for group in sentence_groups_at(text, starts, words, tags):
            out += [f"{words[i]} _ _ {tags[i]}" for i in group]
            out.append("")
        self.out.write("\n".join(out) + "\n")


class ConllDocument:
    """One document read from a CoNLL file: sentences of ``(token, tag, line)``."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.sentences: list[list[tuple[str, str, int]]] = [[]]

    def add(self, token: str, tag: str, line: int) -> None:
        self.sentences[-1].append((token, tag, line))

    def break_sentence(self) -> list[tuple[int, str]]:
        """End the current sentence; the BIO problems of its tags as ``(line, reason)``."""
        sentence = self.sentences[-1]
        if not sentence:
            return []
        self.sentences.append([])
        return [(sentence[i][2], why) for i, why in check_bio([row[1] for row in sentence])]

    @property
    def rows(self) -> list[tuple[str, str, int]]:
        return [row for sentence in self.sentences for row in sentence]


MAX_COLUMNS = 20  # CoNLL-2003 has 4, CoNLL-U 10
Problems = list[tuple[int, str]]


def scan_conll(
    lines: Iterable[tuple[int, str | TooLong]],
) -> Iterator[tuple[ConllDocument | None, Problems]]:
    """Each document of CoNLL lines as soon as it ends, with the problems found in it
    (``(line, reason)``; ``None`` for problems before the first document), so a big
    file is read in the memory of one document."""
    max_tokens = limit("ANNOTATOR_MAX_TOKENS_PER_LINE")
    current: ConllDocument | None = None
    problems: Problems = []

    def closed() -> tuple[ConllDocument | None, Problems]:
        found = problems + (current.break_sentence() if current is not None else [])
        return (current if current is not None and current.rows else None), found

    for lineno, raw in lines:
        if isinstance(raw, TooLong):
            max_line = limit("ANNOTATOR_MAX_LINE_BYTES")
            problems.append((lineno, line_too_long(raw.size, max_line)))
            continue
        line = raw.strip()
        if line.startswith("-DOCSTART-"):
            if current is not None or problems:
                yield closed()
                problems = []
            current = ConllDocument(lineno)
            continue
        if not line:
            if current is not None:
                problems += current.break_sentence()
            continue
        cols = line.split()
        if len(cols) < 2:
            problems.append((lineno, Message("expected a token and a tag separated by spaces")))
            continue
        if len(cols) > MAX_COLUMNS:
            problems.append(
                (
                    lineno,
                    Message(
                        "the line has {count:,} columns; CoNLL has one token per line "
                        "(TOKEN ... TAG, at most {limit} columns), not a sentence per line",
                        count=len(cols),
                        limit=MAX_COLUMNS,
                    ),
                )
            )
            continue
        if current is None:
            current = ConllDocument(lineno)
        if len(current.sentences[-1]) >= max_tokens:
            problems.append(
                (
                    lineno,
                    Message(
                        "the sentence has more than {limit:,} tokens "
                        "(set ANNOTATOR_MAX_TOKENS_PER_LINE to raise the limit)",
                        limit=max_tokens,
                    ),
                )
            )
            problems += current.break_sentence()
            continue
        current.add(cols[0], cols[-1], lineno)
    if current is not None or problems:
        yield closed()


def parse_conll(text: str, name: str) -> tuple[list[ConllDocument], Problems]:
    """Documents of a CoNLL text and every problem found, as ``(line, reason)``."""
    max_line = limit("ANNOTATOR_MAX_LINE_BYTES")
    lines = (
        (n, TooLong(len(raw)) if len(raw) > max_line else raw)
        for n, raw in enumerate(text.split("\n"), 1)
    )
    docs: list[ConllDocument] = []
    problems: Problems = []
    for doc, found in scan_conll(lines):
        problems += found
        if doc is not None:
            docs.append(doc)
    return docs, sorted(problems)


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
    """Documents of a CoNLL file, streamed; a problem stops the run at its line (the
    import is one transaction), or with ``on_error`` is reported and its document
    skipped."""
    ids = _card_ids(path, lambda: sum(doc is not None for doc, _ in scan_conll(text_lines(path))))
    index = 0
    for doc, problems in scan_conll(text_lines(path)):
        if problems and on_error is None:
            line, reason = min(problems)
            raise RecordError(f"{path}:{line}", reason)
        for line, reason in sorted(problems):
            assert on_error is not None
            on_error(RecordError(f"{path}:{line}", reason))
        if doc is None:
            continue
        index += 1
        if problems:
            continue
        record = conll_record(doc, str(path))
        if ids:
            ext, annotator = ids[index - 1]
            record = dataclasses.replace(
                record, external_id=ext, title=ext, annotator=annotator or None
            )
        yield record


def _card_ids(path: Path, count: Callable[[], int]) -> list[list[str]]:
    """The document ids the export's card lists for this file, if they fit its documents
    (``count`` reads the file to count them, only when the card lists ids)."""
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
    if not isinstance(found, list) or len(found) != count():
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
    "scan_conll",
    "sentence_groups",
]
