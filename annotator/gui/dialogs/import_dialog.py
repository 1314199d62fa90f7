"""File > Import: files or a folder in any supported format, with a preview of the
first records and every error found, then an all-or-nothing import off the UI thread.

Reading and importing are the same calls the command line makes
(:func:`annotator.formats.inputs.iter_records`, :func:`annotator.service.import_records`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.formats import registry
from annotator.formats.inputs import iter_records
from annotator.formats.registry import importable, unit_formats, unit_reader
from annotator.gui import i18n
from annotator.gui.error_text import describe
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.jobs import Job, JobDialog
from annotator.model import RecordError
from annotator.service import Workspace, import_records
from annotator.service.importing import SNAP_MODES
from annotator.text.legacy import looks_like_bijoy

PREVIEW_RECORDS = 20
PREVIEW_CHARS = 90
MAX_ERRORS = 200
# The snap modes as the import summary names them ("snapped 3 spans to whole words").
SNAP_UNITS = (
    QT_TRANSLATE_NOOP("ImportDialog", "clusters"),
    QT_TRANSLATE_NOOP("ImportDialog", "words"),
)
FORMATS = ["auto", "txt", "jsonl", *importable()]


@dataclass
class Preview:
    """The first records of an input and every problem in it."""

    records: list[str] = field(default_factory=list)
    total: int = 0
    errors: list[str] = field(default_factory=list)
    bijoy: list[str] = field(default_factory=list)  # origins of texts typed in Bijoy
    converted: list[str] = field(default_factory=list)  # previews of converted texts


def reader_format(fmt: str, offset_unit: str) -> str:
    # doccano's offsets are UTF-16 unless the user says code points.
    if fmt not in unit_formats() or offset_unit == registry.FORMATS[fmt].default_offset_unit:
        return fmt
    return unit_reader(fmt, offset_unit) or fmt


def preview(paths: list[str], fmt: str, convert_bijoy: bool = False) -> Preview:
    """Read every record (collecting errors), keeping a one-line view of the first ones.

    Texts typed in Bijoy are listed apart (they cannot be imported unconverted); with
    ``convert_bijoy`` they are converted and the start of each converted text is shown,
    so the linguist sees real Bengali before importing.
    """
    result = Preview()

    def on_error(exc: RecordError) -> None:
        if len(result.errors) < MAX_ERRORS:
            result.errors.append(describe(exc))

    try:
        for record in iter_records(paths, fmt, on_error, convert_bijoy_text=convert_bijoy):
            if looks_like_bijoy(record.text):
                result.bijoy.append(record.origin)
                continue
            if "converted_from" in (record.meta or {}) and len(result.converted) < PREVIEW_RECORDS:
                start = " ".join(record.text.split())[:PREVIEW_CHARS]
                result.converted.append(f"{record.origin}  {start}…")
            result.total += 1
            if len(result.records) < PREVIEW_RECORDS:
                title = record.title or record.external_id or record.text[:40].replace("\n", " ")
                counts = QCoreApplication.translate(
                    "ImportDialog", "({spans} spans, {relations} relations)"
                ).format(
                    spans=i18n.number(len(record.spans)),
                    relations=i18n.number(len(record.relations)),
                )
                result.records.append(f"{record.origin}  {title}  {counts}")
    except RecordError as exc:
        result.errors.append(describe(exc))
    return result


class ImportDialog(JobDialog):
    """Pick the input, check it in the preview, then import it (or nothing)."""

    imported = Signal(object)  # the ImportReport, after a committed import

    def __init__(
        self,
        workspace: Workspace,
        project: str | None = None,
        annotator: str = "",
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(
            workspace, QCoreApplication.translate("ImportDialog", "Import"), parent, pool
        )
        self.last_preview: Preview | None = None
        self.report: Any = None

        self.paths = QLineEdit()
        self.paths.setPlaceholderText(
            self.tr(
                ".txt, .docx, JSONL or other tools' files, or a folder (separate several with ;)"
            )
        )
        self.browse = QPushButton(self.tr("Files…"))
        self.browse_folder = QPushButton(self.tr("Folder…"))
        row = QHBoxLayout()
        row.addWidget(self.paths)
        row.addWidget(self.browse)
        row.addWidget(self.browse_folder)
        self.format = QComboBox()
        for fmt in FORMATS:
            self.format.addItem(self.tr("auto") if fmt == "auto" else fmt, fmt)
        self.offset_unit = QComboBox()
        self.offset_unit.addItem(self.tr("utf16"), "utf16")
        self.offset_unit.addItem(self.tr("codepoint"), "codepoint")
        self.snap = QComboBox()
        self.snap.setObjectName("importSnap")
        self.snap.addItem(self.tr("off"), "off")
        for mode in SNAP_MODES:
            self.snap.addItem(self.tr(mode), mode)
        self.snap.setToolTip(
            self.tr(
                "Spans of other tools that cut a letter (the stem পুতিন in পুতিনের) are refused;\n"
                "'clusters' grows them to whole letters, 'words' to whole words."
            )
        )
        self.project = QComboBox()
        self.project.setEditable(True)
        self.project.addItems([p.name for p in workspace.projects()])
        if project:
            self.project.setCurrentText(project)
        self.annotator = QLineEdit(annotator)
        self.normalize = QCheckBox(self.tr("Normalize texts (NFC, LF) and remap their spans"))
        self.convert_bijoy = QCheckBox(
            self.tr("Convert text typed in Bijoy (SutonnyMJ) to Unicode")
        )
        self.convert_bijoy.setObjectName("convertBijoy")
        self.convert_bijoy.setToolTip(
            self.tr(
                "Old newsroom files typed with a Bijoy keyboard look like 'Avgvi †mvbvi evsjv'.\n"
                "Word files set in SutonnyMJ are converted anyway: their font says what they are."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Input"), row)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Offsets"), self.offset_unit)
        form.addRow(self.tr("Snap spans"), self.snap)
        form.addRow(self.tr("Project"), self.project)
        form.addRow(self.tr("Annotator's layer"), self.annotator)
        form.addRow("", self.normalize)
        form.addRow("", self.convert_bijoy)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.preview_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.output)
        layout.addLayout(buttons)

        # Connect signals
        self.browse.clicked.connect(self._browse_files)
        self.browse_folder.clicked.connect(self._browse_folder)
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        for widget in (self.paths, self.annotator):
            widget.textChanged.connect(self._invalidate)
        self.convert_bijoy.toggled.connect(self._invalidate)
        for combo in (self.format, self.offset_unit, self.snap):
            combo.currentTextChanged.connect(self._invalidate)
        self.format.currentIndexChanged.connect(
            lambda _i: self.offset_unit.setEnabled(self.format.currentData() in unit_formats())
        )
        self.offset_unit.setEnabled(False)

    def _paths(self) -> list[str]:
        return [p.strip() for p in self.paths.text().split(";") if p.strip()]

    def _fmt(self) -> str:
        return reader_format(str(self.format.currentData()), str(self.offset_unit.currentData()))

    def _browse_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"))
        if files:
            self.paths.setText(";".join(files))

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import folder"))
        if folder:
            self.paths.setText(folder)

    def _invalidate(self, *_args: object) -> None:
        self.last_preview = None
        self.import_button.setEnabled(False)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.run_job(Job(lambda _job: work()), done, self._failed)

    def start_preview(self) -> None:
        paths, fmt = self._paths(), self._fmt()
        if not paths:
            self.output.setPlainText(self.tr("Choose files or a folder first."))
            return
        self.output.setPlainText(self.tr("Reading…"))
        convert = self.convert_bijoy.isChecked()
        self._run(lambda: preview(paths, fmt, convert), self._previewed)

    def _previewed(self, result: Preview) -> None:
        self.job = None
        self.preview_button.setEnabled(True)
        self.last_preview = result
        num = i18n.number
        lines = [
            self.tr("{total} valid records; first {n}:").format(
                total=num(result.total), n=num(len(result.records))
            )
        ]
        lines += [f"  {line}" for line in result.records]
        if result.converted:
            lines.append(self.tr("Converted from Bijoy (check that it reads as Bengali):"))
            lines += [f"  {line}" for line in result.converted]
        if result.bijoy:
            lines.append(
                self.tr(
                    "{n} texts are typed in Bijoy (legacy SutonnyMJ); tick "
                    "“Convert text typed in Bijoy” and preview again to convert them:"
                ).format(n=num(len(result.bijoy)))
            )
            lines += [f"  {origin}" for origin in result.bijoy[:PREVIEW_RECORDS]]
        if result.errors:
            lines.append(
                self.tr("{n} errors (nothing is imported until they are fixed):").format(
                    n=num(len(result.errors))
                )
            )
            lines += [f"  {e}" for e in result.errors]
        self.output.setPlainText("\n".join(lines))
        self.import_button.setEnabled(not result.errors and not result.bijoy and result.total > 0)

    def start_import(self) -> None:
        paths, fmt = self._paths(), self._fmt()
        project = self.project.currentText().strip() or "Default"
        annotator = self.annotator.text().strip() or None
        normalize = self.normalize.isChecked()
        convert = self.convert_bijoy.isChecked()
        snap = None if self.snap.currentData() == "off" else str(self.snap.currentData())
        unit = (
            str(self.offset_unit.currentData())
            if self.format.currentData() in unit_formats()
            else None
        )
        url = self.url

        def work() -> Any:
            with Workspace(url) as ws:
                return import_records(
                    ws,
                    iter_records(paths, fmt, convert_bijoy_text=convert),
                    project=project,
                    annotator=annotator,
                    normalize=normalize,
                    snap=snap,
                    offset_unit=unit,
                )

        self._run(work, self._imported)

    def _imported(self, report: Any) -> None:
        self.job = None
        self.preview_button.setEnabled(True)
        self.report = report
        num = i18n.number
        lines = [
            self.tr(
                "imported {documents} documents ({duplicates} already present), "
                "{spans} spans, {relations} relations"
            ).format(
                documents=num(report.documents_added),
                duplicates=num(report.duplicates),
                spans=num(report.spans_added),
                relations=num(report.relations_added),
            )
        ]
        if report.snapped:
            lines.append(
                self.tr("snapped {n} spans to whole {unit}:").format(
                    n=num(report.snapped), unit=self.tr(str(self.snap.currentData()))
                )
            )
            lines += [f"  {line}" for line in report.snapped_examples]
        lines += [self.tr("warning: {hint}").format(hint=hint) for hint in report.unit_hints]
        self.output.setPlainText("\n".join(lines))
        self.imported.emit(report)

    def _failed(self, message: str) -> None:
        self.job = None
        self.preview_button.setEnabled(True)
        self.output.setPlainText(
            self.tr("Nothing was imported.\n{message}").format(message=message)
        )
