"""Fixtures for the window: small Bengali databases and a shown main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from annotator.model import DocumentRecord, schema_from_dict
from annotator.service import Workspace, import_records

# Three short Bengali news snippets; offsets used by the tests are computed from these.
TEXTS = (
    "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিন বলেন, আমরা জিতব।\nকিম জং উন বলেন, যুদ্ধ শেষ হবে।",
    "ঢাকায় আজ বৃষ্টি হয়েছে। আবহাওয়া অফিস বলছে, কাল আরও বৃষ্টি হবে।",
    "নির্বাচন কমিশন জানিয়েছে, ভোট হবে জানুয়ারিতে।",
)


def records(count: int = 3) -> list[DocumentRecord]:
    out = []
    for i in range(count):
        text = TEXTS[i] if i < len(TEXTS) else f"{TEXTS[i % 3]} ({i})"
        out.append(
            DocumentRecord(
                text=text, external_id=f"doc-{i}", title=f"নথি {i}", origin=f"test:{i + 1}"
            )
        )
    return out


@pytest.fixture
def news_db(tmp_path: Path) -> Path:
    """A database with project News holding the three texts (no spans yet)."""
    path = tmp_path / "news.sqlite3"
    with Workspace(str(path)) as ws:
        import_records(ws, records(), project="News")
    return path


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., object]]:
    """Build, show and activate a main window on a database for an annotator."""
    from annotator.gui import create_main_window

    windows = []

    def make(db: Path | str, annotator: str = "asha") -> object:
        window = create_main_window(str(db), annotator)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        window.text_view.setFocus()
        qtbot.waitUntil(window.text_view.hasFocus, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, news_db: Path):
    return make_window(news_db)


TOPICS = schema_from_dict(
    {
        "name": "Topics",
        "labels": [
            {"name": "TOPIC", "kind": "entity", "color": "#88ccff", "key": "1"},
            {"name": "PLACE", "kind": "entity", "color": "#ffcc88", "key": "2"},
        ],
        "relation_types": [],
    }
)
OTHER_TEXT = "বন্যায় সিলেটের মানুষ ঘরহারা।"


@pytest.fixture
def two_projects(news_db: Path) -> Path:
    """News and a second project, Topics (its own schema), of one document."""
    with Workspace(str(news_db)) as ws:
        ws.ensure_project("Topics", TOPICS)
        record = DocumentRecord(text=OTHER_TEXT, external_id="t-0", title="বন্যা", origin="t:1")
        import_records(ws, [record], project="Topics")
    return news_db


def layer_spans(db: Path, external_id: str, annotator: str = "asha") -> list[tuple]:
    """(label, text) of an annotator's spans as stored in the database."""
    with Workspace(str(db)) as ws:
        project = ws.project("News")
        doc = ws.document_by_external_id(int(project.id), external_id)
        layer = ws.layer(int(doc.id), annotator)
        return sorted((s.label, doc.text[s.start : s.end]) for s in layer.spans)


def layer_relations(db: Path, external_id: str, annotator: str = "asha") -> list[tuple]:
    with Workspace(str(db)) as ws:
        project = ws.project("News")
        doc = ws.document_by_external_id(int(project.id), external_id)
        layer = ws.layer(int(doc.id), annotator)
        by_id = {s.id: doc.text[s.start : s.end] for s in layer.spans}
        return sorted((r.type, by_id[r.from_span], by_id[r.to_span]) for r in layer.relations)
