"""Guidelines at hand: each label's definition and examples from the project's schema,
in a read-only panel and in the label buttons' tooltips."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from annotator.gui.i18n import QT_TRANSLATE_NOOP
from annotator.model import LabelDef, LabelSchema

TRIM_TEXT = {
    "whitespace": QT_TRANSLATE_NOOP("Guidelines", "keeps quote marks and danda you select"),
    "punctuation": QT_TRANSLATE_NOOP("Guidelines", "drops surrounding punctuation"),
}
KIND_TEXT = {
    "entity": QT_TRANSLATE_NOOP("Guidelines", "entity"),
    "quote": QT_TRANSLATE_NOOP("Guidelines", "quote"),
    "claim": QT_TRANSLATE_NOOP("Guidelines", "claim"),
    "cue": QT_TRANSLATE_NOOP("Guidelines", "cue"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Guidelines", text)


def kind_name(kind: str) -> str:
    """A label kind as the interface names it (the stored value stays English)."""
    return _tr(KIND_TEXT[kind]) if kind in KIND_TEXT else kind


def label_tooltip(label: LabelDef) -> str:
    """Rich text for a label button: definition, examples, key (user text escaped)."""
    parts = [f"<b>{html.escape(label.name)}</b> ({html.escape(kind_name(label.kind.value))})"]
    if label.description:
        parts.append(html.escape(label.description))
    if label.examples:
        examples = ", ".join(html.escape(e) for e in label.examples)
        parts.append(
            QCoreApplication.translate("Guidelines", "e.g. {examples}").format(examples=examples)
        )
    if label.key:
        parts.append(
            QCoreApplication.translate("Guidelines", "Key: {key}").format(
                key=html.escape(label.key)
            )
        )
    return "<qt>" + "<br>".join(parts) + "</qt>"


def guidelines_html(schema: LabelSchema | None) -> str:
    """The Guidelines panel's page: labels (colour, key, definition, examples, trim rule)
    and the relation types."""
    if schema is None:
        return (
            "<p>"
            + html.escape(QCoreApplication.translate("Guidelines", "No project is open."))
            + "</p>"
        )
    out = [f"<h3>{html.escape(schema.name)}</h3>"]
    for label in schema.labels:
        chip = (
            f'<span style="background:{html.escape(label.color)}; color:#000">&nbsp;'
            f"{html.escape(label.name)}&nbsp;</span>"
        )
        key = (
            QCoreApplication.translate("Guidelines", " · key {key}").format(
                key=f"<b>{html.escape(label.key)}</b>"
            )
            if label.key
            else ""
        )
        out.append(f"<p>{chip} <i>{html.escape(kind_name(label.kind.value))}</i>{key}<br>")
        out.append(
            html.escape(
                label.description
                or QCoreApplication.translate("Guidelines", "(no definition in the schema yet)")
            )
        )
        if label.examples:
            items = "".join(f"<li>{html.escape(e)}</li>" for e in label.examples)
            examples = html.escape(QCoreApplication.translate("Guidelines", "Examples:"))
            out.append(f"<br>{examples}<ul style='margin-top:0'>{items}</ul>")
        selection = QCoreApplication.translate("Guidelines", "Selection: {rule}.").format(
            rule=_tr(TRIM_TEXT[label.trim_rule.value])
        )
        out.append(
            f"<br><small>{html.escape(selection)}</small>"
            + "".join(
                f"<br><small>{html.escape(a.name)}: {html.escape(a.description)}</small>"
                for a in label.attributes
                if a.description
            )
            + "</p>"
        )
    if schema.relation_types:
        links = QCoreApplication.translate("Guidelines", "Links")
        out.append(f"<h4>{html.escape(links)}</h4>")
        for rel in schema.relation_types:
            key = (
                QCoreApplication.translate("Guidelines", " (key {key})").format(
                    key=f"<b>{html.escape(rel.key)}</b>"
                )
                if rel.key
                else ""
            )
            ends = f"{' / '.join(rel.sources)} → {' / '.join(rel.targets)}"
            out.append(
                f"<p><b>{html.escape(rel.name)}</b>{key}: {html.escape(ends)}<br>"
                f"{html.escape(rel.description)}</p>"
            )
    return "".join(out)


class GuidelinesPanel(QTextBrowser):
    """Read-only: the schema is edited in Team → Label schema."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidelinesPanel")
        self.setOpenLinks(False)
        self._schema: LabelSchema | None = None
        self._stale = True  # written once its tab is shown (it starts behind Details)
        self._shown = False  # its dock's tab is the one shown (visibilityChanged)
        self.set_schema(None)

    def set_schema(self, schema: LabelSchema | None) -> None:
        """Show ``schema``'s guidelines; while the panel's tab is behind another they
        are written when it is brought to the front, not on every project opened."""
        self._schema, self._stale = schema, True
        if self._shown:
            self._write()

    def set_shown(self, shown: bool) -> None:
        """Its dock's ``visibilityChanged``: a tabbed dock behind another stays
        "visible" to ``isVisible`` in Qt 6, only this signal says which tab is shown."""
        self._shown = shown
        if shown:
            self._write()

    def _write(self) -> None:
        if self._stale:
            self._stale = False
            self.setHtml(guidelines_html(self._schema))

    def toPlainText(self) -> str:
        """The text as shown once the panel is brought forward (written now if due)."""
        self._write()
        return super().toPlainText()
