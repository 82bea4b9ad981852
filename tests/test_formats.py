"""One report in every format parses to the same model: every cell of tables 二/三/四, the year,
the parts. fixtures/formats/ is written by tests/make_format_fixtures.py (the HTML and DOCX
with the official merged cells). A new format adds its file to FORMATS."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from gilint import template as T
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


@pytest.mark.parametrize("name", FORMATS)
def test_a_clean_report_is_clean_in_every_format(name, reports, engine):
    assert [(violation.code, violation.message) for violation in engine.run(reports[name])] == []


def test_the_committed_fixtures_are_what_the_generator_writes():
    assert (FORMATS_DIR / "report.txt").read_text(encoding="utf-8") == write_text(FIXTURE)
    assert (FORMATS_DIR / "report.md").read_text(encoding="utf-8") == write_markdown(FIXTURE)
    assert (FORMATS_DIR / "report-utf8.html").read_text(encoding="utf-8") == write_html(FIXTURE)
    assert (FORMATS_DIR / "report-gbk.html").read_bytes() == write_html(FIXTURE, "gbk", word_style=True).encode("gbk")
