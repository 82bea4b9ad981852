from gilint import template as T
from gilint.patterns import Pattern
from gilint.rule import Example, Rule
from gilint.text import norm, text_cache

# A row's numbering in the styles reports use (一、 一. (一) 一) 1. 1、 (1) 1)): the style is not the label's
# wording. An unclosed bracket, (一 or (1, is a slip and stays in.
_NUMBERING = Pattern(r"^(?:\(?[一二三四五六七]\)|[一二三四五六七][、.]?|\(?\d{1,2}\)|\d{1,2}[.、]?)")
_NOTE = Pattern(r"\((?:区分处理的|单位)[^)]*\)|\(万元\)")  # printed notes: （单位：万元） is also written （万元）
_PARTIAL_NOTE = Pattern(r"\(区分处理的[^)]*\)")  # may be left out, but where it is printed it is the template's


@text_cache(4096)
def _core(text: str) -> str:
    """A label without its numbering and printed notes, for comparison."""
    return _NOTE.sub("", _NUMBERING.sub("", norm(text)))


class LabelDiffers(Rule):
    code = "GI304"
    name = "label-differs"
    severity = "warning"
    summary = "表格的行名或列名与模板不同（错字、截断、旧称）"
    why = ("表格的行列名称由格式统一规定。错字或截断的名称（如“申请人无正当理由逾期”、“其他法律行政止公开”）"
           "说明表格是手工录入或复制走样的，要核对这一行的数据是否也走了样。")
    bad = [Example({"2.其他法律行政法规禁止公开\t9\t8\t5\t7\t3\t0\t32": "2.其他法律行政止公开\t9\t8\t5\t7\t3\t0\t32"},
                   note="表三（三）2 的名称少了字"),
           Example({"（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t6\t3\t2\t2\t13":
                    "（二）部分公开（区分处理的，只计这一情况，不计其他情形）\t0\t0\t6\t3\t2\t2\t13"},
                   note="注释中的错字（评估中常见）"),
           Example({"商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他": "商业企业\t科研机构\t社会公益组织\t其他"},
                   note="表头漏了一列的名称，各行仍有 7 个数")]
    good = [Example({"（三）不予公开\t1.属于国家秘密\t9\t2\t9\t0\t8\t0\t28": "（三）不予公开\t(1)属于国家秘密\t9\t2\t9\t0\t8\t0\t28"},
                    note="编号的写法不同不算"),
            Example({"信息内容\t本年收费金额（单位：万元）": "信息内容\t本年收费金额（万元）"}, note="单位的写法不同不算")]

    def check(self, report):
        for key, label in report.labels.items():
            differs = _differs(label.text, key)
            if differs:
                where, expected = differs
                yield self.violation(f"{where}写作“{label.text}”，模板为“{expected}”", label.at, hint=expected)
        yield from self._missing_headers(report)

    def _missing_headers(self, report):
        """表三's header names its seven columns; one left out while the rows still have seven numbers is a
        slip in the header, and a reader cannot tell which column is which."""
        printed = {key[2]: label for key, label in report.labels.items() if key[:2] == ("依申请", "列")}
        if len(printed) < 3:  # no header read at all: nothing to compare
            return
        before = next(iter(printed.values()))
        for column in T.APPLICANT_COLUMNS:
            if column in printed:
                before = printed[column]
            else:
                yield self.violation(f"表三 表头缺少“{column}”列名", before.at, hint=column)


@text_cache(4096)
def _differs(text: str, key: tuple[str, ...]) -> tuple[str, str] | None:
    """Where the label is and what the template prints, when the two differ; cached, as labels repeat."""
    table, name = key[0], T.TABLE_NAMES[key[0]]
    if len(key) == 3:
        expected, where = T.column_label(table, key[2]), f"{name} 列名"
    elif table == "依申请":
        expected, where = T.row_label(table, key[1]).split(" ")[-1], f"{name}{T.row_number(table, key[1])} 行名"
    else:
        expected, where = key[1], f"{name} 行名"
    if _core(text) != _core(expected):
        return where, expected
    note, printed = _PARTIAL_NOTE.search(norm(text)), _PARTIAL_NOTE.search(norm(expected))
    return (where, expected) if note and printed and note.group() != printed.group() else None
