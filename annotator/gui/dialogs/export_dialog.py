"""File > Export: format, filters, split and target; runs off the UI thread.

The export itself is :func:`annotator.service.datasets.export_dataset`, the same call
the command line makes. It runs on a ``QThreadPool`` worker with its own
:class:`Workspace` (database connections stay in one thread), reports progress and
can be cancelled; the dialog ends with a summary and a button to open the folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.formats.bio import OVERLAP_MODES
from annotator.formats.registry import EXPORTERS, FORMATS
from annotator.gui import i18n
from annotator.gui.guidelines import kind_name
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.jobs import Job, JobDialog
from annotator.gui.status_bar import warn
from annotator.model import LabelKind, Layer, Status
from annotator.service import Workspace
from annotator.service.datasets import ExportRequest, ExportResult, export_dataset

# What "Clear the folder" removes: files an export writes, nothing else.
CARD_NAMES = frozenset({"README.md", "dataset.json"})
# Choices whose values are the command line's, shown in the interface language.
CHOICE_NAMES = (
    QT_TRANSLATE_NOOP("ExportDialog", "error"),
    QT_TRANSLATE_NOOP("ExportDialog", "longest"),
    QT_TRANSLATE_NOOP("ExportDialog", "first"),
)
SETTINGS_KEYS = ("format", "project", "annotator", "gold", "status", "split", "target")


def export_suffixes() -> frozenset[str]:
    return frozenset({w.suffix for w in EXPORTERS.values()} | {".ann", ".txt", ".md", ".json"})


def previous_export_files(folder: Path) -> list[Path]:
    """Files in ``folder`` that an export may have written (what clearing removes)."""
    if not folder.is_dir():
        return []
    suffixes = export_suffixes()
    return sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and not p.is_symlink() and (p.suffix in suffixes or p.name in CARD_NAMES)
    )


def empty_splits(request: ExportRequest, result: ExportResult) -> list[str]:
    """Splits the request asked for that received no document."""
    if not request.split:
        return []
    wanted = [part.split("=")[0].strip() for part in request.split.split(",") if "=" in part]
    return [name for name in wanted if not result.stats.documents.get(name)]


def ask_target(parent: QWidget, folder: Path, files: list[Path]) -> str:
    """The folder holds files: "clear" them, "keep" them beside the new ones, or "cancel"."""
    shown = ", ".join(p.name for p in files[:6]) + (" …" if len(files) > 6 else "")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExportDialog", "The folder is not empty"),
        "",
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "ExportDialog",
            "{folder} already holds {n} file(s) from an earlier export: {shown}\n\n"
            "Old files next to new ones (data.conll beside train/dev/test.conll) are easily "
            "mistaken for part of this dataset.",
        ).format(folder=folder, n=i18n.number(len(files)), shown=shown)
    )
    clear = box.addButton(
        QCoreApplication.translate("ExportDialog", "Remove them and export"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("ExportDialog", "Export next to them"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "clear" if clicked is clear else "keep" if clicked is keep else "cancel"


def summary_text(result: ExportResult, empty: list[str] | None = None) -> str:
    """What the export wrote: documents, spans per label, expanded and overlap counts."""
    stats = result.stats
    num = i18n.number
    lines = [
        QCoreApplication.translate(
            "ExportDialog",
            "warning: the {name} split is empty (too few documents for its share); its file "
            "holds nothing",
        ).format(name=name)
        for name in empty or []
    ]
    lines.append(
        QCoreApplication.translate(
            "ExportDialog", "{documents} documents, {records} records"
        ).format(documents=num(result.documents), records=num(result.records))
    )
    for split, labels in sorted(stats.labels.items()):
        counts = ", ".join(f"{label} {num(n)}" for label, n in sorted(labels.items()))
        lines.append(
            QCoreApplication.translate(
                "ExportDialog", "{split}: {documents} documents; {counts}"
            ).format(split=split, documents=num(stats.documents[split]), counts=counts)
        )
    lines.append(
        QCoreApplication.translate(
            "ExportDialog",
            "{expanded} spans expanded to whole tokens; {overlaps} overlapping spans left out",
        ).format(expanded=num(stats.expanded), overlaps=num(stats.dropped_overlaps))
    )
    lines += [
        QCoreApplication.translate("ExportDialog", "dropped {n} {reason}").format(
            n=num(n), reason=reason
        )
        for reason, n in sorted(stats.dropped.items())
    ]
    if stats.spacy_misaligned:
        examples = "; ".join(
            f"{i['document']}: {i['label']} {i['text']!r}" for i in stats.spacy_examples[:3]
        )
        lines.append(
            QCoreApplication.translate(
                "ExportDialog",
                "warning: {n} spans do not align with spaCy's bn tokenizer (listed in the card): "
                "{examples}",
            ).format(n=num(stats.spacy_misaligned), examples=examples)
        )
    lines += [
        QCoreApplication.translate("ExportDialog", "wrote {path}").format(path=path)
        for path in result.files[:5]
    ]
    if len(result.files) > 5:
        lines.append(
            QCoreApplication.translate("ExportDialog", "... and {n} more files").format(
                n=num(len(result.files) - 5)
            )
        )
    lines += [
        QCoreApplication.translate("ExportDialog", "card {path}").format(path=path)
        for path in result.card_files
    ]
    lines += [
        QCoreApplication.translate("ExportDialog", "config {path}").format(path=path)
        for path in result.config_files
    ]
    return "\n".join(lines)


class ExportJob(Job):
    """Runs one export on a pool thread with its own :class:`Workspace`."""

    def __init__(self, url: str, request: ExportRequest) -> None:
        super().__init__()
        self.url = url
        self.request = request

    def _count(self, layers: Iterator[Layer], total: int) -> Iterator[Layer]:
        for n, layer in enumerate(layers, 1):
            yield layer
            self.signals.progressed.emit(n, total)

    def work(self) -> Any:
        with Workspace(self.url) as ws:
            return export_dataset(ws, self.request, self._count, self.cancel.is_set)


class ExportDialog(JobDialog):
    """Choose what to export and where; shows progress, then a summary."""

    def __init__(
        self,
        workspace: Workspace,
        project: str | None = None,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(
            workspace, QCoreApplication.translate("ExportDialog", "Export dataset"), parent, pool
        )
        self.export_result: ExportResult | None = None
        self.confirm_target: Callable[[Path, list[Path]], str] = lambda folder, files: ask_target(
            self, folder, files
        )
        self._build([p.name for p in workspace.projects()], project)
        self._connect()
        self._restore()
        self.resize(640, 720)

    def _build(self, projects: list[str], project: str | None) -> None:
        self.format = QComboBox()
        self.format.addItems(list(EXPORTERS))
        self.project = QComboBox()
        self.project.addItems(projects)
        self._project_given = project in projects
        self._last_request: ExportRequest | None = None
        if project in projects:
            self.project.setCurrentText(project)
        self.annotator = QLineEdit()
        self.annotator.setPlaceholderText(self.tr("every annotator"))
        self.gold = QCheckBox(self.tr("Gold (adjudicated) layer"))
        self.status = QComboBox()
        self.status.addItem(self.tr("done"), "done")
        self.status.addItem(self.tr("any"), "any")
        self.labels = QLineEdit()
        self.labels.setPlaceholderText(self.tr("every label (or PER,ORG,...)"))
        self.kind = QComboBox()
        self.kind.addItem("", "")
        for kind in LabelKind:
            self.kind.addItem(kind_name(kind.value), kind.value)
        self.on_overlap = QComboBox()
        for mode in OVERLAP_MODES:
            self.on_overlap.addItem(self.tr(mode), mode)
        self.on_overlap.setToolTip(
            self.tr(
                "Overlapping spans in a token-level format: error stops the export and lists "
                "them, longest keeps the longest, first keeps the one that starts first"
            )
        )
        self.offset_unit = QComboBox()
        self.offset_unit.addItem(self.tr("codepoint"), "codepoint")
        self.offset_unit.addItem(self.tr("utf16"), "utf16")
        self.doccano_shape = QComboBox()
        self.doccano_shape.setObjectName("exportDoccanoShape")
        self.doccano_shape.addItem(self.tr("relation"), "relation")
        self.doccano_shape.addItem(self.tr("sequence"), "sequence")
        self.doccano_shape.setToolTip(
            self.tr(
                "relation: entities and relations; sequence: the 'label' column a "
                "sequence-labeling project reads"
            )
        )
        self.license = QLineEdit("unknown")
        self.license.setObjectName("exportLicense")
        self.license.setToolTip(self.tr("The licence written to the dataset card, e.g. cc-by-4.0"))
        self.split = QLineEdit()
        self.split.setPlaceholderText(self.tr("train=0.8,dev=0.1,test=0.1 (empty: one file)"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.target = QLineEdit()
        self.browse = QPushButton(self.tr("Browse…"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.target)
        target_row.addWidget(self.browse)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Project"), self.project)
        form.addRow(self.tr("Annotator's layer"), self.annotator)
        form.addRow("", self.gold)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Labels"), self.labels)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Overlaps"), self.on_overlap)
        form.addRow(self.tr("Offsets"), self.offset_unit)
        form.addRow(self.tr("doccano shape"), self.doccano_shape)
        form.addRow(self.tr("Licence"), self.license)
        form.addRow(self.tr("Split"), self.split)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Target folder"), target_row)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("exportSummary")
        self.summary.setReadOnly(True)
        self.summary.setMinimumHeight(200)  # the whole summary readable without scrolling
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.summary.setVisible(False)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._format_changed()

    def _connect(self) -> None:
        self.format.currentTextChanged.connect(self._format_changed)
        self.gold.toggled.connect(lambda on: self.annotator.setEnabled(not on))
        self.browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self.open_button.clicked.connect(self._open_folder)

    def _format_changed(self, *_args: object) -> None:
        fmt = self.format.currentText()
        token_level = EXPORTERS[fmt].token_level
        self.on_overlap.setEnabled(token_level)
        units = FORMATS[fmt].offset_units
        self.offset_unit.setEnabled(len(units) > 1)
        self.doccano_shape.setEnabled(bool(FORMATS[fmt].shapes))
        # doccano counts offsets as JavaScript does (UTF-16); every other format code points.
        self.offset_unit.setCurrentIndex(
            max(0, self.offset_unit.findData(FORMATS[fmt].default_offset_unit))
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export into folder"), self.target.text()
        )
        if folder:
            self.target.setText(folder)

    def request(self) -> ExportRequest:
        """The export the dialog describes (the target is a folder of its own)."""
        return ExportRequest(
            format=self.format.currentText(),
            output=self.target.text().strip(),
            project=self.project.currentText() or None,
            annotator=None if self.gold.isChecked() else (self.annotator.text().strip() or None),
            gold=self.gold.isChecked(),
            status=Status.DONE if self.status.currentData() == "done" else None,
            labels=tuple(x for x in [self.labels.text().strip()] if x),
            kinds=tuple(x for x in [str(self.kind.currentData() or "")] if x),
            on_overlap=str(self.on_overlap.currentData()),
            offset_unit=str(self.offset_unit.currentData()),
            doccano_shape=str(self.doccano_shape.currentData()),
            license=self.license.text().strip() or "unknown",
            split=self.split.text().strip() or None,
            seed=self.seed.value(),
        )

    def _restore(self) -> None:
        """Format, project, layer, status, split and folder of the last export."""
        qs = QSettings("annotator", "Annotator")
        for key in SETTINGS_KEYS:
            value = qs.value(f"export/{key}")
            if value is None:
                continue
            if key == "gold":
                self.gold.setChecked(str(value) == "true")
            elif key == "status":
                if self.status.findData(str(value)) >= 0:
                    self.status.setCurrentIndex(self.status.findData(str(value)))
            elif key in ("format", "project"):
                box = {"format": self.format, "project": self.project}[key]
                if box.findText(str(value)) >= 0 and (key != "project" or not self._project_given):
                    box.setCurrentText(str(value))
            else:
                {"annotator": self.annotator, "split": self.split, "target": self.target}[
                    key
                ].setText(str(value))

    def _remember(self) -> None:
        qs = QSettings("annotator", "Annotator")
        values = {
            "format": self.format.currentText(),
            "project": self.project.currentText(),
            "annotator": self.annotator.text(),
            "gold": "true" if self.gold.isChecked() else "false",
            "status": str(self.status.currentData()),
            "split": self.split.text(),
            "target": self.target.text(),
        }
        for key, value in values.items():
            qs.setValue(f"export/{key}", value)

    def start(self) -> None:
        request = self.request()
        if not request.output:
            self._show(self.tr("Choose a target folder first."))
            return
        folder = Path(request.output)
        old = previous_export_files(folder)
        if old:
            answer = self.confirm_target(folder, old)
            if answer == "cancel":
                return
            if answer == "clear":
                try:
                    for path in old:
                        path.unlink()
                except OSError as exc:
                    self._show(
                        self.tr("Could not remove {name}: {reason}").format(
                            name=path.name, reason=exc.strerror or exc
                        )
                    )
                    return
        self._remember()
        self.export_result = None
        self.export_button.setEnabled(False)
        self.open_button.setVisible(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.summary.setVisible(False)
        self._last_request = request
        self.run_job(ExportJob(self.url, request), self._finished, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _end(self) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.progress.setVisible(False)

    def _finished(self, result: ExportResult) -> None:
        self._end()
        self.export_result = result
        empty = empty_splits(self._last_request, result) if self._last_request else []
        self._show(summary_text(result, empty))
        if empty:
            warn(
                self,
                self.tr("Empty splits"),
                self.tr(
                    "No document went into {splits}: the project has too few "
                    "documents for those shares. Change the split or export more documents."
                ).format(splits=", ".join(empty)),
            )
        self.open_button.setVisible(True)

    def _failed(self, message: str) -> None:
        self._end()
        self._show(message)

    def _show(self, text: str) -> None:
        self.summary.setPlainText(text)
        self.summary.setVisible(True)

    def _cancel_or_close(self) -> None:
        if self.job is not None:
            self.job.cancel.set()
        else:
            self.reject()

    def output_folder(self) -> Path:
        out = Path(self.target.text().strip())
        return out if out.is_dir() else out.parent

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output_folder())))
