"""Other tools' predictions, read for ``annotator import --as-suggestions``.

Native JSONL, doccano and Prodigy files are read by their usual readers (their spans
are the predictions); a Label Studio task's ``predictions`` (not its annotations) are
read here, with their ``score`` (per region, else per prediction).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.formats.foreign import iter_json_array
from annotator.formats.inputs import iter_records
from annotator.formats.label_studio import parse_task
from annotator.model import DocumentRecord, RecordError

Scored = tuple[DocumentRecord, list[float | None]]
FORMATS = (
    "auto",
    "jsonl",
    "spans",
    "doccano",
    "doccano-utf16",
    "doccano-codepoint",
    "doccano-bytes",
    "label-studio",
    "prodigy",
)


def _score(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    return None


def read_label_studio_predictions(path: Path) -> Iterator[Scored]:
    """Each task's first prediction as a record, with a score per region."""
    for origin, obj in iter_json_array(path):
        if not isinstance(obj, dict):
            raise RecordError(origin, "each task must be a JSON object")
        predictions = obj.get("predictions")
        if not isinstance(predictions, list) or not predictions:
            raise RecordError(origin, "task has no 'predictions' to import as suggestions")
        first = predictions[0]
        task = {k: v for k, v in obj.items() if k not in ("annotations", "completions")}
        record = parse_task(task, origin)
        results = first.get("result", []) if isinstance(first, dict) else []
        overall = _score(first.get("score")) if isinstance(first, dict) else None
        scores = [
            _score(item.get("score")) if _score(item.get("score")) is not None else overall
            for item in results
            if isinstance(item, dict) and item.get("type") != "relation"
        ]
        yield record, scores


def read_predictions(paths: list[str], fmt: str = "auto") -> Iterator[Scored]:
    """(record, score per span) for every record of the files; scores are ``None``
    where the file gives none."""
    if fmt not in FORMATS:
        raise RecordError("", f"--as-suggestions reads {', '.join(FORMATS[1:])}, not {fmt}")
    for name in paths:
        path = Path(name)
        kind = fmt if fmt != "auto" else ("label-studio" if path.suffix == ".json" else "auto")
        if kind == "label-studio":
            if not path.is_file():
                raise RecordError(f"{path}:0", "no such file")
            yield from read_label_studio_predictions(path)
            continue
        for record in iter_records([name], kind):
            yield record, [None] * len(record.spans)
