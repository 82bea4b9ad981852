"""PDF reports: the two real 洪泽区 reports read cell by cell against values read by hand from the
rendered pages, their real errors, and the files that cannot be checked (scans, non-PDFs)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from gilint import template as T
from gilint.cli import app
from gilint.readers import UnreadableFile, read_bytes, read_path

PDF = FIXTURES / "pdf"

# Read by hand from the pages rendered with pdftoppm (2023: pp. 2-4, 2024: pp. 2-4).
ZERO = [0] * 7
HAND_READ = {
    "hongze-2023.pdf": {
        "主动公开": {
            "规章": [0, 0, 0], "行政规范性文件": [0, 5, 5], "行政许可": [550], "行政处罚": [4119],
            "行政强制": [195], "行政事业性收费": [7730.28],
        },
        "依申请": {
            "一": [21, 0, 0, 0, 0, 0, 21], "二": ZERO, "三.一": ZERO, "三.二": [4, 0, 0, 0, 0, 0, 4],
            "三.三.1": [1, 0, 0, 0, 0, 0, 1], "三.三.2": ZERO, "三.三.3": ZERO, "三.三.4": ZERO,
            "三.三.5": ZERO, "三.三.6": [1, 0, 0, 0, 0, 0, 1], "三.三.7": [1, 0, 0, 0, 0, 0, 1],
            "三.三.8": ZERO, "三.四.1": [10, 0, 0, 0, 0, 0, 10], "三.四.2": [3, 0, 0, 0, 0, 0, 3],
            "三.四.3": ZERO, "三.五.1": [1, 0, 0, 0, 0, 0, 1], "三.五.2": ZERO, "三.五.3": ZERO,
            "三.五.4": ZERO, "三.五.5": ZERO, "三.六": ZERO, "三.七": [21, 0, 0, 0, 0, 0, 21], "四": ZERO,
        },
        "复议诉讼": {"行政复议": [10, 1, 0, 0, 0], "未经复议直接起诉": [0, 0, 0, 0, 0], "复议后起诉": [5, 0, 0, 0, 0]},
    },
    "hongze-2024.pdf": {
        "主动公开": {
            "规章": [0, 0, 0], "行政规范性文件": [3, 0, 8], "行政许可": [9487], "行政处罚": [2776],
            "行政强制": [84], "行政事业性收费": [7545],
        },
        "依申请": {
            "一": [95, 0, 0, 0, 0, 0, 95], "二": ZERO, "三.一": [50, 0, 0, 0, 0, 0, 50],
            "三.二": [9, 0, 0, 0, 0, 0, 9], "三.三.1": ZERO, "三.三.2": ZERO, "三.三.3": [1, 0, 0, 0, 0, 0, 1],
            "三.三.4": ZERO, "三.三.5": ZERO, "三.三.6": [1, 0, 0, 0, 0, 0, 1], "三.三.7": [1, 0, 0, 0, 0, 0, 1],
            "三.三.8": ZERO, "三.四.1": [31, 0, 0, 0, 0, 0, 31], "三.四.2": [1, 0, 0, 0, 0, 0, 1],
            "三.四.3": ZERO, "三.五.1": [1, 0, 0, 0, 0, 0, 1], "三.五.2": ZERO, "三.五.3": ZERO,
            "三.五.4": ZERO, "三.五.5": ZERO, "三.六": ZERO, "三.七": [95, 0, 0, 0, 0, 0, 95], "四": ZERO,
        },
        "复议诉讼": {"行政复议": [1, 1, 0, 0, 2], "未经复议直接起诉": [1, 0, 0, 0, 1], "复议后起诉": [2, 0, 1, 0, 3]},
    },
}


@pytest.fixture(scope="module")
def reports():
    return {name: read_path(str(PDF / name)) for name in HAND_READ}


def _columns(table: str, row: str) -> list[str]:
    if table == "主动公开":
        blocks = T.DISCLOSURE_2021.values()
        return next(columns for columns, rows in blocks if row in rows)
    return T.APPLICANT_COLUMNS if table == "依申请" else T.REVIEW_COLUMNS


@pytest.mark.parametrize("name", HAND_READ)
def test_every_cell_comes_back_as_printed(reports, name):
    report = reports[name]
    assert report.input_kind == "pdf"
    for table, rows in HAND_READ[name].items():
        assert list(report.tables[table]) == list(rows), table
        for row, values in rows.items():
            found = report.tables[table][row]
            assert list(found) == _columns(table, row), (table, row)
            assert [cell.value for cell in found.values()] == values, (table, row)
    assert report.diagnostics == []
    assert report.meta.year == int(name[-8:-4])
    org = {"hongze-2023.pdf": "洪泽区人民政府", "hongze-2024.pdf": "淮安市洪泽区人民政府"}[name]
    assert report.meta.title == f"{org}{name[-8:-4]}年政府信息公开工作年度报告"  # printed over two lines
    assert report.meta.org == org
    assert [section.number for section in report.sections] == list("一二三四五六")


@pytest.mark.parametrize("name", HAND_READ)
def test_every_position_has_its_page_and_points_at_the_cell_text(reports, name):
    report = reports[name]
    for rows in report.tables.values():
        for cells in rows.values():
            for cell in cells.values():
                assert cell.at.page in range(2, 5)
                line = report.lines[cell.at.line - 1]
                assert line[cell.at.column - 1:].startswith(cell.raw)
    table_four = report.cell("复议诉讼", "复议后起诉", "总计")
    assert table_four.at.page == 4
    last_on_3, first_on_4 = {"hongze-2023.pdf": ("三.四.2", "三.四.3"), "hongze-2024.pdf": ("三.四.1", "三.四.2")}[name]
    assert report.cell("依申请", last_on_3, "总计").at.page == 3  # table 三 runs on over the page break
    assert report.cell("依申请", first_on_4, "总计").at.page == 4


def test_wrapped_labels_are_joined(reports):
    labels = reports["hongze-2023.pdf"].labels
    assert labels[("依申请", "三.二")].text.endswith("不计其他情形）")
    assert labels[("依申请", "三.五.5")].text.endswith("已获取信息")


def test_2023_reports_its_two_review_totals_its_misprint_and_its_2019_row(reports, engine):
    report = reports["hongze-2023.pdf"]
    assert report.template_of["依申请"] == "2019"  # （六）其他处理 printed as one row
    assert "三.六.1" not in report.tables["依申请"]
    violations = engine.run(report)
    totals = [violation for violation in violations if violation.code == "GI104"]
    assert [violation.cells[0] for violation in totals] == ["复议诉讼:行政复议:总计", "复议诉讼:复议后起诉:总计"]
    assert "总计=0" in totals[0].message and "=11" in totals[0].message
    assert "总计=0" in totals[1].message and "=5" in totals[1].message
    for violation in totals:  # the position is the 总计 cell itself, on page 4
        group = violation.cells[0].split(":")[1]
        assert violation.at == report.cell("复议诉讼", group, "总计").at
    misprint = [violation for violation in violations if violation.code == "GI304"]
    assert len(misprint) == 1 and misprint[0].severity == "warning"
    assert "2.其他法律行政止公开" in misprint[0].message
    assert not [violation for violation in violations if violation.code in ("GI101", "GI102", "GI103", "GI001")]


def test_2024_has_no_arithmetic_error(reports, engine):
    codes = {violation.code for violation in engine.run(reports["hongze-2024.pdf"])}
    assert not codes & {"GI001", "GI101", "GI102", "GI103", "GI104"}


def test_page_numbers_are_not_read_as_rows(reports):
    assert not [line for line in reports["hongze-2023.pdf"].lines if line.strip("- ").isdigit()]


def _scan(tmp_path):
    from PIL import Image  # installed with pdfplumber

    path = tmp_path / "扫描件.pdf"
    Image.new("RGB", (595, 842), "white").save(path, "PDF")
    return path


def test_a_scan_gets_one_message_about_ocr(tmp_path):
    with pytest.raises(UnreadableFile, match="OCR"):
        read_path(str(_scan(tmp_path)))


@pytest.mark.parametrize("data", [b"<html><body>not a pdf</body></html>", b"%PDF-1.7\n1 0 obj garbage"])
def test_a_pdf_that_is_not_one_or_is_damaged_is_unreadable(data):
    with pytest.raises(UnreadableFile, match="PDF"):
        read_bytes("report.pdf", data)


def test_the_run_goes_on_past_a_scan_with_one_message_and_exit_2(tmp_path):
    result = CliRunner().invoke(app, ["check", str(_scan(tmp_path)), str(PDF / "hongze-2024.pdf")])
    assert result.exit_code == 2
    scan_lines = [line for line in result.output.splitlines() if "扫描件.pdf" in line]
    assert len(scan_lines) == 1 and "GI000" in scan_lines[0] and "OCR" in scan_lines[0]
    assert "hongze-2024.pdf" in result.output  # the second file was still checked


def test_the_cross_format_fixture_pdf_reads_as_its_text_version():
    """fixtures/formats/report.pdf (tests/make_pdf_fixture.py): merged cells, wrapped labels, 表三 over a
    page break; also in tests/test_formats.py's FORMATS."""
    pdf, text = (read_path(str(FIXTURES / "formats" / name)) for name in ("report.pdf", "report.txt"))
    assert pdf.diagnostics == []
    for table in ("主动公开", "依申请", "复议诉讼"):
        assert {row: {column: cell.value for column, cell in cells.items()} for row, cells in pdf.tables[table].items()} \
            == {row: {column: cell.value for column, cell in cells.items()} for row, cells in text.tables[table].items()}
    assert pdf.meta.as_dict() == text.meta.as_dict()
    assert {cell.at.page for cell in pdf.tables["依申请"]["一"].values()} == {1}
    assert {cell.at.page for cell in pdf.tables["依申请"]["三.一"].values()} == {2}


def _blank_pdf(pages: int) -> bytes:
    """A valid PDF of blank pages, written by hand so the test needs no PDF writer."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [" + " ".join(f"{3 + i} 0 R" for i in range(pages)) + f"] /Count {pages} >>"]
    objects += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * pages
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_a_pdf_of_thousands_of_pages_is_refused_with_a_reason():
    from gilint.readers.pdf import MAX_PAGES

    with pytest.raises(UnreadableFile, match=f"超过 {MAX_PAGES} 页"):
        read_bytes("many.pdf", _blank_pdf(3000))
    with pytest.raises(UnreadableFile, match="没有文字层"):
        read_bytes("few.pdf", _blank_pdf(3))


def test_full_output_names_the_pdf_page():
    result = CliRunner().invoke(app, ["check", str(FIXTURES / "pdf" / "hongze-2023.pdf"), "--select", "GI104"])
    lines = result.output.splitlines()
    assert lines[0].endswith("[review-total]") and " GI104 错误 表四 行政复议 行：总计=0" in lines[0]
    assert lines[1] == "  位置：PDF 第4页（行号指提取出的文字）"


@pytest.mark.parametrize("name", HAND_READ)
def test_findings_about_the_text_and_the_parts_name_their_page_too(reports, name, engine):
    """Their line counts in the extracted text, which a PDF viewer does not show: the page must come with it."""
    report = reports[name]
    assert all(report.line_pages[cell.at.line - 1] == cell.at.page for _, _, _, cell in report.cells())
    found = engine.run(report)
    assert found and all(violation.at.page is not None for violation in found)
    assert next(v for v in found if v.code == "GI606").at.page == 1  # the first part, on the first page
