"""The agreement report: a pair-by-pair matrix, a per-label table and the worst documents.

Cells are coloured from red (no agreement) to green (full agreement), so the pairs and
labels to talk about stand out; double-clicking a document asks to open it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import i18n
from annotator.gui.dialogs import ProjectDialog, show_modeless
from annotator.gui.guidelines import kind_name
from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.gui.table_models import RowTableModel, make_table_view, plain_tooltip
from annotator.model import LabelKind, Status
from annotator.service import Changes, Workspace
from annotator.service.agreement import AgreementReport, PairAgreement, Prf, agreement

Index = QModelIndex | QPersistentModelIndex
REFRESH_DELAY_MS = 400  # after the last edit, before the agreement is counted again


def agreement_color(value: float | None) -> QColor | None:
    """Red at 0, yellow at 0.5, green at 1 (light, so text stays readable)."""
    if value is None:
        return None
    value = max(0.0, min(1.0, value))
    hue = int(120 * value)  # 0 red .. 120 green
    return QColor.fromHsv(hue, 90, 245)


def percent(value: float | None) -> str:
    return (
        QCoreApplication.translate("AgreementDialog", "n/a")
        if value is None
        else i18n.digits(f"{value * 100:.1f}")
    )


class PairMatrixModel(QAbstractTableModel):
    """Annotators by annotators; each cell the pair's exact-match F1 (tooltip: the rest)."""

    PairRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.names: list[str] = []
        self.pairs: dict[tuple[str, str], PairAgreement] = {}

    def set_report(self, report: AgreementReport) -> None:
        self.beginResetModel()
        self.names = list(report.annotators)
        self.pairs = {}
        for pair in report.pairs:
            self.pairs[(pair.a, pair.b)] = pair
            self.pairs[(pair.b, pair.a)] = pair
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.names)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.names):
            return self.names[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a, b = self.names[index.row()], self.names[index.column()]
        pair = self.pairs.get((a, b))
        if role == self.PairRole:
            return pair
        if pair is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return percent(pair.exact.f1)
        if role == Qt.ItemDataRole.BackgroundRole:
            return agreement_color(pair.exact.f1)
        if role == Qt.ItemDataRole.ToolTipRole:
            kappa = (
                QCoreApplication.translate("AgreementDialog", "n/a")
                if pair.kappa is None
                else i18n.digits(f"{pair.kappa:.3f}")
            )
            return plain_tooltip(
                QCoreApplication.translate(
                    "AgreementDialog",
                    "{a} vs {b}: {documents} documents\n"
                    "exact F1 {exact}, overlap F1 {overlap}\n"
                    "Cohen's kappa {kappa} on {tokens} tokens\n"
                    "relations F1 {relations}\n"
                    "quotes and claims F1 {units}, cues F1 {cues}\n"
                    "speakers F1 {speakers} by referent, {by_mention} by mention",
                ).format(
                    a=pair.a,
                    b=pair.b,
                    documents=i18n.number(pair.documents),
                    exact=percent(pair.exact.f1),
                    overlap=percent(pair.overlap.f1),
                    kappa=kappa,
                    tokens=i18n.number(pair.tokens),
                    relations=percent(pair.relations.f1),
                    units=percent(pair.units.f1),
                    cues=percent(pair.cues.f1),
                    speakers=percent(pair.speakers.f1),
                    by_mention=percent(pair.speakers_by_mention.f1),
                )
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class LabelAgreementModel(RowTableModel):
    """One pair's figures per label, the overall row first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LabelAgreementModel", "Label"),
        QT_TRANSLATE_NOOP("LabelAgreementModel", "Exact P"),
        QT_TRANSLATE_NOOP("LabelAgreementModel", "Exact R"),
        QT_TRANSLATE_NOOP("LabelAgreementModel", "Exact F1"),
        QT_TRANSLATE_NOOP("LabelAgreementModel", "Overlap P"),
        QT_TRANSLATE_NOOP("LabelAgreementModel", "Overlap R"),
        QT_TRANSLATE_NOOP("LabelAgreementModel", "Overlap F1"),
        QT_TRANSLATE_NOOP("LabelAgreementModel", "Spans a"),
        QT_TRANSLATE_NOOP("LabelAgreementModel", "Spans b"),
    )
    F1_COLUMNS = (3, 6)

    def set_pair(self, pair: PairAgreement | None) -> None:
        rows: list[tuple[str, Prf, Prf]] = []
        if pair is not None:
            rows = [
                (QCoreApplication.translate("AgreementDialog", "all"), pair.exact, pair.overlap)
            ] + [
                (label, pair.exact_by_label[label], pair.overlap_by_label[label])
                for label in sorted(pair.exact_by_label)
            ]
        self.set_rows(rows)

    def _value(self, row: int, column: int) -> Any:
        label, exact, overlap = self.rows[row]
        values: list[Any] = [
            label,
            exact.precision,
            exact.recall,
            exact.f1,
            overlap.precision,
            overlap.recall,
            overlap.f1,
            exact.reference,
            exact.predicted,
        ]
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(value)
            if index.column() in (7, 8):
                return i18n.number(value)
            return percent(value)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in self.F1_COLUMNS:
            return agreement_color(value)
        return None


class DocumentAgreementModel(RowTableModel):
    """Documents by mean exact F1, lowest first: the ones to discuss."""

    HEADERS = (
        "F1",
        QT_TRANSLATE_NOOP("DocumentAgreementModel", "Document"),
        QT_TRANSLATE_NOOP("DocumentAgreementModel", "Title"),
        QT_TRANSLATE_NOOP("DocumentAgreementModel", "Annotators"),
    )
    DocumentIdRole = Qt.ItemDataRole.UserRole + 1

    def set_report(self, report: AgreementReport) -> None:
        self.set_rows(list(report.documents))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self.rows[index.row()]
        if role == self.DocumentIdRole:
            return doc.document_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (percent(doc.f1), doc.external_id, doc.title, ", ".join(doc.annotators))[
                index.column()
            ]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 0:
            return agreement_color(doc.f1)
        return None


class AgreementDialog(ProjectDialog):
    """Agreement of a project's annotators on the documents they finished."""

    document_activated = Signal(int)

    def __init__(
        self, workspace: Workspace, project: str | int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            workspace, project, QCoreApplication.translate("AgreementDialog", "Agreement"), parent
        )
        self.report: AgreementReport | None = None
        self.resize(900, 640)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("all kinds"), None)
        for kind in LabelKind:
            self.kind.addItem(kind_name(kind.value), kind.value)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("agreementSummary")
        self.matrix = PairMatrixModel(self)
        self.labels = LabelAgreementModel(self)
        self.documents = DocumentAgreementModel(self)
        self.matrix_view = make_table_view(self, self.matrix, rows=False, stretch_last=False)
        self.label_view = make_table_view(self, self.labels)
        self.document_view = make_table_view(self, self.documents)
        self.pair_title = QLabel(self)
        self.pair_title.setTextFormat(Qt.TextFormat.PlainText)  # annotator names

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Labels:")))
        top.addWidget(self.kind)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(
            QLabel(self.tr("Exact-match F1 by pair (hover for overlap F1, kappa, relations)"))
        )
        layout.addWidget(self.matrix_view, 2)
        layout.addWidget(self.pair_title)
        layout.addWidget(self.label_view, 3)
        layout.addWidget(QLabel(self.tr("Lowest agreement first (double-click to open)")))
        layout.addWidget(self.document_view, 2)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeAgreement")
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        # Connect signals
        self.close_button.clicked.connect(self.reject)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.matrix_view.selectionModel().currentChanged.connect(self._pair_selected)
        self.document_view.doubleClicked.connect(self._document_chosen)
        self._stale = QTimer(self)  # edits arrive key by key: count again once they pause
        self._stale.setSingleShot(True)
        self._stale.setInterval(REFRESH_DELAY_MS)
        self._stale.timeout.connect(self.refresh)

        self.refresh()

    def on_changes(self, changes: Changes, _source: object = None) -> None:
        """The window's change broadcast: a layer of this project marked done or not done,
        or a done layer edited, changes the agreement; it is counted again shortly."""
        if self.project.id in changes.schemas:  # a label renamed or removed
            self._stale.start()
            return
        state = changes.state
        if state is None or (state.status is not Status.DONE and changes.edits_layer):
            return
        if self.ws.closed or self.ws.document(int(state.document_id)).project_id != self.project.id:
            return
        self._stale.start()

    def refresh(self) -> None:
        self.report = agreement(self.ws, self.project.id, kind=self.kind.currentData())
        alpha = (
            self.tr("n/a") if self.report.alpha is None else i18n.digits(f"{self.report.alpha:.3f}")
        )
        summary = self.tr(
            "{n} annotators · Krippendorff's alpha {alpha} on {tokens} tokens"
        ).format(
            n=i18n.number(len(self.report.annotators)),
            alpha=alpha,
            tokens=i18n.number(self.report.alpha_tokens),
        )
        if len(self.report.annotators) < 2:
            names = ", ".join(self.report.annotators) or self.tr("nobody")
            summary = self.tr(
                "Agreement needs two annotators who marked the same documents done; so far "
                "only {names} did. Assign documents to a second annotator (independent "
                "annotation hides the others' labels), then come back here."
            ).format(names=names)
        self.summary.setText(summary)
        self.summary.setWordWrap(True)
        self.matrix.set_report(self.report)
        self.documents.set_report(self.report)
        self.select_pair(
            *(self.report.annotators[:2] if len(self.report.annotators) > 1 else ("", ""))
        )

    def select_pair(self, a: str, b: str) -> None:
        names = self.matrix.names
        if a in names and b in names:
            self.matrix_view.setCurrentIndex(self.matrix.index(names.index(a), names.index(b)))
        else:
            self._show_pair(None)

    def _pair_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_pair(current.data(PairMatrixModel.PairRole) if current.isValid() else None)

    def _show_pair(self, pair: PairAgreement | None) -> None:
        self.labels.set_pair(pair)
        if pair is None:
            self.pair_title.setText(self.tr("Select a pair in the matrix"))
        else:
            self.pair_title.setText(
                self.tr("{a} vs {b}: {n} documents both done").format(
                    a=pair.a, b=pair.b, n=i18n.number(pair.documents)
                )
            )

    def _document_chosen(self, index: QModelIndex) -> None:
        doc_id = index.siblingAtColumn(0).data(DocumentAgreementModel.DocumentIdRole)
        if doc_id is not None:
            self.document_activated.emit(int(doc_id))


def open_agreement_report(
    workspace: Workspace, project: str | int | None = None, parent: QWidget | None = None
) -> AgreementDialog:
    """Show the agreement report (non-modal); connect ``document_activated`` to open one."""
    return show_modeless(AgreementDialog(workspace, project, parent))
