"""stdlib ``re`` word classes split Bengali words at every vowel sign; the code never uses them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "annotator"
WORD_CLASSES = re.compile(r"\\[wWbB]")


def _uses_stdlib_re(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name == "re" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "re" and node.level == 0:
            return True
    return False


def test_stdlib_re_word_classes_split_bengali() -> None:
    """Why the rule exists: \\w stops at vowel signs (category Mc/Mn) in Python's re."""
    word = "কোরিয়ার"
    assert re.findall(r"\w+", word) != [word]


def test_no_module_uses_stdlib_re_with_word_classes() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        if not _uses_stdlib_re(tree):
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and WORD_CLASSES.search(node.value)
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value!r}")
    assert offenders == [], "use the regex module or annotator.text:\n" + "\n".join(offenders)
