"""The document list of a large project: the count at once, any row in one query, sorting,
and the filter over the texts."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLineEdit

from annotator.model import DocumentRecord, Status
from annotator.service import Workspace, import_records
from annotator.service.document_list import MatchMarks, anchors_in_thread
from annotator.storage import document_list

N = 3000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    with Workspace(str(path)) as ws:
        import_records(
            ws,
            [
                DocumentRecord(
                    text=f"খবর নম্বর {n}। " + ("সোনার দাম বেড়েছে।" if n % 100 == 7 else "বৃষ্টি।"),
                    external_id=f"d{n:05d}",
                    title=f"শিরোনাম {(n * 7919) % N:05d}",
                )
                for n in range(N)
            ],
            project="Archive",
        )
    return path


def test_model_passes_the_tester_on_a_large_project(qtbot, make_window, big_db) -> None:
    window = make_window(big_db)
    model = window.doc_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == N  # at once, before any scrolling
    view = window.doc_panel.view
    view.scrollToBottom()
    qtbot.wait(10)
    assert model.index(N - 1, 0).data(model.ExternalIdRole) == f"d{N - 1:05d}"
    # only the pages around what was shown are in memory
    assert len(model._pages) <= 4
    # in import order a page is found through the index: no page anchors are taken
    window.doc_panel.go_to_row(1500)
    assert view.currentIndex().row() == 1500
    assert model.index(1500, 0).data(model.ExternalIdRole) == "d01500"
    window.doc_panel.select_document(int(model.summary(2999).id))
    assert view.currentIndex().row() == 2999
    assert model._index is None
    # ordered by span count: the kept counts merged with the documents without spans,
    # any row found from the checkpoints (no page anchors)
    window.doc_panel.sort_box.setCurrentIndex(window.doc_panel.sort_box.findData("spans"))
    window.doc_panel.go_to_row(1500)
    assert model.index(1500, 0).data(model.ExternalIdRole) == "d01500"  # no spans: by id
    assert model._index is None


def test_title_order_jumps_from_checkpoints_rebuilt_off_the_ui_thread(
    qtbot, make_window, big_db, monkeypatch
) -> None:
    import threading

    from annotator.service import document_list as service
    from annotator.storage import list_positions

    monkeypatch.setattr(list_positions, "STRIDE", 100)
    window = make_window(big_db)
    model = window.doc_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    built: list[str] = []
    build = service.build_positions

    def recorded(ws, query):
        built.append(threading.current_thread().name)
        return build(ws, query)

    monkeypatch.setattr(service, "build_positions", recorded)
    box = window.doc_panel.sort_box
    box.setCurrentIndex(box.findData("title"))
    # an import after the migration left no checkpoints: the list builds them
    qtbot.waitUntil(lambda: not service.positions_missing(window.ws, model.query()), timeout=10000)
    assert built and threading.main_thread().name not in built
    assert model._index is None  # no anchor walk in title order
    for row in (2999, 1234, 0):
        window.doc_panel.go_to_row(row)
        assert window.doc_panel.view.currentIndex().row() == row
        assert model.index(row, 0).data() == f"শিরোনাম {row:05d}"
        doc = int(model.summary(row).id)
        model._pages.clear()
        window.doc_panel.select_document(doc)
        assert window.doc_panel.view.currentIndex().row() == row


def test_sorting_by_title_status_spans_and_last_change(qtbot, make_window, big_db) -> None:
    window = make_window(big_db)
    model = window.doc_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    window.doc_panel.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, 0).data() for r in (0, 1, 1000, 2999)]
    assert titles == [f"শিরোনাম {t:05d}" for t in (0, 1, 1000, 2999)]
    window.doc_panel.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == f"শিরোনাম {N - 1:05d}"
    # the last document worked on comes first under "Last change"
    window.open_document("d02500")
    qtbot.keyClick(window.text_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = window.doc_panel.sort_box
    box.setCurrentIndex(box.findData("changed"))
    assert model.index(0, 0).data(model.ExternalIdRole) == "d02500"
    box.setCurrentIndex(box.findData("status"))
    assert model.index(N - 1, 1).data() == "new" and model.index(0, 1).data() == "done"
    box.setCurrentIndex(box.findData("spans"))
    assert model.rowCount() == N


def type_text(widget, text: str) -> None:
    for ch in text:  # one key event per character: keyClicks aborts on non-ASCII
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_filter_finds_a_word_only_in_the_text(qtbot, make_window, big_db, form) -> None:
    window = make_window(big_db)
    box = window.findChild(QLineEdit, "documentFilter")
    assert box is not None
    box.setFocus()
    type_text(box, unicodedata.normalize(form, "সোনার"))
    model = window.doc_model
    qtbot.waitUntil(lambda: model.rowCount() == N // 100, timeout=5000)
    assert model.index(0, 0).data(model.ExternalIdRole) == "d00007"
    assert all(
        "সোনার" in window.ws.document(model.summary(r).id).text for r in range(model.rowCount())
    )


def test_corpus_search_lists_hits_in_context_and_opens_the_hit(qtbot, make_window, big_db):
    from annotator.gui.corpus_search import CorpusSearchDialog

    window = make_window(big_db)
    window.text_view.setFocus()
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(CorpusSearchDialog, "corpusSearch")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.box.hasFocus, timeout=2000)
    type_text(dialog.box, unicodedata.normalize("NFD", "সোনার দাম"))
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    model = dialog.model
    assert model.rowCount() == N // 100
    assert "30 hit(s) in 30 document(s)" in dialog.summary.text()
    row = 3  # d00307
    before = model.index(row, model.BEFORE).data()
    assert model.index(row, model.MATCH).data() == "সোনার দাম"
    assert before.endswith("খবর নম্বর 307। ")
    dialog.view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert window.session.document.external_id == "d00307"
    start, end = window.text_view.selected_range()
    assert window.session.text[start:end] == "সোনার দাম"


def test_a_filter_past_the_cap_shows_the_cap_at_once_then_every_match(
    qtbot, make_window, big_db
) -> None:
    window = make_window(big_db)
    model = window.doc_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.count_cap = 100
    box = window.findChild(QLineEdit, "documentFilter")
    box.setText("খবর")  # in every text: counted up to the cap, then on a pool thread
    assert model.rowCount() == 100 and not model.exact
    assert model.index(99, 0).data(model.ExternalIdRole) == "d00099"
    qtbot.waitUntil(lambda: model.rowCount() == N, timeout=10000)
    assert model.exact
    assert model.index(100, 0).data(model.ExternalIdRole) == "d00100"
    assert model.index(N - 1, 0).data(model.ExternalIdRole) == f"d{N - 1:05d}"
    box.setText("সোনার")  # fewer than the cap: exact at once
    assert model.rowCount() == N // 100 and model.exact


@pytest.mark.parametrize(
    ("sort", "descending"), [("id", False), ("title", False), ("title", True), ("changed", True)]
)
def test_a_documents_row_from_the_anchors_is_its_row(big_db, sort, descending) -> None:
    from annotator.service.document_list import ListQuery, list_index, list_page, row_of

    with Workspace(str(big_db)) as ws:
        query = ListQuery(ws.project("Archive").id, "asha", sort=sort, descending=descending)
        index = list_index(ws, query, page_size=100)
        rows = list_page(ws, query, None, N)
        for row in (0, 99, 100, 101, 1234, N - 1):
            doc = int(rows[row].id)
            assert row_of(ws, query, doc) == row
            assert row_of(ws, query, doc, index) == row


@pytest.mark.parametrize(("sort", "descending"), [("id", False), ("title", False), ("title", True)])
def test_a_page_found_through_the_index_is_the_page(big_db, sort, descending) -> None:
    from annotator.service.document_list import ListQuery, list_page, page_at

    with Workspace(str(big_db)) as ws:
        query = ListQuery(ws.project("Archive").id, "asha", sort=sort, descending=descending)
        every = list_page(ws, query, None, N)
        for row in (0, 1, 777, N - 5):
            assert page_at(ws, query, row, 10) == every[row : row + 10]
        assert page_at(ws, query, N, 10) == []


def test_corpus_search_reads_the_next_page_of_hits_on_scrolling(qtbot, make_window, big_db):
    from annotator.gui.corpus_search import CorpusSearchDialog

    window = make_window(big_db)
    dialog = CorpusSearchDialog(window.ws, int(window.project.id), parent=window)
    model = dialog.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    dialog.show()
    dialog.box.setText("খবর")  # in every one of the 3,000 texts
    dialog.run_search()
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    assert "so far" in dialog.summary.text()
    dialog.view.scrollToBottom()  # the view asks for more at its end
    qtbot.waitUntil(lambda: model.rowCount() >= 200, timeout=5000)
    ids = [model.rows[r].external_id for r in range(model.rowCount())]
    assert ids[:200] == [f"d{n:05d}" for n in range(200)]  # in order, none twice


def test_the_title_bar_font_is_asked_off_the_ui_thread(qtbot, make_window, big_db, monkeypatch):
    import threading

    from annotator.gui import flow_commands

    asked: list[str] = []

    def probe() -> bool:
        asked.append(threading.current_thread().name)
        return True

    monkeypatch.setattr(flow_commands, "system_has_bengali_font", probe)
    monkeypatch.setattr(flow_commands, "_title_font", {})
    window = make_window(big_db)
    title = window.session.document.title  # Bengali
    qtbot.waitUntil(lambda: title in window.windowTitle(), timeout=5000)
    assert asked and threading.main_thread().name not in asked


def test_a_jump_to_a_document_reads_its_page_back_from_it(qtbot, make_window, big_db) -> None:
    window = make_window(big_db)
    model = window.doc_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.page_size = 100
    model.refresh()
    for row in (1234, 2999, 150):
        doc = window.ws.document_by_external_id(window.project.id, f"d{row:05d}")
        window.doc_panel.select_document(int(doc.id))
        assert window.doc_panel.view.currentIndex().row() == row
        page = model._pages[row // 100]
        assert [s.external_id for s in page] == [
            f"d{n:05d}" for n in range(row // 100 * 100, min(row // 100 * 100 + 100, N))
        ]


@pytest.mark.parametrize("descending", [False, True])
def test_rows_in_import_order_of_interleaved_projects(tmp_path, descending) -> None:
    from annotator.service.document_list import ListQuery, list_page, page_at, row_of

    def batch(prefix: str, start: int) -> list[DocumentRecord]:
        return [
            DocumentRecord(text=f"{prefix} খবর {n}", external_id=f"{prefix}{n:02d}")
            for n in range(start, start + 5)
        ]

    with Workspace(str(tmp_path / "two.sqlite3")) as ws:
        import_records(ws, batch("a", 0), project="A")  # ids 1-5
        import_records(ws, batch("b", 0), project="B")  # ids 6-10: A is no longer one range
        import_records(ws, batch("a", 5), project="A")  # ids 11-15
        for name, contiguous in (("A", False), ("B", True)):
            query = ListQuery(ws.project(name).id, "asha", descending=descending)
            every = list_page(ws, query, None, 100)
            assert len(every) == (10 if name == "A" else 5)
            for row, summary in enumerate(every):
                assert row_of(ws, query, int(summary.id)) == row, (name, contiguous)
                assert page_at(ws, query, row, 3) == every[row : row + 3]
            other = ws.project("B" if name == "A" else "A").id
            assert row_of(ws, query, int(list_page(ws, ListQuery(other), None, 1)[0].id)) == -1


def test_a_cancelled_walk_stops_inside_its_statement(big_db, monkeypatch) -> None:
    from annotator.service.document_list import ListQuery, anchors_in_thread
    from annotator.storage import document_list

    monkeypatch.setattr(document_list, "STOP_CHECK_STEPS", 1000)  # a walk of 3,000 rows

    query = ListQuery(1, "asha", sort="spans")  # a computed key: a long walk
    url = f"sqlite:///{big_db}"
    assert anchors_in_thread(url, query, 100) is not None
    asked: list[int] = []

    def cancelled() -> bool:  # not when the job starts nor before the walk: during it
        asked.append(1)
        return len(asked) > 2

    assert anchors_in_thread(url, query, 100, cancelled=cancelled) is None
    assert len(asked) >= 3  # the walk's statement asked, and stopped


@pytest.mark.parametrize("descending", [False, True])
def test_a_row_of_a_word_filter_is_read_from_the_search_index(big_db, descending) -> None:
    from annotator.service.document_list import ListQuery, list_page, page_at

    with Workspace(str(big_db)) as ws:
        query = ListQuery(1, "asha", search="বৃষ্টি", descending=descending)
        every = list_page(ws, query, None, N)
        assert len(every) == N - N // 100  # every text but the ones about gold
        for row in (0, 1, 1234, len(every) - 2, len(every)):
            assert page_at(ws, query, row, 3) == every[row : row + 3]


def test_a_jump_before_the_anchors_waits_for_them_off_the_ui_thread(
    qtbot, make_window, big_db, monkeypatch
) -> None:
    from annotator.gui import document_list as gui_list

    def no_walk_here(*_args, **_kwargs):
        raise AssertionError("the anchor walk ran on the UI thread")

    monkeypatch.setattr(gui_list, "list_index", no_walk_here)
    window = make_window(big_db)
    model = window.doc_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    changed: list[int] = []
    model.dataChanged.connect(lambda first, _last, _roles=(): changed.append(first.row()))
    panel = window.doc_panel
    # Filtered by status ("new": every document) and ordered by span count: a list whose
    # rows are found from the page anchors only.
    panel.status_box.setCurrentIndex(1)
    panel.sort_box.setCurrentIndex(panel.sort_box.findData("spans"))
    assert model.status is Status.NEW and model.rowCount() >= N - 5  # (documents opened)
    from annotator.service.document_list import list_page

    wanted = list_page(window.ws, model.query(), None, 1501)[1500].external_id
    assert panel.view.indexAt(panel.view.rect().topLeft()).row() in (0, -1)  # from the top
    panel.go_to_row(1500)  # at once: the anchors are still being walked
    if model._index is None:  # (on a fast machine they may have come already)
        assert model.index(1500, 0).data() == "…"
    qtbot.waitUntil(lambda: model._index is not None, timeout=10000)
    qtbot.waitUntil(
        lambda: model.index(1500, 0).data(model.ExternalIdRole) is not None, timeout=10000
    )
    assert 1400 in changed  # the page asked for early was announced again
    assert model.index(1500, 0).data(model.ExternalIdRole) == wanted


@pytest.mark.parametrize("descending", [False, True])
def test_a_word_filters_marks_find_every_row_and_document(big_db, descending, monkeypatch) -> None:
    from annotator.service.document_list import ListQuery, list_page, page_at, row_of

    monkeypatch.setattr(document_list, "MARK_STRIDE", 7)  # many marks, walks inside them
    query = ListQuery(1, "asha", search="বৃষ্টি", descending=descending)
    marks = anchors_in_thread(f"sqlite:///{big_db}", query, 100)
    assert isinstance(marks, MatchMarks)
    with Workspace(str(big_db)) as ws:
        every = list_page(ws, query, None, N)
        assert marks.total == len(every) == N - N // 100  # the count, from the same pass
        assert marks.rowids == tuple(int(s.id) for s in every[::7])
        for row in (0, 6, 7, 8, 1234, len(every) - 2, len(every) - 1, len(every)):
            assert page_at(ws, query, row, 3, marks=marks) == every[row : row + 3]
            if row < len(every):
                assert row_of(ws, query, int(every[row].id), marks=marks) == row
        gold = ws.document_by_external_id(1, "d00007")  # about gold: not a match
        assert row_of(ws, query, int(gold.id), marks=marks) == -1
    stops: list[int] = []
    assert (
        anchors_in_thread(
            f"sqlite:///{big_db}", query, 100, cancelled=lambda: len(stops) > 3 or stops.append(1)
        )
        is None
    )


def test_a_jump_in_a_word_filter_seeks_from_the_marks(
    qtbot, make_window, big_db, monkeypatch
) -> None:
    from annotator.storage import document_list

    def no_offset(*_args, **_kwargs):
        raise AssertionError("the jump read the search index from its start")

    window = make_window(big_db)
    model = window.doc_model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    window.findChild(QLineEdit, "documentFilter").setText("খবর")  # in every text
    assert model.rowCount() == 1000 and not model.exact  # the cap at once
    qtbot.waitUntil(lambda: model.exact, timeout=10000)
    assert model.rowCount() == N and model._marks is not None and model._index is None
    monkeypatch.setattr(document_list, "fts_anchor_at", no_offset)
    window.doc_panel.go_to_row(2345)
    assert window.doc_panel.view.currentIndex().row() == 2345
    assert model.index(2345, 0).data(model.ExternalIdRole) == "d02345"
    doc = window.ws.document_by_external_id(window.project.id, "d02900")
    window.doc_panel.select_document(int(doc.id))
    assert window.doc_panel.view.currentIndex().row() == 2900


@pytest.mark.parametrize("descending", [False, True])
def test_marks_leave_out_the_other_projects_matches(tmp_path, descending, monkeypatch) -> None:
    from annotator.service.document_list import ListQuery, list_page, page_at, row_of

    monkeypatch.setattr(document_list, "MARK_STRIDE", 4)

    def batch(prefix: str, start: int, count: int) -> list[DocumentRecord]:
        return [
            DocumentRecord(text=f"{prefix} খবর {n} " + ("বৃষ্টি" if n % 3 else "রোদ"))
            for n in range(start, start + count)
        ]

    path = tmp_path / "two.sqlite3"
    with Workspace(str(path)) as ws:  # B's documents between A's, some of them matching
        import_records(ws, batch("a", 0, 10), project="A")
        import_records(ws, batch("b", 0, 5), project="B")
        import_records(ws, batch("a", 10, 14), project="A")
        import_records(ws, batch("b", 5, 3), project="B")
        import_records(ws, batch("a", 24, 6), project="A")
        a = ws.project("A").id
    query = ListQuery(a, "asha", search="বৃষ্টি", descending=descending)
    marks = anchors_in_thread(f"sqlite:///{path}", query, 100)
    assert isinstance(marks, MatchMarks) and len(marks.excluded) == 5  # B's with বৃষ্টি
    with Workspace(str(path)) as ws:
        every = list_page(ws, query, None, 100)
        assert marks.total == len(every) == 20
        for row in range(len(every) + 1):
            assert page_at(ws, query, row, 3, marks=marks) == every[row : row + 3], row
        for row, summary in enumerate(every):
            assert row_of(ws, query, int(summary.id), marks=marks) == row
        theirs = list_page(ws, ListQuery(ws.project("B").id, search="বৃষ্টি"), None, 100)
        assert all(row_of(ws, query, int(t.id), marks=marks) == -1 for t in theirs)
    monkeypatch.setattr(document_list, "EXCLUDED_CAP", 7)  # B has 8: the old way
    assert not isinstance(anchors_in_thread(f"sqlite:///{path}", query, 100), MatchMarks)
