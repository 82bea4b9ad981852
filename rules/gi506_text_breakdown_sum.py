import re

from gilint.numbers import QUANTITY, read_number
from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

_TOTAL = Pattern(rf"{QUANTITY}\s*[,:。]?\s*$")
_QUANTITY = Pattern(QUANTITY)
_BRACKETS = Pattern(r"\([^()]*\)|“[^”]*”")
_CLAUSE = Pattern(r"[,;、:]")
# A clause with these words starts another statement, not one more part of the total.
_ANOTHER_STATEMENT = Pattern(r"办结|答复|结转|转入|收到|受理|新收|同比|较|比上|增长|增加|减少|下降|均|共|累计|合计|总计|全年|另|分别")
_REMAINDER = Pattern(r"其他|其它|其余|剩余")
_RESULT = Pattern(r"予以公开|部分公开|不予公开|无法提供|不予处理|其他处理")


def _blank_brackets(text: str) -> str:
    """Hide bracketed asides (占2.8%, 上年为…) without moving anything."""
    return _BRACKETS.sub(lambda m: " " * len(m.group()), text)


class TextBreakdownSum(Rule):
    code = "GI506"
    name = "text-breakdown-sum"
    severity = "error"
    summary = "正文中“共 N 条，其中……”列出的各项之和与总数不符"
    why = ("“累计公开信息470条，其中…7条、…1条、…462条”这样的句子，读者会自己加一遍。"
           "各项之和大于总数，或列出了“其他”（说明已列全）而和不等于总数，必有一个数字是错的。"
           "没有列全的“其中”（各项之和小于总数，又没有“其他”）是正常的，不报告。")
    bad = [Example({"全年共收到政府信息公开申请356件。":
                    "全年共收到政府信息公开申请356件，其中自然人58件、商业企业74件、科研机构71件、"
                    "社会公益组织38件、法律服务机构59件、其他65件。"},
                   note="各项之和为 365，不是 356"),
           Example({"全年共收到政府信息公开申请356件。":
                    "全年共收到政府信息公开申请356件。上年结转7件，办结354件，结转下年度继续办理18件。其中予以公开10件，"
                    "部分公开13件，不予公开174件，无法提供68件，不予处理47件，其他处理33件。"},
                   note="前面说了几个数，各项之和 345 与哪一个都不相等（办结应为 345）")]
    good = [Example({"全年共收到政府信息公开申请356件。":
                     "全年共收到政府信息公开申请356件，其中自然人58件、商业企业74件。"},
                    note="只列了一部分：各项之和小于总数是正常的")]

    def check(self, report):
        previous = None
        for sentence in sentences(report):
            context = previous if previous and previous.paragraph == sentence.paragraph else None
            previous = sentence
            if "其中" not in sentence.text:
                continue
            text = _blank_brackets(sentence.text)
            for mention in re.finditer("其中", text):
                found = self._check_one(sentence, text, mention, context)
                if found:
                    yield found

    def _check_one(self, sentence, text, mention, context):
        head, where = text[:mention.start()], sentence
        if not head.strip() and context is not None:
            head, where = _blank_brackets(context.text), context
        total = _TOTAL.search(head)
        if not total:
            return None
        unit = total.group("unit")
        # Any count stated before 其中, or their sum, may be what the parts add up to ("新收20件，结转2件，其中…").
        before = [read_number(m.group("n")) for m in _QUANTITY.finditer(head) if m.group("unit") == unit]
        totals = {*before, sum(value for value in before if value is not None)}
        parts, remainder = self._parts(text[mention.end():], unit)
        if len(parts) < 2 or None in parts or None in totals:
            return None
        added = sum(parts)
        if added > max(totals) or (remainder and added not in totals):
            total_value = read_number(total.group("n"))
            arithmetic = "+".join(f"{part:g}" for part in parts)
            if len(set(before)) > 1:  # "上年结转7件，办结354件，结转18件。其中…": which one is the total is not said
                stated = "、".join(f"{value:g}" for value in before)
                return self.violation(
                    f"正文“其中”列出的各项 {arithmetic}={added:g}，与前面所说的 {stated} {unit}及其和都不相等",
                    sentence.at(mention.start()))
            relation = "大于" if added > total_value else "不等于"
            return self.violation(
                f"正文说共 {total_value:g} {unit}，其中各项 {arithmetic}={added:g}，{relation}总数",
                where.at(total.start("n")))
        return None

    @staticmethod
    def _parts(text: str, unit: str) -> tuple[list, bool]:
        """The counts listed after 其中, up to the first clause that is not one more part."""
        end = text.find("其中")
        clauses = _CLAUSE.split(text if end < 0 else text[:end])
        parts, remainder, results = [], False, None
        for clause in clauses:
            if not clause.strip():
                continue
            quantities = list(_QUANTITY.finditer(clause))
            if not quantities and "%" in clause:
                continue  # 占2.8%
            if len(quantities) != 1 or quantities[0].group("unit") != unit or _ANOTHER_STATEMENT.search(clause):
                break
            is_result = bool(_RESULT.search(clause))
            if results is not None and is_result != results:
                break  # from applicants (自然人…) to results (予以公开…): another breakdown
            results = is_result
            parts.append(read_number(quantities[0].group("n")))
            remainder = remainder or bool(_REMAINDER.search(clause[:quantities[0].start()]))
        return parts, remainder
