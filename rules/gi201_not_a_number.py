from gilint import template as T
from gilint.rule import Example, Rule, cell_ref


class NotANumber(Rule):
    code = "GI201"
    name = "not-a-number"
    severity = "error"
    summary = "表格中应填数字的单元格写了文字或符号（如“无”“/”“—”）"
    why = ("模板的每个数据格都是数量或金额，没有的应填 0。写“无”“/”会让汇总和核对无法进行，"
           "也说不清是 0 还是未统计。")
    bad = [Example({"行政许可\t1": "行政许可\t无"}, note="行政许可处理决定数量写成“无”")]

    def check(self, report):
        for table, row, column, cell in report.cells():
            if cell.value is None and cell.raw:
                yield self.violation(f"{T.cell_name(table, row, column)}：“{cell.raw}”不是数字，没有的应填 0",
                                     cell.at, [cell_ref(table, row, column)], hint="0")
