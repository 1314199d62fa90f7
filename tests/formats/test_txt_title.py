"""Imported .txt files are titled by their headline (issue 14, item 22)."""

from __future__ import annotations


def test_a_txt_file_is_titled_by_its_headline_when_it_has_one(tmp_path) -> None:
    from annotator.formats.inputs import read_text_file

    with_headline = tmp_path / "article-001.txt"
    with_headline.write_text("কিমের সঙ্গে পুতিনের বৈঠক\nমস্কো, ১২ মার্চ — দুই নেতা বৈঠক করেন।", "utf-8")
    lead_only = tmp_path / "article-002.txt"
    lead_only.write_text("দুই নেতা বৈঠক করেন।\nপরে তাঁরা কথা বলেন।", "utf-8")
    assert read_text_file(with_headline).title == "কিমের সঙ্গে পুতিনের বৈঠক"
    assert read_text_file(lead_only).title == "article-002"
