from gilint.reportset import consecutive
from gilint.rule import Example, SetRule, cell_ref

_CARRIED_IN, _CARRIED_OUT = "二", "四"
_LAST_YEAR_OUT = "四、结转下年度继续办理\t2\t0\t1\t0\t1\t3\t7"


def _row(report, row):
    """A row of 表三 as column -> (value, position): all this rule keeps of a report."""
    cells = report.tables.get("依申请", {}).get(row, {})
    return {column: (cell.value, cell.at) for column, cell in cells.items() if cell.value is not None}


class CarryOver(SetRule):
    code = "GI701"
    name = "carry-over-mismatch"
    severity = "error"
    summary = "跨年度：本年表三“二、上年结转”每一列应等于同一机关上一年报告“四、结转下年度继续办理”的同一列"
    why = ("上一年没办完、结转到下一年的申请，就是下一年从上一年接过来的申请，两份报告写的是同一批件数。"
           "对不上说明其中一份报告的表三有错，或者办理中的申请被漏计。"
           "只在一起检查同一机关相邻两年的报告时检查（目录或仓库）。")
    bad = [Example(previous={_LAST_YEAR_OUT: "四、结转下年度继续办理\t2\t0\t1\t0\t1\t4\t8"},
                   note="上一年报告结转下年度的“其他”“总计”两列比本年的上年结转多 1 件")]
    good = [Example(note="示例报告和上一年的示例报告（结转 7 件，本年上年结转 7 件）")]

    def summarize(self, report):
        return {_CARRIED_IN: _row(report, _CARRIED_IN), _CARRIED_OUT: _row(report, _CARRIED_OUT)}

    def check_set(self, reports):
        for this, last in consecutive(reports):
            carried_out = last.data[_CARRIED_OUT]
            for column, (value, at) in this.data[_CARRIED_IN].items():
                if column not in carried_out or carried_out[column][0] == value:
                    continue
                before, before_at = carried_out[column]
                yield self.violation_in(
                    this.path,
                    f"表三 二、上年结转 {column}列={value}，上一年（{last.year}年）报告 {last.path} 第 {before_at.line} 行"
                    f" 四、结转下年度继续办理 {column}列={before}，两者应相等",
                    at, [cell_ref("依申请", _CARRIED_IN, column)])
