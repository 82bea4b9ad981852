from gilint.claims import NUMBER_GROUP as N
from gilint.claims import compare_in_scope, disclosure_figure
from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

_GAP = r"[^,;。、:\d]{0,4}?"
_DOCUMENT = r"(?P<what>规章|行政规范性文件|规范性文件)"
_UNIT = r"\s*(?:件|部|个|份|项)"
# 制发规章5件 / 废止行政规范性文件1件 / 现行有效规章6件 (表二 第二十条第（一）项)
_DOCUMENTS = Pattern(rf"(?P<verb>制发|制定|出台|印发|废止|现行有效)了?(?:的)?(?:部门|政府)?{_DOCUMENT}{_GAP}{N}{_UNIT}")
_COLUMNS = {"制发": "本年制发件数", "制定": "本年制发件数", "出台": "本年制发件数", "印发": "本年制发件数",
            "废止": "本年废止件数", "现行有效": "现行有效件数"}
# 作出行政处罚决定5件 (表二 第二十条第（五）（六）项); 行政许可 alone may count items, not decisions.
_DECISIONS = Pattern(rf"(?P<what>行政许可|行政处罚|行政强制)(?:处理)?决定(?:书)?{_GAP}{N}\s*(?:件|个|起|宗|份)")


class TextDisclosureCount(Rule):
    code = "GI507"
    name = "text-disclosure-count"
    severity = "error"
    summary = "正文所述的规章、规范性文件件数和行政许可、处罚、强制决定数与表二不符"
    why = ("表二统计主动公开的规章、行政规范性文件和处理决定；正文“本年制发规章6件”“作出行政处罚决定15件”"
           "说的是同一批数，与表二不一致时读者不知道哪个是真的（评估通知要求数据“逻辑关系对应一致”）。"
           "只说一部分（其中、通过网站）时不比较，说的是全市或别的年份时只给警告。")
    bad = [Example({"全年共收到政府信息公开申请356件。":
                    "全年共收到政府信息公开申请356件。本年制发规章6件，作出行政处罚决定15件。"},
                   note="表二 规章 本年制发件数为 5，行政处罚 本年处理决定数量为 5"),
           Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件。全市共制发规章20件。"},
                   note="说的是全市，与本机关的表二不符：警告")]
    good = [Example({"全年共收到政府信息公开申请356件。":
                     "全年共收到政府信息公开申请356件。本年制发规章5件、废止规章2件，现行有效规章6件，作出行政处罚决定5件。"},
                    note="与表二一致")]

    def check(self, report):
        if "主动公开" not in report.tables:
            return
        for sentence in sentences(report):
            text = sentence.text
            if "规章" not in text and "规范性文件" not in text and "决定" not in text:
                continue
            for match in _DOCUMENTS.finditer(text):
                row = "规章" if match.group("what") == "规章" else "行政规范性文件"
                column = _COLUMNS[match.group("verb")]
                yield from self._compare(report, sentence, match, f"{match.group('verb')}{row}",
                                         disclosure_figure(report, row, column))
            for match in _DECISIONS.finditer(text):
                row = match.group("what")
                yield from self._compare(report, sentence, match, f"{row}决定",
                                         disclosure_figure(report, row, "本年处理决定数量"))

    def _compare(self, report, sentence, match, said, figure):
        found = compare_in_scope(self, report, sentence, match, said, [figure], "主动公开")
        if found:
            yield found
