from gilint import template as T
from gilint.rule import Example, Rule, cell_ref


class BlankCell(Rule):
    code = "GI202"
    name = "blank-cell"
    severity = "warning"
    summary = "表格中的数据格留空"
    why = "留空看不出是 0 还是漏填；核对时按 0 计算，但读者无从确认。没有的应填 0。"
    bad = [Example({"行政处罚\t5": "行政处罚\t"}, note="行政处罚一格留空（制表符后无内容）")]

    def check(self, report):
        for table, row, column, cell in report.cells():
            if not cell.raw:
                yield self.violation(f"{T.cell_name(table, row, column)}：留空，没有的应填 0",
                                     cell.at, [cell_ref(table, row, column)], hint="0")
