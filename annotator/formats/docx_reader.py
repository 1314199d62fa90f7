"""Word documents (``.docx``) as plain-text documents.

Paragraphs become the text with a blank line between them; the first heading (or, if
there is none, the first short line) becomes the title. Runs set in a Bijoy font (the
SutonnyMJ family: see :data:`BIJOY_FONTS`) are converted to Unicode Bengali without a
flag, since the font says what they are; other runs are kept as they are. Tables and
images have no place in a plain-text document: they are skipped and counted in the
document's meta (``docx_tables_skipped``, ``docx_images_skipped``).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.formats.foreign import OnError
from annotator.model import DocumentRecord, RecordError
from annotator.model.errors import Message
from annotator.text import normalize_text
from annotator.text.legacy import BIJOY_ENCODING, convert_bijoy

# Fonts of the Bijoy family: text set in them is Bijoy whatever it looks like. Every font
# shipped for Bijoy typing carries the "MJ" suffix, so any such name counts as well.
BIJOY_FONTS = frozenset({"SutonnyMJ", "SutonnyOMJ", "SutonnySushreeMJ", "SutonnyEMJ"})
TITLE_MAX_CHARS = 120
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted OOXML and old .doc files
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def is_bijoy_font(name: str | None) -> bool:
    """Whether a font name belongs to the Bijoy (SutonnyMJ) family."""
    if not name:
        return False
    base = name.strip().split(",")[0].replace(" ", "")
    for suffix in ("Bold", "Italic", "Regular"):
        base = base.removesuffix(suffix)
    return base in BIJOY_FONTS or base.endswith("MJ")


def read_docx(path: Path, on_error: OnError | None = None) -> Iterator[DocumentRecord]:
    """One document from a ``.docx`` file; a bad or encrypted file is one clear error."""
    yield docx_record(path)


def docx_record(path: Path) -> DocumentRecord:
    """The document of one ``.docx`` file (see the module docstring)."""
    origin = f"{path}:1"
    document = _open(path, origin)
    paragraphs: list[str] = []
    headings: list[str] = []
    stats = {"tables": 0, "images": 0, "bijoy_runs": 0}
    for block in document.element.body.iterchildren():
        if block.tag == f"{_W}tbl":
            stats["tables"] += 1
        elif block.tag == f"{_W}p":
            stats["images"] += len(block.findall(f".//{_W}drawing")) + len(
                block.findall(f".//{_W}pict")
            )
    for paragraph in document.paragraphs:
        text = _paragraph_text(paragraph, stats).strip()
        if not text:
            continue
        paragraphs.append(text)
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        if style.startswith(("Heading", "Title")):
            headings.append(text)
    if not paragraphs:
        raise RecordError(origin, Message("the document has no text (only tables or images?)"))
    text = normalize_text("\n\n".join(paragraphs))
    title = normalize_text(headings[0] if headings else _short_first_line(paragraphs, path))
    meta: dict[str, Any] = {"title": title, "source": path.name}
    if stats["bijoy_runs"]:
        meta["converted_from"] = BIJOY_ENCODING
        meta["converted_runs"] = stats["bijoy_runs"]
    if stats["tables"]:
        meta["docx_tables_skipped"] = stats["tables"]
    if stats["images"]:
        meta["docx_images_skipped"] = stats["images"]
    return DocumentRecord(
        text=text, external_id=path.stem, title=title, source=path.name, meta=meta, origin=origin
    )


def _open(path: Path, origin: str) -> Any:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a dependency of the package
        raise RecordError(origin, Message("reading .docx needs the python-docx package")) from None
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise RecordError(
            origin, Message("cannot read the file: {exc}", exc=exc.strerror or str(exc))
        ) from None
    if head == _OLE_MAGIC:
        raise RecordError(
            origin,
            "the file is password-protected (encrypted) or an old Word .doc file; "
            "save it from Word as an unprotected .docx",
        )
    try:
        return docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise RecordError(
            origin, Message("not a readable Word .docx document ({exc})", exc=str(exc))
        ) from None
    except Exception as exc:  # lxml and zip errors of damaged files have no common base
        raise RecordError(
            origin, f"not a readable Word .docx document ({type(exc).__name__})"
        ) from None


def _paragraph_text(paragraph: Any, stats: dict[str, int]) -> str:
    """The paragraph's text, its Bijoy-font runs converted (neighbouring runs merged,
    since a pre-base vowel sign may sit in one run and its consonant in the next)."""
    pieces: list[tuple[bool, str]] = []
    base_font = _style_font(paragraph.style)
    for run in paragraph.runs:
        font = run.font.name or _rfonts(run) or _style_font(run.style) or base_font
        bijoy = is_bijoy_font(font)
        if pieces and pieces[-1][0] == bijoy:
            pieces[-1] = (bijoy, pieces[-1][1] + run.text)
        else:
            pieces.append((bijoy, run.text))
    out = []
    for bijoy, text in pieces:
        if bijoy and text.strip():
            stats["bijoy_runs"] += 1
            out.append(convert_bijoy(text))
        else:
            out.append(text)
    return "".join(out)


def _rfonts(run: Any) -> str | None:
    rpr = run._element.rPr
    if rpr is None or rpr.rFonts is None:
        return None
    fonts = rpr.rFonts
    for attr in ("ascii", "hAnsi", "cs"):
        value = fonts.get(f"{_W}{attr}")
        if value:
            return str(value)
    return None


def _style_font(style: Any) -> str | None:
    while style is not None:
        name = getattr(style.font, "name", None)
        if name:
            return str(name)
        style = style.base_style
    return None


def _short_first_line(paragraphs: list[str], path: Path) -> str:
    first = paragraphs[0].split("\n")[0].strip()
    return first if 0 < len(first) <= TITLE_MAX_CHARS else path.stem
