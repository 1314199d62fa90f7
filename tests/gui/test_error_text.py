"""Errors raised below the window read in the window's language.

The service, storage and format layers raise English messages (the CLI prints them);
a :class:`~annotator.model.errors.Message` keeps its template, which the Bengali window
translates (``annotator.gui.error_text``). These tests provoke real errors through the
Bengali window and check the words the linguist reads, and that the catalogue lupdate
sees, the source's templates and the Bengali translations cannot drift apart.
"""

from __future__ import annotations

import pickle
import sqlite3
import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from annotator.gui import i18n
from annotator.gui.error_text import (
    CATALOGUE,
    CONTEXT,
    catalogue_source,
    describe,
    raised_templates,
)
from annotator.model.errors import AnnotatorError, InputError, Message, NotFound
from annotator.service import Workspace
from tests.gui.conftest import TEXTS, layer_spans

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "annotator_bn.ts"
TEXT = TEXTS[0]


@pytest.fixture
def bengali(qapp, monkeypatch) -> Iterator[None]:
    """The Bengali translation installed, as ``ANNOTATOR_LANGUAGE=bn`` does at start."""
    monkeypatch.setenv(i18n.ENV_VAR, "bn")
    i18n.install("bn")
    try:
        yield
    finally:
        i18n.install("en")


def _fields(text: str) -> set[tuple[str, str | None, str]]:
    return {(n, c, s) for _, n, s, c in string.Formatter().parse(text) if n is not None}


def _bengali_templates() -> dict[str, str]:
    found = {}
    for context in ET.parse(TS).iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and translation.text:
                found[message.findtext("source") or ""] = translation.text
    return found


def _press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def _label_word(qtbot, window, word: str, key) -> int | None:
    start = TEXT.index(word)
    window.text_view.select_range(start, start + len(word))
    _press(qtbot, key)
    return window.text_view.selected_span


def _warning_text(window) -> str:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = [b for b in boxes if b.isVisible() and b.parent() is window]
    assert shown, "no warning dialog is shown"
    return shown[-1].text()


# The catalogue, the source and the translation ---------------------------------------


def test_the_catalogue_lists_exactly_the_templates_raised_below_the_window() -> None:
    """A new ``Message("...")`` below the window, or one removed, makes this fail until
    ``scripts/update-translations`` regenerates the catalogue lupdate reads."""
    assert CATALOGUE.read_text(encoding="utf-8") == catalogue_source(), (
        "annotator/gui/error_catalogue.py is stale: run scripts/update-translations"
    )


def test_every_template_has_a_bengali_translation_with_the_same_parameters() -> None:
    bengali = _bengali_templates()
    templates = raised_templates()
    assert len(templates) > 150
    missing = [t for t in templates if t not in bengali]
    assert not missing, f"untranslated (run scripts/update-translations): {missing[:10]}"
    broken = [t for t in templates if _fields(t) != _fields(bengali[t])]
    assert not broken, f"translations whose {{parameters}} differ: {broken[:10]}"


def test_a_template_must_be_a_literal(tmp_path: Path) -> None:
    package = tmp_path / "annotator"
    (package / "service").mkdir(parents=True)
    (package / "service" / "x.py").write_text(
        "from annotator.model.errors import Message\nT = 'a {b}'\nM = Message(T, b=1)\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"service/x.py:3: a Message template must be a literal"):
        raised_templates(package)


# The message itself -----------------------------------------------------------------


def test_the_translatable_bijoy_message_says_what_the_text_layer_says() -> None:
    from annotator.formats.foreign import BIJOY
    from annotator.text.legacy import BIJOY_MESSAGE

    assert BIJOY == BIJOY_MESSAGE


@pytest.mark.parametrize("data", ["ঢাকা".encode("utf-16"), b"ab\x00cd", "ঢাকা".encode()[:-1] + b"\xff"])
def test_a_decoding_error_says_in_translatable_words_what_the_text_layer_says(data) -> None:
    from annotator.formats.foreign import decode_reason
    from annotator.text import DecodeError, decode_utf8

    with pytest.raises(DecodeError) as info:
        decode_utf8(data)
    reason = decode_reason(info.value)
    assert isinstance(reason, Message)
    assert reason == str(info.value)


def test_a_message_is_its_english_text_and_keeps_its_template() -> None:
    message = Message("span {span} no longer exists", span=7)
    error = NotFound(message)
    assert str(error) == "span 7 no longer exists"  # what the CLI prints
    assert error.message is message
    again = pickle.loads(pickle.dumps(error))  # process pools
    assert str(again) == str(error)
    assert again.message is not None
    assert again.message.template == message.template
    bad = InputError("a.jsonl:3", Message("the text is empty"))
    assert str(bad) == "a.jsonl:3: the text is empty"
    assert pickle.loads(pickle.dumps(bad)).message == "the text is empty"


def test_untemplated_errors_are_shown_in_english_unchanged(bengali) -> None:
    assert describe(AnnotatorError("sqlite says: disk I/O error")) == (
        "sqlite says: disk I/O error"
    )
    assert describe(ValueError("plain")) == "plain"
    assert describe(KeyError()) == "KeyError"


def test_nested_and_joined_messages_are_translated_part_by_part(bengali) -> None:
    inner = Message("unknown label {label!r}", label="ব্যক্তি")
    outer = InputError("news.jsonl:2", Message("span {key}: {problem}", key="T1", problem=inner))
    assert describe(outer) == "news.jsonl:2: অংশ T1: অজানা লেবেল 'ব্যক্তি'"
    joined = AnnotatorError(
        Message.joined(
            "; ",
            [Message("label name {name!r} is used twice", name="PER"), "a plain reason"],
        )
    )
    assert describe(joined) == "লেবেলের নাম 'PER' দুবার ব্যবহার হয়েছে; a plain reason"
    gone = NotFound(Message("span {span} no longer exists", span=3))
    wrapped = AnnotatorError(Message("could not copy the demo labels: {reason}", reason=gone))
    assert str(wrapped) == "could not copy the demo labels: span 3 no longer exists"
    assert describe(wrapped) == "নমুনা লেবেলগুলো কপি করা যায়নি: অংশ 3 আর নেই"


# Real errors met in the Bengali window -------------------------------------------------


def test_a_span_changed_by_a_colleague_is_refused_in_bengali(
    qtbot, bengali, make_window, news_db
) -> None:
    window = make_window(news_db)
    span_id = _label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    assert span_id is not None
    with Workspace(str(news_db)) as other:  # a colleague on a shared database
        other.update_span(span_id, "asha", label="ORG")
    _press(qtbot, Qt.Key.Key_3)  # relabel what the window still shows as PER
    expected = "ইতিমধ্যে অন্য কেউ এই অংশটি বদলেছেন; নথিটি আবার লোড করা হয়েছে"
    assert window.errors == [expected]
    assert _warning_text(window) == expected
    assert window.statusBar().currentMessage() == f"রাখা হয়নি: {expected}"
    assert layer_spans(news_db, "doc-0") == [("ORG", "পুতিন")]


def test_a_span_a_colleague_deleted_leaves_the_list_counting_what_was_reloaded(
    qtbot, make_window, news_db
) -> None:
    """The refused relabel reloads the document; its row in the list then counts the
    spans as reloaded (it kept the count from before the colleague's delete)."""
    window = make_window(news_db)
    span_id = _label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    assert span_id is not None
    model = window.doc_model
    document_id = window.session.document.id

    def shown() -> str:
        row = next(
            r
            for r in range(model.rowCount())
            if model.data(model.index(r, 0), model.DocumentIdRole) == document_id
        )
        return str(model.data(model.index(row, model.SPANS)))

    before = shown()
    with Workspace(str(news_db)) as other:
        other.delete_span(span_id, "asha")
    _press(qtbot, Qt.Key.Key_3)
    assert window.errors and "reloaded" in window.errors[0]
    assert layer_spans(news_db, "doc-0") == []
    assert before != shown() == "0"


def test_relabelling_a_speaker_to_a_label_its_link_forbids_is_refused_in_bengali(
    qtbot, bengali, make_window, news_db
) -> None:
    with Workspace(str(news_db)) as ws:  # a quote already linked to its speaker
        doc = ws.document_by_external_id(int(ws.project("News").id), "doc-0")
        start, quote_start = TEXT.index("পুতিন"), TEXT.index("আমরা জিতব")
        putin = ws.create_span(int(doc.id), "asha", "PER", start, start + len("পুতিন")).span
        quote = ws.create_span(
            int(doc.id), "asha", "QUOTE", quote_start, quote_start + len("আমরা জিতব")
        ).span
        ws.create_relation("speaker", quote.id, putin.id, "asha")
    window = make_window(news_db)
    window.text_view.set_selected_span(putin.id)
    _press(qtbot, Qt.Key.Key_5)  # DATE: a speaker must be a PER or ORG
    expected = "DATE তার speaker সংযোগ রাখতে পারে না; আগে সংযোগটি সরান"
    assert window.errors == [expected]
    assert _warning_text(window) == expected
    assert layer_spans(news_db, "doc-0") == [("PER", "পুতিন"), ("QUOTE", "আমরা জিতব")]


def test_an_edit_while_another_program_writes_is_refused_in_bengali(
    qtbot, bengali, make_window, news_db
) -> None:
    window = make_window(news_db)
    other = sqlite3.connect(news_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a long import elsewhere holds the write lock
    try:
        _label_word(qtbot, window, "পুতিন", Qt.Key.Key_1)
    finally:
        other.execute("ROLLBACK")
        other.close()
    expected = (
        "সম্পাদনা রাখা হয়নি: অন্য একটি আমদানির জন্য অপেক্ষা চলছে… (অন্য একটি প্রোগ্রাম "
        "ডেটাবেসে লিখছে); সেটি শেষ হলে আবার চেষ্টা করুন"
    )
    assert window.errors == [expected]
    assert _warning_text(window) == expected
    assert layer_spans(news_db, "doc-0") == []


def test_an_import_file_with_bad_lines_is_reported_in_bengali(
    qtbot, bengali, make_window, news_db, tmp_path
) -> None:
    from annotator.gui.actions import ActionId
    from annotator.gui.dialogs.import_dialog import ImportDialog

    window = make_window(news_db)
    source = tmp_path / "খবর.jsonl"
    source.write_text(
        '{"id": "ok", "text": "মেঘ।"}\n[1, 2]\n{"id": "empty", "text": ""}\n', "utf-8"
    )
    window.acts[ActionId.IMPORT].trigger()
    [dialog] = [d for d in window.commands.open if isinstance(d, ImportDialog)]
    dialog.paths.setText(str(source))
    dialog.format.setCurrentText("jsonl")
    dialog.start_preview()
    qtbot.waitUntil(lambda: "JSON" in dialog.output.toPlainText(), timeout=10_000)
    shown = dialog.output.toPlainText()
    assert f"{source}:2: প্রতিটি লাইন একটি JSON অবজেক্ট হতে হবে" in shown
    assert f"{source}:3: 'text' ফাঁকা" in shown
    assert not dialog.import_button.isEnabled()

    # A record that reads well but breaks the schema is refused when importing.
    source.write_text(
        '{"id": "x", "text": "মেঘ ডাকে।", "spans": [{"id": "T1", "start": 0, "end": 3, '
        '"label": "WEATHER"}]}\n',
        "utf-8",
    )
    dialog.start_import()
    qtbot.waitUntil(lambda: "WEATHER" in dialog.output.toPlainText(), timeout=10_000)
    assert f"{source}:1: অংশ T1: অজানা লেবেল 'WEATHER'" in dialog.output.toPlainText()
    with Workspace(str(news_db)) as ws:  # nothing was imported
        assert ws.count_documents(int(ws.project("News").id)) == 3


def test_the_command_line_stays_english_even_with_the_bengali_translation_loaded(
    bengali, tmp_path, capsys
) -> None:
    """Scripts read the CLI's lines: the same bad file reads in English there."""
    from annotator.app import main

    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "ok", "text": "মেঘ।"}\n[1, 2]\n', "utf-8")
    db = tmp_path / "cli.sqlite3"
    assert main(["--db", str(db), "import", str(source), "--project", "P"]) == 2
    err = capsys.readouterr().err
    assert f"{source}:2: each line must be a JSON object" in err
    assert "প্রতিটি" not in err


def test_a_database_from_a_newer_version_is_refused_in_bengali(bengali, tmp_path) -> None:
    """What the start-up dialog says (``app.run`` shows ``describe`` of the failure)."""
    from annotator.gui.app import build_window
    from annotator.model.errors import DatabaseError
    from annotator.storage.migrate import head_revision

    path = tmp_path / "future.sqlite3"
    Workspace(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError) as info:
        build_window(str(path), "asha")
    assert "newer Annotator" in str(info.value)  # the command line's words
    assert describe(info.value) == (
        f"sqlite:///{path} Annotator-এর নতুনতর সংস্করণে লেখা (গঠন-সংস্করণ 9999_from_the_future); "
        f"এই সংস্করণ {head_revision()} পর্যন্ত বোঝে। অনুগ্রহ করে Annotator হালনাগাদ করুন।"
    )
