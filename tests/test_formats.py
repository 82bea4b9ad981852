"""One report in every format parses to the same model: every cell of tables 二/三/四, the year,
the parts. fixtures/formats/ is written by tests/make_format_fixtures.py (the HTML and DOCX
with the official merged cells). A new format adds its file to FORMATS."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from gilint import template as T
from gilint.cli import app
from gilint.readers import read_path
from make_format_fixtures import FIXTURE, write_html, write_markdown, write_text

FORMATS_DIR = FIXTURES / "formats"
FORMATS = {  # file -> input_kind
    "report.txt": "text",
    "report.md": "text",
    "report-utf8.html": "html",
    "report-gbk.html": "html",
    "report.docx": "docx",
    "report.pdf": "pdf",  # written by tests/make_pdf_fixture.py
}


def values(report) -> dict:
    return {table: {row: {column: cell.value for column, cell in cells.items()} for row, cells in rows.items()}
            for table, rows in report.tables.items()}


def fixture_values() -> dict:
    """What the fixture report prints, straight from the generator's data."""
    return {
        "主动公开": FIXTURE.disclosure,
        "依申请": {row: dict(zip(T.APPLICANT_COLUMNS, cells)) for row, cells in FIXTURE.application.items()},
        "复议诉讼": {group: dict(zip(T.REVIEW_COLUMNS, cells)) for group, cells in FIXTURE.review.items()},
    }


@pytest.fixture(scope="module")
def reports():
    return {name: read_path(str(FORMATS_DIR / name)) for name in FORMATS}


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_parses_to_the_same_values(name, reports):
    report = reports[name]
    assert report.input_kind == FORMATS[name]
    assert report.diagnostics == []
    assert values(report) == fixture_values()
    assert report.meta.as_dict() == {
        "title": "某市某区司法局2024年政府信息公开工作年度报告", "org": "某市某区司法局", "year": 2024,
        "year_source": "title", "period": {"start": "2024-01-01", "end": "2024-12-31"}, "published": "2025-01-20",
    }
    assert [(section.number, section.title) for section in report.sections] == \
        [(section.number, section.title) for section in reports["report.txt"].sections]
    assert report.template == "2021"


@pytest.mark.parametrize("name", FORMATS)
def test_every_cell_points_at_its_text(name, reports):
    report = reports[name]
    for rows in report.tables.values():
        for cells in rows.values():
            for cell in cells.values():
                line = report.lines[cell.at.line - 1]
                assert line[cell.at.column - 1:].startswith(cell.raw), (cell, line)
    for section in report.sections:
        assert section.title in report.lines[section.line - 1]
        assert report.lines[section.line - 1][section.column - 1:].startswith(f"{section.number}、"), section


@pytest.mark.parametrize("name", FORMATS)
def test_a_clean_report_is_clean_in_every_format(name, reports, engine):
    assert [(violation.code, violation.message) for violation in engine.run(reports[name])] == []


def test_the_committed_fixtures_are_what_the_generator_writes():
    assert (FORMATS_DIR / "report.txt").read_text(encoding="utf-8") == write_text(FIXTURE)
    assert (FORMATS_DIR / "report.md").read_text(encoding="utf-8") == write_markdown(FIXTURE)
    assert (FORMATS_DIR / "report-utf8.html").read_text(encoding="utf-8") == write_html(FIXTURE)
    assert (FORMATS_DIR / "report-gbk.html").read_bytes() == write_html(FIXTURE, "gbk", word_style=True).encode("gbk")


def test_markdown_heading_and_bold_marks_are_not_part_of_the_text(reports):
    report = reports["report.md"]
    assert report.lines[report.meta.title_at.line - 1].startswith("# ") and report.meta.title_at.column == 3
    fifth = next(section for section in report.sections if section.number == "五")
    assert report.lines[fifth.line - 1] == "**五、存在的主要问题及改进情况**"
    assert fifth.title == "存在的主要问题及改进情况"


def test_a_folder_mixing_formats_is_checked_whole_and_broken_files_are_named(tmp_path):
    for name in FORMATS:
        shutil.copy(FORMATS_DIR / name, tmp_path / name)
    (tmp_path / "坏.docx").write_bytes(b"this is not a zip")
    (tmp_path / "首页.html").write_text("<html><body><p>欢迎访问</p></body></html>", encoding="utf-8")
    (tmp_path / "~$report.docx").write_bytes(b"Word's lock file")
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--output-format", "concise"])
    assert result.exit_code == 2
    unreadable = sorted(line for line in result.output.splitlines() if " GI000 " in line)
    assert unreadable == [
        f"{tmp_path / '坏.docx'}:1:1: GI000 无法检查此文件：不是有效的 Word 文档（.docx）：文件已损坏，或是旧版 .doc、"
        "WPS 专有格式；请用 Word 或 WPS 另存为 .docx 后再检查",
        f"{tmp_path / '首页.html'}:1:1: GI000 无法检查此文件：未找到年度报告的内容（没有“一、总体情况”等部分，也没有表格）",
    ]
    assert f"检查了 {len(FORMATS) + 2} 个文件" in result.output and "~$" not in result.output


def test_checking_a_text_file_imports_neither_lxml_nor_python_docx():
    code = ("import sys; from gilint.readers import read_path; read_path(sys.argv[1]); "
            "print(sorted(name for name in ('lxml', 'docx') if name in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(FORMATS_DIR / "report.txt")],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


MISTAKES = {  # a drafting mistake in the report's text -> the finding every format must give
    "count": ({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请365件。"}, "GI501"),
    "fee": ({"本年度未收取信息处理费。": "本年度工作平稳。"}, "GI605"),
    "title": ({"五、存在的主要问题及改进情况": "五、存在的主要问题及下一步打算"}, "GI603"),
    "period": ({"2024年1月1日至2024年12月31日": "2024年1月1日至2024年6月30日"}, "GI401"),
    "late": ({"2025年1月20日": "2025年2月15日"}, "GI402"),
    "date": ({"2025年1月20日": "2025年2月30日"}, "GI403"),
    "old-year": ({"2024年，本机关": "2023年，本机关"}, "GI604"),
    "regulation": ({"《中华人民共和国政府信息公开条例》": "《中华人民共和国政府信息公开条列》"}, "GI601"),
}


@pytest.mark.parametrize("mistake", MISTAKES)
def test_a_mistake_in_the_text_is_found_in_every_format(mistake, tmp_path, monkeypatch, engine):
    import make_format_fixtures as generator

    edits, code = MISTAKES[mistake]
    parts = generator.parts

    def edited(tables, org=generator.ORG):
        found = []
        for kind, content in parts(tables, org):
            if isinstance(content, str):
                for printed, written in edits.items():
                    content = content.replace(printed, written)
            found.append((kind, content))
        return found

    monkeypatch.setattr(generator, "parts", edited)
    (tmp_path / "r.txt").write_text(write_text(FIXTURE), encoding="utf-8")
    (tmp_path / "r.md").write_text(write_markdown(FIXTURE), encoding="utf-8")
    (tmp_path / "r.html").write_text(write_html(FIXTURE, word_style=True), encoding="utf-8")
    (tmp_path / "one-line.html").write_text(write_html(FIXTURE, one_line=True), encoding="utf-8")
    generator.write_docx(FIXTURE, tmp_path / "r.docx")
    for path in sorted(tmp_path.iterdir()):
        assert [violation.code for violation in engine.run(read_path(str(path)))] == [code], path.name


def _with_zero_width(name: str, tmp_path):
    """The fixture with a zero-width space after every cell and line, as some CMS pages carry them."""
    import re
    import zipfile

    import make_format_fixtures as generator

    path = tmp_path / name
    if name.endswith(".docx"):
        generator.write_docx(FIXTURE, tmp_path / "clean.docx")
        with zipfile.ZipFile(tmp_path / "clean.docx") as clean, zipfile.ZipFile(path, "w") as marked:
            for item in clean.infolist():
                data = clean.read(item)
                if item.filename == "word/document.xml":
                    data = data.replace("</w:t>".encode(), "\u200b</w:t>".encode())
                marked.writestr(item, data)
    elif name.endswith(".html"):
        path.write_text(re.sub(r"</(td|p|h1|h2)>", r"&#8203;</\1>", write_html(FIXTURE)), encoding="utf-8")
    else:
        text = {"r.txt": write_text, "r.md": write_markdown}[name](FIXTURE)
        path.write_text("\n".join("\ufeff" + line.replace("\t", "\u200b\t") for line in text.split("\n")),
                        encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["r.txt", "r.md", "r.html", "r.docx"])
def test_zero_width_characters_are_read_as_spaces(name, tmp_path, reports, engine):
    """&#8203; after every value lost all three tables (GI303 and a GI304 per row), and one before a
    heading lost the part. Invisible on the page, they are white space to gilint."""
    report = read_path(str(_with_zero_width(name, tmp_path)))
    expected = reports["report.txt"]
    assert {table: {row: {column: cell.value for column, cell in cells.items()} for row, cells in rows.items()}
            for table, rows in report.tables.items()} == \
        {table: {row: {column: cell.value for column, cell in cells.items()} for row, cells in rows.items()}
         for table, rows in expected.tables.items()}
    assert [section.number for section in report.sections] == list("一二三四五六")
    assert (report.meta.org, report.meta.year) == ("某市某区司法局", 2024)
    assert [violation.code for violation in engine.run(report)] == []
