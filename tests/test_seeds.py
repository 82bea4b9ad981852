"""The five seed reports: complete parses, right values and positions, and every cell checked."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from gilint import template as T
from gilint.readers import read_bytes, read_path

ARITHMETIC = {"GI101", "GI102", "GI103", "GI104"}


@pytest.fixture(scope="module", params=SEEDS, ids=[seed.name for seed in SEEDS])
def seed(request):
    return request.param


def all_cells(report):
    return report.cells()


def test_six_sections_in_order(seed):
    report = read_path(str(seed))
    assert [section.number for section in report.sections] == T.SECTION_NUMBERS


def test_every_cell_of_the_template_is_read(seed):
    report = read_path(str(seed))
    assert report.diagnostics == []
    for table in ("依申请", "复议诉讼"):
        expected = T.template_columns(table, report.template_of.get(table, "2021"))
        assert {row: sorted(cells) for row, cells in report.tables[table].items()} == \
            {row: sorted(columns) for row, columns in expected.items()}
    assert len(report.tables["主动公开"]) == 6
    assert sum(len(cells) for cells in report.tables["主动公开"].values()) == 10


def test_positions_point_at_the_cell_text(seed):
    report = read_path(str(seed))
    for _, _, _, cell in all_cells(report):
        line = report.lines[cell.at.line - 1]
        assert line[cell.at.column - 1:].startswith(cell.raw)


def test_seed_values():
    values = {path.name[:3]: read_path(str(path)) for path in SEEDS}
    for prefix, report in values.items():
        zero_except = {("主动公开", "行政许可", "本年处理决定数量"), ("主动公开", "行政处罚", "本年处理决定数量"),
                       ("主动公开", "行政事业性收费", "本年收费金额")} if prefix == "002" else set()
        for table, row, column, cell in all_cells(report):
            if (table, row, column) not in zero_except:
                assert cell.value == 0, (prefix, table, row, column)
    disclosure = values["002"].tables["主动公开"]
    assert disclosure["行政许可"]["本年处理决定数量"].value == 1782
    assert disclosure["行政处罚"]["本年处理决定数量"].value == 55
    assert disclosure["行政事业性收费"]["本年收费金额"].value == pytest.approx(12.39205)


def test_seed_metadata():
    meta = {path.name[:3]: read_path(str(path)).meta for path in SEEDS}
    assert meta["001"].title == "中埠镇人民政府2024年政府信息公开工作年度报告"
    assert meta["001"].org == "中埠镇人民政府"
    assert str(meta["001"].published.value) == "2025-01-23"
    assert (str(meta["000"].period_start.value), str(meta["000"].period_end.value)) == ("2024-01-01", "2024-12-31")
    assert str(meta["002"].published.value) == "2025-01-20" and meta["002"].year == 2024
    assert str(meta["003"].published.value) == "2026-01-29" and meta["003"].year == 2025
    assert meta["004"].year == 2024 and meta["004"].org == "牧野区北干道街道办事处"
    assert [meta[key].year for key in sorted(meta)] == [2024, 2024, 2024, 2025, 2024]


def test_seed_2019_template_is_recognised():
    report = read_path(str(next(seed for seed in SEEDS if seed.name.startswith("002"))))
    assert report.template == "2019"
    assert "三.六" in report.tables["依申请"] and "三.六.1" not in report.tables["依申请"]
    assert "本年新制作数量" in report.tables["主动公开"]["规章"]


def test_truncated_and_garbled_labels_are_placed_by_numbering():
    report = read_path(str(next(seed for seed in SEEDS if seed.name.startswith("001"))))
    assert report.labels[("依申请", "三.三.2")].text == "2.就法制亍政收禁止公开"
    assert report.labels[("依申请", "三.六.1")].text == "1.申请人无正当理由逾期"
    assert "三.三.2" in report.tables["依申请"] and "三.六.1" in report.tables["依申请"]


def test_no_arithmetic_error_on_seeds(seed, engine):
    found = {violation.code for violation in engine.run(read_path(str(seed)))}
    assert not found & ARITHMETIC


def test_every_changed_number_is_reported_naming_its_cell(seed, engine):
    """Raise each number of tables 三 and 四 by one: some error must name exactly that cell."""
    text = seed.read_text(encoding="utf-8")
    lines = text.split("\n")
    report = read_path(str(seed))
    for table, row, column, cell in all_cells(report):
        if table == "主动公开":
            continue
        edited = list(lines)
        line = edited[cell.at.line - 1]
        start = cell.at.column - 1
        edited[cell.at.line - 1] = line[:start] + str(cell.value + 1) + line[start + len(cell.raw):]
        changed = read_bytes(seed.name, "\n".join(edited).encode("utf-8"))
        names = [ref for violation in engine.run(changed) if violation.code in ARITHMETIC
                 and violation.severity == "error" for ref in violation.cells]
        assert f"{table}:{row}:{column}" in names, (table, row, column)
