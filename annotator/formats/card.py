"""The dataset card written next to every export: ``dataset.json`` and ``README.md``."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from annotator.model.outputs import write_text_atomic

CARD_MARKER = "<!-- written by annotator export -->"
CARD_JSON = "dataset.json"
CARD_README = "README.md"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_ours(folder: Path, prefix: str = "") -> bool:
    """True when ``folder`` has no card yet, or one Annotator wrote (safe to replace)."""
    readme = folder / f"{prefix}{CARD_README}"
    if readme.exists():
        with open(readme, encoding="utf-8", errors="replace") as handle:
            if CARD_MARKER not in handle.readline():
                return False
    card = folder / f"{prefix}{CARD_JSON}"
    if card.exists():
        try:
            data = json.loads(card.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        return isinstance(data, dict) and data.get("generator") == "annotator"
    return True


def render_readme(card: dict[str, Any]) -> str:
    """A human-readable summary of ``card``."""
    lines = [
        CARD_MARKER,
        f"# {card['project']}: {card['format']} dataset",
        "",
        f"Exported by Annotator {card['tool_version']} on {card['created']}.",
        "",
        f"- Format: `{card['format']}`; offsets: {card['offset_unit']}",
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
    lines += ["", "## Files", ""]
    for item in card["files"]:
        lines.append(f"- `{item['name']}` sha256 `{item['sha256']}`")
    lines.append("")
    return "\n".join(lines)


def write_card(folder: Path, card: dict[str, Any], prefix: str = "") -> list[Path]:
    """Write both card files atomically (named ``PREFIXdataset.json`` and
    ``PREFIXREADME.md``); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in (
        (f"{prefix}{CARD_JSON}", json.dumps(card, ensure_ascii=False, indent=2) + "\n"),
        (f"{prefix}{CARD_README}", render_readme(card)),
    ):
        written.append(write_text_atomic(folder / name, content))
    return written
