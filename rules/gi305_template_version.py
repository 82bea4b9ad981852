from gilint.model import Position
from gilint.rule import Example, Rule

_FIRST_2021_YEAR = 2021


class TemplateVersion(Rule):
    code = "GI305"
    name = "template-version"
    severity = "error"
    summary = "报告年度与表格模板版本不符：2021 年及以后用〔2021〕30号格式，2019、2020 年用〔2019〕60号格式"
    why = ("国办公开办函〔2021〕30号自 2021 年度报告起施行，改了表二的列和表三（六）的分行。"
           "套用旧模板的报告数据口径不对，无法与其他机关比较。")
    bad = [Example({"信息内容\t本年制发件数\t本年废止件数\t现行有效件数": "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
                    "行政规范性文件\t0\t1\t8": "规范性文件\t0\t1\t8"},
                   note="2024 年报告的表二用了 2019 年版的列")]

    def check(self, report):
        year = report.meta.year
        if year is None:
            return
        expected = "2021" if year >= _FIRST_2021_YEAR else "2019"
        for table, used in report.template_of.items():
            if used == expected:
                continue
            at = self._where(report, table, used)
            if table == "依申请":
                what = "表三（六）其他处理只有一行" if used == "2019" else "表三（六）其他处理分为三行"
            else:
                what = "表二的列名" + ("为本年新制作数量等" if used == "2019" else "为本年制发件数等")
            notice = "国办公开办函〔2021〕30号" if expected == "2021" else "国办公开办函〔2019〕60号"
            yield self.violation(f"{year} 年度报告应使用{notice}的格式，但{what}，是 {used} 年版模板", at)

    @staticmethod
    def _where(report, table: str, used: str) -> Position:
        if table == "依申请":
            label = report.labels.get((table, "三.六")) if used == "2019" else report.labels.get((table, "三.六.1"))
        else:
            label = next((l for k, l in report.labels.items() if k[0] == table and len(k) == 3), None)
        return label.at if label else Position(1, 1)
