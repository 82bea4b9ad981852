from gilint.reportset import consecutive
from gilint.rule import Example, SetRule, cell_ref

_ROWS = ("规章", "行政规范性文件")
_ISSUED, _REPEALED, _IN_FORCE = "本年制发件数", "本年废止件数", "现行有效件数"


class InForceCount(SetRule):
    code = "GI702"
    name = "in-force-count"
    severity = "warning"
    summary = "跨年度：表二 现行有效件数 = 上一年报告的现行有效件数 + 本年制发件数 − 本年废止件数（规章、行政规范性文件）"
    why = ("现行有效的规章和规范性文件是逐年滚动的底数：去年的有效件数，加上今年制发的，减去今年废止的。"
           "对不上常常是底数没有摸清。修改、到期失效也会使它对不上，所以只是警告。"
           "只在一起检查同一机关相邻两年的报告时检查（目录或仓库）。")
    bad = [Example(previous={"规章\t1\t0\t3": "规章\t1\t0\t4"},
                   note="上一年现行有效 4 件，本年制发 5 件、废止 2 件，本年却写现行有效 6 件")]
    good = [Example(note="示例报告和上一年的示例报告：3 + 5 − 2 = 6，9 + 0 − 1 = 8")]

    def summarize(self, report):
        rows = report.tables.get("主动公开", {})
        return {row: {column: (cell.value, cell.at) for column, cell in rows[row].items() if cell.value is not None}
                for row in _ROWS if row in rows}

    def check_set(self, reports):
        for this, last in consecutive(reports):
            for row, cells in this.data.items():
                before = last.data.get(row, {}).get(_IN_FORCE)
                if before is None or not {_ISSUED, _REPEALED, _IN_FORCE} <= cells.keys():
                    continue
                issued, repealed, (in_force, at) = cells[_ISSUED][0], cells[_REPEALED][0], cells[_IN_FORCE]
                expected = before[0] + issued - repealed
                if in_force != expected:
                    yield self.violation_in(
                        this.path,
                        f"表二 {row} 现行有效件数={in_force}，上一年（{last.year}年）现行有效件数 {before[0]}"
                        f" + 本年制发件数 {issued} − 本年废止件数 {repealed} = {expected}（上一年报告：{last.path}）",
                        at, [cell_ref("主动公开", row, _IN_FORCE)])
