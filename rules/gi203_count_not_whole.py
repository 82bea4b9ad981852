from gilint import template as T
from gilint.rule import Example, Rule, cell_ref


class CountNotWhole(Rule):
    code = "GI203"
    name = "count-not-whole"
    severity = "error"
    summary = "件数、数量必须是非负整数；只有金额（万元）可以有小数"
    why = "申请、案件、文件都按件计，出现小数或负数必是录入错误（例如把金额填进了件数格）。"
    bad = [Example({"规章\t5\t2\t6": "规章\t5\t-2\t6"}, note="本年废止件数为负数"),
           Example({"行政强制\t9": "行政强制\t9.5"}, note="处理决定数量有小数")]
    good = [Example(note="示例报告本身"),
            Example({"行政事业性收费\t0.52": "行政事业性收费\t12.39205"}, note="金额可以有小数")]

    def check(self, report):
        for table, row, column, cell in report.cells():
            if cell.value is None or (type(cell.value) is int and cell.value >= 0):  # the common case, first
                continue
            if cell.value < 0 and not (table == "主动公开" and column == "本年增/减"):
                problem = "不能为负数"
            elif column not in T.AMOUNT_COLUMNS and cell.value != int(cell.value):
                problem = "件数应为整数"
            else:
                continue
            yield self.violation(f"{T.cell_name(table, row, column)}：{cell.raw}，{problem}",
                                 cell.at, [cell_ref(table, row, column)])
