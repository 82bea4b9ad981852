from gilint.claims import application_figure
from gilint.numbers import QUANTITY, read_number
from gilint.patterns import Pattern
from gilint.prose import sentences
from gilint.rule import Example, Rule

_SHARE = Pattern(rf"{QUANTITY}[^。;\d%]{{0,4}}?占(?:比|到)?[^,;。\d%]{{0,12}}?(?P<pct>\d+(?:\.\d+)?)\s*%")
_QUANTITY = Pattern(QUANTITY)
_TOTAL_WORDS = Pattern(r"(?:共|共计|累计|合计|总计|总数|总量)[^,;。\d]{0,12}?$")
_FOLLOWED_BY_PARTS = Pattern(r"^\s*[,:(]?\s*其中")


def _agrees(part: float, base: float, percent: str) -> bool:
    """Whether part/base is the percentage as written, rounded or cut to its decimals."""
    decimals = len(percent.split(".")[1]) if "." in percent else 0
    return base > 0 and abs(part / base * 100 - float(percent)) <= 10 ** -decimals + 1e-9


class TextPercentage(Rule):
    code = "GI504"
    name = "text-percentage"
    severity = "error"
    summary = "正文中“N 件，占 X%”的百分比与正文所述的总数算不上"
    why = ("百分比是读者最容易复核的数字：“共收到申请356件，其中予以公开10件，占2.81%”，"
           "10÷356 应约为 2.81%。只在正文写明了总数（共、累计、合计，或紧跟“其中”的数）时检查；"
           "任何一个可能的总数（正文所述的数、表三的新收、新收加结转、办理结果总计）算得上即不报告。")
    bad = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，其中予以公开10件，占3.5%。"},
                   note="10÷356≈2.81%，不是 3.5%")]
    good = [Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，其中予以公开10件，占2.81%。"}),
            Example({"全年共收到政府信息公开申请356件。": "全年共收到政府信息公开申请356件，其中予以公开10件，占2.8%。"},
                    note="少写一位小数也算对")]

    def check(self, report):
        paragraph, earlier = None, []
        tables = [figure.value for figure in (
            application_figure(report, ["一"], ""), application_figure(report, ["一", "二"], ""),
            application_figure(report, ["三.七"], "")) if figure is not None]
        for sentence in sentences(report):
            if sentence.paragraph != paragraph:
                paragraph, earlier = sentence.paragraph, []
            if "%" in sentence.text:
                for share in _SHARE.finditer(sentence.text):
                    found = self._check_one(sentence, share, earlier, tables)
                    if found:
                        yield found
            earlier.append(sentence.text)

    def _check_one(self, sentence, share, earlier_texts, tables):
        earlier = [(m, text) for text in earlier_texts for m in _QUANTITY.finditer(text)]
        unit, part = share.group("unit"), read_number(share.group("n"))
        here = [(m, sentence.text) for m in _QUANTITY.finditer(sentence.text[:share.start()])]
        candidates = [(m, text) for m, text in earlier + here if m.group("unit") == unit]
        totals = [read_number(m.group("n")) for m, text in candidates
                  if _TOTAL_WORDS.search(text[:m.start()]) or _FOLLOWED_BY_PARTS.match(text[m.end():])]
        if part is None or not totals or None in totals:
            return None
        bases = totals + [read_number(m.group("n")) for m, _ in candidates] + (tables if unit == "件" else [])
        if any(base is not None and _agrees(part, base, share.group("pct")) for base in bases):
            return None
        total = totals[-1]
        computed = part / total * 100 if total else 0
        return self.violation(
            f"正文说 {part:g} {unit}占 {share.group('pct')}%，按正文所述总数 {total:g} {unit}计算应为 "
            f"{part:g}÷{total:g}≈{computed:.2f}%", sentence.at(share.start("pct")))
