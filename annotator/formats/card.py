"""The dataset card written with every export.

A folder export gets ``dataset.json`` and ``README.md`` inside the folder; a
single-file export ``NAME.EXT`` gets ``NAME.card.json`` and ``NAME.card.md`` next to
it, so several exports can share one folder without overwriting each other's card.
Every Markdown card starts with a Hugging Face dataset-card YAML block (licence,
language, and for ``hf`` the data files per split and the ``ClassLabel`` tag names),
so ``datasets.load_dataset(folder)`` reads only the data and types ``ner_tags``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.model.outputs import write_text_atomic

CARD_MARKER = "<!-- written by annotator export -->"
CARD_JSON = "dataset.json"
CARD_README = "README.md"
FILE_CARD_JSON = ".card.json"  # NAME.card.json next to a single-file export
FILE_CARD_README = ".card.md"
OLD_FILE_CARD_JSON = f".{CARD_JSON}"  # NAME.dataset.json, written by earlier versions
LANGUAGE = "bn"
HF_ALL_SPLIT = "train"  # the name `datasets` gives an export without --split


@dataclass(frozen=True)
class CardNames:
    """Where one export's card goes: ``folder/json`` and ``folder/readme``."""

    folder: Path
    json: str = CARD_JSON
    readme: str = CARD_README
    prefix: str = ""  # of companion files (label_config.xml): "NAME." for a single file

    @classmethod
    def for_file(cls, data: Path) -> CardNames:
        """The card of a single-file export, named after the file."""
        stem = data.stem
        return cls(data.parent, f"{stem}{FILE_CARD_JSON}", f"{stem}{FILE_CARD_README}", f"{stem}.")


# Files an export writes beside its data (cards, brat and Label Studio configs).
SIDECAR_NAMES = frozenset(
    {CARD_JSON, "annotation.conf", "visual.conf", "ids.tsv", "label_config.xml"}
)
SIDECAR_SUFFIXES = (FILE_CARD_JSON, FILE_CARD_README, ".label_config.xml")


def is_sidecar(path: Path) -> bool:
    """True for a card or config an export wrote beside its data: not data to import."""
    name = path.name
    if name in SIDECAR_NAMES or name.endswith(SIDECAR_SUFFIXES):
        return True
    if name == CARD_README:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return CARD_MARKER in handle.read(64 * 1024)
        except OSError:
            return False
    return False


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_card(path: Path) -> dict[str, Any]:
    """The card in ``path`` if Annotator wrote it, else ``{}``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) and data.get("generator") == "annotator" else {}


def is_ours(names: CardNames) -> bool:
    """True when there is no card yet, or one Annotator wrote (safe to replace)."""
    readme = names.folder / names.readme
    if readme.exists():
        with open(readme, encoding="utf-8", errors="replace") as handle:
            head = handle.read(64 * 1024)
        if CARD_MARKER not in head:
            return False
    card = names.folder / names.json
    return not card.exists() or bool(load_card(card))


def _q(value: object) -> str:
    """A YAML scalar: JSON strings are valid YAML double-quoted strings."""
    return json.dumps(value, ensure_ascii=False)


def hf_split_name(split: str) -> str:
    return HF_ALL_SPLIT if split == "all" else split


def render_yaml(card: dict[str, Any]) -> list[str]:
    """The Hugging Face dataset-card metadata block, between ``---`` lines."""
    lines = [
        "---",
        f"license: {_q(card.get('license') or 'unknown')}",
        "language:",
        f"- {_q(LANGUAGE)}",
        f"pretty_name: {_q(card['project'] + ' (' + card['format'] + ')')}",
    ]
    if card["format"] == "hf":
        lines += ["task_categories:", "- token-classification"]
        lines += ["configs:", "- config_name: default", "  data_files:"]
        for item in card["files"]:
            if not card["counts"].get(item["split"], {}).get("records"):
                continue  # `datasets` refuses a split with no rows
            lines.append(f"  - split: {_q(hf_split_name(item['split']))}")
            lines.append(f"    path: {_q(item['name'])}")
        lines += [
            "dataset_info:",
            "  features:",
            "  - name: id",
            "    dtype: string",
            "  - name: tokens",
            "    sequence: string",
            "  - name: ner_tags",
            "    sequence:",
            "      class_label:",
            "        names:",
        ]
        lines += [f"          {_q(str(i))}: {_q(n)}" for i, n in enumerate(card["tag_names"])]
    lines.append("---")
    return lines


def render_readme(card: dict[str, Any]) -> str:
    """A human-readable summary of ``card``, after its YAML metadata block."""
    lines = [
        *render_yaml(card),
        CARD_MARKER,
        f"# {card['project']}: {card['format']} dataset",
        "",
        f"Exported by Annotator {card['tool_version']} on {card['created']}.",
        "",
        f"- Format: `{card['format']}`; offsets: {card['offset_unit']}",
        f"- Licence: {card.get('license') or 'unknown'}; language: {LANGUAGE}",
        f"- Status filter: {card['filters']['status']}; annotators: "
        + (", ".join(card["annotators"]) or "none"),
        f"- Tokenizer: {card['tokenizer']['name']} {card['tokenizer']['version']}",
    ]
    if card.get("layer"):
        lines.append(
            f"- Token layer: {card['layer']} (overlaps: {card['on_overlap']}); "
            f"{card['expanded_spans']} spans expanded to whole tokens, "
            f"{card['dropped_overlaps']} overlapping spans left out"
        )
    if card.get("split"):
        ratios = ", ".join(f"{k}={v}" for k, v in card["split"]["ratios"].items())
        lines.append(f"- Split: {ratios} (seed {card['split']['seed']}, by document)")
    if card.get("tag_names"):
        lines.append(f"- Tags: {' '.join(card['tag_names'])}")
    lines += ["", "## Counts", ""]
    splits = list(card["counts"])
    labels = sorted({label for c in card["counts"].values() for label in c["labels"]})
    lines.append("| | " + " | ".join(splits) + " |")
    lines.append("|---|" + "---|" * len(splits))
    for row in ("documents", "records"):
        lines.append(f"| {row} | " + " | ".join(str(card["counts"][s][row]) for s in splits) + " |")
    for label in labels:
        lines.append(
            f"| {label} | "
            + " | ".join(str(card["counts"][s]["labels"].get(label, 0)) for s in splits)
            + " |"
        )
    if card.get("split_spans"):
        lines += ["", f"Split spans (two or more fragments): {card['split_spans']}."]
        if card.get("fragments"):
            lines.append(f"In this token format {card['fragments']}.")
    if card.get("fields"):
        lines += ["", "## Fields", ""]
        lines += [f"- `{name}`: {meaning}" for name, meaning in card["fields"].items()]
    lines += _render_notes(card)
    lines += ["", "## Files", ""]
    for item in card["files"]:
        lines.append(f"- `{item['name']}` sha256 `{item['sha256']}`")
    lines.append("")
    return "\n".join(lines)


def _render_notes(card: dict[str, Any]) -> list[str]:
    """Spans and relations left out, and spans spaCy's tokenizer cannot align."""
    lines: list[str] = []
    dropped = card.get("dropped") or {}
    if dropped:
        lines += ["", "## Left out", ""]
        lines += [f"- {reason}: {n}" for reason, n in sorted(dropped.items())]
    misaligned = card.get("spacy_misaligned")
    if misaligned:
        count = card.get("spacy_misaligned_count", len(misaligned))
        lines += [
            "",
            "## Not aligned with spaCy's `bn` tokenizer",
            "",
            f"{count} spans start or end inside a spaCy token; spaCy trains on them as "
            "missing values. The first ones:",
            "",
        ]
        lines += [
            f"- {item['document']} ({item['annotator']}): {item['label']} {item['text']!r} "
            f"at {item['start']}-{item['end']}"
            for item in misaligned
        ]
    return lines


def write_card(names: CardNames, card: dict[str, Any]) -> list[Path]:
    """Write both card files atomically; returns their paths."""
    names.folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in (
        (names.json, json.dumps(card, ensure_ascii=False, indent=2) + "\n"),
        (names.readme, render_readme(card)),
    ):
        written.append(write_text_atomic(names.folder / name, content))
    return written


def read_card(path: Path) -> dict[str, Any]:
    """The card of the export ``path`` belongs to: ``NAME.card.json`` next to a
    single file (or one listing it, for a split), ``dataset.json`` of a folder."""
    if path.is_dir():
        own = load_card(path / CARD_JSON)
        if own:
            return own
    folder = path.parent
    candidates = [
        folder / f"{path.stem}{FILE_CARD_JSON}",
        *sorted(folder.glob(f"*{FILE_CARD_JSON}")),
        folder / CARD_JSON,
        *sorted(folder.glob(f"*{OLD_FILE_CARD_JSON}")),
    ]
    for candidate in candidates:
        card = load_card(candidate)
        names = {str(item.get("name")) for item in card.get("files", []) if isinstance(item, dict)}
        if path.name in names:
            return card
    return {}
