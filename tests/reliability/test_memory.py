"""Memory of big token files (issue 18, finding 20): a CoNLL file is read one document
at a time, so memory does not grow with the file (a 40 MB file took 1.3 GB; the figures
are in BENCHMARKS.md, measured by ``python -m benchmarks.conll_memory``)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from annotator.formats.conll import read_conll
from annotator.model import RecordError

DOCUMENT = "-DOCSTART- -X- -X- O\n\n" + ("আমি _ _ O\nপুতিন _ _ B-PER\nভাত _ _ O\n\n" * 200)


def _peak_while_reading(path: Path) -> tuple[int, int]:
    """``(documents, peak bytes allocated)`` while every record of ``path`` is read."""
    tracemalloc.start()
    try:
        count = sum(1 for _record in read_conll(path))
        peak = tracemalloc.get_traced_memory()[1]
        return count, peak
    finally:
        tracemalloc.stop()


def test_f20_a_conll_file_is_read_in_the_memory_of_one_document(tmp_path: Path) -> None:
    small, big = tmp_path / "small.conll", tmp_path / "big.conll"
    small.write_text(DOCUMENT * 6, encoding="utf-8")
    big.write_text(DOCUMENT * 60, encoding="utf-8")  # 710 kB
    list(read_conll(small))  # lazy imports and caches are not the file's memory
    small_docs, small_peak = _peak_while_reading(small)
    big_docs, big_peak = _peak_while_reading(big)
    assert (small_docs, big_docs) == (6, 60)
    # ten times the file, not ten times the memory (read whole: 1.1 MB, then 12.7 MB)
    assert big_peak < 1.5 * small_peak, (small_peak, big_peak)


def test_f20_a_problem_late_in_a_streamed_file_still_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "late.conll"
    path.write_text(DOCUMENT * 3 + "পুতিন _ _ I-PER\n", encoding="utf-8")
    line = (DOCUMENT * 3).count("\n") + 1
    with pytest.raises(RecordError) as caught:
        list(read_conll(path))
    assert caught.value.origin == f"{path}:{line}"
    skipped: list[RecordError] = []
    assert len(list(read_conll(path, skipped.append))) == 2  # the bad document is skipped
    assert [e.origin for e in skipped] == [f"{path}:{line}"]


def test_f20_a_native_jsonl_file_is_read_a_line_at_a_time(tmp_path: Path) -> None:
    import json

    from annotator.formats.inputs import iter_records

    line = json.dumps({"text": "আমি ভাত খাই। " * 200}, ensure_ascii=False) + "\n"
    small, big = tmp_path / "small.jsonl", tmp_path / "big.jsonl"
    small.write_text(line * 6, encoding="utf-8")
    big.write_text(line * 60, encoding="utf-8")

    def peak(path: Path) -> int:
        tracemalloc.start()
        try:
            assert sum(1 for _ in iter_records([str(path)])) in (6, 60)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    list(iter_records([str(small)]))
    small_peak, big_peak = peak(small), peak(big)
    assert big_peak < 1.5 * small_peak, (small_peak, big_peak)
