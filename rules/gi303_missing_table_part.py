from gilint import template as T
from gilint.model import Position
from gilint.rule import Example, Rule, cell_ref

_TABLE_PART = {"主动公开": "二", "依申请": "三", "复议诉讼": "四"}
_COLUMNS_2019_ONLY = {c for columns, _ in T.DISCLOSURE_2019.values() for c in columns} - \
    {c for columns, _ in T.DISCLOSURE_2021.values() for c in columns}


def expected_rows(report, table: str) -> dict[str, tuple[str, ...]]:
    """Row -> columns the report should print; 表二 follows each block's own template."""
    if table != "主动公开":
        return T.template_columns(table, report.template_of.get(table, "2021"))
    rows = report.tables.get(table, {})
    expected = {}
    for block, (columns, names) in T.DISCLOSURE_2021.items():
        old_columns, old_names = T.DISCLOSURE_2019[block]
        present = [name for name in names + old_names if name in rows]
        if any(column in _COLUMNS_2019_ONLY for name in present for column in rows[name]):
            columns, names = old_columns, old_names
        expected.update({name: columns for name in names})
    return expected


class MissingTablePart(Rule):
    code = "GI303"
    name = "missing-table-part"
    severity = "error"
    summary = "缺少表二、表三、表四，或表中缺少模板规定的行、列"
    why = ("三张表的行列由格式统一规定，缺行缺列就无法汇总和比较；"
           "表格若以图片形式发布，文字版读者和检查工具都读不到数据。")
    bad = [Example({"行政强制\t9": ""}, note="表二缺少“行政强制”行"),
           Example({"3.其他\t0\t0\t3\t0\t0\t5\t8": ""}, note="表三缺少（六）3 行"),
           Example({"3.其他\t0\t0\t3\t0\t0\t5\t8": "", "（七）总计\t57\t65\t72\t33\t60\t58\t345": "",
                    "四、结转下年度继续办理\t3\t9\t0\t5\t0\t1\t18": ""},
                   note="表三最后三行都没有（表格不完整）：一条，指在表格断开的地方")]

    def check(self, report):
        headings = {section.number: section.at for section in report.sections}
        for table, part in _TABLE_PART.items():
            name = T.TABLE_NAMES[table]
            rows = report.tables.get(table)
            if not rows:
                at = headings.get(part, Position(1, 1))
                yield self.violation(f"未找到{name}（{T.SECTION_TITLES[part]}）的数据", at)
                continue
            first = next(iter(next(iter(rows.values())).values())).at
            run: list[str] = []  # template rows missing one after another
            last_at = first  # where the last row the table has was printed
            for row, columns in expected_rows(report, table).items():
                cells = rows.get(row)
                label = report.labels.get((table, row))
                if cells is None and not label:
                    run.append(row)
                    continue
                yield from self._missing_rows(table, run, last_at)
                run = []
                last_at = label.at if label else first
                if cells is None:
                    continue
                for column in columns:
                    if column not in cells:
                        yield self.violation(f"{T.cell_name(table, row, column)}：缺少该列", last_at,
                                             [cell_ref(table, row, column)])
            yield from self._missing_rows(table, run, last_at)

    def _missing_rows(self, table: str, run: list[str], last_at: Position):
        """A row or two missing are each reported, at the row after which they belong; a longer run, as
        when a table is cut off or a page is lost, is one finding there, instead of a screenful."""
        name = T.TABLE_NAMES[table]
        if len(run) < 3:
            for row in run:
                yield self.violation(f"{name}缺少“{T.row_label(table, row)}”行", last_at)
            return
        yield self.violation(f"{name}缺少从“{T.row_label(table, run[0])}”到“{T.row_label(table, run[-1])}”"
                             f"的 {len(run)} 行，表格可能不完整", last_at)
