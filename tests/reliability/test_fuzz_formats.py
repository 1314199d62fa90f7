"""Every importer and ``annotator validate`` on hostile files, without the database.

Each case goes reader -> records -> :func:`prepare_record` against the default schema
(the checks an import makes before writing anything), strictly and with an error
callback (``--skip-invalid``), then through :func:`validate_path`. Every outcome must be
a :class:`RecordError` naming ``file:line`` or accepted records; anything else (a
traceback) fails the test. ``ANNOTATOR_FUZZ_EXAMPLES`` sets the examples per format.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.formats.inputs import iter_records
from annotator.formats.validate import validate_path
from annotator.model import RecordError, default_schema
from annotator.service.importing import prepare_record
from annotator.text.legacy import looks_like_bijoy
from tests.reliability.fuzz_inputs import FORMATS, FUZZ, Case, cases

SCHEMA = default_schema()
ORIGIN = re.compile(r":(\d+|doc \d+)$")


def write_case(folder: Path, case: Case) -> Path:
    for name, data in case.files.items():
        (folder / name).write_bytes(data)
    return folder / case.target


def check_error(error: RecordError, folder: Path, case: Case) -> None:
    """A refusal names a file of the case (or a member of its zip) and a line."""
    assert error.reason.strip(), case.describe()
    assert "Traceback" not in error.reason
    assert error.origin.startswith(str(folder)), (error.origin, case.describe())
    assert ORIGIN.search(error.origin), (error.origin, case.describe())


def import_checks(path: Path, case: Case, folder: Path, normalize: bool) -> list[RecordError]:
    """Every refusal a strict and a lenient import of ``path`` would give."""
    errors: list[RecordError] = []
    try:
        for record in iter_records([str(path)], case.fmt):
            prepared = prepare_record(record, SCHEMA, normalize)
            assert not looks_like_bijoy(prepared.text), "Bijoy text was accepted"
            assert prepared.text and "\x00" not in prepared.text
    except RecordError as exc:
        check_error(exc, folder, case)
        errors.append(exc)
    lenient: list[RecordError] = []
    for record in iter_records([str(path)], case.fmt, lenient.append):
        try:
            prepare_record(record, SCHEMA, normalize)
        except RecordError as exc:
            lenient.append(exc)
    for exc in lenient:
        check_error(exc, folder, case)
    return errors


def run_case(tmp_path: Path, case: Case, normalize: bool, n: list[int]) -> None:
    n[0] += 1
    folder = tmp_path / f"case{n[0]}"
    folder.mkdir()
    path = write_case(folder, case)
    strict = import_checks(path, case, folder, normalize)
    with_bom = case.encoding.startswith("utf-16") and all(
        data[:2] == b"\xff\xfe" and len(data) >= 4 for data in case.files.values()
    )
    if with_bom:  # the refusal says what the file is
        assert strict and "UTF-16" in strict[0].reason, (strict, case.describe())
    _fmt, problems = validate_path(path, case.check_as)
    for origin, reason in problems:
        check_error(RecordError(origin, reason), folder, case)
    if with_bom:
        assert any("UTF-16" in reason for _o, reason in problems), problems


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_importer_and_validate_refuse_hostile_files_cleanly(tmp_path: Path, fmt: str) -> None:
    counter = [0]

    @FUZZ
    @given(case=cases(fmt), normalize=st.booleans())
    def fuzz(case: Case, normalize: bool) -> None:
        run_case(tmp_path, case, normalize, counter)

    fuzz()
    print(f"{fmt}: {counter[0]} cases")
