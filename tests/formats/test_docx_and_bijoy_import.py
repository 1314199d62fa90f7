"""Importing Word documents and Bijoy text: what the linguist gets in the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.cli.main import main

docx = pytest.importorskip("docx")

UNICODE_PARA = "কিম জং উন পুতিনকে চিঠি পাঠিয়েছেন।"
BIJOY_PARA = "wZwb e‡jb, ÔAvgiv cÖ¯‘Z|Õ"
BIJOY_AS_UNICODE = "তিনি বলেন, ‘আমরা প্রস্তুত।’"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def export(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict]:
    code, out, _ = run(
        capsys, "--db", str(db), "export", "-o", "-", "--status", "any", "--project", "P"
    )
    assert code == 0
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def make_docx(path: Path) -> None:
    document = docx.Document()
    document.add_heading("রাশিয়া-উত্তর কোরিয়া বৈঠক", level=1)
    document.add_paragraph(UNICODE_PARA)
    para = document.add_paragraph()
    # A pre-base vowel sign in one run and its consonant in the next, as Word splits runs.
    for piece in ("wZwb e‡", "jb, ÔAvgiv cÖ¯‘Z|Õ"):
        run_ = para.add_run(piece)
        run_.font.name = "SutonnyMJ"
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "সারণি"
    document.add_paragraph("Reuters contributed.")
    document.save(str(path))


def test_docx_with_sutonny_runs_and_a_table(tmp_path: Path, capsys) -> None:
    path = tmp_path / "baithak.docx"
    make_docx(path)
    db = tmp_path / "t.sqlite3"
    code, out, err = run(capsys, "--db", str(db), "import", "--project", "P", str(path))
    assert code == 0, err
    assert "converted 1 documents from Bijoy" in out
    assert "1 tables, 0 images" in out
    [record] = export(capsys, db)
    assert record["text"] == "\n\n".join(
        ["রাশিয়া-উত্তর কোরিয়া বৈঠক", UNICODE_PARA, BIJOY_AS_UNICODE, "Reuters contributed."]
    )
    assert record["meta"]["title"] == "রাশিয়া-উত্তর কোরিয়া বৈঠক"
    assert record["meta"]["converted_from"] == "Bijoy (SutonnyMJ)"
    assert record["meta"]["docx_tables_skipped"] == 1
    assert "সারণি" not in record["text"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"PK\x03\x04 this is not really a zip", "not a readable Word .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "password-protected"),
        (b"plain text pretending", "not a readable Word .docx"),
    ],
)
def test_bad_docx_is_one_line_and_imports_nothing(
    tmp_path: Path, capsys, content: bytes, reason: str
) -> None:
    db = tmp_path / "t.sqlite3"
    good = tmp_path / "good.txt"
    good.write_text(UNICODE_PARA, encoding="utf-8")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(content)
    code, _, err = run(capsys, "--db", str(db), "import", "--project", "P", str(good), str(bad))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0], err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "--db", str(db), "stats")
    assert "Traceback" not in out


def test_bijoy_txt_needs_the_flag_and_round_trips(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bijoy.txt"
    path.write_text("Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm|\n", encoding="utf-8")
    db = tmp_path / "t.sqlite3"
    code, _, err = run(capsys, "--db", str(db), "import", "--project", "P", str(path))
    assert code == 2 and "--convert-bijoy" in err and str(path) in err
    code, out, err = run(
        capsys, "--db", str(db), "import", "--project", "P", "--convert-bijoy", str(path)
    )
    assert code == 0, err
    assert "আমার সোনার বাংলা" in out  # the preview
    [record] = export(capsys, db)
    text = record["text"]
    assert text == "আমার সোনার বাংলা, আমি তোমায় ভালবাসি।\n"
    assert record["meta"]["converted_from"] == "Bijoy (SutonnyMJ)"
    # A span on the converted text round-trips with valid offsets.
    start = text.index("বাংলা")
    record["spans"] = [{"id": "s1", "start": start, "end": start + 5, "label": "GPE"}]
    record["annotator"] = "rina"
    again = tmp_path / "again.jsonl"
    again.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", str(db), "import", "--project", "P", str(again))
    assert code == 0, err
    [back] = export(capsys, db)
    [span] = [s for s in back["spans"]]
    assert text[span["start"] : span["end"]] == span["text"] == "বাংলা"


def test_bijoy_saved_as_windows_1252(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ansi.txt"
    path.write_bytes("Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm|\r\n".encode("cp1252"))
    db = tmp_path / "t.sqlite3"
    code, _, err = run(capsys, "--db", str(db), "import", "--project", "P", str(path))
    assert code == 2 and "Windows-1252" in err and "--convert-bijoy" in err
    code, _, err = run(
        capsys, "--db", str(db), "import", "--project", "P", "--convert-bijoy", str(path)
    )
    assert code == 0, err
    [record] = export(capsys, db)
    assert record["text"] == "আমার সোনার বাংলা, আমি তোমায় ভালবাসি।\n"
